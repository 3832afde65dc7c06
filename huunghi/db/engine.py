"""Engines and sessions; the schema is brought up to date (Alembic) on first use."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str, **kwargs) -> Engine:
    """An engine for ``url``: SQLite gets WAL, foreign keys and a busy timeout; its folder is created."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("connect_args", {"timeout": 30})
        engine = create_engine(url, **kwargs)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if parsed.get_backend_name() == "postgresql":
        # a server that vanishes without closing its connections is noticed in about a minute, not never
        kwargs.setdefault("connect_args", {"connect_timeout": 10, "keepalives": 1, "keepalives_idle": 30,
                                           "keepalives_interval": 10, "keepalives_count": 3})
    return create_engine(url, **kwargs)


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (idempotent; serialised across processes)."""
    from alembic import command

    if engine.dialect.name == "postgresql":
        # Two processes starting together on an empty database must not both create tables.
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT pg_advisory_lock(727301)")
            try:
                cfg = alembic_config(engine)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
            finally:
                conn.exec_driver_sql("SELECT pg_advisory_unlock(727301)")
                conn.commit()
    else:
        command.upgrade(alembic_config(engine), "head")


def is_current(engine: Engine) -> bool:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision() == head


class Database:
    """An engine plus a session factory, migrated on first use."""

    def __init__(self, url: str, *, migrate: bool = True, **engine_kwargs):
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._migrated = not migrate

    def ensure_schema(self) -> None:
        if not self._migrated:
            if os.environ.get("HUUNGHI_SKIP_MIGRATE") != "1" and not is_current(self.engine):
                upgrade(self.engine)
            self._migrated = True

    @contextmanager
    def session(self):
        """A session whose transaction commits on success and rolls back on error."""
        self.ensure_schema()
        with self._sessions() as session, session.begin():
            yield session

    def raw_session(self) -> Session:
        self.ensure_schema()
        return self._sessions()

    def dispose(self) -> None:
        self.engine.dispose()
