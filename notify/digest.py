"""`huunghi digest`: each due subscriber gets the visits new to them, exactly once.

Exactly once, even across kill -9: the deliveries of a digest are written (status pending, with
the Message-ID) and committed before the message is sent, and marked sent right after. A rerun
first re-sends what is still pending, under the same Message-ID; the unique (subscriber, visit)
pair makes a second digest for the same visit impossible, and a lock keeps two runs apart.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import make_msgid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from huunghi.db import Article, Database, Delivery, Subscriber, Visit
from notify.locks import exclusive
from notify.render import build_digest, build_message, sender_domain
from notify.select import candidate_visits, is_due, new_visits
from notify.tokens import make_token
from notify.transport import PermanentFailure, TemporaryFailure

MAX_PERMANENT = 2  # a recipient refused (5xx) in this many runs: the delivery is failed
MAX_ATTEMPTS = 10  # temporary failures (4xx, connection) in this many runs: failed too
RETRIES_IN_RUN = 3  # tries of one message within a run, with back-off, on temporary failures


@dataclass
class DigestOutcome:
    sent: list[tuple[str, int]] = field(default_factory=list)  # (email, visits)
    planned: list[tuple[str, list[int]]] = field(default_factory=list)  # dry run
    failed: list[tuple[str, str]] = field(default_factory=list)
    deferred: list[tuple[str, str]] = field(default_factory=list)
    resent: int = 0
    outbox: list[str] = field(default_factory=list)


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


def _links(ctx: DigestContext, sub: Subscriber) -> tuple[str, str]:
    unsub = make_token(ctx.secret, sub.id, sub.token_version, "unsubscribe")
    prefs = make_token(ctx.secret, sub.id, sub.token_version, "preferences")
    return f"{ctx.base_url}/unsubscribe/{unsub}", f"{ctx.base_url}/preferences/{prefs}"


def _message(ctx: DigestContext, sub: Subscriber, visits: list[Visit], message_id: str, now: datetime):
    unsub_url, prefs_url = _links(ctx, sub)
    view = build_digest(visits, sub.language, unsubscribe_url=unsub_url, preferences_url=prefs_url, now=now)
    return build_message(view, to=sub.email, to_name=sub.name, mail_from=ctx.mail_from, message_id=message_id,
                         now=now, list_id_domain=sender_domain(ctx.mail_from), unsubscribe_post_url=unsub_url)


def _send_with_retries(ctx: DigestContext, msg, recipient: str) -> None:
    for attempt in range(RETRIES_IN_RUN):
        try:
            ctx.transport.send(msg, recipient)
            return
        except TemporaryFailure:
            if attempt == RETRIES_IN_RUN - 1:
                raise
            ctx.sleep(ctx.backoff * 2**attempt)


def _deliver(ctx: DigestContext, message_id: str, now: datetime, out: DigestOutcome) -> None:
    """Send the pending digest ``message_id`` and record how it went."""
    with ctx.db.session() as session:
        rows = list(session.scalars(
            select(Delivery).where(Delivery.message_id == message_id, Delivery.status == "pending")
            .options(selectinload(Delivery.visit).selectinload(Visit.articles).selectinload(Article.source),
                     selectinload(Delivery.subscriber))
            .order_by(Delivery.visit_id)
        ))
        if not rows:
            return
        sub = rows[0].subscriber
        visits = sorted((r.visit for r in rows), key=lambda v: (v.created_at, v.id))
        if sub.status != "active":
            for r in rows:
                r.status, r.last_error = "cancelled", f"subscriber {sub.status}"
            return
        msg = _message(ctx, sub, visits, message_id, now)
        email = sub.email
    error: str | None = None
    permanent = False
    try:
        _send_with_retries(ctx, msg, email)
    except PermanentFailure as exc:
        error, permanent = str(exc), True
    except TemporaryFailure as exc:
        error = str(exc)
    with ctx.db.session() as session:
        rows = list(session.scalars(select(Delivery).where(Delivery.message_id == message_id, Delivery.status == "pending")))
        for r in rows:
            r.attempts += 1
            r.updated_at = datetime.now(UTC)
            if error is None:
                r.status, r.sent_at, r.last_error = "sent", datetime.now(UTC), None
            else:
                r.last_error = error
                if (permanent and r.attempts >= MAX_PERMANENT) or r.attempts >= MAX_ATTEMPTS:
                    r.status = "failed"
        if error is None:
            out.sent.append((email, len(rows)))
            if hasattr(ctx.transport, "written") and ctx.transport.written:
                out.outbox.append(str(ctx.transport.written[-1]))
        elif rows and rows[0].status == "failed":
            out.failed.append((email, error))
        else:
            out.deferred.append((email, error))


def run_digest(ctx: DigestContext, *, now: datetime | None = None, dry_run: bool = False) -> DigestOutcome:
    now = now or datetime.now(UTC)
    out = DigestOutcome()
    if dry_run:
        return _plan(ctx, now, out)
    with exclusive("digest", ctx.db.engine, ctx.lock_dir, holder="huunghi digest"):
        try:
            # 1. What a previous run left pending (killed, or the server was down) goes first.
            with ctx.db.session() as session:
                pending = list(dict.fromkeys(session.scalars(
                    select(Delivery.message_id).where(Delivery.status == "pending").order_by(Delivery.id)
                )))
            for message_id in pending:
                _deliver(ctx, message_id, now, out)
                out.resent += 1
            # 2. New digests, one subscriber at a time (streamed: nothing is built ahead).
            with ctx.db.session() as session:
                subscriber_ids = [s.id for s in session.scalars(select(Subscriber).where(Subscriber.status == "active").order_by(Subscriber.id)) if is_due(s, now)]
                oldest = min((s.last_digest_at or s.since for s in session.scalars(
                    select(Subscriber).where(Subscriber.id.in_(subscriber_ids)))), default=now)
                visit_ids = [v.id for v in candidate_visits(session, oldest)]
            for sub_id in subscriber_ids:
                message_id = _plan_one(ctx, sub_id, visit_ids, now)
                if message_id:
                    _deliver(ctx, message_id, now, out)
        finally:
            ctx.transport.close()
    return out


def _plan_one(ctx: DigestContext, sub_id: int, visit_ids: list[int], now: datetime) -> str | None:
    """Record the digest for one subscriber (pending deliveries); its Message-ID, or None."""
    with ctx.db.session() as session:
        sub = session.get(Subscriber, sub_id)
        visits = list(session.scalars(select(Visit).where(Visit.id.in_(visit_ids)).order_by(Visit.created_at, Visit.id))) if visit_ids else []
        fresh = new_visits(session, sub, visits)
        sub.last_digest_at = now
        if not fresh:
            return None
        message_id = make_msgid(idstring=f"digest.{sub.id}", domain=sender_domain(ctx.mail_from))
        try:
            with session.begin_nested():
                for v in fresh:
                    session.add(Delivery(subscriber_id=sub.id, visit_id=v.id, message_id=message_id, status="pending"))
        except IntegrityError:
            # Another run got there first (it cannot while we hold the lock, but the database is the judge).
            return None
        return message_id


def _plan(ctx: DigestContext, now: datetime, out: DigestOutcome) -> DigestOutcome:
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
    )


