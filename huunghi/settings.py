"""Typed settings from the environment (and an optional .env), built by a factory at start-up."""

from __future__ import annotations

import secrets
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class SettingsError(Exception):
    """A setting from the environment is invalid; the message names the variable."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = "sqlite:///data/huunghi.db"
    huunghi_config: Path = Path("config/sources.yaml")
    smtp_url: str | None = None
    mail_from: str = "huunghi <huunghi@localhost>"
    huunghi_secret: str | None = Field(default=None, repr=False)
    base_url: str = "http://127.0.0.1:8000"
    # Beyond DESIGN.md's table: where local state lives, who hears about broken sources,
    # the distributed-crawl queue, and the contact URL our user agent advertises.
    huunghi_data_dir: Path = Path("data")
    operator_email: str | None = None
    redis_url: str | None = None
    huunghi_contact_url: str = "https://github.com/huunghi/huunghi"
    # The public subscription form: how much one visitor may ask of it (see README, Operations).
    huunghi_subscribe_per_client: int = Field(default=5, ge=1)  # requests per client address per window
    huunghi_confirmations_per_address: int = Field(default=3, ge=1)  # confirmation emails to one address per window
    huunghi_subscribe_window_minutes: int = Field(default=60, ge=1)
    huunghi_max_body_bytes: int = Field(default=16_384, ge=1024)
    # requests `huunghi web` serves at once: each mostly waits on the database or the mail server
    huunghi_web_threads: int = Field(default=8, ge=1, le=256)
    # how long the public archive keeps its counts, chart, map and filter lists (0: never)
    huunghi_archive_cache_seconds: float = Field(default=60.0, ge=0, le=3600)
    # how often `huunghi run` asks the database and Redis whether they answer (service incidents)
    huunghi_watch_seconds: float = Field(default=60.0, gt=0)
    # Reverse proxies whose X-Forwarded-For names the client (comma-separated addresses); none: the peer is the client
    huunghi_trusted_proxies: str = ""

    @field_validator("smtp_url")
    @classmethod
    def _smtp_scheme(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        scheme = urlsplit(value).scheme
        if scheme not in ("smtp", "smtp+starttls", "smtps"):
            raise ValueError(f"scheme {scheme!r} is not one of smtp://, smtp+starttls://, smtps://")
        return value

    @field_validator("base_url", "huunghi_contact_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value.rstrip("/")

    @field_validator("database_url")
    @classmethod
    def _db_url(cls, value: str) -> str:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            make_url(value)
        except ArgumentError as exc:
            raise ValueError(str(exc)) from None
        return value

    @property
    def data_dir(self) -> Path:
        return self.huunghi_data_dir

    @property
    def outbox_dir(self) -> Path:
        return self.huunghi_data_dir / "outbox"

    @cached_property
    def secret(self) -> bytes:
        """The signing key: HUUNGHI_SECRET, else one generated once into data/secret."""
        if self.huunghi_secret:
            return self.huunghi_secret.encode()
        path = self.huunghi_data_dir / "secret"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(secrets.token_urlsafe(32))
            tmp.chmod(0o600)
            tmp.replace(path)
        return path.read_text().strip().encode()


def load_settings(**overrides) -> Settings:
    """Build settings from the environment; raise SettingsError naming the bad variable."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = [
            f"{'.'.join(str(p) for p in err['loc']).upper()}: {err['msg']}" for err in exc.errors()
        ]
        raise SettingsError("invalid setting: " + "; ".join(lines)) from None
