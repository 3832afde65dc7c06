"""The one database layer every component uses (SQLAlchemy 2.x typed models)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

URL_MAX = 2000  # characters: the longest address the database keeps (longer ones are refused at discovery)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC on the way out, whatever the backend stores (SQLite keeps naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    province: Mapped[str] = mapped_column(String(100))
    url: Mapped[str] = mapped_column(String(500))
    health: Mapped[str] = mapped_column(String(20), default="unknown")
    health_reason: Mapped[str | None] = mapped_column(Text)
    health_since: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CrawlRun(Base):
    """One source's part of one crawl; ``run_id`` groups the sources crawled together."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[str] = mapped_column(String(40), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="running")
    requests: Mapped[int] = mapped_column(Integer, default=0)
    new_articles: Mapped[int] = mapped_column(Integer, default=0)
    relevant_articles: Mapped[int] = mapped_column(Integer, default=0)
    skipped_known: Mapped[int] = mapped_column(Integer, default=0)
    extraction_failures: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[dict[str, Any]] = mapped_column(default=dict)
    message: Mapped[str | None] = mapped_column(Text)

    source: Mapped[Source] = relationship()


class Visit(Base):
    __tablename__ = "visits"
    __table_args__ = (Index("ix_visits_start_id", "start_date", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event: Mapped[str] = mapped_column(String(20), default="visit")
    kind: Mapped[str] = mapped_column(String(40), default="working_visit")
    vn_parties: Mapped[list[Any]] = mapped_column(default=list)
    lao_parties: Mapped[list[Any]] = mapped_column(default=list)
    direction: Mapped[str] = mapped_column(String(10), default="none")
    start_date: Mapped[date | None] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    # The start is only the day the first report was published: no report gives the event's day.
    start_approximate: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # When the reports were written (publication day), for merging reports that give no day.
    reference_date: Mapped[date | None] = mapped_column(Date, index=True)
    reference_exact: Mapped[bool] = mapped_column(Boolean, default=True)
    title: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    leader: Mapped[str | None] = mapped_column(Text)
    host_leader: Mapped[str | None] = mapped_column(Text)
    amounts: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # what the archive's full-text search reads: titles, summary, sides, leaders, lower-case and
    # without diacritics (see huunghi.archive_index); indexed by FTS5 (SQLite) or GIN (PostgreSQL)
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="", deferred=True)

    articles: Mapped[list[Article]] = relationship(
        secondary="visit_articles", back_populates="visit", order_by="(Article.published, Article.id)"
    )


class VisitParty(Base):
    """One side of a visit, one row per name: what the archive filters on (a JSON list cannot be
    indexed alike on SQLite and PostgreSQL)."""

    __tablename__ = "visit_parties"
    __table_args__ = (Index("ix_visit_parties_side_name", "side", "name", "visit_id"),)

    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True)
    side: Mapped[str] = mapped_column(String(2), primary_key=True)  # vn | la
    name: Mapped[str] = mapped_column(String(200), primary_key=True)


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The dedupe key (see crawler.urls.canonicalize); ``url`` is the address as fetched, for links.
    canonical_url: Mapped[str] = mapped_column(String(URL_MAX), unique=True)
    url: Mapped[str] = mapped_column(String(URL_MAX))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[datetime | None] = mapped_column(index=True)
    # (the text is written once and read back only by explicit queries: loading a visit's articles,
    # which the store does for every relevant page, need not carry every body along)
    lead: Mapped[str] = mapped_column(Text, default="", deferred=True)
    body: Mapped[str] = mapped_column(Text, default="", deferred=True)
    author: Mapped[str | None] = mapped_column(String(300))
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    relevant: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    event: Mapped[str] = mapped_column(String(20), default="none")
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    analysis: Mapped[dict[str, Any]] = mapped_column(default=dict)

    source: Mapped[Source | None] = relationship()
    visit: Mapped[Visit | None] = relationship(
        secondary="visit_articles", back_populates="articles", uselist=False, viewonly=False
    )


class VisitArticle(Base):
    """An article belongs to at most one visit; a visit keeps every article that reports it."""

    __tablename__ = "visit_articles"

    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, unique=True
    )
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class Subscriber(Base):
    __tablename__ = "subscribers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(5), default="vi")
    vn_provinces: Mapped[list[Any]] = mapped_column(default=list)
    lao_provinces: Mapped[list[Any]] = mapped_column(default=list)
    frequency: Mapped[str] = mapped_column(String(10), default="daily")
    weekday: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    token_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    confirmed_at: Mapped[datetime | None]
    unsubscribed_at: Mapped[datetime | None]
    last_digest_at: Mapped[datetime | None]
    # Visits first known after this instant are new to the subscriber.
    since: Mapped[datetime] = mapped_column(default=utcnow)


class Delivery(Base):
    """One visit sent (or to be sent) to one subscriber; the unique pair makes it exactly once."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("subscriber_id", "visit_id", name="uq_delivery_subscriber_visit"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[str] = mapped_column(String(300), index=True)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    sent_at: Mapped[datetime | None]

    subscriber: Mapped[Subscriber] = relationship()
    visit: Mapped[Visit] = relationship()


class Alert(Base):
    """An operator alert about one source: opened once, closed once."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    opened_sent_at: Mapped[datetime | None]
    closed_sent_at: Mapped[datetime | None]


class JobRun(Base):
    """What the scheduler ran: for `huunghi status`."""

    __tablename__ = "job_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[str] = mapped_column(String(50), index=True)
    run_id: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    outcome: Mapped[str] = mapped_column(String(20), default="running")
    detail: Mapped[str | None] = mapped_column(Text)


class FrontierURL(Base):
    """An article URL discovered on a source, and what became of it: nothing found is lost.

    ``pending`` until fetched; then ``stored`` (an article row holds it), ``skipped`` (why in
    ``last_error``: no text, gone, too old), ``failed`` (tried again from ``next_try_at`` with
    back-off) or ``given_up`` after too many failed runs. A crawl takes the pending URLs of its
    sources before it discovers more.
    """

    __tablename__ = "frontier"
    __table_args__ = (Index("ix_frontier_source_state", "source_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    canonical_url: Mapped[str] = mapped_column(String(URL_MAX), unique=True)
    url: Mapped[str] = mapped_column(String(URL_MAX))  # as found (for fetching and links)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    found_on: Mapped[str | None] = mapped_column(String(URL_MAX))  # the feed, sitemap or listing page
    published_hint: Mapped[datetime | None]  # the date the feed, sitemap or listing gave
    discovered_at: Mapped[datetime] = mapped_column(default=utcnow)
    state: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_try_at: Mapped[datetime | None]
    run_id: Mapped[str | None] = mapped_column(String(40))  # the last run that took it
    taken_at: Mapped[datetime | None]  # when that run took it (a distributed worker may hold it)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class RateEvent(Base):
    """One request a public endpoint counted against a limit: ``bucket`` is what it is counted
    against ("client:203.0.113.9", "address:x@example.org"). Kept for one window, then pruned."""

    __tablename__ = "rate_events"
    __table_args__ = (Index("ix_rate_events_bucket_at", "bucket", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bucket: Mapped[str] = mapped_column(String(400))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class FetchCache(Base):
    """Validators of feeds and listing pages, for conditional GET on the next crawl."""

    __tablename__ = "fetch_cache"

    url: Mapped[str] = mapped_column(String(URL_MAX), primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    # A listing whose paging a run did not finish (killed, timed out): where the next run resumes.
    resume_url: Mapped[str | None] = mapped_column(String(URL_MAX))
    resume_page: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
