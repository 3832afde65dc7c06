"""The web surface under load: `huunghi web` (the real command, waitress) on PostgreSQL, driven by
200 concurrent keep-alive clients for 30 s over the pages that exist — the subscription form (read
and posted: each client its own address behind the trusted proxy, one abusive client posting from
one address), preferences (read and saved, 1,000 subscribers) and /healthz — with confirmations
sent to a local SMTP server. Reports every status seen (a 5xx is a failure), requests per second,
and the median and 99th-percentile latency per page.

Environment: HUUNGHI_BENCH_PG_URL (default the machine's PostgreSQL; SQLite when unreachable),
HUUNGHI_BENCH_CLIENTS (200), HUUNGHI_BENCH_SECONDS (30).
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import Counter, defaultdict
from pathlib import Path

from _common import drop_database, fresh_database, report
from digest import smtp_server

CLIENTS = int(os.environ.get("HUUNGHI_BENCH_CLIENTS", "200"))
SECONDS = float(os.environ.get("HUUNGHI_BENCH_SECONDS", "30"))
SUBSCRIBERS = 1000
SECRET = "bench-secret"
ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed(database_url: str, data: Path) -> list[str]:
    """1,000 active subscribers; their preference links."""
    from huunghi.app import App
    from huunghi.settings import load_settings
    from notify.subscribers import SubscriberSpec, add_subscriber
    from notify.tokens import make_token

    app = App(load_settings(database_url=database_url, huunghi_data_dir=data, huunghi_secret=SECRET,
                            huunghi_config=ROOT / "config" / "sources.yaml"))
    app.db.ensure_schema()
    tokens = []
    with app.db.session() as s:
        for i in range(SUBSCRIBERS):
            sub, _ = add_subscriber(s, SubscriberSpec(f"reader{i}@example.org", name=f"Reader {i}"))
            s.flush()
            tokens.append(make_token(SECRET, sub.id, sub.token_version, "preferences"))
    app.db.dispose()
    return tokens


async def request(reader, writer, method: str, path: str, body: bytes = b"", headers: dict | None = None) -> int:
    head = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: keep-alive"]
    for k, v in (headers or {}).items():
        head.append(f"{k}: {v}")
    if method == "POST":
        head += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
    await writer.drain()
    status_line = await reader.readline()
    status = int(status_line.split()[1])
    length, close = 0, False
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        if name.lower() == "content-length":
            length = int(value)
        elif name.lower() == "connection" and value.strip().lower() == "close":
            close = True
    await reader.readexactly(length)
    if close:
        raise ConnectionResetError("server closed the connection")
    return status


async def client(n: int, port: int, tokens: list[str], deadline: float, results: list) -> None:
    rnd = random.Random(n)
    reader = writer = None
    sent = 0
    while time.monotonic() < deadline:
        if writer is None:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        roll = rnd.random()
        if n == 0:  # the abusive client: posts the form again and again from one address
            page, method, path = "POST /subscribe (abuse)", "POST", "/subscribe"
            body, headers = urllib.parse.urlencode({"email": f"spam{sent}@example.org"}).encode(), {"X-Forwarded-For": "203.0.113.9"}
        elif roll < 0.30:
            page, method, path, body, headers = "GET /subscribe", "GET", "/subscribe", b"", {}
        elif roll < 0.45:
            page, method, path = "POST /subscribe", "POST", "/subscribe"
            body = urllib.parse.urlencode({"email": f"c{n}-{sent}@example.org", "name": f"Khách {n}"}).encode()
            headers = {"X-Forwarded-For": f"10.{n // 250}.{n % 250}.{sent % 250}"}  # a new visitor each time
        elif roll < 0.75:
            page, method, path, body, headers = "GET /preferences", "GET", f"/preferences/{rnd.choice(tokens)}", b"", {}
        elif roll < 0.95:
            page, method, path = "POST /preferences", "POST", f"/preferences/{rnd.choice(tokens)}"
            body = urllib.parse.urlencode({"language": rnd.choice(["vi", "en"]), "frequency": "daily",
                                           "vn": rnd.choice(["Sơn La", "Nghệ An"]), "lao": "Hủa Phăn"}, doseq=True).encode()
            headers = {}
        else:
            page, method, path, body, headers = "GET /healthz", "GET", "/healthz", b"", {}
        started = time.perf_counter()
        try:
            status = await request(reader, writer, method, path, body, headers)
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
            status = f"connection error ({type(exc).__name__})"
            with contextlib.suppress(Exception):
                writer.close()
            writer = None
        results.append((page, status, time.perf_counter() - started))
        sent += 1
    if writer is not None:
        writer.close()


async def drive(port: int, tokens: list[str]) -> list:
    results: list = []
    deadline = time.monotonic() + SECONDS
    await asyncio.gather(*(client(n, port, tokens, deadline, results) for n in range(CLIENTS)))
    return results


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(threads: int, smtp_port: int, mail_count) -> tuple[list, float, list[str], str, int]:
    """One run of the load against a fresh database and a fresh `huunghi web` with this many threads."""
    try:
        name, database_url = fresh_database()
    except Exception as exc:  # noqa: BLE001
        print(f"(PostgreSQL unreachable: {exc}; measuring on SQLite)")
        name, database_url = None, None
    mails_before = mail_count.value
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        database_url = database_url or f"sqlite:///{tmp}/web.db"
        tokens = seed(database_url, data)
        port = free_port()
        env = {**os.environ, "DATABASE_URL": database_url, "HUUNGHI_SECRET": SECRET, "HUUNGHI_DATA_DIR": str(data),
               "SMTP_URL": f"smtp://127.0.0.1:{smtp_port}", "HUUNGHI_TRUSTED_PROXIES": "127.0.0.1",
               "HUUNGHI_CONFIG": str(ROOT / "config" / "sources.yaml"), "BASE_URL": "http://127.0.0.1",
               "HUUNGHI_WEB_THREADS": str(threads)}
        log = open(Path(tmp) / "web.log", "w")  # noqa: SIM115 - read after the server stops
        server = subprocess.Popen([sys.executable, "-m", "huunghi.cli", "web", "--port", str(port)], env=env,
                                  stdout=log, stderr=log, cwd=ROOT)
        try:
            for _ in range(200):
                with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
                time.sleep(0.1)
            started = time.monotonic()
            results = asyncio.run(drive(port, tokens))
            elapsed = time.monotonic() - started
        finally:
            server.terminate()
            server.wait(30)
            log.close()
        errors = [line for line in (Path(tmp) / "web.log").read_text().splitlines() if "Traceback" in line or "ERROR" in line]
    if name:
        drop_database(name)
    return results, elapsed, errors, "PostgreSQL" if name else "SQLite", mail_count.value - mails_before


def summary(threads: int, measured) -> list[tuple[str, str]]:
    results, elapsed, server_errors, database, mails = measured
    statuses = Counter(str(s) for _, s, _ in results)
    by_page = defaultdict(list)
    for page, status, seconds in results:
        by_page[page].append((status, seconds))
    all_times = [t for _, _, t in results]
    rows = [(f"{threads} threads", f"{len(results):,} requests in {elapsed:.1f} s = {len(results) / elapsed:,.0f}/s; "
                                   f"median {percentile(all_times, 0.5) * 1000:.0f} ms, p99 {percentile(all_times, 0.99) * 1000:.0f} ms"),
            ("  statuses", ", ".join(f"{k}: {v:,}" for k, v in sorted(statuses.items()))),
            ("  5xx or connection errors", str(sum(v for k, v in statuses.items() if not k.isdigit() or k.startswith("5")))),
            ("  confirmation emails received", f"{mails:,}"),
            ("  server log errors", str(len(server_errors)))]
    for page in sorted(by_page):
        times = [t for _, t in by_page[page]]
        seen = Counter(str(s) for s, _ in by_page[page])
        rows.append((f"  {page}", f"{len(times):,} ({', '.join(f'{k}: {v}' for k, v in sorted(seen.items()))}); "
                                  f"median {percentile(times, 0.5) * 1000:.0f} ms, p99 {percentile(times, 0.99) * 1000:.0f} ms"))
    return rows


def main() -> None:
    smtp_port = free_port()
    ready, count = multiprocessing.Event(), multiprocessing.Value("i", 0)
    mail = multiprocessing.Process(target=smtp_server, args=(smtp_port, ready, count), daemon=True)
    mail.start()
    ready.wait(10)
    runs = {threads: measure(threads, smtp_port, count) for threads in (8, 32)}  # the default, and four times it
    mail.terminate()
    rate = {t: len(r[0]) / r[1] for t, r in runs.items()}
    rows = [("setup", f"huunghi web (waitress) on {runs[32][3]}; {CLIENTS} keep-alive clients, {SECONDS:.0f} s each; "
                      "2 cores shared with the clients, the database and the mail server")]
    for threads, measured in runs.items():
        rows += summary(threads, measured)
    rows.append(("32 threads / 8 threads (default)", f"{rate[32] / rate[8]:.2f}x the requests per second"))
    report("web under load", rows)


if __name__ == "__main__":
    main()
