"""Shared fixtures: an isolated App per test, real PostgreSQL, a real SMTP server, fixture sites."""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import threading
import uuid
from datetime import date
from pathlib import Path

import pytest

from huunghi.app import App
from huunghi.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"

for var in ("DATABASE_URL", "SMTP_URL", "HUUNGHI_SECRET", "HUUNGHI_CONFIG", "BASE_URL", "MAIL_FROM", "REDIS_URL"):
    os.environ.pop(var, None)


def write_sources(path: Path, sources: list[dict] | None = None, extra: str = "") -> Path:
    import yaml

    path.write_text(yaml.safe_dump({"sources": sources or []}, allow_unicode=True) + extra, encoding="utf-8")
    return path


@pytest.fixture
def make_app(tmp_path):
    """An App on its own SQLite database, data folder and sources file."""

    def factory(database_url: str | None = None, sources: list[dict] | None = None, **overrides) -> App:
        config = write_sources(tmp_path / "sources.yaml", sources)
        settings = load_settings(
            database_url=database_url or f"sqlite:///{tmp_path}/huunghi.db",
            huunghi_config=config, huunghi_data_dir=tmp_path / "data",
            huunghi_secret=overrides.pop("secret", "test-secret-" + secrets.token_hex(4)), **overrides,
        )
        return App(settings)

    return factory


@pytest.fixture
def app(make_app) -> App:
    return make_app()


# --- PostgreSQL --------------------------------------------------------------------------------
PG_URL = os.environ.get("HUUNGHI_TEST_PG_URL")


def _pg_admin_url() -> str | None:
    if not PG_URL:
        return None
    return PG_URL


@pytest.fixture(scope="session")
def pg_server():
    url = _pg_admin_url()
    if not url:
        pytest.skip("PostgreSQL tests need HUUNGHI_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)")
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL at HUUNGHI_TEST_PG_URL is not reachable: {exc}")
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    name = f"huunghi_t_{uuid.uuid4().hex[:10]}"
    with pg_server.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    yield url
    with pg_server.connect() as conn:
        conn.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n AND pid <> pg_backend_pid()"
        ), {"n": name})
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))


@pytest.fixture
def pg_app(make_app, pg_url):
    """An app on a fresh PostgreSQL database, its connections closed before the database is dropped."""
    app = make_app(database_url=pg_url)
    app.db.ensure_schema()
    yield app
    app.db.dispose()


# --- SMTP ----------------------------------------------------------------------------------------
class SmtpSink:
    """aiosmtpd on 127.0.0.1, keeping every message; scripted failures per recipient or in order."""

    def __init__(self):
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.script: list[str] = []  # replies to give to the next DATA commands, e.g. "451 try later"
        self.reject: dict[str, str] = {}  # recipient -> reply at RCPT
        self.hold = threading.Event()
        self.hold.set()
        self.in_data = threading.Event()
        self.connections = 0
        sink = self

        class Handler:
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
                if address in sink.reject:
                    return sink.reject[address]
                envelope.rcpt_tos.append(address)
                return "250 OK"

            async def handle_DATA(self, server, session, envelope):  # noqa: N802
                import asyncio

                sink.in_data.set()
                while not sink.hold.is_set():
                    await asyncio.sleep(0.02)
                if sink.script:
                    return sink.script.pop(0)
                sink.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
                return "250 Message accepted"

        from aiosmtpd.controller import Controller

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=_free_port())

    def start(self):
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.controller.port}"

    def parsed(self):
        import email
        from email import policy

        return [email.message_from_bytes(raw, policy=policy.default) for _, _, raw in self.messages]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    sink = SmtpSink().start()
    yield sink
    sink.hold.set()
    sink.stop()


# --- fixture sites -------------------------------------------------------------------------------
@pytest.fixture
def site():
    from crawler.sample_sites import SiteServer

    server = SiteServer().start()
    yield server
    server.stop()


def corpus_or_skip() -> Path:
    if not CORPUS.exists():
        pytest.skip(f"the labeled corpus is not here ({CORPUS}); quality gates run where ../shared is present")
    return CORPUS


class PostgresProxy:
    """A TCP proxy in front of PostgreSQL that the test can take down and bring back: the database
    "restarting" under a running crawl, without touching the server other tests use."""

    def __init__(self, target: tuple[str, int]):
        import socket
        import threading

        self.target, self.conns, self.lock = target, [], threading.Lock()
        self.generation = 0  # bumped by down(): a connection accepted before it must not outlive it
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.listener = None
        self.up()

    def up(self) -> None:
        import socket
        import threading

        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port))
        self.listener.listen(50)
        threading.Thread(target=self._accept, args=(self.listener, self.generation), daemon=True).start()

    def down(self) -> None:
        import socket

        with contextlib.suppress(OSError):
            # (close alone leaves a thread blocked in accept() listening on Linux: shutdown wakes it)
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            self.generation += 1
            for c in self.conns:
                with contextlib.suppress(OSError):
                    c.shutdown(socket.SHUT_RDWR)  # (wakes the pump blocked on it, as a server restart would)
                with contextlib.suppress(OSError):
                    c.close()
            self.conns.clear()

    def _accept(self, listener, generation: int) -> None:
        import socket
        import threading

        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            with self.lock:
                if generation != self.generation:  # taken down while this one was connecting
                    client.close()
                    server.close()
                    return
                self.conns += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(a, b) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            # shutdown first: close() alone leaves the connection open while the other pump is
            # blocked in recv() on it (Linux), and the database never sees its client go
            for s in (a, b):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    s.close()


@pytest.fixture
def pg_behind_proxy(make_app, pg_url):
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    proxy = PostgresProxy((url.host or "127.0.0.1", url.port or 5432))
    app = make_app(database_url=url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False))
    app.db.ensure_schema()
    yield app, proxy
    app.db.dispose()
    proxy.down()


# --- the public archive ------------------------------------------------------------------------
ARCHIVE_TODAY = date(2026, 11, 30)


@pytest.fixture
def serve_wsgi():
    """Serves WSGI apps under waitress (what `huunghi web` runs) on free ports of 127.0.0.1; each call
    returns the base URL, and every server is closed after the test."""
    from waitress.server import create_server

    from notify.web import SERVE_OPTIONS

    made = []

    def serve(wsgi, **options) -> str:
        srv = create_server(wsgi, host="127.0.0.1", port=0, **{**SERVE_OPTIONS, **options})
        threading.Thread(target=srv.run, daemon=True).start()
        made.append(srv)
        return f"http://127.0.0.1:{srv.effective_port}"

    yield serve
    for srv in made:
        srv.close()


@pytest.fixture
def archive_site(make_app, serve_wsgi):
    """An archive of 330 invented visits (hostile titles among them) and one subscriber who must
    never show, served by `huunghi web`'s app under waitress."""
    from huunghi.sample_visits import add_sample_visits
    from notify.subscribers import SubscriberSpec, add_subscriber
    from notify.web import create_app

    def start(database_url: str | None = None, n: int = 330):
        app = make_app(database_url=database_url, base_url="https://huunghi.example")
        with app.db.session() as s:
            add_sample_visits(s, n, today=ARCHIVE_TODAY)
            add_subscriber(s, SubscriberSpec("secret-reader@example.org", name="Người đọc"))
        return app, serve_wsgi(create_app(app))

    return start
