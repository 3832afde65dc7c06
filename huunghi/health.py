"""Source health: flag sources whose runs fail, dry up, or stop yielding title/date/body."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from huunghi import frontier
from huunghi.db import Article, CrawlRun, Source, utcnow
from huunghi.sources import Source as SourceConfig

FAILED_RUNS = 3  # this many failed runs in a row: broken
DRY_DAYS = 7  # no new article for this long where there used to be some: degraded
EXTRACTION_FAILURE_SHARE = 0.5  # share of pages missing title/date/body in the last run


def assess(session: Session, source: Source) -> tuple[str, str | None]:
    """(health, reason) from the source's recent runs."""
    runs = list(
        session.scalars(
            select(CrawlRun).where(CrawlRun.source_id == source.id, CrawlRun.finished_at.is_not(None))
            .order_by(CrawlRun.started_at.desc()).limit(10)
        )
    )
    if not runs:
        return "unknown", None
    failed = 0
    for run in runs:
        if run.status != "failed":
            break
        failed += 1
    if failed >= FAILED_RUNS:
        return "broken", f"{failed} failed runs in a row (last: {runs[0].message or 'errors'})"
    last = runs[0]
    if last.status == "failed":
        return "degraded", f"last run failed: {last.message or 'errors'}"
    pages = last.new_articles + last.extraction_failures
    if pages >= 3 and last.extraction_failures / pages >= EXTRACTION_FAILURE_SHARE:
        return "degraded", f"{last.extraction_failures} of {pages} pages had no title, date or body: check selectors"
    had_articles = session.scalar(select(func.count()).select_from(Article).where(Article.source_id == source.id))
    newest = session.scalar(select(func.max(Article.fetched_at)).where(Article.source_id == source.id))
    if had_articles and newest and utcnow() - newest > timedelta(days=DRY_DAYS) and len(runs) >= 3:
        return "degraded", f"no new article for {(utcnow() - newest).days} days where there used to be some"
    return "ok", None


def update_health(session: Session, source: Source) -> tuple[str, str | None, bool]:
    """Recompute and store; returns (health, reason, changed)."""
    health, reason = assess(session, source)
    changed = health != source.health
    if changed:
        source.health_since = utcnow()
    source.health, source.health_reason = health, reason
    return health, reason, changed


def source_rows(session: Session, configs: list[SourceConfig]) -> list[dict]:
    rows = []
    db_sources = {s.name: s for s in session.scalars(select(Source))}
    counts = dict(session.execute(select(Article.source_id, func.count()).group_by(Article.source_id)).all())
    waiting = frontier.counts(session)
    for cfg in configs:
        src = db_sources.get(cfg.name)
        last = None
        if src is not None:
            last = session.scalar(
                select(CrawlRun).where(CrawlRun.source_id == src.id).order_by(CrawlRun.started_at.desc()).limit(1)
            )
        discovery = ", ".join(
            f"{n} {k}" for k, n in (("feeds", len(cfg.feeds)), ("sitemaps", len(cfg.sitemaps)), ("listings", len(cfg.listings))) if n
        ) or "home page"
        rows.append({
            "name": cfg.name, "title": cfg.title, "province": cfg.province, "url": cfg.url,
            "discovery": discovery, "enabled": cfg.enabled,
            "health": src.health if src else "unknown",
            "health_reason": src.health_reason if src else None,
            "last_run": f"{last.started_at:%Y-%m-%d %H:%M} {last.status}" if last else None,
            "articles": counts.get(src.id, 0) if src else 0,
            # the frontier: URLs discovered and not yet fetched, failing, or given up
            "frontier": {k: v for k, v in waiting.get(src.id, {}).items() if k != "stored"} if src else {},
        })
    return rows
