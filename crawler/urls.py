"""Canonical URLs: one spelling per article, so a URL already stored is never fetched again."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

TRACKING_RE = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|zarsrc|"
    r"_ga|_gl|_hsenc|_hsmi|cmpid|ref_src|spm|share|from|refer)$",
    re.I,
)
DEFAULT_PORTS = {"http": 80, "https": 443}
# What a path may keep unescaped: RFC 3986 unreserved + sub-delims + ":@/" (and "%" is re-made).
PATH_SAFE = "/:@!$&'()*+,;=-._~"


def canonicalize(url: str) -> str:
    """Scheme/host case, http and https, ``www.``, default ports, fragments, tracking parameters,
    query order, percent-encoding of Vietnamese slugs (NFC, upper-case hex) and ``/index.php``
    noise: one page has one canonical form (a key, never fetched: see ``display_url``)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii") if host and not host.isascii() else host
    port = parts.port
    if port in (None, DEFAULT_PORTS.get(scheme)) and scheme in DEFAULT_PORTS:
        # news sites serve one page over http and https, with and without "www."
        scheme, port = "https", None
        host = host.removeprefix("www.")
    netloc = host if port is None else f"{host}:{port}"
    path = unicodedata.normalize("NFC", unquote(parts.path or "/"))
    path = quote(path, safe=PATH_SAFE)
    path = re.sub(r"/{2,}", "/", path)
    # Joomla-style portals answer the same page with and without "/index.php".
    path = re.sub(r"^/index\.php(?=/|$)", "", path) or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_RE.match(k)]
    query.sort()
    return urlunsplit((scheme, netloc, path, urlencode(query, quote_via=quote), ""))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def on_domains(url: str, domains: list[str]) -> bool:
    """True when ``url`` is http(s) on one of ``domains`` or their subdomains."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    host = (parts.hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


def display_url(url: str) -> str:
    """The fetched address without tracking parameters or fragment: what readers are sent to."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_RE.match(k)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query, quote_via=quote), ""))
