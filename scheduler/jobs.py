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
from huunghi.services import DATABASE_EXIT, REDIS_EXIT, explain
from scheduler.incidents import Incidents
from scheduler.logs import RUN_ID

log = logging.getLogger("huunghi.jobs")
STOP = threading.Event()  # set on SIGTERM/SIGINT: a running crawl ends cleanly


SERVICE_OF_EXIT = {DATABASE_EXIT: "database", REDIS_EXIT: "redis"}


class _Record:
    """A job's JobRun row, written at the start and completed at the end. A service that fails under
    the job (the database, Redis) ends it with one logged line, opens an incident, and — when the
    database itself is down — keeps the run in the incidents file until it can be written."""

    def __init__(self, job_id: str):
        self.job_id = job_id

    def __enter__(self):
        self.app = App()
        self.incidents = Incidents(self.app.settings.data_dir)
        self.started = datetime.now(UTC)
        self.run_id = self.started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        self.token = RUN_ID.set(self.run_id)
        self.outcome, self.detail, self.row_id, self.start_error = "ok", None, None, None
        log.info("%s started", self.job_id)
        try:
            with self.app.db.session() as s:
                row = JobRun(job_id=self.job_id, run_id=self.run_id, started_at=self.started)
                s.add(row)
                s.flush()
                self.row_id = row.id
        except Exception as exc:  # noqa: BLE001 - the body meets the same failure and it is explained there
            self.start_error = exc
        return self

    def __exit__(self, exc_type, exc, tb):
        explained = explain(exc, self.app.settings) if exc is not None else None
        if exc is None and self.row_id is None:
            exc, explained = self.start_error, explain(self.start_error, self.app.settings)
        if explained is not None:
            self.outcome, self.detail = "failed", explained.message
            self.incidents.failed(SERVICE_OF_EXIT[explained.code], explained.message)
            log.error("%s failed: %s", self.job_id, explained.message)
        elif exc is not None:
            self.outcome, self.detail = "failed", f"{type(exc).__name__}: {exc}"
            log.exception("%s failed", self.job_id)
        self._write()
        log.info("%s finished: %s%s", self.job_id, self.outcome, f" ({self.detail})" if self.detail else "")
        RUN_ID.reset(self.token)
        self.app.db.dispose()
        # a missing service is explained and waited out; anything else is a bug APScheduler must see
        return explained is not None

    def _write(self) -> None:
        done = {"job_id": self.job_id, "run_id": self.run_id, "started_at": self.started.isoformat(),
                "finished_at": datetime.now(UTC).isoformat(), "outcome": self.outcome, "detail": self.detail}
        try:
            with self.app.db.session() as s:
                if self.row_id is not None:
                    row = s.get(JobRun, self.row_id)
                    row.finished_at, row.outcome, row.detail = datetime.now(UTC), self.outcome, self.detail
                else:
                    s.add(job_run_from(done))
        except Exception as exc:  # noqa: BLE001
            explained = explain(exc, self.app.settings)
            if explained is None:
                raise
            self.incidents.failed("database", explained.message)
            self.incidents.keep_unrecorded(done)


def job_run_from(done: dict) -> JobRun:
    return JobRun(job_id=done["job_id"], run_id=done["run_id"], started_at=datetime.fromisoformat(done["started_at"]),
                  finished_at=datetime.fromisoformat(done["finished_at"]), outcome=done["outcome"], detail=done["detail"])


def _record(job_id: str) -> _Record:
    return _Record(job_id)


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
    from notify.transport import SmtpUnavailable, TemporaryFailure, make_transport
    from scheduler.alerts import review

    transport = make_transport(app.settings.smtp_url, app.settings.outbox_dir)
    try:
        with app.db.session() as s:
            sent = review(s, operator_email=app.settings.operator_email, transport=transport,
                          mail_from=app.settings.mail_from)
    except SmtpUnavailable as exc:
        smtp_failed(app, exc)
        return []
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
        if out.unavailable:
            rec.outcome = "failed"
            rec.detail = smtp_failed(rec.app, out.unavailable) + f" ({len(out.deferred)} waiting)"
        elif out.deferred or out.failed:
            rec.outcome = "partial"
        if out.sent and rec.app.settings.smtp_url:
            rec.incidents.answered("smtp")


def smtp_failed(app: App, reason) -> str:
    from huunghi.services import explain_smtp

    login = getattr(reason, "login", False) or "login refused" in str(reason)
    message = explain_smtp(str(reason), app.settings.smtp_url, login=login).message
    Incidents(app.settings.data_dir).failed("smtp", message)
    return message
