"""`huunghi run`: the scheduler service, alone on its database, stopping cleanly on SIGTERM."""

from __future__ import annotations

import logging
import signal
import threading
from datetime import datetime

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger

from huunghi.sources import Schedule
from scheduler import jobs
from scheduler.watch import watch

log = logging.getLogger("huunghi.scheduler")

# Set on purpose (APScheduler's defaults would silently skip a daily job missed by a restart):
JOB_DEFAULTS = {
    "coalesce": True,  # runs missed while the machine was off collapse into one
    "max_instances": 1,  # a crawl still running when the next is due is not started twice
    "misfire_grace_time": 6 * 3600,  # a machine back within 6 hours still sends the 07:00 digest
}


def triggers(schedule: Schedule) -> dict[str, object]:
    tz = schedule.timezone
    crawl = [CronTrigger.from_crontab(c, timezone=tz) for c in schedule.crawl]
    return {
        "crawl": crawl[0] if len(crawl) == 1 else OrTrigger(crawl),
        "digest": CronTrigger.from_crontab(schedule.digest, timezone=tz),
    }


JOB_FUNCS = {"crawl": jobs.crawl_job, "digest": jobs.digest_job}


def build_scheduler(database_url: str, schedule: Schedule, *, jobstore=None) -> BackgroundScheduler:
    scheduler = BackgroundScheduler(
        jobstores={"default": jobstore or SQLAlchemyJobStore(url=database_url, tablename="apscheduler_jobs")},
        executors={"default": ThreadPoolExecutor(2)},
        job_defaults=JOB_DEFAULTS,
        timezone=schedule.timezone,
    )
    for job_id, trigger in triggers(schedule).items():
        scheduler.add_job(JOB_FUNCS[job_id], trigger=trigger, id=job_id, name=job_id, replace_existing=True)
    return scheduler


def next_runs(database_url: str, schedule: Schedule, now: datetime) -> dict[str, datetime | None]:
    """When each job runs next, computed from the configured triggers (what `status` shows)."""
    return {job_id: t.get_next_fire_time(None, now) for job_id, t in triggers(schedule).items()}


def serve(app, *, run_now: tuple[str, ...] = (), stop: threading.Event | None = None) -> int:
    from notify.locks import LockHeld, exclusive

    stop = stop or threading.Event()

    def on_signal(signum, _frame):
        log.info("received %s: no new jobs; waiting for the running one to end", signal.Signals(signum).name)
        jobs.STOP.set()
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    app.db.ensure_schema()
    try:
        with exclusive("scheduler", app.db.engine, app.settings.data_dir / "locks", holder="huunghi run") as hold:
            scheduler = build_scheduler(app.settings.database_url, app.sources.schedule)
            scheduler.start()
            for job_id in run_now:
                scheduler.modify_job(job_id, next_run_time=datetime.now(scheduler.timezone))
            for job in scheduler.get_jobs():
                log.info("job %s: next run %s", job.id, job.next_run_time)
            every = app.settings.huunghi_watch_seconds
            watch(app, stop, every)
            code = 0
            while not stop.wait(every):
                if not _still_ours(hold):
                    log.error("another scheduler took the lock while the database was away: this one stops")
                    code = 3
                    break
            scheduler.shutdown(wait=True)
            log.info("scheduler stopped")
    except LockHeld as exc:
        log.error("another scheduler is running on this database: %s", exc)
        return 3
    return code


def _still_ours(hold) -> bool:
    from sqlalchemy.exc import DBAPIError

    try:
        return hold.check()
    except DBAPIError:
        return True  # the database is away (the watch says so); nobody else can take the lock meanwhile


