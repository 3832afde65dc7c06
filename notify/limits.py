"""Limits on what one visitor may make the public endpoints do, counted in the database (so that
every web process and thread counts alike)."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from huunghi.db import RateEvent


@dataclass(frozen=True)
class Refusal:
    """Over a limit: what was limited and when asking again will work."""

    what: str
    retry_at: datetime


def over_limit(session: Session, bucket: str, limit: int, window: timedelta, now: datetime, what: str) -> Refusal | None:
    """A Refusal when ``bucket`` already counted ``limit`` events in the last ``window``."""
    since = now - window
    count, oldest = session.execute(
        select(func.count(), func.min(RateEvent.at)).where(RateEvent.bucket == bucket, RateEvent.at > since)
    ).one()
    if count < limit:
        return None
    return Refusal(what, (oldest or now) + window)


def count(session: Session, bucket: str, now: datetime, window: timedelta) -> None:
    """Count one event (and forget those of the bucket older than the window)."""
    session.execute(delete(RateEvent).where(RateEvent.bucket == bucket, RateEvent.at <= now - window))
    session.add(RateEvent(bucket=bucket, at=now))


def client_address(remote_addr: str | None, forwarded_for: str | None, trusted: str) -> str:
    """Who is asking: the peer, unless the peer is a trusted reverse proxy — then the nearest address
    in X-Forwarded-For that is not one of the trusted proxies (a client can put anything in front)."""
    proxies = set()
    for item in filter(None, (p.strip() for p in trusted.split(","))):
        try:
            proxies.add(ipaddress.ip_network(item, strict=False))
        except ValueError:
            continue

    def is_proxy(addr: str) -> bool:
        try:
            ip = ipaddress.ip_address(addr)
        except ValueError:
            return False
        return any(ip in net for net in proxies)

    peer = remote_addr or "unknown"
    if not proxies or not is_proxy(peer) or not forwarded_for:
        return peer
    for hop in reversed([h.strip() for h in forwarded_for.split(",") if h.strip()]):
        if not is_proxy(hop):
            return hop
    return peer
