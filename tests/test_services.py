"""A missing service gets a sentence, not a traceback: the CLI names the setting (password masked) and
exits with the service's own status; the scheduler keeps running, records the failure, and tells the
operator once per incident. Real PostgreSQL (and a proxy in front of it that goes down), real Redis
ports, a real SMTP server."""

from __future__ import annotations

import json
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from huunghi.db import Delivery, JobRun
from huunghi.ingest import ArticleFields, store_article
from notify.subscribers import SubscriberSpec, add_subscriber
from scheduler.incidents import Incidents
from scheduler.watch import check_services
from tests.conftest import _free_port
from tests.test_hardening import VISIT, cli, env_for


def one_line_without_traceback(result: subprocess.CompletedProcess) -> str:
    err = result.stderr.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


def dead_port() -> int:
    return _free_port()  # nothing listens there


class PasswordRefusingPostgres:
    """Speaks just enough of the PostgreSQL protocol to refuse a password, as a server with
    password authentication does (the test server trusts everyone)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                while True:
                    head = conn.recv(8)
                    if len(head) < 8:
                        break
                    length, code = struct.unpack("!ii", head)
                    if code in (80877103, 80877104):  # SSL / GSS encryption asked first: no
                        conn.sendall(b"N")
                        continue
                    conn.recv(length - 8)
                    fields = b"".join(k + v.encode() + b"\0" for k, v in (
                        (b"S", "FATAL"), (b"V", "FATAL"), (b"C", "28P01"),
                        (b"M", 'password authentication failed for user "huunghi"')))
                    conn.sendall(b"E" + struct.pack("!i", len(fields) + 5) + fields + b"\0")
                    break

    def close(self) -> None:
        self.sock.close()


# --- the CLI ---------------------------------------------------------------------------------------
SOURCE = {"name": "bao", "title": "Báo", "url": "http://127.0.0.1:9/", "province": "Sơn La"}


def test_a_database_that_is_down_is_named_with_its_password_masked(make_app):
    app = make_app(sources=[SOURCE])
    url = f"postgresql+psycopg://huunghi:s3cret-pw@127.0.0.1:{dead_port()}/huunghi"
    for command in (("status",), ("crawl",), ("digest",)):
        result = cli(app, *command, DATABASE_URL=url)
        assert result.returncode == 5, (command, result.stderr)
        err = one_line_without_traceback(result)
        assert f"DATABASE_URL=postgresql+psycopg://huunghi:***@127.0.0.1:{url.split(':')[3]}" in err
        assert "cannot be reached: is it running" in err and "s3cret-pw" not in err


def test_a_refused_password_says_so():
    fake = PasswordRefusingPostgres()
    try:
        result = subprocess.run([sys.executable, "-m", "huunghi.cli", "status"], capture_output=True, text=True, timeout=60,
                                env={**os.environ, "DATABASE_URL": f"postgresql+psycopg://huunghi:wrong@127.0.0.1:{fake.port}/h"})
    finally:
        fake.close()
    assert result.returncode == 5
    err = one_line_without_traceback(result)
    assert "the user name or password is wrong" in err and "wrong@" not in err and "huunghi:***@" in err


def test_a_missing_database_or_user_on_a_live_server_says_which(app, pg_server):
    from sqlalchemy.engine import make_url

    base = make_url(str(pg_server.url))
    no_db = base.set(database="huunghi_no_such_db").render_as_string(hide_password=False)
    result = cli(app, "status", DATABASE_URL=no_db)
    assert result.returncode == 5 and "the database does not exist: create it" in one_line_without_traceback(result)
    no_user = base.set(username="huunghi_no_such_role").render_as_string(hide_password=False)
    result = cli(app, "status", DATABASE_URL=no_user)
    assert result.returncode == 5 and "the user does not exist" in one_line_without_traceback(result)


def test_a_damaged_sqlite_file_says_so(app, tmp_path):
    broken = tmp_path / "huunghi.db"
    broken.write_bytes(b"this is not a database, it was overwritten by something else" * 100)
    result = cli(app, "status", DATABASE_URL=f"sqlite:///{broken}")
    assert result.returncode == 5
    assert "the SQLite file is damaged or is not a database" in one_line_without_traceback(result)


def test_redis_down_with_redis_url_set_is_named(make_app):
    app = make_app(sources=[SOURCE])
    app.db.ensure_schema()
    result = cli(app, "crawl", REDIS_URL=f"redis://:pw@127.0.0.1:{dead_port()}/0")
    assert result.returncode == 6, result.stderr
    err = one_line_without_traceback(result)
    assert "REDIS_URL=redis://:***@127.0.0.1" in err and "Redis cannot be reached" in err and "pw@" not in err


def _one_subscriber_with_news(app) -> None:
    pub = datetime.now(UTC) - timedelta(hours=1)
    with app.db.session() as s:
        add_subscriber(s, SubscriberSpec("reader@example.org"))[0].since = pub - timedelta(days=1)
        store_article(s, None, ArticleFields("http://bao.vn/tin-1.html", *VISIT, pub))


def test_a_mail_server_that_is_down_keeps_the_digests_for_the_next_run(app, smtp):
    _one_subscriber_with_news(app)
    down = cli(app, "digest", SMTP_URL=f"smtp://huunghi:pw@127.0.0.1:{dead_port()}")
    assert down.returncode == 7, down.stdout + down.stderr
    err = one_line_without_traceback(down)
    assert "SMTP_URL=smtp://huunghi:***@127.0.0.1" in err and "refused the connection" in err and "go out on the next run" in err
    with app.db.session() as s:
        waiting = s.scalar(select(Delivery))
        assert waiting.status == "pending" and waiting.attempts == 0, "the server's outage is not the reader's failure"
    up = cli(app, "digest", SMTP_URL=smtp.url)
    assert up.returncode == 0 and [r for _, rs, _ in smtp.messages for r in rs] == ["reader@example.org"]


# --- the scheduler -----------------------------------------------------------------------------------
def test_an_incident_is_told_once_when_it_opens_and_once_when_it_ends(make_app, smtp):
    app = make_app(smtp_url=smtp.url, operator_email="ops@example.org")
    incidents = Incidents(app.settings.data_dir)
    for _ in range(3):
        incidents.failed("database", "DATABASE_URL=…: the database server cannot be reached")
        from scheduler.watch import tell_operator

        tell_operator(app, incidents)
    assert [m["Subject"] for m in smtp.parsed()] == ["huunghi: database unavailable (DATABASE_URL)"]
    incidents.answered("database")
    tell_operator(app, incidents)
    tell_operator(app, incidents)
    assert [m["Subject"] for m in smtp.parsed()][1:] == ["huunghi: database is back (DATABASE_URL)"]
    assert incidents.current() == []


def test_while_mail_is_down_the_alert_waits_and_both_go_when_it_is_back(make_app, smtp, tmp_path):
    from scheduler.watch import tell_operator

    dead = make_app(smtp_url=f"smtp://127.0.0.1:{dead_port()}", operator_email="ops@example.org")
    incidents = Incidents(dead.settings.data_dir)
    incidents.failed("redis", "REDIS_URL=…: Redis cannot be reached")
    assert tell_operator(dead, incidents) == []
    assert {i.service for i in incidents.current()} == {"redis", "smtp"}, "the failed mail opened the mail server's incident"
    incidents.answered("redis")
    live = make_app(smtp_url=smtp.url, operator_email="ops@example.org")  # the same data folder
    told = tell_operator(live, incidents)
    assert sorted(told) == sorted(m["Subject"] for m in smtp.parsed())
    assert any(t.startswith("huunghi: redis was unavailable from") for t in told)
    assert any(t.startswith("huunghi: smtp was unavailable from") for t in told)
    assert incidents.current() == []


def test_a_job_run_while_the_database_is_down_is_recorded_when_it_is_back(pg_behind_proxy, monkeypatch):
    from scheduler import jobs

    app, proxy = pg_behind_proxy
    for key, value in env_for(app).items():
        monkeypatch.setenv(key, value)
    proxy.down()
    jobs.digest_job()  # no exception: explained, logged, kept
    incidents = Incidents(app.settings.data_dir)
    assert [i.service for i in incidents.current()] == ["database"]
    proxy.up()
    app.db.engine.dispose()
    check_services(app, incidents)
    with app.db.session() as s:
        run = s.scalar(select(JobRun).where(JobRun.job_id == "digest"))
        assert run.outcome == "failed" and "DATABASE_URL=" in run.detail and "cannot be reached" in run.detail
    status = json.loads(cli(app, "status", "--json").stdout)
    digest = next(j for j in status["jobs"] if j["id"] == "digest")
    assert digest["last"]["outcome"] == "failed"
    assert status["services"] == [], "over, and with no operator address there is nobody to tell"


def _holds_scheduler_lock(pg_server, database: str) -> bool:
    from sqlalchemy import text

    with pg_server.connect() as conn:
        return bool(conn.execute(text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 727311"
            " AND database = (SELECT oid FROM pg_database WHERE datname = :n)"), {"n": database}).scalar())


def test_the_scheduler_outlives_a_database_outage_and_tells_the_operator_once(pg_behind_proxy, pg_server, smtp, tmp_path):
    from sqlalchemy.engine import make_url

    app, proxy = pg_behind_proxy
    database = make_url(app.settings.database_url).database
    log = tmp_path / "run.log"
    env = env_for(app, SMTP_URL=smtp.url, OPERATOR_EMAIL="ops@example.org", HUUNGHI_WATCH_SECONDS="0.3")
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "huunghi.cli", "run"], env=env, stdout=out, stderr=out)
    try:
        _wait_for(lambda: "job digest: next run" in log.read_text(), what="the scheduler to start")
        assert _holds_scheduler_lock(pg_server, database)
        proxy.down()
        _wait_for(lambda: not _holds_scheduler_lock(pg_server, database), what="the lock to go with its connection")
        _wait_for(lambda: len(smtp.messages) == 1, what="the operator's alert")
        time.sleep(2)  # several more checks fail: still one alert
        assert proc.poll() is None, "the scheduler is still running"
        assert [m["Subject"] for m in smtp.parsed()] == ["huunghi: database unavailable (DATABASE_URL)"]
        proxy.up()
        _wait_for(lambda: len(smtp.messages) == 2, what="the all-clear")
        time.sleep(1)
        assert [m["Subject"] for m in smtp.parsed()][1] == "huunghi: database is back (DATABASE_URL)" and len(smtp.messages) == 2
        _wait_for(lambda: _holds_scheduler_lock(pg_server, database), what="the scheduler to take its lock again")
        assert proc.poll() is None
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    assert code == 0
    text = log.read_text()
    assert "Traceback" not in text and "database unavailable: DATABASE_URL=" in text


def _wait_for(check, *, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")
