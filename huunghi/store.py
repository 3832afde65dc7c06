"""Data functions over the database; the caller owns the session and its transaction."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from huunghi.db import Article, Source, Visit, VisitArticle
from huunghi.sources import Source as SourceConfig


def sync_source(session: Session, config: SourceConfig) -> Source:
    """The database row for a configured source, created or updated to match the config."""
    row = session.scalar(select(Source).where(Source.name == config.name))
    if row is None:
        row = Source(name=config.name, title=config.title, province=config.province, url=config.url)
        session.add(row)
        session.flush()
    else:
        row.title, row.province, row.url = config.title, config.province, config.url
    return row


def open_crawl_runs(session: Session, configs: list[SourceConfig], run_id: str) -> dict[str, int]:
    """A running CrawlRun per source (rows created for sources seen the first time); their ids."""
    from huunghi.db import CrawlRun

    rows: dict[str, int] = {}
    for cfg in configs:
        src = sync_source(session, cfg)
        run = CrawlRun(run_id=run_id, source_id=src.id, status="running")
        session.add(run)
        session.flush()
        rows[cfg.name] = run.id
    return rows


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def article_json(article: Article, visit_id: int | None) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "source": article.source.name if article.source else None,
        "title": article.title,
        "published": _iso(article.published),
        "relevant": article.relevant,
        "score": round(article.score, 4),
        "visit_id": visit_id,
        "event": article.event,
        "reasons": article.reasons,
    }


def list_articles(session: Session, *, relevant_only: bool = False, limit: int | None = None) -> list[dict]:
    query = (
        select(Article, VisitArticle.visit_id)
        .outerjoin(VisitArticle, VisitArticle.article_id == Article.id)
        .options(selectinload(Article.source))
        .order_by(Article.published.desc().nulls_last(), Article.id.desc())
    )
    if relevant_only:
        query = query.where(Article.relevant.is_(True))
    if limit:
        query = query.limit(limit)
    return [article_json(a, vid) for a, vid in session.execute(query)]


def visit_json(visit: Visit) -> dict[str, Any]:
    return {
        "id": visit.id,
        "vn_parties": list(visit.vn_parties),
        "lao_parties": list(visit.lao_parties),
        "direction": visit.direction,
        "event": visit.event,
        "kind": visit.kind,
        "start_date": _iso(visit.start_date),
        "start_approximate": bool(visit.start_approximate),  # the start is only a publication day
        "end_date": _iso(visit.end_date),
        "title": visit.title,
        "summary": visit.summary,
        "leader": visit.leader,
        "host_leader": visit.host_leader,
        "amounts": list(visit.amounts or []),
        # who received whom, from the direction: the side that travelled is the guest
        "host": {"vn_to_la": "la", "la_to_vn": "vn"}.get(visit.direction),
        "guest": {"vn_to_la": "vn", "la_to_vn": "la"}.get(visit.direction),
        "first_seen": _iso(visit.created_at),
        "articles": [
            {
                "url": a.url,
                "title": a.title,
                "source": a.source.name if a.source else None,
                "source_title": a.source.title if a.source else None,
                "published": _iso(a.published),
            }
            for a in visit.articles
        ],
    }


def list_visits(session: Session, *, since: date | None = None) -> list[dict]:
    query = (
        select(Visit)
        .options(selectinload(Visit.articles).selectinload(Article.source))
        .order_by(Visit.start_date.desc().nulls_last(), Visit.id.desc())
    )
    if since is not None:
        query = query.where(Visit.start_date >= since)
    return [visit_json(v) for v in session.scalars(query)]
