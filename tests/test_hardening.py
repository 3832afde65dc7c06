"""One bad record, one abusive visitor: each tried as an attacker would, through the real web server,
the real CLI and a real SMTP server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from huunghi.db import Delivery, Subscriber
from huunghi.ingest import ArticleFields, store_article
from notify.subscribers import SubscriberSpec, add_subscriber
from notify.tokens import make_token
from notify.transport import SmtpConfig, SmtpTransport

EVIL = "Evil\r\nBcc: victim@example.org"
VISIT = ("Đoàn đại biểu tỉnh Hủa Phăn thăm Sơn La",
         "Ngày 9/10, Đoàn đại biểu tỉnh Hủa Phăn (Lào) sang thăm và làm việc tại tỉnh Sơn La.")


def env_for(app, **extra) -> dict:
    return {**os.environ, "DATABASE_URL": app.settings.database_url, "HUUNGHI_CONFIG": str(app.settings.huunghi_config),
            "HUUNGHI_DATA_DIR": str(app.settings.data_dir), "HUUNGHI_SECRET": "s", **extra}


def cli(app, *args, **extra) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "huunghi.cli", *args], env=env_for(app, **extra),
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def web(make_app, smtp, serve_wsgi):
    """`huunghi web`'s app behind waitress; the settings under test are passed per test."""

    def start(**settings):
        from notify.web import create_app

        app = make_app(**settings)
        transport = SmtpTransport(SmtpConfig("127.0.0.1", smtp.controller.port, "plain", None, None, timeout=10))
        return app, serve_wsgi(create_app(app, transport=transport))

    return start


def http(url, data=None, headers=None, method=None):
    body = urllib.parse.urlencode(data, doseq=True).encode() if isinstance(data, dict) else data
    req = urllib.request.Request(url, data=body, headers=headers or {}, method=method or ("POST" if body is not None else "GET"))
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read().decode(), dict(resp.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), dict(exc.headers)


# --- 1. clean at the door ------------------------------------------------------------------------
def test_a_line_break_in_a_name_is_refused_at_every_door(app, web, smtp):
    added = cli(app, "subscribers", "add", "a@example.org", "--name", EVIL)
    assert added.returncode == 2 and "name: contains a control character (U+000D)" in added.stderr
    _, base = web()
    code, page, _ = http(f"{base}/subscribe", {"email": "b@example.org", "name": EVIL})
    assert code == 400 and "control character" in page
    assert smtp.messages == []
    with app.db.session() as s:
        sub, _ = add_subscriber(s, SubscriberSpec("c@example.org", name="  Chị   Ba "))
        assert sub.name == "Chị Ba", "trimmed, one space"
        sub_id, version = sub.id, sub.token_version
    web_app, base2 = web(database_url=app.settings.database_url)
    token = make_token(web_app.settings.secret, sub_id, version, "preferences")
    code, page, _ = http(f"{base2}/preferences/{token}", {"name": EVIL, "language": "vi", "frequency": "daily"})
    assert code == 400 and "control character" in page


def test_names_stored_before_are_made_safe_by_a_migration(tmp_path):
    from alembic import command

    from huunghi.db import make_engine
    from huunghi.db.engine import alembic_config

    engine = make_engine(f"sqlite:///{tmp_path}/old.db")
    cfg = alembic_config(engine)
    command.upgrade(cfg, "0004")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO subscribers (email, name, language, vn_provinces, lao_provinces, frequency, status,"
                          " token_version, created_at, since) VALUES ('x@example.org', :n, 'vi', '[]', '[]', 'daily',"
                          " 'active', 1, '2025-01-01', '2025-01-01')"), {"n": EVIL + "\x00" + "y" * 200})
    command.upgrade(cfg, "head")
    with engine.connect() as conn:
        name = conn.execute(text("SELECT name FROM subscribers")).scalar()
    assert "\r" not in name and "\n" not in name and "\x00" not in name and len(name) <= 100
    assert name.startswith("Evil Bcc: victim@example.org")


# --- 2. one subscriber never stops the others ---------------------------------------------------
def test_a_poisoned_subscriber_fails_alone_and_the_operator_hears_once(app, smtp):
    pub = datetime.now(UTC) - timedelta(hours=1)
    with app.db.session() as s:
        for email in ("one@example.org", "two@example.org", "three@example.org"):
            add_subscriber(s, SubscriberSpec(email))[0].since = pub - timedelta(days=1)
    with app.db.session() as s:  # written straight into the database, past every check at the door
        s.add(Subscriber(email="poison@example.org", name=EVIL, language="vi", status="active",
                         since=pub - timedelta(days=1), vn_provinces=[], lao_provinces=[]))
    with app.db.session() as s:
        store_article(s, None, ArticleFields("http://bao.vn/tin-1.html", *VISIT, pub))
    env = {"SMTP_URL": smtp.url, "OPERATOR_EMAIL": "ops@example.org"}
    first = cli(app, "digest", **env)
    assert first.returncode == 4, first.stdout + first.stderr
    assert "failed poison@example.org: could not build the message" in first.stdout
    rcpts = sorted(r for _, rs, _ in smtp.messages for r in rs)
    assert rcpts == ["one@example.org", "ops@example.org", "three@example.org", "two@example.org"]
    alert = next(m for m in smtp.parsed() if m["To"] == "ops@example.org")
    assert "poison@example.org" in alert.get_content() and "1 digest(s) could not be delivered" in alert["Subject"]
    with app.db.session() as s:
        poisoned = s.scalar(select(Delivery).join(Subscriber).where(Subscriber.email == "poison@example.org"))
        assert poisoned.status == "failed" and "CR or LF" in poisoned.last_error
    status = json.loads(cli(app, "status", "--json", **env).stdout)
    assert status["deliveries"]["failed"] == 1 and status["deliveries"]["failed_recent"][0]["email"] == "poison@example.org"
    second = cli(app, "digest", **env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert len(smtp.messages) == 4, "nobody gets a digest twice, the operator is not told twice"


# --- 3. public endpoints under abuse ------------------------------------------------------------
SECURITY = {"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"}


def test_one_client_cannot_make_us_mail_the_world(web, smtp):
    app, base = web(huunghi_subscribe_per_client=5)
    for i in range(5):
        assert http(f"{base}/subscribe", {"email": f"p{i}@example.org"})[0] == 200
    code, page, headers = http(f"{base}/subscribe", {"email": "p9@example.org"})
    assert code == 429 and "try again in" in page and int(headers["Retry-After"]) > 0
    assert len(smtp.messages) == 5
    with app.db.session() as s:
        assert s.scalar(select(Subscriber).where(Subscriber.email == "p9@example.org")) is None


def test_one_address_gets_at_most_three_confirmations(web, smtp):
    _, base = web(huunghi_subscribe_per_client=100)
    codes = [http(f"{base}/subscribe", {"email": "target@example.org"})[0] for _ in range(4)]
    assert codes == [200, 200, 200, 429] and len(smtp.messages) == 3


def test_behind_a_trusted_proxy_the_forwarded_client_counts_and_otherwise_it_is_ignored(web, smtp):
    _, direct = web(huunghi_subscribe_per_client=1)
    forged = [http(f"{direct}/subscribe", {"email": f"f{i}@example.org"}, {"X-Forwarded-For": f"198.51.100.{i}"})[0]
              for i in range(2)]
    assert forged == [200, 429], "a header a client writes itself changes nothing"
    _, proxied = web(huunghi_subscribe_per_client=1, huunghi_trusted_proxies="127.0.0.1")
    real = [http(f"{proxied}/subscribe", {"email": f"r{i}@example.org"}, {"X-Forwarded-For": f"203.0.113.{i}"})[0]
            for i in range(2)]
    assert real == [200, 200], "two clients behind the proxy, each within its limit"


def test_the_answer_does_not_tell_who_subscribes(web, smtp):
    app, base = web()
    with app.db.session() as s:
        add_subscriber(s, SubscriberSpec("known@example.org"))
    known = http(f"{base}/subscribe", {"email": "known@example.org"})
    new = http(f"{base}/subscribe", {"email": "unknown@example.org"})
    assert known[0] == new[0] == 200
    assert known[1].replace("known@", "X@") == new[1].replace("unknown@", "X@")
    assert [rs for _, rs, _ in smtp.messages] == [["unknown@example.org"]], "the subscriber is sent nothing"


def test_head_reads_like_get_and_changes_nothing(web, smtp):
    app, base = web()
    with app.db.session() as s:
        sub, _ = add_subscriber(s, SubscriberSpec("head@example.org"))
        token = make_token(app.settings.secret, sub.id, sub.token_version, "unsubscribe")
    assert http(f"{base}/subscribe", method="HEAD")[0] == 200
    assert http(f"{base}/unsubscribe/{token}", method="HEAD")[0] == 200
    with app.db.session() as s:
        assert s.scalar(select(Subscriber.status).where(Subscriber.email == "head@example.org")) == "active"


def test_every_response_carries_the_security_headers_and_big_bodies_are_refused(web):
    _, base = web(huunghi_max_body_bytes=2048)
    for url, data in ((f"{base}/subscribe", None), (f"{base}/healthz", None), (f"{base}/static/huunghi.css", None),
                      (f"{base}/nowhere", None), (f"{base}/unsubscribe/forged", None),
                      (f"{base}/subscribe", {"email": "x" * 5000 + "@example.org"})):
        code, body, headers = http(url, data)
        assert set(headers) >= SECURITY, (url, code, headers)
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert "script-src" not in headers["Content-Security-Policy"] and "unsafe-inline" not in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        if data:
            assert code == 413
    page = http(f"{base}/subscribe")[1]
    assert "<script" not in page and "style=" not in page


def test_a_mail_server_that_is_down_gets_a_try_again_page_not_an_error(make_app, serve_wsgi):
    from notify.web import create_app

    app = make_app()
    transport = SmtpTransport(SmtpConfig("127.0.0.1", _dead_port(), "plain", None, None, timeout=5))
    base = serve_wsgi(create_app(app, transport=transport))
    code, page, headers = http(f"{base}/subscribe", {"email": "x@example.org"})
    assert code == 503 and headers["Retry-After"] == "300" and "try again in a few minutes" in page


def test_the_same_new_address_posted_at_once_from_many_clients_makes_one_subscriber(make_app, pg_url, smtp, serve_wsgi):
    from concurrent.futures import ThreadPoolExecutor

    from notify.web import create_app

    app = make_app(database_url=pg_url, huunghi_trusted_proxies="127.0.0.1", huunghi_confirmations_per_address=50,
                   smtp_url=smtp.url)  # (a transport per request, as `huunghi web` runs)
    app.web_pool(16)
    app.db.ensure_schema()
    base = serve_wsgi(create_app(app), threads=16)
    with ThreadPoolExecutor(16) as pool:
        codes = list(pool.map(lambda i: http(f"{base}/subscribe", {"email": "same@example.org"},
                                             {"X-Forwarded-For": f"10.0.0.{i}"})[0], range(16)))
    assert codes == [200] * 16
    with app.db.session() as s:
        assert len(s.scalars(select(Subscriber).where(Subscriber.email == "same@example.org")).all()) == 1


def _dead_port() -> int:
    from tests.conftest import _free_port

    return _free_port()
