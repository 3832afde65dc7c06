"""Digest delivery: 10,000 subscribers × 10 visits, rendered and sent to a local aiosmtpd over one
connection; memory sampled while it runs (the digests are streamed, not built first)."""

from __future__ import annotations

import multiprocessing
import os
import socket
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _common import report

LAO = ["Phông Sa Lỳ", "U Đôm Xay", "Hủa Phăn", "Xiêng Khoảng", "Bò Kẹo", "Khăm Muồn", "Xa La Văn", "Sê Kông", "Chăm Pa Xắc", "Át Tạp Pư"]
VN = ["Lai Châu", "Điện Biên", "Thanh Hóa", "Nghệ An", "Sơn La", "Hà Tĩnh", "Quảng Trị", "Huế", "Đà Nẵng", "Gia Lai"]


def smtp_server(port: int, ready, count) -> None:
    from aiosmtpd.controller import Controller

    class Sink:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802
            with count.get_lock():
                count.value += 1
            return "250 OK"

    ctl = Controller(Sink(), hostname="127.0.0.1", port=port)
    ctl.start()
    ready.set()
    while True:
        time.sleep(1)


def rss_mb() -> float:
    """Resident memory of this process and its children (the message builder), in MB."""
    pid = os.getpid()
    pids = [pid]
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            pids += [int(p) for p in fh.read().split()]
    except OSError:
        pass
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1])
        except OSError:
            continue
    return total * os.sysconf("SC_PAGE_SIZE") / 2**20


def seed(db_url: str, subscribers: int) -> None:
    from sqlalchemy import insert

    from huunghi.db import Database, Subscriber
    from huunghi.ingest import ArticleFields, store_article

    db = Database(db_url)
    start = datetime(2025, 10, 1, tzinfo=UTC)
    with db.session() as s:
        s.execute(insert(Subscriber), [
            {"email": f"reader{i}@example.org", "name": f"Reader {i}", "language": "vi" if i % 3 else "en",
             "vn_provinces": [], "lao_provinces": [], "frequency": "daily", "status": "active", "token_version": 1,
             "since": start - timedelta(days=1)} for i in range(subscribers)])
    for i in range(10):
        with db.session() as s:
            text = (f"Ngày {i + 1}/10, Đoàn đại biểu tỉnh {LAO[i]} (Lào) do đồng chí Bun Mi - Phó Tỉnh trưởng làm Trưởng đoàn "
                    f"đã sang thăm và làm việc tại tỉnh {VN[i]}. Tiếp đoàn có đồng chí Chủ tịch UBND tỉnh {VN[i]}.")
            store_article(s, None, ArticleFields(f"http://bao{i}.vn/tin-{i}", f"Đoàn {LAO[i]} thăm {VN[i]}", text,
                                                 start + timedelta(days=i)))
    db.dispose()


def run(subscribers: int, port: int) -> dict:
    from huunghi.db import Database
    from notify.digest import DigestContext, run_digest
    from notify.transport import SmtpConfig, SmtpTransport

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/d.db"
        seed(url, subscribers)
        db = Database(url)
        transport = SmtpTransport(SmtpConfig("127.0.0.1", port, "plain", None, None, timeout=30))
        ctx = DigestContext(db, transport, "huunghi <news@example.org>", "https://hn.example.org", b"k" * 32,
                            Path(tmp) / "locks", backoff=0)
        samples, stop = [], threading.Event()

        def sample():
            while not stop.wait(0.1):
                samples.append(rss_mb())

        base = rss_mb()
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        t = time.perf_counter()
        out = run_digest(ctx, now=datetime(2025, 10, 20, tzinfo=UTC))
        elapsed = time.perf_counter() - t
        stop.set()
        sampler.join()
        db.dispose()
        assert len(out.sent) == subscribers and transport.connections == 1
        return {"rate": subscribers / elapsed, "growth": max(samples or [base]) - base, "elapsed": elapsed}


def main(sizes=(2000, 10000)) -> dict:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ctx = multiprocessing.get_context("spawn")
    ready, count = ctx.Event(), ctx.Value("i", 0)
    server = ctx.Process(target=smtp_server, args=(port, ready, count), daemon=True)
    server.start()
    ready.wait(30)
    try:
        results = {n: run(n, port) for n in sizes}
    finally:
        server.terminate()
    rows = [(f"{n:,} subscribers × 10 visits", f"{r['rate']:,.0f} messages/s; memory (with the builder process) +{r['growth']:.0f} MB while sending")
            for n, r in results.items()]
    rows += [("SMTP connections per run", "1"), ("target", "≥ 300 messages/s, flat memory")]
    report("digest delivery (aiosmtpd in another process, one reused connection)", rows)
    return results


if __name__ == "__main__":
    main(tuple(int(a) for a in sys.argv[1:]) or (2000, 10000))
