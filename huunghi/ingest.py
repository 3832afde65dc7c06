"""One article into the store: classify, extract its visit, merge it into the visits.

Called by the crawler's item pipeline (one transaction per article, so a killed crawl loses at
most the pages in flight) and by tests. The caller owns the session and its transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from huunghi.classify.api import analyse_article
from huunghi.classify.dates import VN_TZ
from huunghi.classify.merge import Report, absorb, dissolved_names_bound, pick, report_from, vn_key
from huunghi.classify.merge import _lao_key as lao_key
from huunghi.classify.visit import VisitInfo
from huunghi.db import Article, Source, Visit, VisitArticle, utcnow

# Visits further apart than this from a new report are not even considered for merging.
MERGE_WINDOW = timedelta(days=120)
VISIT_MERGE_LOCK = 727302


@dataclass
class ArticleFields:
    url: str  # as fetched (tracking parameters removed)
    title: str
    body: str
    published: datetime | None = None
    lead: str = ""
    author: str | None = None
    canonical_url: str | None = None  # defaults to canonicalize(url)
    source_province: str | None = None  # the outlet's province: a prior for the Vietnamese side


def content_hash(title: str, body: str) -> str:
    return hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()


def _visit_report(v: Visit) -> Report:
    return Report(
        lao=lao_key(v.lao_parties), vn=vn_key(v.vn_parties), direction=v.direction,
        start=v.start_date, end=v.end_date, reference=v.reference_date,
        reference_exact=v.reference_exact, ids=[v.id], before=dissolved_names_bound(v.vn_parties),
        leader=v.leader, kind=v.kind, amounts=frozenset(v.amounts or ()),
    )


def _lock_merging(session: Session) -> None:
    """Serialise visit merging across processes (PostgreSQL); SQLite writers are serial anyway."""
    if session.bind.dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(VISIT_MERGE_LOCK)))


def merge_into_visits(session: Session, article: Article, info: VisitInfo, event: str) -> Visit:
    _lock_merging(session)
    report = report_from(info, [article.id])
    day = info.event_date or info.reference or (article.published.astimezone(VN_TZ).date() if article.published else None)
    query = select(Visit)
    if day is not None:
        query = query.where(
            or_(
                Visit.start_date.between(day - MERGE_WINDOW, day + MERGE_WINDOW),
                Visit.reference_date.between(day - MERGE_WINDOW, day + MERGE_WINDOW),
                Visit.start_date.is_(None) & Visit.reference_date.is_(None),
            )
        )
    candidates = list(session.scalars(query.order_by(Visit.id)))
    idx = pick([_visit_report(v) for v in candidates], report)
    if idx is None:
        visit = Visit(
            event=event, kind=info.kind, vn_parties=info.vn_parties, lao_parties=info.lao_parties,
            direction=info.direction, start_date=info.event_date, end_date=info.end_date,
            reference_date=report.reference, reference_exact=report.reference_exact,
            title=article.title, summary=info.summary, leader=info.leader, host_leader=info.host_leader,
            amounts=info.amounts,
        )
        session.add(visit)
        session.flush()
    else:
        visit = candidates[idx]
        merged = absorb(_visit_report(visit), report)
        visit.lao_parties = list(dict.fromkeys([*visit.lao_parties, *info.lao_parties]))
        visit.vn_parties = list(dict.fromkeys([*visit.vn_parties, *info.vn_parties]))
        visit.direction = merged.direction
        visit.start_date, visit.end_date = merged.start, merged.end
        visit.reference_date, visit.reference_exact = merged.reference, merged.reference_exact
        visit.leader = visit.leader or info.leader
        visit.host_leader = visit.host_leader or info.host_leader
        visit.amounts = list(dict.fromkeys([*(visit.amounts or []), *info.amounts]))
        if event == "visit":
            visit.event = "visit"
        visit.updated_at = utcnow()
    session.add(VisitArticle(visit_id=visit.id, article_id=article.id))
    session.flush()
    return visit


def store_article(session: Session, source: Source | int | None, fields: ArticleFields) -> Article | None:
    """Store a fetched article (classified, and merged when relevant). None when the URL is known.

    The insert is an upsert that does nothing on a known URL, so two workers storing the same
    article at once leave one row and neither fails.
    """
    province = fields.source_province or (source.province if isinstance(source, Source) else None)
    c, info = analyse_article(fields.title, fields.body, fields.url, fields.published, source_province=province)
    if info is not None and info.reference is None:
        # A page that gives no date at all was still published by the time we fetched it: merging
        # then compares it with visits of about now, never with any visit of any year.
        info.reference, info.reference_exact = utcnow().astimezone(VN_TZ).date(), False
    from crawler.urls import canonicalize

    values = dict(
        canonical_url=fields.canonical_url or canonicalize(fields.url), url=fields.url,
        source_id=source if isinstance(source, int) or source is None else source.id, title=fields.title,
        published=fields.published, lead=fields.lead, body=fields.body, author=fields.author,
        content_hash=content_hash(fields.title, fields.body), fetched_at=utcnow(),
        relevant=c.relevant, score=c.score, event=c.event, reasons=c.reasons,
        analysis=info.as_json() if info else {},
    )
    dialect = session.bind.dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    table = Article.__table__  # a Core insert: the ORM's per-statement bookkeeping is not needed here
    stmt = insert(table).values(**values).on_conflict_do_nothing(index_elements=["canonical_url"]).returning(table.c.id)
    new_id = session.execute(stmt).scalar()
    if new_id is None:
        return None
    article = session.get(Article, new_id)
    if c.relevant and info is not None:
        merge_into_visits(session, article, info, c.event)
    return article


def known_urls(session: Session, urls: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(urls), 500):
        chunk = urls[i : i + 500]
        found.update(session.scalars(select(Article.canonical_url).where(Article.canonical_url.in_(chunk))))
    return found
