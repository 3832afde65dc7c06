"""Subscriber management: validated emails, filters, frequency, status."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.orm import Session

from huunghi.db import Subscriber, utcnow

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
LANGUAGES = ("vi", "en")


class SubscriberError(ValueError):
    """Bad subscriber input; the message says which field and why."""


@dataclass
class SubscriberSpec:
    email: str
    name: str | None = None
    language: str = "vi"
    vn_provinces: list[str] = field(default_factory=list)
    lao_provinces: list[str] = field(default_factory=list)
    frequency: str = "daily"
    weekday: str | None = None


MAX_NAME = 100  # characters of a display name
MAX_EMAIL = 254  # RFC 5321's limit on a forward path


def _control(text: str) -> str | None:
    """The first control or invisible format character in ``text`` (CR, LF, NUL, a line separator…)."""
    return next((c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") and c != "\u200d"), None)


def clean_name(raw: str | None) -> str | None:
    """A display name as it may go into a header: one line, trimmed, at most MAX_NAME characters."""
    if raw is None:
        return None
    bad = _control(raw)
    if bad is not None:
        raise SubscriberError(f"name: contains a control character (U+{ord(bad):04X}); a name is one line of text")
    name = " ".join(unicodedata.normalize("NFC", raw).split())
    if len(name) > MAX_NAME:
        raise SubscriberError(f"name: {len(name)} characters, at most {MAX_NAME}")
    return name or None


def normalize_email(raw: str) -> str:
    text = (raw or "").strip()
    bad = _control(text)
    if bad is not None:
        raise SubscriberError(f"email: contains a control character (U+{ord(bad):04X})")
    if len(text) > MAX_EMAIL:
        raise SubscriberError(f"email: {len(text)} characters, at most {MAX_EMAIL}")
    try:
        # One subscriber per mailbox: addresses are compared case-insensitively, as providers do.
        return validate_email(text, check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise SubscriberError(f"email {text!r}: {exc}") from None


def _validated(spec: SubscriberSpec) -> dict:
    from huunghi.classify.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    if spec.language not in LANGUAGES:
        raise SubscriberError(f"language {spec.language!r}: use one of {', '.join(LANGUAGES)}")
    if spec.frequency not in ("daily", "weekly"):
        raise SubscriberError(f"frequency {spec.frequency!r}: use daily or weekly")
    weekday = None
    if spec.frequency == "weekly":
        day = (spec.weekday or "mon").lower()[:3]
        if day not in WEEKDAYS:
            raise SubscriberError(f"weekday {spec.weekday!r}: use one of {', '.join(WEEKDAYS)}")
        weekday = WEEKDAYS.index(day)
    lao = []
    for name in spec.lao_provinces:
        canonical = gaz.canonical_lao_province(name)
        if canonical is None:
            raise SubscriberError(f"Lao province {name!r} is not known (see `huunghi gazetteer`)")
        lao.append(canonical)
    vn = []
    for name in spec.vn_provinces:
        canonical = gaz.canonical_vn_province(name)
        if canonical is None:
            raise SubscriberError(f"Vietnamese province {name!r} is not known")
        vn.append(canonical)
    return {
        "email": normalize_email(spec.email),
        "name": clean_name(spec.name),
        "language": spec.language,
        "vn_provinces": vn,
        "lao_provinces": lao,
        "frequency": spec.frequency,
        "weekday": weekday,
    }


def add_subscriber(session: Session, spec: SubscriberSpec, *, status: str = "active") -> tuple[Subscriber, bool]:
    """Add (or update) a subscriber. Returns (row, created). Re-adding re-activates."""
    values = _validated(spec)
    row = session.scalar(select(Subscriber).where(Subscriber.email == values["email"]))
    created = row is None
    now = utcnow()
    if row is None:
        row = Subscriber(**values, status=status, since=now)
        session.add(row)
    else:
        for key, value in values.items():
            setattr(row, key, value)
        if status == "active" and row.status != "active":
            row.since = now
            row.unsubscribed_at = None
        row.status = status if row.status != "active" else row.status
    if status == "active" and row.confirmed_at is None:
        row.confirmed_at = now
    session.flush()
    return row, created


def remove_subscriber(session: Session, email: str) -> bool:
    row = session.scalar(select(Subscriber).where(Subscriber.email == normalize_email(email)))
    if row is None:
        return False
    session.delete(row)
    return True


def unsubscribe(session: Session, subscriber: Subscriber) -> None:
    subscriber.status = "unsubscribed"
    subscriber.unsubscribed_at = utcnow()
    # Revoke every token issued so far.
    subscriber.token_version += 1


def list_subscribers(session: Session) -> list[Subscriber]:
    return list(session.scalars(select(Subscriber).order_by(Subscriber.email)))


def describe_filters(sub: Subscriber) -> str:
    parts = []
    if sub.vn_provinces:
        parts.append("VN: " + ", ".join(sub.vn_provinces))
    if sub.lao_provinces:
        parts.append("Lào: " + ", ".join(sub.lao_provinces))
    return "; ".join(parts) or "everything"
