"""Delivery: SMTP (plain, STARTTLS, implicit TLS; one connection reused) or a file outbox."""

from __future__ import annotations

import contextlib
import functools
import os
import smtplib
import ssl
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import unquote, urlsplit


class TemporaryFailure(Exception):
    """4xx or a broken connection: try again later (this run, with back-off, or the next)."""


class SmtpUnavailable(TemporaryFailure):
    """The server itself cannot be used (no connection, the login refused): no recipient is to blame,
    and nothing more is tried in this run."""

    def __init__(self, message: str, *, login: bool = False):
        super().__init__(message)
        self.login = login


class PermanentFailure(Exception):
    """5xx for this recipient: retrying the same message will not help."""


@dataclass
class SmtpConfig:
    host: str
    port: int
    mode: str  # plain | starttls | tls
    user: str | None
    password: str | None
    timeout: float = 30.0

    @classmethod
    def from_url(cls, url: str, timeout: float = 30.0) -> SmtpConfig:
        parts = urlsplit(url)
        mode = {"smtp": "plain", "smtp+starttls": "starttls", "smtps": "tls"}[parts.scheme]
        port = parts.port or {"plain": 25, "starttls": 587, "tls": 465}[mode]
        return cls(parts.hostname or "localhost", port, mode,
                   unquote(parts.username) if parts.username else None,
                   unquote(parts.password) if parts.password else None, timeout)


@functools.lru_cache(maxsize=1)
def _default_ssl_context() -> ssl.SSLContext:
    # loading the system's certificates costs milliseconds: once per process, not per message sent
    # (the subscription form opens a transport for each confirmation)
    return ssl.create_default_context()


class SmtpTransport:
    def __init__(self, config: SmtpConfig, ssl_context: ssl.SSLContext | None = None):
        self.config = config
        self._ssl_context = ssl_context
        self.conn: smtplib.SMTP | None = None
        self.connections = 0

    @property
    def ssl_context(self) -> ssl.SSLContext:
        return self._ssl_context or _default_ssl_context()

    def _connect(self) -> smtplib.SMTP:
        c = self.config
        conn: smtplib.SMTP | None = None
        try:
            if c.mode == "tls":
                conn = smtplib.SMTP_SSL(c.host, c.port, timeout=c.timeout, context=self.ssl_context)
            else:
                conn = smtplib.SMTP(c.host, c.port, timeout=c.timeout)
                if c.mode == "starttls":
                    conn.starttls(context=self.ssl_context)
            if c.user:
                conn.login(c.user, c.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            _close_quietly(conn)
            raise SmtpUnavailable(f"SMTP login refused: {exc.smtp_code} {exc.smtp_error!r}", login=True) from None
        except (OSError, smtplib.SMTPException) as exc:
            _close_quietly(conn)
            raise SmtpUnavailable(f"cannot connect to SMTP {c.host}:{c.port}: {exc}") from None
        self.connections += 1
        return conn

    def send(self, msg: EmailMessage, recipient: str) -> None:
        self._deliver(lambda conn: conn.send_message(msg, to_addrs=[recipient]))

    def send_bytes(self, raw: bytes, sender: str, recipient: str, message_id: str = "") -> None:
        """A message already flattened (by a builder process): no second flattening here."""
        self._deliver(lambda conn: conn.sendmail(sender, [recipient], raw))

    def _deliver(self, action) -> None:
        if self.conn is None:
            self.conn = self._connect()
        try:
            refused = action(self.conn)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            self._raise(code, text)
        except smtplib.SMTPResponseException as exc:
            self._reset()
            self._raise(exc.smtp_code, exc.smtp_error)
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self.close()
            raise TemporaryFailure(f"SMTP connection lost: {exc}") from None
        if refused:
            code, text = next(iter(refused.values()))
            self._raise(code, text)

    def _reset(self) -> None:
        try:
            if self.conn is not None:
                self.conn.rset()
        except (smtplib.SMTPException, OSError):
            self.close()

    @staticmethod
    def _raise(code: int, text) -> None:
        text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        if 500 <= code < 600:
            raise PermanentFailure(f"{code} {text}")
        raise TemporaryFailure(f"{code} {text}")

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self.conn.quit()
            _close_quietly(self.conn)
            self.conn = None


def _close_quietly(conn: smtplib.SMTP | None) -> None:
    if conn is not None:
        with contextlib.suppress(OSError):
            conn.close()


class OutboxTransport:
    """No SMTP_URL: each message is written to data/outbox/ as an .eml file (atomically)."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self.written: list[Path] = []

    def send(self, msg: EmailMessage, recipient: str) -> None:
        self._write(msg["Message-ID"], msg.as_bytes())

    def send_bytes(self, raw: bytes, sender: str, recipient: str, message_id: str = "") -> None:
        self._write(message_id or f"<{uuid.uuid4().hex}@outbox>", raw)

    def _write(self, message_id: str, raw: bytes) -> None:
        stamp = message_id.strip("<>").split("@")[0].replace("/", "_")
        path = self.directory / f"{stamp}.eml"
        tmp = self.directory / f".{uuid.uuid4().hex}.tmp"
        tmp.write_bytes(raw)
        os.replace(tmp, path)  # a rerun with the same Message-ID rewrites the same file
        self.written.append(path)

    def close(self) -> None:
        pass


def make_transport(smtp_url: str | None, outbox: Path, timeout: float = 30.0):
    if smtp_url:
        return SmtpTransport(SmtpConfig.from_url(smtp_url, timeout))
    return OutboxTransport(outbox)
