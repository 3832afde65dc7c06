"""Riding out a database that goes away for a moment (PostgreSQL restarting, a network blip).

A crawl that cannot write waits and tries again with back-off for a bounded time
(``HUUNGHI_DB_RETRY_SECONDS``, default 120), then gives up so that the caller can stop cleanly:
what was fetched but not stored stays *pending* in the frontier for the next run.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError

T = TypeVar("T")
log = logging.getLogger(__name__)
DEFAULT_BUDGET = 120.0


class DatabaseUnavailable(RuntimeError):
    """The database could not be reached within the retry budget."""


def unreachable(exc: BaseException) -> bool:
    """A lost or refused connection — not a constraint or a programming error."""
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def retry_budget() -> float:
    try:
        return max(0.0, float(os.environ.get("HUUNGHI_DB_RETRY_SECONDS", DEFAULT_BUDGET)))
    except ValueError:
        return DEFAULT_BUDGET


def with_retry(call: Callable[[], T], what: str, *, budget: float | None = None, sleep=time.sleep) -> T:
    """``call()``, tried again with back-off (0.5 s, 1 s, 2 s … 15 s) while the database is
    unreachable, for at most ``budget`` seconds; then DatabaseUnavailable."""
    budget = retry_budget() if budget is None else budget
    deadline = time.monotonic() + budget
    wait = 0.5
    while True:
        try:
            return call()
        except DBAPIError as exc:
            if not unreachable(exc):
                raise
            left = deadline - time.monotonic()
            if left <= 0:
                raise DatabaseUnavailable(f"the database could not be reached for {budget:.0f} s while {what}: "
                                          f"{str(exc.orig).strip().splitlines()[0] if exc.orig else exc}") from exc
            log.warning("database unreachable while %s; trying again in %.1f s", what, min(wait, left))
            sleep(min(wait, left))
            wait = min(wait * 2, 15.0)
