"""A service that is missing gets a sentence, not a traceback: which setting, what failed, what to
check — and an exit status of its own (documented in the README, Operations)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

DATABASE_EXIT = 5  # the database cannot be reached or used
REDIS_EXIT = 6  # REDIS_URL is set and Redis cannot be reached
SMTP_EXIT = 7  # SMTP_URL is set and the mail server refuses the connection or the login


@dataclass(frozen=True)
class Explained:
    message: str
    code: int


def masked(url: str | None) -> str:
    """A URL with its password replaced by ***."""
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return re.sub(r"\s+", " ", text[0]) if text else type(orig).__name__


def explain_database(exc: BaseException, url: str) -> Explained | None:
    from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError

    if not isinstance(exc, DBAPIError):
        return None
    detail = _first_line(exc)
    low = detail.lower()
    where = f"DATABASE_URL={masked(url)}"
    if "password authentication failed" in low or "authentication failed" in low:
        hint = "the user name or password is wrong: check DATABASE_URL"
    elif "role" in low and "does not exist" in low:
        hint = "the user does not exist on that server: check the user name in DATABASE_URL or create the role"
    elif "does not exist" in low and "database" in low:
        hint = "the database does not exist: create it (createdb …) or correct its name in DATABASE_URL"
    elif "file is not a database" in low or "malformed" in low:
        hint = "the SQLite file is damaged or is not a database: restore it from a backup or point DATABASE_URL at a new file"
    elif "unable to open database file" in low:
        hint = "the SQLite file cannot be opened: check that its folder exists and is writable"
    elif isinstance(exc, OperationalError | DatabaseError):
        hint = "the database server cannot be reached: is it running, and listening at that host and port?"
    else:
        return None
    return Explained(f"{where}: {hint} ({detail})", DATABASE_EXIT)


def explain_redis(exc: BaseException, url: str | None) -> Explained | None:
    try:
        import redis
    except ImportError:  # pragma: no cover - the distributed extra is not installed
        return None
    if not isinstance(exc, redis.exceptions.ConnectionError | redis.exceptions.TimeoutError | redis.exceptions.AuthenticationError):
        return None
    hint = ("Redis refused the password: check REDIS_URL" if isinstance(exc, redis.exceptions.AuthenticationError)
            else "Redis cannot be reached: is it running there? (without REDIS_URL, crawls run locally)")
    return Explained(f"REDIS_URL={masked(url)}: {hint} ({_first_line(exc)})", REDIS_EXIT)


def explain_smtp(reason: str, url: str | None, *, login: bool) -> Explained:
    hint = ("the mail server refused the login: check the user name and password in SMTP_URL" if login
            else "the mail server refused the connection: is it running there, on that port and with that scheme "
                 "(smtp://, smtp+starttls://, smtps://)?")
    return Explained(f"SMTP_URL={masked(url)}: {hint} ({reason}); the digests wait and go out on the next run", SMTP_EXIT)


def explain(exc: BaseException, settings) -> Explained | None:
    """The sentence for a service failure, or None for anything else (a bug shows its traceback)."""
    return explain_database(exc, settings.database_url) or explain_redis(exc, settings.redis_url)
