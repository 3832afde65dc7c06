"""The crawl frontier: every article URL discovered, kept in the database until it is done.

A URL is recorded (batched, one statement per few hundred) the moment discovery finds it, before
the feed's or listing's validators are saved, so a `304 Not Modified` never hides a link that was
not recorded; it stays ``pending`` until a crawl fetches it, whatever happens to the crawl in
between (killed, timed out, stopped at ``max_articles``). The caller owns the transaction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from huunghi.db import FrontierURL, utcnow

STATES = ("pending", "stored", "skipped", "failed", "given_up")
MAX_ATTEMPTS = 5  # failed runs before a URL is given up
# After the n-th failure, the next try waits this long (a site down for a day is tried again).
BACKOFF = (timedelta(minutes=30), timedelta(hours=3), timedelta(hours=12), timedelta(days=2))
CHUNK = 500


@dataclass(frozen=True)
class Found:
    canonical_url: str
    url: str
    published: datetime | None = None


def record(session: Session, source_id: int, links: list[Found], found_on: str | None) -> tuple[set[str], dict[str, str]]:
    """Record the links (those already known keep their state). Returns the canonical URLs that
    were new, and every given link's state."""
    if not links:
        return set(), {}
    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    table = FrontierURL.__table__
    new: set[str] = set()
    rows = list({f.canonical_url: f for f in links}.values())
    now = utcnow()
    for i in range(0, len(rows), CHUNK):
        values = [{"canonical_url": f.canonical_url, "url": f.url, "source_id": source_id, "found_on": found_on,
                   "published_hint": f.published, "state": "pending", "attempts": 0,
                   "discovered_at": now, "updated_at": now} for f in rows[i : i + CHUNK]]
        stmt = insert(table).values(values).on_conflict_do_nothing(index_elements=["canonical_url"])
        new.update(session.execute(stmt.returning(table.c.canonical_url)).scalars())
    return new, states(session, [f.canonical_url for f in rows])


def states(session: Session, canonical_urls: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i in range(0, len(canonical_urls), CHUNK):
        chunk = canonical_urls[i : i + CHUNK]
        out.update(session.execute(select(FrontierURL.canonical_url, FrontierURL.state)
                                   .where(FrontierURL.canonical_url.in_(chunk))).all())
    return out


def is_due(row: FrontierURL, now: datetime) -> bool:
    return row.state == "pending" or row.state == "failed" and (row.next_try_at is None or row.next_try_at <= now)


def due(session: Session, source_id: int, now: datetime, limit: int) -> list[FrontierURL]:
    """The source's URLs to fetch now (pending, or failed and past their back-off), newest first."""
    query = (
        select(FrontierURL)
        .where(FrontierURL.source_id == source_id)
        .where(or_(FrontierURL.state == "pending",
                   and_(FrontierURL.state == "failed", or_(FrontierURL.next_try_at.is_(None), FrontierURL.next_try_at <= now))))
        .order_by(FrontierURL.published_hint.desc().nulls_last(), FrontierURL.id.desc())
        .limit(limit)
    )
    return list(session.scalars(query))


def take(session: Session, canonical_urls: list[str], run_id: str | None, now: datetime) -> None:
    """Mark URLs as taken by a run (a distributed worker may hold them a while)."""
    for i in range(0, len(canonical_urls), CHUNK):
        session.execute(update(FrontierURL).where(FrontierURL.canonical_url.in_(canonical_urls[i : i + CHUNK]))
                        .values(run_id=run_id, taken_at=now))


def settle(session: Session, canonical_url: str, state: str, *, error: str | None = None, now: datetime) -> None:
    """What became of a fetched URL. ``failed`` counts an attempt and sets the next try, and gives
    the URL up after ``MAX_ATTEMPTS``; the other states are final."""
    if state not in STATES:
        raise ValueError(f"unknown frontier state {state!r}")
    if state != "failed":
        # one Core statement, no row loaded and no ORM bookkeeping: this runs for every page a crawl stores
        t = FrontierURL.__table__
        stmt = update(t).where(t.c.canonical_url == canonical_url)
        if state != "stored":
            stmt = stmt.where(t.c.state != "stored")  # another worker stored it
        session.execute(stmt.values(last_error=error, taken_at=None, state=state, next_try_at=None,
                                    attempts=t.c.attempts + int(state != "pending")))
        return
    row = session.scalar(select(FrontierURL).where(FrontierURL.canonical_url == canonical_url))
    if row is None:
        return
    if row.state == "stored" and state != "stored":
        return  # another worker stored it
    row.last_error = error
    row.taken_at = None
    row.attempts += 1
    if row.attempts >= MAX_ATTEMPTS:
        row.state, row.next_try_at = "given_up", None
    else:
        row.state, row.next_try_at = "failed", now + BACKOFF[min(row.attempts, len(BACKOFF)) - 1]


def counts(session: Session) -> dict[int, dict[str, int]]:
    """Per source id: how many URLs are in each state."""
    out: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATES, 0))
    for source_id, state, n in session.execute(
        select(FrontierURL.source_id, FrontierURL.state, func.count()).group_by(FrontierURL.source_id, FrontierURL.state)
    ):
        out[source_id][state] = n
    return dict(out)
