"""The application object the CLI, scheduler and web share: settings, sources, database."""

from __future__ import annotations

from functools import cached_property

from huunghi.db import Database
from huunghi.settings import Settings, load_settings
from huunghi.sources import SourcesFile, load_sources


class App:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or load_settings()

    @cached_property
    def sources(self) -> SourcesFile:
        return load_sources(self.settings.huunghi_config)

    @cached_property
    def db(self) -> Database:
        return Database(self.settings.database_url, **self.pool)

    pool: dict = {}  # the web server sizes its pool to its threads (see `web_pool`)

    def web_pool(self, threads: int) -> None:
        """One PostgreSQL connection per request thread, so a busy thread never waits for a free one."""
        if self.settings.database_url.startswith("postgresql"):
            self.pool = {"pool_size": threads, "max_overflow": 4}
