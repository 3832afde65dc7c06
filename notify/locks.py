"""Process-wide locks: a PostgreSQL advisory lock, or a lock file beside SQLite.

The operating system releases both when the holder dies, so a crashed process never blocks
the next one.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

LOCK_IDS = {"digest": 727310, "scheduler": 727311}


class LockHeld(Exception):
    """Another process holds the lock; the message says who when it can."""


class _PgHold:
    """An advisory lock lives as long as its connection: a database restart takes it away silently."""

    def __init__(self, engine: Engine, key: int, conn):
        self.engine, self.key, self.conn = engine, key, conn

    def check(self) -> bool:
        """Still ours? After losing its connection the lock is taken again if nobody else has it
        (False then means another process took it meanwhile). Raises while the database is away."""
        from sqlalchemy.exc import DBAPIError

        if self.conn is not None:
            try:
                self.conn.execute(text("SELECT 1"))
                return True
            except DBAPIError:
                with contextlib.suppress(DBAPIError):
                    self.conn.close()
                self.conn = None
        self.conn = self.engine.connect()
        return bool(self.conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key}).scalar())


class _FileHold:
    def check(self) -> bool:
        return True  # held by this process's open file until it ends


@contextmanager
def exclusive(name: str, engine: Engine, lock_dir: Path, *, holder: str = ""):
    """Yields a hold whose `check()` says whether the lock is still this process's."""
    if engine.dialect.name == "postgresql":
        from sqlalchemy.exc import DBAPIError

        conn = engine.connect()
        hold = _PgHold(engine, LOCK_IDS[name], conn)
        try:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": LOCK_IDS[name]}).scalar()
            if not got:
                who = conn.execute(
                    text("SELECT a.pid, a.client_addr, a.application_name, a.backend_start FROM pg_locks l "
                         "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.objid = :k"),
                    {"k": LOCK_IDS[name]},
                ).first()
                desc = f"PostgreSQL backend pid {who[0]} since {who[3]:%Y-%m-%d %H:%M}" if who else "another process"
                raise LockHeld(f"the {name} lock is held by {desc}")
            try:
                yield hold
            finally:
                with contextlib.suppress(DBAPIError, AttributeError):  # a lost connection took the lock with it
                    hold.conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": LOCK_IDS[name]})
        finally:
            with contextlib.suppress(Exception):
                hold.conn.close()
        return
    lock_dir.mkdir(parents=True, exist_ok=True)
    path = lock_dir / f"{name}.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            who = Path(path).read_text(errors="replace").strip() or "another process"
            raise LockHeld(f"the {name} lock ({path}) is held by {who}") from None
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()} on {os.uname().nodename} {holder}".encode())
        try:
            yield _FileHold()
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
