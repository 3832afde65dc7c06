"""Article extraction: plain functions over HTML (no Scrapy), selectors first, else generic.

The generic path is a small readability-style scorer tuned to Vietnamese news CMSes: it drops
menus, related-article boxes and share bars by their markup, picks the block with the most
paragraph text and the least link text, and reads the date from meta tags, JSON-LD, <time>
or the Vietnamese date line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

import lxml.html
from lxml import etree

from crawler.pubdate import parse_iso, parse_vn_datetime
from huunghi.classify.text import nfc

NOISE_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "select", "template", "object", "embed")
NOISE_RE = re.compile(
    r"(^|[\s_\-])(menu|nav|navbar|breadcrumbs?|related|relate|lienquan|tin-?lien-?quan|tinlienquan|"
    r"share|sharing|social|comments?|tags?|tag-list|keywords?|footer|header|sidebar|side-bar|banner|"
    r"adv|advert|ads|ad-slot|popup|modal|widget|other-?news|box-?news|same-?cat|most-?view|xem-?them|"
    r"docthem|doc-?them|cung-?chuyen-?muc|topnews|hot-?news|print|rating|subscribe|newsletter|"
    r"pagination|paging|toolbar|login|search|video-?list|photo-?list|author-?box|copyright)($|[\s_\-])",
    re.I,
)
LEAD_RE = re.compile(r"(sapo|lead|summary|description|chapeau|excerpt|intro|tom-?tat|article-?sapo)", re.I)
DATE_CLASS_RE = re.compile(r"(date|time|publish|posted|ngay|thoi-?gian|datetime|meta)", re.I)
CAPTION_RE = re.compile(r"(caption|chu-?thich|img-?desc|image-?desc|photo-?desc|pic-?desc)", re.I)
AUTHOR_CLASS_RE = re.compile(r"(author|tac-?gia|byline|writer)", re.I)
DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
             "date", "dc.date", "dc.date.issued", "article:published", "sailthru.date", "itemprop:datepublished")
BLOCK_TAGS = {"p", "div", "section", "article", "td", "li", "blockquote", "h2", "h3", "h4", "pre", "main"}
TITLE_SUFFIX_RE = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{2,60}$")


@dataclass
class Extracted:
    url: str
    title: str = ""
    published: datetime | None = None
    lead: str = ""
    body: str = ""
    author: str | None = None
    missing: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Lead and body, as the classifier reads them."""
        if self.lead and not self.body.startswith(self.lead[:60]):
            return f"{self.lead}\n{self.body}"
        return self.body


def _text(el) -> str:
    return " ".join(nfc(el.text_content()).split())


def _is_noise(el) -> bool:
    ident = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"
    return bool(NOISE_RE.search(ident)) and el.tag not in ("body", "html", "article", "main")


def _select(root, css: str | None) -> list:
    if not css:
        return []
    try:
        return root.cssselect(css)
    except Exception:  # noqa: BLE001 — a bad selector in config must not stop the crawl
        return []


def _meta(root, names) -> str | None:
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in names and el.get("content"):
            return el.get("content").strip()
    return None


def _jsonld_dates(root) -> str | None:
    for el in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(el.text or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if item.get("datePublished"):
                    return str(item["datePublished"])
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return None


MASTHEAD_RE = re.compile(r"(logo|brand|site-?name|masthead)", re.I)


def _is_masthead(el) -> bool:
    """An <h1> that is the paper's name in the page header (many CMSes put the logo in one)."""
    for node in (el, *el.iterancestors()):
        if not isinstance(node.tag, str):
            continue
        if node.tag in ("header", "nav") or MASTHEAD_RE.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    links = list(el.iter("a"))
    return bool(links) and all((a.get("href") or "").strip() in ("/", "", "#", "./") for a in links)


TITLE_CLASS_RE = re.compile(r"(title|heading|tieu-?de|headline)", re.I)


def _title(root, selectors: dict) -> str:
    for el in _select(root, selectors.get("title")):
        if _text(el):
            return _text(el)
    for el in root.iter("h1"):
        t = _text(el)
        if len(t) > 10 and not _is_noise(el) and not _is_masthead(el):
            return t
    for el in root.iter("h2", "h3", "div", "span", "td", "p"):
        if TITLE_CLASS_RE.search(el.get("class", "")) and 15 < len(_text(el)) < 300 and not _is_noise(el):
            return _text(el)
    og = _meta(root, ("og:title", "twitter:title"))
    if og:
        return " ".join(nfc(og).split())
    titles = root.xpath("//title")
    if titles and _text(titles[0]):
        return TITLE_SUFFIX_RE.sub("", _text(titles[0]))
    return ""


def _published(root, selectors: dict, date_format: str | None, now: datetime | None) -> datetime | None:
    for el in _select(root, selectors.get("published")):
        got = parse_vn_datetime(el.get("datetime") or el.get("content") or _text(el), now, date_format)
        if got:
            return got
    value = _meta(root, DATE_META)
    if value and (got := parse_iso(value) or parse_vn_datetime(value, now)):
        return got
    value = _jsonld_dates(root)
    if value and (got := parse_iso(value)):
        return got
    for el in root.iter("time"):
        got = parse_iso(el.get("datetime") or "") or parse_vn_datetime(_text(el), now, date_format)
        if got:
            return got
    # The Vietnamese date line: a short element whose class speaks of dates, then any short text.
    candidates = [el for el in root.iter() if isinstance(el.tag, str) and DATE_CLASS_RE.search(el.get("class", "") + " " + el.get("id", ""))]
    for el in candidates:
        t = _text(el)
        if 4 <= len(t) <= 120 and (got := parse_vn_datetime(t, now, date_format)):
            return got
    for el in root.iter("span", "div", "p", "em", "i", "small", "strong"):
        t = _text(el)
        if 6 <= len(t) <= 60 and re.search(r"\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}|trước$", t):
            got = parse_vn_datetime(t, now, date_format)
            if got:
                return got
    return None


def _link_density(el) -> float:
    total = len(_text(el)) or 1
    links = sum(len(_text(a)) for a in el.iter("a"))
    return links / total


def _paragraphs(container) -> list[str]:
    out = []
    # Where the CMS writes <p>s, leaf <div>s are furniture (date lines, bylines, captions).
    leaf_divs = next(container.iter("p"), None) is None
    for el in container.iter():
        if not isinstance(el.tag, str):
            continue
        cls = el.get("class", "")
        if AUTHOR_CLASS_RE.search(cls) or LEAD_RE.search(cls) or CAPTION_RE.search(cls):
            continue
        if el.tag in ("p", "h2", "h3", "h4", "blockquote", "li") or (leaf_divs and el.tag == "div" and not any(
            isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el
        )):
            if any(isinstance(a.tag, str) and a.tag in ("p", "blockquote") for a in el.iterancestors()) and el.tag != "p":
                continue
            t = _text(el)
            if not t or (el.tag == "li" and _link_density(el) > 0.5):
                continue
            if el.tag == "p" and any(isinstance(a.tag, str) and a.tag == "p" for a in el.iterancestors()):
                continue
            out.append(t)
    # de-duplicate nested repeats while keeping order
    seen, clean = set(), []
    for t in out:
        if t not in seen:
            seen.add(t)
            clean.append(t)
    return clean


def _best_container(root):
    best, best_score = None, 0.0
    for el in root.iter("div", "article", "section", "td", "main"):
        if _is_noise(el):
            continue
        ps = [c for c in el if isinstance(c.tag, str) and c.tag in ("p", "div", "h2", "h3", "blockquote")]
        text_len = sum(len(_text(p)) for p in ps if c_is_texty(p))
        if text_len < 80:
            continue
        score = text_len * (1 - _link_density(el)) + 25 * sum(1 for p in ps if p.tag == "p")
        if score > best_score:
            best, best_score = el, score
    return best


def c_is_texty(el) -> bool:
    return _link_density(el) < 0.5 and len(_text(el)) > 20


def _strip_noise(root) -> None:
    for el in list(root.iter(*NOISE_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter()):
        if isinstance(el.tag, str) and el.getparent() is not None and _is_noise(el):
            el.drop_tree()
    for el in list(root.iter("figcaption")):
        el.drop_tree()


# characters lxml refuses in a text node: a page carrying one (a stray \x1f from a CMS) would raise
# as soon as the tree is edited
XML_INCOMPATIBLE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def parse_html(html: str | bytes):
    if isinstance(html, str):
        html = XML_INCOMPATIBLE_RE.sub("", html)
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def extract_article(
    html: str | bytes, url: str, selectors: dict | None = None, *, date_format: str | None = None,
    now: datetime | None = None,
) -> Extracted:
    """Title, publication time (UTC), lead, body and author of an article page."""
    selectors = {k: v for k, v in (selectors or {}).items() if v}
    out = Extracted(url=url)
    root = parse_html(html)
    if root is None:
        out.missing = ["title", "date", "body"]
        return out
    out.title = _title(root, selectors)
    out.published = _published(root, selectors, date_format, now)
    author = None
    for el in _select(root, selectors.get("author")):
        author = _text(el) or author
    author = author or _meta(root, ("author", "article:author", "dc.creator"))
    if not author:
        for el in root.iter():
            if isinstance(el.tag, str) and AUTHOR_CLASS_RE.search(el.get("class", "")) and 2 < len(_text(el)) < 60:
                author = _text(el)
                break
    out.author = author
    lead = ""
    for el in _select(root, selectors.get("lead")):
        lead = _text(el)
    if not lead:
        for el in root.iter():
            if isinstance(el.tag, str) and el.tag in ("p", "div", "h2", "strong") and LEAD_RE.search(el.get("class", "") + " " + el.get("id", "")):
                t = _text(el)
                if len(t) > 30:
                    lead = t
                    break
    body_paras: list[str] = []
    chosen = _select(root, selectors.get("body"))
    if chosen:
        for el in chosen:
            _strip_noise(el)
            body_paras.extend(_paragraphs(el))
    else:
        _strip_noise(root)
        container = _best_container(root)
        if container is not None:
            body_paras = _paragraphs(container)
    if lead:
        body_paras = [p for p in body_paras if p != lead]
    if out.title:
        body_paras = [p for p in body_paras if p != out.title]
    out.body = "\n".join(body_paras)
    if not lead and body_paras:
        lead = body_paras[0] if len(body_paras[0]) > 40 else ""
        if lead:
            out.body = "\n".join(body_paras[1:]) if len(body_paras) > 1 else out.body
    out.lead = lead
    if not lead:
        lead = _meta(root, ("description", "og:description")) or ""
        out.lead = " ".join(nfc(lead).split())
    out.missing = [name for name, value in (("title", out.title), ("date", out.published), ("body", out.body)) if not value]
    return out
