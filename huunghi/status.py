"""What `huunghi status` reports, as data."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from huunghi import frontier
from huunghi.db import CrawlRun, Delivery, JobRun, Source, Subscriber


def _fmt(dt: datetime | None) -> str | None:
    return dt.strftime("%Y-%m-%d %H:%M %Z") if dt else None


def collect(app, now: datetime | None = None) -> dict:
    from scheduler.service import next_runs

    now = now or datetime.now(UTC)
    schedule = app.sources.schedule
    upcoming = next_runs(app.settings.database_url, schedule, now)
    out: dict = {"jobs": [], "sources": []}
    with app.db.session() as s:
        for job_id, when in upcoming.items():
            last = s.scalar(select(JobRun).where(JobRun.job_id == job_id).order_by(JobRun.started_at.desc()).limit(1))
            out["jobs"].append({
                "id": job_id, "next_run": _fmt(when),
                "last": None if last is None else {
                    "started": _fmt(last.started_at), "outcome": last.outcome, "detail": last.detail,
                    "duration": f"{(last.finished_at - last.started_at).total_seconds():.0f}s" if last.finished_at else "running",
                },
            })
        known = {src.name: src for src in s.scalars(select(Source))}
        waiting = frontier.counts(s)
        for cfg in app.sources.sources:
            src = known.get(cfg.name)
            last = None if src is None else s.scalar(
                select(CrawlRun).where(CrawlRun.source_id == src.id).order_by(CrawlRun.started_at.desc()).limit(1))
            out["sources"].append({
                "name": cfg.name, "health": (src.health if src else "unknown") if cfg.enabled else "disabled",
                "reason": src.health_reason if src else None, "since": _fmt(src.health_since) if src else None,
                "last_run": f"{_fmt(last.started_at)} {last.status}" if last else None,
                "frontier": {k: v for k, v in waiting.get(src.id, {}).items() if k != "stored"} if src else {},
            })
        counts = dict(s.execute(select(Delivery.status, func.count()).group_by(Delivery.status)).all())
        failed = s.execute(
            select(Subscriber.email, Delivery.last_error).join(Subscriber, Subscriber.id == Delivery.subscriber_id)
            .where(Delivery.status == "failed").order_by(Delivery.updated_at.desc()).limit(5)
        ).all()
        out["deliveries"] = {"sent": counts.get("sent", 0), "pending": counts.get("pending", 0),
                             "failed": counts.get("failed", 0),
                             "failed_recent": [{"email": e, "error": err} for e, err in failed]}
        subs = dict(s.execute(select(Subscriber.status, func.count()).group_by(Subscriber.status)).all())
        out["subscribers"] = {"active": subs.get("active", 0), "pending": subs.get("pending", 0),
                              "unsubscribed": subs.get("unsubscribed", 0)}
    # what the running scheduler found about its services (kept in a file: the database may be the one down)
    from scheduler.incidents import Incidents

    out["services"] = [{"service": i.service, "since": i.opened_at, "until": i.closed_at, "message": i.message,
                        "operator_told": i.told_open} for i in Incidents(app.settings.data_dir).current()]
    return out
