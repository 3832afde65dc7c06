"""Which subscribers are due, and which visits are new to each of them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from huunghi.classify.gazetteer import default_gazetteer
from huunghi.db import Article, Delivery, Subscriber, Visit

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def is_due(sub: Subscriber, now: datetime) -> bool:
    """Daily: always (only new visits go out). Weekly: on their weekday, once that day."""
    if sub.status != "active":
        return False
    if sub.frequency == "weekly":
        today = now.astimezone(VN_TZ).date()
        if today.weekday() != (sub.weekday or 0):
            return False
        return sub.last_digest_at is None or sub.last_digest_at.astimezone(VN_TZ).date() < today
    return True


def matches(sub: Subscriber, visit: Visit) -> bool:
    """Each filter the subscriber set must match (provinces compared as they are since 2025)."""
    gaz = default_gazetteer()
    if sub.vn_provinces:
        wanted = {gaz.vn_province_after_2025(p) or p for p in sub.vn_provinces}
        have = {gaz.vn_province_after_2025(p) or p for p in visit.vn_parties}
        if not wanted & have:
            return False
    return not sub.lao_provinces or bool(set(sub.lao_provinces) & set(visit.lao_parties))


def candidate_visits(session: Session, after: datetime) -> list[Visit]:
    return list(
        session.scalars(
            select(Visit).where(Visit.created_at > after)
            .options(selectinload(Visit.articles).selectinload(Article.source))
            .order_by(Visit.created_at, Visit.id)
        )
    )


def fresh_for(sub: Subscriber, visits: list[Visit], sent: set[int]) -> list[Visit]:
    """Visits first known after the subscriber's previous digest, matching, never sent: oldest first."""
    after = sub.last_digest_at or sub.since
    return [v for v in visits if v.created_at > after and v.id not in sent and matches(sub, v)]


def new_visits(session: Session, sub: Subscriber, visits: list[Visit]) -> list[Visit]:
    """``fresh_for`` with the subscriber's deliveries read from the database."""
    sent = set(session.scalars(select(Delivery.visit_id).where(Delivery.subscriber_id == sub.id)))
    return fresh_for(sub, visits, sent)
