"""The scheduler's watch on its services: every HUUNGHI_WATCH_SECONDS it asks the database (and Redis
when REDIS_URL is set) whether they answer, opens or closes their incidents, writes the job runs that
waited for the database, and tells the operator what they have not been told."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime

from sqlalchemy import text

from huunghi.services import explain_database, explain_redis
from scheduler.incidents import Incidents

log = logging.getLogger("huunghi.watch")


def check_services(app, incidents: Incidents, probe=None) -> None:
    """`probe`: an engine without a pool, so that each check is a new connection (a pooled one may be
    a dead socket that hangs rather than fails)."""
    try:
        with (probe or app.db.engine).connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - whatever it is, the database does not answer
        explained = explain_database(exc, app.settings.database_url)
        incidents.failed("database", explained.message if explained else f"{type(exc).__name__}: {exc}")
    else:
        incidents.answered("database")
        _write_unrecorded(app, incidents)
    if app.settings.redis_url:
        import redis

        try:
            redis.Redis.from_url(app.settings.redis_url, socket_timeout=5, socket_connect_timeout=5).ping()
        except Exception as exc:  # noqa: BLE001
            explained = explain_redis(exc, app.settings.redis_url)
            incidents.failed("redis", explained.message if explained else f"{type(exc).__name__}: {exc}")
        else:
            incidents.answered("redis")
    tell_operator(app, incidents)


def _write_unrecorded(app, incidents: Incidents) -> None:
    from scheduler.jobs import job_run_from

    rows = incidents.take_unrecorded()
    if not rows:
        return
    try:
        with app.db.session() as s:
            s.add_all(job_run_from(r) for r in rows)
    except Exception:  # noqa: BLE001 - gone again: they wait for the next check
        for r in rows:
            incidents.keep_unrecorded(r)


def tell_operator(app, incidents: Incidents) -> list[str]:
    from notify.transport import SmtpUnavailable, make_transport
    from scheduler.alerts import _send
    from scheduler.jobs import smtp_failed

    settings = app.settings
    if not settings.operator_email:
        incidents.forget_closed()
        return []
    transport = make_transport(settings.smtp_url, settings.outbox_dir, timeout=15.0)

    def send(subject: str, body: str) -> None:
        try:
            _send(transport, settings.mail_from, settings.operator_email, subject, body, datetime.now(UTC))
        except SmtpUnavailable as exc:
            smtp_failed(app, exc)
            raise

    try:
        told = incidents.tell(send)
        if told and settings.smtp_url:
            incidents.answered("smtp")
            told += incidents.tell(send)  # the mail server's own incident, now that mail goes again
    finally:
        transport.close()
    for subject in told:
        log.info("operator alert: %s", subject)
    return told


def watch(app, stop: threading.Event, every: float) -> threading.Thread:
    from sqlalchemy.pool import NullPool

    from huunghi.db import make_engine

    def loop():
        incidents = Incidents(app.settings.data_dir)
        probe = make_engine(app.settings.database_url, poolclass=NullPool)
        while not stop.wait(every):
            try:
                check_services(app, incidents, probe)
            except Exception:  # noqa: BLE001 - the watch must outlive anything it meets
                log.exception("service check failed")
        probe.dispose()

    thread = threading.Thread(target=loop, name="huunghi-watch", daemon=True)
    thread.start()
    return thread
