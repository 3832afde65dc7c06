"""The web endpoints through a real HTTP server and client."""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from sqlalchemy import select
from waitress.server import create_server

from huunghi.db import Subscriber
from notify.subscribers import SubscriberSpec, add_subscriber
from notify.tokens import make_token
from notify.transport import OutboxTransport, SmtpConfig, SmtpTransport


@pytest.fixture
def server(app, smtp):
    """The app behind the WSGI server `huunghi web` runs (waitress, with its options), on a free port."""
    from notify.web import SERVE_OPTIONS, create_app

    transport = SmtpTransport(SmtpConfig("127.0.0.1", smtp.controller.port, "plain", None, None, timeout=10))
    # (poll, as `huunghi web` runs it: select() on a socket closed under the loop raises in its thread)
    srv = create_server(create_app(app, transport=transport), host="127.0.0.1", port=0, **{**SERVE_OPTIONS, "threads": 4})
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.effective_port}"
    srv.close()


def http(url, data=None, headers=None):
    body = urllib.parse.urlencode(data, doseq=True).encode() if isinstance(data, dict) else data
    req = urllib.request.Request(url, data=body, headers=headers or {}, method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


@pytest.fixture
def reader(app):
    with app.db.session() as s:
        sub, _ = add_subscriber(s, SubscriberSpec("reader@example.org", lao_provinces=["Bò Kẹo"]))
        return sub.id, sub.token_version


def status_of(app, sub_id):
    with app.db.session() as s:
        return s.get(Subscriber, sub_id).status


def test_get_shows_a_button_and_changes_nothing_post_one_click_unsubscribes(app, server, reader):
    sub_id, version = reader
    token = make_token(app.settings.secret, sub_id, version, "unsubscribe")
    code, page = http(f"{server}/unsubscribe/{token}")
    assert code == 200 and "<form method=\"post\"" in page and "reader@example.org" in page
    assert status_of(app, sub_id) == "active"
    # RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the List-Unsubscribe URL
    code, page = http(f"{server}/unsubscribe/{token}", b"List-Unsubscribe=One-Click",
                      {"Content-Type": "application/x-www-form-urlencoded"})
    assert code == 200 and "Unsubscribed" in page
    assert status_of(app, sub_id) == "unsubscribed"
    # the token is now revoked: it changes nothing and says so
    code, page = http(f"{server}/unsubscribe/{token}", b"List-Unsubscribe=One-Click")
    assert code == 410 and "revoked" in page


@pytest.mark.parametrize("mangle", [
    lambda t: t[:-2] + ("AA" if not t.endswith("AA") else "BB"),  # altered signature
    lambda t: "eyJzIjoxLCJ2IjoxfQ.forged",  # forged
])
def test_forged_or_altered_tokens_get_a_clear_page(app, server, reader, mangle):
    sub_id, version = reader
    token = mangle(make_token(app.settings.secret, sub_id, version, "unsubscribe"))
    code, page = http(f"{server}/unsubscribe/{token}", b"List-Unsubscribe=One-Click")
    assert code == 400 and "not valid" in page
    assert status_of(app, sub_id) == "active"


def test_a_token_for_another_action_does_not_work(app, server, reader):
    sub_id, version = reader
    prefs = make_token(app.settings.secret, sub_id, version, "preferences")
    code, _ = http(f"{server}/unsubscribe/{prefs}", b"x=1")
    assert code == 400 and status_of(app, sub_id) == "active"


def test_preferences(app, server, reader):
    sub_id, version = reader
    token = make_token(app.settings.secret, sub_id, version, "preferences")
    code, page = http(f"{server}/preferences/{token}")
    assert code == 200 and '<input type="checkbox" name="lao" value="Bò Kẹo" checked>' in page
    assert '<legend>Tỉnh Lào / Lao provinces (none = all)</legend>' in page and '(Bokeo)' in page
    assert '<input type="checkbox" name="vn" value="Lai Châu" >' in page, "grouped by country, unchecked ones too"
    code, page = http(f"{server}/preferences/{token}", {"language": "en", "frequency": "weekly", "weekday": "fri",
                                                        "vn": ["Lai Châu", "Điện Biên"], "lao": []})
    assert code == 200 and "Saved" in page
    with app.db.session() as s:
        sub = s.get(Subscriber, sub_id)
        assert (sub.language, sub.frequency, sub.weekday, sub.vn_provinces, sub.lao_provinces) == \
            ("en", "weekly", 4, ["Lai Châu", "Điện Biên"], [])
    code, page = http(f"{server}/preferences/{token}", {"language": "en", "frequency": "hourly"})
    assert code == 400 and "frequency &#39;hourly&#39;" in page


def test_subscribe_double_opt_in(app, server, smtp):
    code, page = http(f"{server}/subscribe", {"email": "New@Example.org", "name": "<b>Lan</b>", "language": "vi"})
    assert code == 200 and "new@example.org" in page
    with app.db.session() as s:
        sub = s.scalar(select(Subscriber).where(Subscriber.email == "new@example.org"))
        assert sub.status == "pending"
    (msg,) = smtp.parsed()
    text = msg.get_body(("plain",)).get_content()
    link = next(word for word in text.split() if "/confirm/" in word)
    path = link.split("/confirm/")[1]
    code, page = http(f"{server}/confirm/{path}")
    assert code == 200 and "Confirmed" in page
    with app.db.session() as s:
        assert s.scalar(select(Subscriber).where(Subscriber.email == "new@example.org")).status == "active"
    code, page = http(f"{server}/subscribe", {"email": "not an email"})
    assert code == 400 and "email" in page


def test_escaping_in_pages(app, server):
    with app.db.session() as s:
        sub, _ = add_subscriber(s, SubscriberSpec("x@example.org", name='<script>alert(1)</script>'))
        token = make_token(app.settings.secret, sub.id, sub.token_version, "preferences")
    code, page = http(f"{server}/preferences/{token}")
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_outbox_transport_for_confirmations(app):
    from notify.web import create_app

    client = create_app(app, transport=OutboxTransport(app.settings.outbox_dir)).test_client()
    assert client.post("/subscribe", data={"email": "o@example.org"}).status_code == 200
    assert len(list(app.settings.outbox_dir.glob("*.eml"))) == 1


def test_the_web_command_serves_the_pages(app, tmp_path):
    import os
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "DATABASE_URL": app.settings.database_url, "HUUNGHI_CONFIG": str(app.settings.huunghi_config),
           "HUUNGHI_DATA_DIR": str(app.settings.data_dir), "HUUNGHI_SECRET": "s"}
    proc = subprocess.Popen([sys.executable, "-m", "huunghi.cli", "web", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                code, page = http(f"http://127.0.0.1:{port}/subscribe")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.poll() else "timeout"
                time.sleep(0.2)
        assert code == 200 and "<form" in page
        assert http(f"http://127.0.0.1:{port}/unsubscribe/forged-token")[0] in (400, 404)
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
