"""Discovery: article URLs from RSS/Atom feeds, sitemaps and listing pages. Plain functions."""

from __future__ import annotations

import gzip
import html.entities
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urljoin, urlsplit

import lxml.html
from lxml import etree

from crawler.pubdate import parse_iso, parse_vn_datetime
from crawler.urls import on_domains

SLUG_RE = re.compile(r"[\w%]+(?:-[\w%]+){2,}")
ID_RE = re.compile(r"(?<![a-z])\d{4,}(?:\.html?|\.vnp|\.aspx|\.htm|/)?$|-post\d+|-\d{3,}\.html?$")
NOT_ARTICLE_RE = re.compile(
    r"/(tag|tags|tim-kiem|search|login|dang-nhap|rss|lien-he|contact|video|photo|media|author|tac-gia|"
    r"category|chuyen-muc|page|trang)(/|$)|\.(jpe?g|png|gif|pdf|docx?|xlsx?|zip|rar|mp4|mp3)$",
    re.I,
)
PAGE_PARAM_RE = re.compile(r"^(page|p|trang|start|offset|pg)$", re.I)
PAGE_PATH_RE = re.compile(r"/(?:page|trang|p)[/\-]?(\d+)/?$|[-_/](?:page|trang|p)(\d+)(?:\.html?)?$", re.I)


@dataclass(frozen=True)
class Link:
    url: str
    published: datetime | None = None
    title: str = ""


def _unzip(body: bytes) -> bytes:
    """The document, gunzipped when it is gzip — whatever the headers said."""
    if body[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(body)
        except (OSError, EOFError):
            return body
    return body


BARE_AMP_RE = re.compile(rb"&(?!#\d+;|#x[0-9a-fA-F]+;|\w+;)")
ENTITY_RE = re.compile(rb"&(\w+);")
XML_ENTITIES = {b"amp", b"lt", b"gt", b"quot", b"apos"}
DECLARED_ENCODING_RE = re.compile(rb"^(\s*<\?xml[^>]*?)\sencoding=[\"'][^\"']*[\"']")


def normalise_xml(body: bytes) -> bytes:
    """What Vietnamese CMSs serve made into well-formed XML as far as it can be: gzip without the
    header saying so, a BOM, a bare "&" in a link, HTML entities (&nbsp;), UTF-8 declared as
    something else."""
    body = _unzip(body).lstrip(b"\xef\xbb\xbf").strip()
    try:
        body.decode("utf-8")
        body = DECLARED_ENCODING_RE.sub(rb"\1", body, count=1)  # it is UTF-8, whatever it says
    except UnicodeDecodeError:
        declared = DECLARED_ENCODING_RE.match(body)
        if declared is None or b"utf" in declared.group(0).lower():
            # not the UTF-8 it claims: the Vietnamese legacy code page is the likeliest
            text = unicodedata.normalize("NFC", body.decode("cp1258", "replace"))
            body = DECLARED_ENCODING_RE.sub(rb"\1", text.encode("utf-8"), count=1)
    body = BARE_AMP_RE.sub(b"&amp;", body)

    def numeric(m: re.Match) -> bytes:
        name = m.group(1)
        if name in XML_ENTITIES or name.decode("ascii", "ignore") not in html.entities.name2codepoint:
            return m.group(0)
        return b"&#%d;" % html.entities.name2codepoint[name.decode()]

    return ENTITY_RE.sub(numeric, body)


def _xml(body: bytes):
    """Parsed XML (recovering from errors), or None for what is not XML at all."""
    try:
        parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
        return etree.fromstring(normalise_xml(body), parser=parser)
    except (etree.XMLSyntaxError, OSError, EOFError, ValueError):
        return None


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_feed(body: bytes, base_url: str) -> list[Link]:
    """Entries of a feed — RSS 0.9x/1.0 (RDF)/2.0, Atom 0.3/1.0 — read by feedparser, which copes
    with broken documents (encodings, bare ampersands) better than a hand-written reader; the
    hand-written one reads what feedparser cannot (nothing but a gzip body, for one)."""
    import feedparser

    parsed = feedparser.parse(normalise_xml(body))
    out = []
    for e in parsed.entries:
        url = e.get("link") or next((x.get("href") for x in e.get("links", []) if x.get("href")), None)
        if not url:
            guid = e.get("id")
            url = guid if guid and guid.startswith(("http://", "https://", "/")) else None
        if not url:
            continue
        when = None
        for key in ("published", "updated", "created", "issued", "dc_date"):
            raw = e.get(key)
            if raw:
                when = parse_iso(raw) or _rfc822(raw) or parse_vn_datetime(raw)
                if when:
                    break
        out.append(Link(urljoin(base_url, url.strip()), when, " ".join((e.get("title") or "").split())))
    return out or parse_feed_xml(body, base_url)


def parse_feed_xml(body: bytes, base_url: str) -> list[Link]:
    """Entries of an RSS 2.0 or Atom feed, read by hand (lxml, recovering from errors)."""
    root = _xml(body)
    if root is None:
        return []
    out = []
    for el in root.iter():
        name = _local(el.tag)
        if name not in ("item", "entry"):
            continue
        url = title = None
        published = None
        for child in el:
            cname = _local(child.tag)
            if cname == "link":
                url = child.get("href") if child.get("href") and child.get("rel", "alternate") == "alternate" else (child.text or "").strip() or url
            elif cname in ("pubdate", "published", "updated", "date") and child.text and published is None:
                published = parse_iso(child.text) or _rfc822(child.text) or parse_vn_datetime(child.text)
            elif cname == "title":
                title = (child.text or "").strip()
            elif cname == "guid" and not url and child.get("isPermaLink", "true") != "false":
                url = (child.text or "").strip()
        if url:
            out.append(Link(urljoin(base_url, url), published, title or ""))
    return out


def _rfc822(text: str) -> datetime | None:
    from email.utils import parsedate_to_datetime

    try:
        dt = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return dt.astimezone(UTC) if dt.tzinfo else None


@dataclass
class Sitemap:
    children: list[Link]  # nested sitemaps (an index)
    urls: list[Link]  # page URLs (a urlset)


def parse_sitemap(body: bytes) -> Sitemap:
    """A sitemap index or urlset (Google News dates included), gzip or not, or a text sitemap (one
    URL a line, as sitemaps.org allows)."""
    root = _xml(body)
    if root is None or not _local(root.tag):
        text = _unzip(body).decode("utf-8", "replace")
        return Sitemap([], [Link(line.strip()) for line in text.splitlines() if line.strip().startswith(("http://", "https://"))])
    kind = _local(root.tag)
    out: list[Link] = []
    for el in root:
        loc, when, title = None, None, ""
        for child in el.iter():
            name = _local(child.tag)
            if name == "loc":
                loc = (child.text or "").strip()
            elif name in ("lastmod", "publication_date") and child.text:
                when = parse_iso(child.text) or when
            elif name == "title" and child.text:
                title = child.text.strip()
        if loc:
            out.append(Link(loc, when, title))
    return Sitemap(out, []) if kind == "sitemapindex" else Sitemap([], out)


def looks_like_article(url: str, anchor: str) -> bool:
    """The learned-free heuristic: a slug or id path, with a headline-length anchor text."""
    path = urlsplit(url).path
    if path in ("", "/") or NOT_ARTICLE_RE.search(path):
        return False
    last = path.rstrip("/").rsplit("/", 1)[-1]
    shaped = bool(SLUG_RE.search(last) or ID_RE.search(path))
    words = len(anchor.split())
    return shaped and (words >= 5 or len(anchor) >= 25)


def listing_links(body: bytes | str, base_url: str, domains: list[str], *, pattern: str | None = None,
                  selector: str | None = None) -> list[Link]:
    """Article links on a listing page: by the source's selector, or its pattern, or the heuristic."""
    try:
        root = lxml.html.fromstring(body)
    except (etree.ParserError, ValueError):
        return []
    anchors = root.cssselect(selector) if selector else root.iter("a")
    rx = re.compile(pattern) if pattern else None
    seen, out = set(), []
    for a in anchors:
        if a.tag != "a":
            a = next(a.iter("a"), None)
            if a is None:
                continue
        href = a.get("href")
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base_url, href.strip())
        if not on_domains(url, domains) or url in seen:
            continue
        text = " ".join(a.text_content().split()) or a.get("title", "")
        if selector:
            ok = True
        elif rx is not None:
            ok = bool(rx.search(urlsplit(url).path))
        else:
            ok = looks_like_article(url, text)
        if ok:
            seen.add(url)
            out.append(Link(url, _item_date(a), text))
    return out


DATE_CLASS_RE = re.compile(r"date|time|ngay|thoi-gian|publish", re.I)


def _item_date(a) -> datetime | None:
    """The date a listing shows beside an article link: a <time datetime> or an element whose class
    says it is the date, inside the link's item (its closest list item, row or block, three levels up)."""
    item = a
    for _ in range(3):
        parent = item.getparent()
        if parent is None:
            break
        item = parent
        if item.tag in ("li", "tr", "article") or len(item) > 1 and item.tag in ("div", "section"):
            break
    for el in item.iter():
        if el is a or not isinstance(el.tag, str):
            continue
        if el.tag == "time" and el.get("datetime"):
            when = parse_iso(el.get("datetime"))
            if when:
                return when
        if DATE_CLASS_RE.search(el.get("class") or ""):
            when = parse_vn_datetime(" ".join(el.text_content().split()))
            if when:
                return when
    return None


def _page_number(url: str, listing_path: str) -> int | None:
    parts = urlsplit(url)
    for k, v in parse_qsl(parts.query):
        if PAGE_PARAM_RE.match(k) and v.isdigit():
            return int(v)
    m = PAGE_PATH_RE.search(parts.path)
    if m and parts.path.startswith(listing_path.rstrip("/")):
        return int(m.group(1) or m.group(2))
    return None


def next_pages(body: bytes | str, page_url: str, listing_url: str, *, next_selector: str | None = None,
               template: str | None = None, page: int = 1) -> list[str]:
    """Where the listing continues: the next-link selector, the page template, rel="next",
    or numbered links to the same listing path beyond the current page."""
    if template:
        return [template.replace("{n}", str(page + 1))]
    try:
        root = lxml.html.fromstring(body)
    except (etree.ParserError, ValueError):
        return []
    if next_selector:
        found = [urljoin(page_url, a.get("href")) for a in root.cssselect(next_selector) if a.get("href")]
        return found[:1]
    for a in root.iter("a", "link"):
        if "next" in (a.get("rel") or "").lower().split() and a.get("href"):
            return [urljoin(page_url, a.get("href"))]
    listing_path = urlsplit(listing_url).path
    current = _page_number(page_url, listing_path) or page
    best: tuple[int, str] | None = None
    for a in root.iter("a"):
        href = a.get("href")
        if not href:
            continue
        url = urljoin(page_url, href)
        if urlsplit(url).netloc != urlsplit(listing_url).netloc:
            continue
        path = urlsplit(url).path
        if not (path.rstrip("/") == listing_path.rstrip("/") or path.startswith(listing_path.rstrip("/") + "/")):
            continue
        n = _page_number(url, listing_path)
        if n is not None and n > current and (best is None or n < best[0]):
            best = (n, url)
    return [best[1]] if best else []
