"""`huunghi digest`: each due subscriber gets the visits new to them, exactly once.

Exactly once, even across kill -9: the deliveries of a digest are written (status pending, with
the Message-ID) and committed before the message is sent, and marked sent right after, one
message at a time. A rerun first re-sends what is still pending, under the same Message-ID; the
unique (subscriber, visit) pair makes a second digest for the same visit impossible, and a lock
keeps two runs apart. Subscribers are planned in small batches and their messages built one at a
time, so memory stays flat however many there are.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import make_msgid, parseaddr

from sqlalchemy import insert, select, update
from sqlalchemy.orm import selectinload

from huunghi.db import Article, Database, Delivery, Subscriber, Visit
from notify.locks import exclusive
from notify.render import build_digest, message_bytes, sender_domain
from notify.select import candidate_visits, fresh_for, is_due
from notify.tokens import make_token
from notify.transport import PermanentFailure, SmtpUnavailable, TemporaryFailure

MAX_PERMANENT = 2  # a recipient refused (5xx) in this many runs: the delivery is failed
MAX_ATTEMPTS = 10  # temporary failures (4xx, connection) in this many runs: failed too
RETRIES_IN_RUN = 3  # tries of one message within a run, with back-off, on temporary failures
PLAN_BATCH = 200  # subscribers whose deliveries are recorded in one transaction
POOL_THRESHOLD = 100  # messages in a batch from which building moves to another process


@dataclass
class DigestOutcome:
    sent: list[tuple[str, int]] = field(default_factory=list)  # (email, visits)
    planned: list[tuple[str, list[int]]] = field(default_factory=list)  # dry run
    failed: list[tuple[str, str]] = field(default_factory=list)
    deferred: list[tuple[str, str]] = field(default_factory=list)
    resent: int = 0
    outbox: list[str] = field(default_factory=list)
    unavailable: str | None = None  # the mail server could not be used: the rest waits for the next run


@dataclass
class DigestContext:
    db: Database
    transport: object
    mail_from: str
    base_url: str
    secret: bytes
    lock_dir: object
    backoff: float = 2.0
    sleep: object = time.sleep
    views: dict = field(default_factory=dict)  # (visit id, language) -> rendered visit data
    operator_email: str | None = None  # told once of the deliveries that failed in a run


@dataclass(frozen=True)
class Recipient:
    """What a message needs of a subscriber (detached from any session)."""

    id: int
    email: str
    name: str | None
    language: str
    token_version: int


def _recipient(sub: Subscriber) -> Recipient:
    return Recipient(sub.id, sub.email, sub.name, sub.language, sub.token_version)


def _task(ctx: DigestContext, rcpt: Recipient, visits: list[Visit], message_id: str, now: datetime) -> dict:
    """Everything a message is built from, as plain data (a builder process may take it)."""
    unsub = make_token(ctx.secret, rcpt.id, rcpt.token_version, "unsubscribe")
    prefs = make_token(ctx.secret, rcpt.id, rcpt.token_version, "preferences")
    view = build_digest(visits, rcpt.language, unsubscribe_url=f"{ctx.base_url}/unsubscribe/{unsub}",
                        preferences_url=f"{ctx.base_url}/preferences/{prefs}", now=now, cache=ctx.views,
                        base_url=ctx.base_url)
    return {
        "language": view.language, "subject": view.subject, "header": view.header, "views": view.visits,
        "unsubscribe_url": view.unsubscribe_url, "preferences_url": view.preferences_url, "to": rcpt.email,
        "to_name": rcpt.name, "mail_from": ctx.mail_from, "message_id": message_id, "now": now,
        "list_id_domain": sender_domain(ctx.mail_from),
    }


def build_safely(task: dict | Exception) -> bytes | str:
    """The message, or why it could not be built (one subscriber's bad data must not stop the
    run): a plain string travels back from a builder process as well as the bytes do."""
    if isinstance(task, Exception):
        return f"could not prepare the digest: {type(task).__name__}: {task}"
    try:
        return message_bytes(task)
    except Exception as exc:  # noqa: BLE001 - any failure is this one message's, recorded and reported
        return f"could not build the message: {type(exc).__name__}: {exc}"


def _safe_task(ctx: DigestContext, rcpt: Recipient, visits: list[Visit], message_id: str, now: datetime) -> dict | Exception:
    try:
        return _task(ctx, rcpt, visits, message_id, now)
    except Exception as exc:  # noqa: BLE001 - one subscriber's failure, recorded against their delivery
        return exc


def _fail(ctx: DigestContext, rcpt: Recipient, message_id: str, reason: str, out: DigestOutcome) -> None:
    """Mark one message's deliveries failed at once (building it will not work better next time)."""
    stamp = datetime.now(UTC)
    with ctx.db.engine.begin() as conn:
        conn.execute(update(Delivery).where((Delivery.message_id == message_id) & (Delivery.status == "pending")).values(
            status="failed", last_error=reason[:1000], attempts=Delivery.attempts + 1, updated_at=stamp))
    out.failed.append((rcpt.email, reason))


def _send_with_retries(ctx: DigestContext, send) -> None:
    for attempt in range(RETRIES_IN_RUN):
        try:
            send()
            return
        except TemporaryFailure:
            if attempt == RETRIES_IN_RUN - 1:
                raise
            ctx.sleep(ctx.backoff * 2**attempt)


def _deliver(ctx: DigestContext, rcpt: Recipient, n_visits: int, message_id: str, raw: bytes | str,
             out: DigestOutcome) -> None:
    """Send one pending digest and record at once how it went (the one commit per message)."""
    sender = parseaddr(ctx.mail_from)[1]
    error, permanent = None, False
    if isinstance(raw, str):  # it could not be built
        _fail(ctx, rcpt, message_id, raw, out)
        return
    if out.unavailable:  # the server is down or refuses our login: no use trying each subscriber
        out.deferred.append((rcpt.email, out.unavailable))
        return
    try:
        _send_with_retries(ctx, lambda: ctx.transport.send_bytes(raw, sender, rcpt.email, message_id))
    except PermanentFailure as exc:
        error, permanent = str(exc), True
    except SmtpUnavailable as exc:  # not this recipient's fault: the delivery stays pending, uncounted
        out.unavailable = str(exc)
        out.deferred.append((rcpt.email, str(exc)))
        return
    except TemporaryFailure as exc:
        error = str(exc)
    except Exception as exc:  # noqa: BLE001 - the library refused this one message (a bad address…)
        _fail(ctx, rcpt, message_id, f"could not send: {type(exc).__name__}: {exc}", out)
        return
    stamp = datetime.now(UTC)
    pending = (Delivery.message_id == message_id) & (Delivery.status == "pending")
    failed = 0
    with ctx.db.engine.begin() as conn:  # a Core transaction: one statement, one commit per message
        if error is None:
            conn.execute(update(Delivery).where(pending).values(
                status="sent", sent_at=stamp, updated_at=stamp, last_error=None, attempts=Delivery.attempts + 1))
        else:
            conn.execute(update(Delivery).where(pending).values(
                attempts=Delivery.attempts + 1, last_error=error, updated_at=stamp))
            limit = MAX_PERMANENT if permanent else MAX_ATTEMPTS
            failed = conn.execute(update(Delivery).where(pending & (Delivery.attempts >= limit))
                                  .values(status="failed")).rowcount
    if error is None:
        out.sent.append((rcpt.email, n_visits))
        written = getattr(ctx.transport, "written", None)
        if written:
            out.outbox.append(str(written[-1]))
    elif failed:
        out.failed.append((rcpt.email, error))
    else:
        out.deferred.append((rcpt.email, error))


def _send(ctx: DigestContext, rcpt: Recipient, visits: list[Visit], message_id: str, now: datetime,
          out: DigestOutcome) -> None:
    _deliver(ctx, rcpt, len(visits), message_id, build_safely(_safe_task(ctx, rcpt, visits, message_id, now)), out)


class InlineBuilder:
    """Builds messages in this process."""

    def map(self, tasks):
        return map(build_safely, tasks)

    def close(self) -> None:
        pass


class PoolBuilder:
    """Builds messages in another process while this one sends: building an email is the costly
    part, and the machine has more than one core. Results come back in order, a batch at a time."""

    def __init__(self, workers: int = 1):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))

    def map(self, tasks):
        return self.pool.map(build_safely, tasks, chunksize=4)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def _resend_pending(ctx: DigestContext, now: datetime, out: DigestOutcome) -> None:
    """What a previous run left pending (killed, or the server was down) goes first, as it was."""
    with ctx.db.session() as session:
        message_ids = list(dict.fromkeys(session.scalars(
            select(Delivery.message_id).where(Delivery.status == "pending").order_by(Delivery.id))))
    for message_id in message_ids:
        with ctx.db.session() as session:
            rows = list(session.scalars(
                select(Delivery).where(Delivery.message_id == message_id, Delivery.status == "pending")
                .options(selectinload(Delivery.visit).selectinload(Visit.articles).selectinload(Article.source),
                         selectinload(Delivery.subscriber))
            ))
            if not rows:
                continue
            sub = rows[0].subscriber
            if sub.status != "active":
                for r in rows:
                    r.status, r.last_error = "cancelled", f"subscriber {sub.status}"
                continue
            rcpt = _recipient(sub)
            visits = sorted((r.visit for r in rows), key=lambda v: (v.created_at, v.id))
        _send(ctx, rcpt, visits, message_id, now, out)
        out.resent += 1


def _builder(batch_size: int):
    import os

    if batch_size >= POOL_THRESHOLD and (os.cpu_count() or 1) > 1 and os.environ.get("HUUNGHI_DIGEST_INLINE") != "1":
        return PoolBuilder()
    return InlineBuilder()


def _plan_batch(ctx: DigestContext, ids: list[int], visits: list[Visit], now: datetime) -> list[tuple[Recipient, list[Visit], str]]:
    """Record the pending deliveries of a batch of subscribers in one transaction."""
    planned = []
    with ctx.db.session() as session:
        subs = list(session.scalars(select(Subscriber).where(Subscriber.id.in_(ids)).order_by(Subscriber.id)))
        sent = defaultdict(set)
        for sub_id, visit_id in session.execute(
            select(Delivery.subscriber_id, Delivery.visit_id).where(Delivery.subscriber_id.in_(ids))
        ):
            sent[sub_id].add(visit_id)
        rows = []
        for sub in subs:
            fresh = fresh_for(sub, visits, sent[sub.id])
            sub.last_digest_at = now
            if not fresh:
                continue
            message_id = make_msgid(idstring=f"digest.{sub.id}", domain=sender_domain(ctx.mail_from))
            rows += [{"subscriber_id": sub.id, "visit_id": v.id, "message_id": message_id, "status": "pending",
                      "attempts": 0, "created_at": now, "updated_at": now} for v in fresh]
            planned.append((_recipient(sub), fresh, message_id))
        if rows:
            # The unique (subscriber, visit) pair: should another run ever get here first, this
            # transaction fails whole and nothing of this batch is sent twice.
            session.execute(insert(Delivery), rows)
    return planned


def run_digest(ctx: DigestContext, *, now: datetime | None = None, dry_run: bool = False) -> DigestOutcome:
    now = now or datetime.now(UTC)
    out = DigestOutcome()
    if dry_run:
        return _plan(ctx, now, out)
    with exclusive("digest", ctx.db.engine, ctx.lock_dir, holder="huunghi digest"):
        builder = None
        try:
            _resend_pending(ctx, now, out)
            with ctx.db.session() as session:
                due = [s for s in session.scalars(select(Subscriber).where(Subscriber.status == "active")
                                                  .order_by(Subscriber.id)) if is_due(s, now)]
                due_ids = [s.id for s in due]
                oldest = min((s.last_digest_at or s.since for s in due), default=now)
                visits = candidate_visits(session, oldest)  # with their articles, detached after commit
                del due
            for i in range(0, len(due_ids), PLAN_BATCH):
                planned = _plan_batch(ctx, due_ids[i:i + PLAN_BATCH], visits, now)
                if builder is None or (isinstance(builder, InlineBuilder) and len(planned) >= POOL_THRESHOLD):
                    builder = _builder(len(planned))
                tasks = [_safe_task(ctx, rcpt, fresh, message_id, now) for rcpt, fresh, message_id in planned]
                for (rcpt, fresh, message_id), raw in zip(planned, builder.map(tasks), strict=True):
                    _deliver(ctx, rcpt, len(fresh), message_id, raw, out)
            _tell_operator(ctx, out, now)
        finally:
            ctx.transport.close()
            if builder is not None:
                builder.close()
    return out


def _tell_operator(ctx: DigestContext, out: DigestOutcome, now: datetime) -> None:
    """One email to the operator about the deliveries that failed in this run (a failed delivery is
    never tried again, so each failure is told once)."""
    if not (out.failed and ctx.operator_email):
        return
    from scheduler.alerts import _send as send_alert

    lines = "\n".join(f"- {email}: {reason}" for email, reason in out.failed)
    try:
        send_alert(ctx.transport, ctx.mail_from, ctx.operator_email,
                   f"huunghi: {len(out.failed)} digest(s) could not be delivered",
                   f"These digests failed in the run of {now:%Y-%m-%d %H:%M} UTC; the other subscribers got theirs.\n\n"
                   f"{lines}\n\nSee `huunghi status`; fix the subscriber (`huunghi subscribers add EMAIL --name …`) "
                   "or remove it.\n", now)
    except Exception as exc:  # noqa: BLE001 - telling the operator must not undo the run
        out.deferred.append((ctx.operator_email, f"operator alert not sent: {exc}"))


def _plan(ctx: DigestContext, now: datetime, out: DigestOutcome) -> DigestOutcome:
    """Who would get which visits: computed, never recorded (the transaction is rolled back)."""
    from notify.select import new_visits

    with ctx.db.session() as session:
        subs = [s for s in session.scalars(select(Subscriber).where(Subscriber.status == "active").order_by(Subscriber.id)) if is_due(s, now)]
        oldest = min((s.last_digest_at or s.since for s in subs), default=now)
        visits = candidate_visits(session, oldest)
        pending = defaultdict(list)
        for d in session.scalars(select(Delivery).where(Delivery.status == "pending")):
            pending[d.subscriber_id].append(d.visit_id)
        for s in subs:
            ids = pending.get(s.id, []) + [v.id for v in new_visits(session, s, visits)]
            if ids:
                out.planned.append((s.email, ids))
        session.rollback()
    return out


def digest_context(app, *, transport=None, backoff: float = 2.0, sleep=time.sleep) -> DigestContext:
    from notify.transport import make_transport

    s = app.settings
    return DigestContext(
        db=app.db, transport=transport or make_transport(s.smtp_url, s.outbox_dir), mail_from=s.mail_from,
        base_url=s.base_url, secret=s.secret, lock_dir=s.data_dir / "locks", backoff=backoff, sleep=sleep,
        operator_email=s.operator_email,
    )
