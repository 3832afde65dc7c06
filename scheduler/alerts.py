"""Operator alerts: one email when a source breaks, one when it recovers."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import select

from huunghi.db import Alert, Source, utcnow
from notify.render import sender_domain

ADVICE = {
    "broken": "Open the site in a browser; if it moved, update url/feeds/sitemaps in config/sources.yaml, then run "
              "`huunghi sources test {name}`.",
    "degraded": "Run `huunghi sources test {name}` and compare what extraction yields with the page; if titles, dates "
                "or bodies are missing, set selectors (title, published, body) for this source.",
}


def review(session, *, operator_email: str | None, transport, mail_from: str, now=None) -> list[str]:
    """Open or close one alert per source incident; send its email once. Returns what was sent."""
    now = now or utcnow()
    sent = []
    for src in session.scalars(select(Source).order_by(Source.name)):
        open_alert = session.scalar(select(Alert).where(Alert.source_id == src.id, Alert.closed_at.is_(None)))
        bad = src.health in ("broken", "degraded")
        if bad and open_alert is None:
            open_alert = Alert(source_id=src.id, kind=src.health, detail=src.health_reason or "", opened_at=now)
            session.add(open_alert)
            session.flush()
        elif not bad and open_alert is not None and src.health == "ok":
            open_alert.closed_at = now
        if open_alert is None or not operator_email:
            continue
        if open_alert.opened_sent_at is None:
            subject = f"huunghi: source {src.name} is {open_alert.kind}"
            advice = ADVICE.get(open_alert.kind, "").format(name=src.name)
            body = (f"Source {src.name} ({src.title}, {src.url}) is {open_alert.kind} since {open_alert.opened_at:%Y-%m-%d %H:%M} UTC.\n\n"
                    f"What failed: {open_alert.detail}\n\nWhat to try: {advice}\n")
            _send(transport, mail_from, operator_email, subject, body, now)
            open_alert.opened_sent_at = now
            sent.append(subject)
        if open_alert.closed_at is not None and open_alert.closed_sent_at is None:
            subject = f"huunghi: source {src.name} recovered"
            body = f"Source {src.name} ({src.url}) works again (incident opened {open_alert.opened_at:%Y-%m-%d %H:%M} UTC: {open_alert.detail}).\n"
            _send(transport, mail_from, operator_email, subject, body, now)
            open_alert.closed_sent_at = now
            sent.append(subject)
    return sent


def _send(transport, mail_from, to, subject, body, now) -> None:
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = mail_from
    msg["To"] = to
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(idstring="alert", domain=sender_domain(mail_from))
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(body)
    transport.send(msg, to)
