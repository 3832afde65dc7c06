"""The scheduler's jobs: module-level functions with no arguments (APScheduler stores references).

Each job builds its own App from the environment, records a JobRun, and logs with its run id.
"""

from __future__ import annotations

import logging
import threading
import uuid
from datetime import UTC, datetime

from huunghi.app import App
from huunghi.db import JobRun
from scheduler.logs import RUN_ID

log = logging.getLogger("huunghi.jobs")
STOP = threading.Event()  # set on SIGTERM/SIGINT: a running crawl ends cleanly


def _record(job_id: str):
    class Recorder:
        def __enter__(self):
            self.app = App()
            self.run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
            self.token = RUN_ID.set(self.run_id)
            with self.app.db.session() as s:
                row = JobRun(job_id=job_id, run_id=self.run_id)
                s.add(row)
                s.flush()
                self.row_id = row.id
            log.info("%s started", job_id)
            self.outcome, self.detail = "ok", None
            return self

        def __exit__(self, exc_type, exc, tb):
            if exc is not None:
                self.outcome, self.detail = "failed", f"{type(exc).__name__}: {exc}"
                log.exception("%s failed", job_id)
            with self.app.db.session() as s:
                row = s.get(JobRun, self.row_id)
                row.finished_at = datetime.now(UTC)
                row.outcome, row.detail = self.outcome, self.detail
            log.info("%s finished: %s%s", job_id, self.outcome, f" ({self.detail})" if self.detail else "")
            RUN_ID.reset(self.token)
            self.app.db.dispose()
            return False  # an exception is logged and recorded; APScheduler sees it too

    return Recorder()


def crawl_job() -> None:
    """Crawl every enabled source in a child process (with a time limit), then review health."""
    from crawler.runner import run_crawl

    with _record("crawl") as rec:
        app = rec.app
        limit = app.sources.schedule.crawl_time_limit_minutes * 60
        if app.settings.redis_url:
            from crawler.runner import run_distributed

            result = run_distributed(app.sources.select(), database_url=app.settings.database_url,
                                     redis_url=app.settings.redis_url, time_limit=limit)
        else:
            result = run_crawl(app.sources.select(), database_url=app.settings.database_url,
                               data_dir=app.settings.data_dir, contact_url=app.settings.huunghi_contact_url,
                               time_limit=limit, stop=STOP)
        failed = [n for n, s in result.sources.items() if s["status"] != "ok"]
        rec.detail = (f"{result.articles} new articles, {result.relevant} relevant; "
                      f"{len(result.sources) - len(failed)}/{len(result.sources)} sources ok")
        if result.killed:
            rec.outcome = "stopped" if STOP.is_set() else "timeout"
        elif result.returncode != 0:
            rec.outcome = "failed"
            rec.detail += f"; crawl process exited {result.returncode}: {result.stderr_tail[-300:]}"
        log.info("crawl: %s", rec.detail)
        health_review(app)


def health_review(app: App) -> list[str]:
    from notify.transport import TemporaryFailure, make_transport
    from scheduler.alerts import review

    transport = make_transport(app.settings.smtp_url, app.settings.outbox_dir)
    try:
        with app.db.session() as s:
            sent = review(s, operator_email=app.settings.operator_email, transport=transport,
                          mail_from=app.settings.mail_from)
    except TemporaryFailure as exc:
        log.warning("operator alert not sent (will retry after the next crawl): %s", exc)
        return []
    finally:
        transport.close()
    for subject in sent:
        log.info("operator alert: %s", subject)
    return sent


def digest_job() -> None:
    from notify.digest import digest_context, run_digest
    from notify.locks import LockHeld

    with _record("digest") as rec:
        try:
            out = run_digest(digest_context(rec.app))
        except LockHeld as exc:
            rec.outcome, rec.detail = "skipped", str(exc)
            return
        rec.detail = f"{len(out.sent)} sent, {len(out.deferred)} deferred, {len(out.failed)} failed"
        if out.deferred or out.failed:
            rec.outcome = "partial"
