"""Process-wide locks: a PostgreSQL advisory lock, or a lock file beside SQLite.

The operating system releases both when the holder dies, so a crashed process never blocks
the next one.
"""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

LOCK_IDS = {"digest": 727310, "scheduler": 727311}


class LockHeld(Exception):
    """Another process holds the lock; the message says who when it can."""


@contextmanager
def exclusive(name: str, engine: Engine, lock_dir: Path, *, holder: str = ""):
    if engine.dialect.name == "postgresql":
        conn = engine.connect()
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
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": LOCK_IDS[name]})
        finally:
            conn.close()
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
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
