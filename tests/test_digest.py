"""Digests through a real SMTP server (aiosmtpd on 127.0.0.1): content, headers, failures, exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from huunghi.db import Delivery, Subscriber
from huunghi.ingest import ArticleFields, store_article
from notify.digest import DigestContext, run_digest
from notify.subscribers import SubscriberSpec, add_subscriber
from notify.tokens import read_token
from notify.transport import OutboxTransport, SmtpConfig, SmtpTransport

PUB = datetime(2025, 10, 12, 9, tzinfo=UTC)
VISITS = [
    ("http://baolaichau.vn/a-1", "Đoàn đại biểu tỉnh Lai Châu thăm tỉnh Phông Sa Lỳ",
     "Ngày 10/10, Đoàn đại biểu tỉnh Lai Châu do đồng chí Hoàng Văn Minh - Chủ tịch UBND tỉnh làm Trưởng đoàn đã sang thăm và làm việc tại tỉnh Phông Sa Lỳ (Lào)."),
    ("http://baothanhhoa.vn/b-2", "Lãnh đạo tỉnh Hủa Phăn chúc Tết Thanh Hóa",
     "Chiều 11/10, Đoàn đại biểu tỉnh Hủa Phăn (Lào) đã đến thăm, chúc Tết tỉnh Thanh Hóa."),
]


def seed(app, visits=VISITS, subscribers=(("a@example.org", "vi", []), ("b@example.org", "en", ["Phông Sa Lỳ"]))):
    with app.db.session() as s:
        for email, lang, lao in subscribers:
            sub, _ = add_subscriber(s, SubscriberSpec(email, name=f"Reader {email[0].upper()}", language=lang, lao_provinces=lao))
            sub.since = PUB - timedelta(days=30)
    with app.db.session() as s:
        for url, title, body in visits:
            store_article(s, None, ArticleFields(url, title, body, PUB))


def ctx_for(app, transport, **kw):
    s = app.settings
    return DigestContext(app.db, transport, "Hữu nghị <news@huunghi.example.org>", "https://hn.example.org",
                         s.secret, s.data_dir / "locks", backoff=0, **kw)


def smtp_transport(smtp):
    return SmtpTransport(SmtpConfig("127.0.0.1", smtp.controller.port, "plain", None, None, timeout=10))


def deliveries(app, status=None):
    with app.db.session() as s:
        q = select(func.count()).select_from(Delivery)
        if status:
            q = q.where(Delivery.status == status)
        return s.scalar(q)


def test_headers_parts_links_and_tokens(app, smtp):
    seed(app)
    transport = smtp_transport(smtp)
    out = run_digest(ctx_for(app, transport), now=datetime(2025, 10, 13, 0, 30, tzinfo=UTC))
    assert sorted(out.sent) == [("a@example.org", 2), ("b@example.org", 1)]
    assert transport.connections == 1, "one SMTP connection reused across the run"
    msgs = {m["To"].addresses[0].addr_spec: m for m in smtp.parsed()}
    vi, en = msgs["a@example.org"], msgs["b@example.org"]
    assert vi["Subject"] == "huunghi: 2 hoạt động Việt Nam – Lào mới (13/10/2025)"
    # the Subject is Vietnamese for everybody (count and date), English follows for `en` readers
    assert en["Subject"] == "huunghi: 1 hoạt động Việt Nam – Lào mới (13/10/2025) · 1 new Vietnam–Laos exchange"
    assert vi["From"].addresses[0].display_name == "Hữu nghị"
    for m in (vi, en):
        for h in ("Date", "Message-ID", "List-Id", "List-Unsubscribe"):
            assert m[h], h
        assert m["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert m["Message-ID"].endswith("@huunghi.example.org>")
        assert m.get_content_type() == "multipart/alternative"
        html, text = m.get_body(("html",)).get_content(), m.get_body(("plain",)).get_content()
        url = m["List-Unsubscribe"].strip("<>")
        assert url.startswith("https://hn.example.org/unsubscribe/") and url in html and url in text
        token = url.rsplit("/", 1)[1]
        with app.db.session() as s:
            sub = s.scalar(select(Subscriber).where(Subscriber.email == m["To"].addresses[0].addr_spec))
            assert read_token(app.settings.secret, token, "unsubscribe").subscriber_id == sub.id
        assert "/preferences/" in html and "/preferences/" in text
    vi_html = vi.get_body(("html",)).get_content()
    assert "Lai Châu → Phông Sa Lỳ" in vi_html and "Hủa Phăn → Thanh Hóa" in vi_html
    assert 'href="http://baolaichau.vn/a-1"' in vi_html and "Hoàng Văn Minh" in vi_html
    assert vi_html.index("Lai Châu → Phông Sa Lỳ") < vi_html.index("Hủa Phăn → Thanh Hóa"), "oldest first"
    en_text = en.get_body(("plain",)).get_content()
    assert "Lai Chau → Phongsaly: Working visit, 10 Oct 2025" in en_text
    assert "Thanh" not in en_text, "the Lao-province filter applies"
    # a second run finds nothing new: no email
    assert run_digest(ctx_for(app, smtp_transport(smtp))).sent == []
    assert len(smtp.messages) == 2


def test_hostile_title_is_escaped_and_cannot_inject_headers(app, smtp):
    evil = 'Đoàn <script>alert("x")</script> "tỉnh" Hủa Phăn\r\nBcc: victim@example.org'
    seed(app, visits=[("http://x.vn/evil-1", evil, "Ngày 11/10, Đoàn đại biểu tỉnh Hủa Phăn (Lào) đã đến thăm và làm việc tại tỉnh Thanh Hóa.")],
         subscribers=(("a@example.org", "vi", []),))
    run_digest(ctx_for(app, smtp_transport(smtp)))
    (mail_from, rcpts, raw), = smtp.messages
    assert rcpts == ["a@example.org"]
    msg = smtp.parsed()[0]
    headers = raw.split(b"\r\n\r\n", 1)[0]
    assert msg["Bcc"] is None and b"Bcc:" not in headers
    assert "\nBcc:" not in msg.get_body(("plain",)).get_content(), "a title is one line in the text part"
    html = msg.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html and "&#34;" in html


def test_temporary_failures_are_retried_with_backoff(app, smtp):
    seed(app, subscribers=(("a@example.org", "vi", []),))
    smtp.script = ["451 4.3.0 Try again later", "421 4.7.0 Too busy"]
    sleeps = []
    out = run_digest(ctx_for(app, smtp_transport(smtp), sleep=sleeps.append))
    assert out.sent == [("a@example.org", 2)] and len(smtp.messages) == 1
    assert len(sleeps) == 2
    with app.db.session() as s:
        assert {d.status for d in s.scalars(select(Delivery))} == {"sent"}


def test_server_down_then_next_run_sends(app, smtp):
    seed(app, subscribers=(("a@example.org", "vi", []),))
    dead = SmtpTransport(SmtpConfig("127.0.0.1", 1, "plain", None, None, timeout=2))
    out = run_digest(ctx_for(app, dead))
    assert out.sent == [] and out.deferred and "cannot connect" in out.deferred[0][1]
    assert deliveries(app, "pending") == 2
    out = run_digest(ctx_for(app, smtp_transport(smtp)))
    assert out.sent == [("a@example.org", 2)] and deliveries(app, "sent") == 2


def test_one_refused_recipient_does_not_stop_the_others(app, smtp):
    seed(app, subscribers=(("bad@example.org", "vi", []), ("good@example.org", "vi", [])))
    smtp.reject["bad@example.org"] = "550 5.1.1 No such user"
    first = run_digest(ctx_for(app, smtp_transport(smtp)))
    assert first.sent == [("good@example.org", 2)]
    second = run_digest(ctx_for(app, smtp_transport(smtp)))
    assert second.failed and second.failed[0][0] == "bad@example.org" and "550" in second.failed[0][1]
    assert deliveries(app, "failed") == 2 and deliveries(app, "sent") == 2
    assert run_digest(ctx_for(app, smtp_transport(smtp))).failed == []  # bounded: no more tries
    assert [r for _, r, _ in smtp.messages] == [["good@example.org"]]


def test_dry_run_sends_and_records_nothing(app, smtp):
    seed(app)
    out = run_digest(ctx_for(app, smtp_transport(smtp)), dry_run=True)
    assert sorted((e, len(ids)) for e, ids in out.planned) == [("a@example.org", 2), ("b@example.org", 1)]
    assert smtp.messages == [] and deliveries(app) == 0
    with app.db.session() as s:
        assert all(sub.last_digest_at is None for sub in s.scalars(select(Subscriber)))


def test_weekly_subscriber_only_on_their_day(app):
    seed(app, subscribers=())
    with app.db.session() as s:
        sub, _ = add_subscriber(s, SubscriberSpec("w@example.org", frequency="weekly", weekday="wed"))
        sub.since = PUB - timedelta(days=30)
    outbox = OutboxTransport(app.settings.outbox_dir)
    tuesday = datetime(2025, 10, 14, 1, tzinfo=UTC)
    assert run_digest(ctx_for(app, outbox), now=tuesday).sent == []
    assert run_digest(ctx_for(app, outbox), now=tuesday + timedelta(days=1)).sent == [("w@example.org", 2)]
    assert len(list(app.settings.outbox_dir.glob("*.eml"))) == 1


def test_outbox_without_smtp(app):
    seed(app, subscribers=(("a@example.org", "vi", []),))
    out = run_digest(ctx_for(app, OutboxTransport(app.settings.outbox_dir)))
    (path,) = app.settings.outbox_dir.glob("*.eml")
    assert out.outbox == [str(path)]
    assert b"List-Unsubscribe-Post: List-Unsubscribe=One-Click" in path.read_bytes()


def cli_env(app, smtp):
    return {**os.environ, "DATABASE_URL": app.settings.database_url, "SMTP_URL": smtp.url,
            "HUUNGHI_SECRET": app.settings.secret.decode(), "HUUNGHI_DATA_DIR": str(app.settings.data_dir),
            "HUUNGHI_CONFIG": str(app.settings.huunghi_config), "MAIL_FROM": "news@huunghi.example.org"}


def wait_for(event, seconds=20):
    assert event.wait(seconds), "timed out"


def test_kill_9_mid_run_then_rerun_sends_each_digest_once(app, smtp):
    subs = tuple((f"r{i}@example.org", "vi", []) for i in range(4))
    seed(app, subscribers=subs)
    smtp.hold.clear()  # the server keeps the first message in DATA until we say so
    proc = subprocess.Popen([sys.executable, "-m", "huunghi.cli", "digest"], env=cli_env(app, smtp),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for(smtp.in_data)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        proc.stdout.close()
        proc.stderr.close()
    smtp.hold.set()
    time.sleep(0.3)
    assert deliveries(app, "pending") >= 2  # the message in flight stayed pending
    rerun = subprocess.run([sys.executable, "-m", "huunghi.cli", "digest"], env=cli_env(app, smtp), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    received = smtp.parsed()
    by_rcpt = {}
    for m in received:
        by_rcpt.setdefault(m["To"].addresses[0].addr_spec, []).append(m["Message-ID"])
    assert set(by_rcpt) == {e for e, _, _ in subs}
    repeated = {r: ids for r, ids in by_rcpt.items() if len(ids) > 1}
    assert len(repeated) <= 1, "at most the message in flight went twice"
    for ids in repeated.values():
        assert len(set(ids)) == 1, "and it went again under the same Message-ID"
    assert deliveries(app, "sent") == 8 and deliveries(app, "pending") == 0


def test_two_runs_at_once_never_both_send(app, smtp):
    seed(app, subscribers=(("a@example.org", "vi", []), ("b@example.org", "vi", [])))
    smtp.hold.clear()
    env = cli_env(app, smtp)
    first = subprocess.Popen([sys.executable, "-m", "huunghi.cli", "digest"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for(smtp.in_data)
    second = subprocess.run([sys.executable, "-m", "huunghi.cli", "digest"], env=env, capture_output=True, text=True, timeout=60)
    smtp.hold.set()
    out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert second.returncode == 3 and "another digest run is in progress" in second.stderr
    assert sorted(r[0] for _, r, _ in smtp.messages) == ["a@example.org", "b@example.org"]


def test_many_subscribers_are_built_in_another_process_and_each_gets_one(app, smtp):
    from notify.digest import POOL_THRESHOLD

    n = POOL_THRESHOLD + 20
    seed(app, subscribers=tuple((f"r{i}@example.org", "vi" if i % 2 else "en", []) for i in range(n)))
    transport = smtp_transport(smtp)
    out = run_digest(ctx_for(app, transport))
    assert len(out.sent) == n and transport.connections == 1
    msgs = smtp.parsed()
    assert sorted(m["To"].addresses[0].addr_spec for m in msgs) == sorted(f"r{i}@example.org" for i in range(n))
    assert len({m["Message-ID"] for m in msgs}) == n
    en = next(m for m in msgs if m["To"].addresses[0].addr_spec == "r0@example.org")
    assert "Lai Chau → Phongsaly" in en.get_body(("plain",)).get_content()
    assert deliveries(app, "sent") == 2 * n


def test_a_day_only_reported_is_marked_approximate_in_both_languages(app):
    undated = [("http://baoquangtri.vn/c-3", "Quảng Trị tiếp đoàn tỉnh Xa La Văn",
                "Lãnh đạo tỉnh Quảng Trị tiếp đoàn đại biểu tỉnh Xa La Văn (Lào) sang thăm và làm việc tại tỉnh.")]
    seed(app, visits=undated, subscribers=(("a@example.org", "vi", []), ("b@example.org", "en", [])))
    outbox = OutboxTransport(app.settings.outbox_dir)
    assert len(run_digest(ctx_for(app, outbox)).sent) == 2
    texts = {p.read_text(encoding="utf-8") for p in app.settings.outbox_dir.glob("*.eml")}
    import email
    from email import policy

    bodies = [email.message_from_string(t, policy=policy.default).get_body(("plain",)).get_content() for t in texts]
    assert any("≈ 12/10/2025 (ngày đưa tin)" in b for b in bodies)
    assert any("≈ 12 Oct 2025 (reported)" in b for b in bodies)
