"""ONE generic spider, driven by a source's entry in config/sources.yaml (no class per site)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError
from sqlalchemy import select
from twisted.internet.error import (
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)

from crawler.discovery import listing_links, next_pages, parse_feed, parse_sitemap
from crawler.extract import extract_article
from crawler.urls import canonicalize, display_url, on_domains
from huunghi.db import Database, FetchCache
from huunghi.ingest import known_urls
from huunghi.sources import Source

ARTICLE_PAGE_LIMIT = 200  # per source and run: a safety net for first crawls of big sites


def error_kind(failure) -> str:
    """A short name for what went wrong, used in crawl-run figures and health."""
    exc = failure.value
    if failure.check(HttpError):
        return f"http_{exc.response.status}"
    if failure.check(DNSLookupError) or "resolve" in type(exc).__name__.lower():
        return "dns"
    if failure.check(TimeoutError, TCPTimedOutError) or "timeout" in type(exc).__name__.lower():
        return "timeout"
    if failure.check(ConnectionRefusedError):
        return "connection_refused"
    name = type(exc).__name__
    msg = str(exc).lower()
    if "robots.txt" in msg:
        return "robots_disallowed"
    if "off the allowed domains" in msg:
        return "offsite_redirect"
    if "max redirections" in msg or "redirect loop" in msg:
        return "redirect_loop"
    if name == "CancelledError" or "maxsize" in msg or "max size" in msg:
        return "too_large"
    if "connection" in name.lower() or "connection" in msg:
        return "connection"
    return name.lower()


class SourceSpider(scrapy.Spider):
    name = "huunghi"

    def __init__(self, source: dict, database_url: str, now: str | None = None, test_limit: int = 0, **kwargs):
        super().__init__(**kwargs)
        # `huunghi sources test`: fetch the first few articles, known or not, and store nothing.
        self.test_limit = test_limit
        self.source = Source.model_validate(source)
        self.allowed_domains = self.source.domains
        self.database_url = database_url
        self.now = datetime.fromisoformat(now) if now else datetime.now(UTC)
        self.cutoff = self.now - timedelta(days=self.source.lookback_days)
        self.scheduled: set[str] = set()
        self.db = Database(database_url)
        self.validators: dict[str, tuple[str | None, str | None]] = {}

    # --- helpers ---------------------------------------------------------------------------
    def _inc(self, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(f"huunghi/{key}", n)

    def _conditional(self, url: str, callback, **meta) -> scrapy.Request:
        headers = {}
        etag, modified = (None, None) if self.test_limit else self.validators.get(url, (None, None))
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, headers=headers, dont_filter=True,
            meta={"handle_httpstatus_list": [304], "discovery": True, **meta},
        )

    def _remember_validators(self, response) -> None:
        if self.test_limit:
            return
        etag = response.headers.get(b"ETag")
        modified = response.headers.get(b"Last-Modified")
        if not etag and not modified:
            return
        with self.db.session() as session:
            row = session.get(FetchCache, response.request.url) or FetchCache(url=response.request.url)
            row.etag = etag.decode("latin-1") if etag else None
            row.last_modified = modified.decode("latin-1") if modified else None
            session.add(row)

    def _unchanged(self, response) -> bool:
        if response.status == 304 and not self.test_limit:
            self._inc("not_modified")
            return True
        return False

    def _article_requests(self, links):
        """Requests for the links not stored and not already scheduled; counts the rest."""
        fresh = []
        batch: set[str] = set()
        for link in links:
            if link.published and link.published < self.cutoff:
                self._inc("skipped_old")
                continue
            if not on_domains(link.url, self.allowed_domains):
                self._inc("skipped_offsite")
                continue
            canon = canonicalize(link.url)
            if canon in self.scheduled or canon in batch:
                self._inc("skipped_twin")
                continue
            batch.add(canon)
            fresh.append((canon, link))
        if not fresh:
            return []
        if self.test_limit:
            known: set[str] = set()
            fresh = fresh[: max(0, self.test_limit - len(self.scheduled))]
        else:
            with self.db.session() as session:
                known = known_urls(session, [c for c, _ in fresh])
        requests = []
        for canon, link in fresh:
            if canon in known:
                self._inc("skipped_known")
                continue
            if len(self.scheduled) >= ARTICLE_PAGE_LIMIT:
                self._inc("skipped_limit")
                continue
            self.scheduled.add(canon)
            requests.append(scrapy.Request(
                link.url, callback=self.parse_article, errback=self.on_error,
                cb_kwargs={"canonical": canon, "hint_published": link.published},
            ))
        return requests

    # --- discovery -------------------------------------------------------------------------
    async def start(self):
        with self.db.session() as session:
            for row in session.scalars(select(FetchCache)):
                self.validators[row.url] = (row.etag, row.last_modified)
        src = self.source
        for url in src.feeds:
            yield self._conditional(url, self.parse_feed)
        for url in src.sitemaps:
            yield self._conditional(url, self.parse_sitemap)
        listings = src.listings or ([] if (src.feeds or src.sitemaps) else [src.url])
        for url in listings:
            yield self._conditional(url, self.parse_listing, listing=url, page=1)

    def parse_feed(self, response):
        self._inc("discovery_ok")
        if self._unchanged(response):
            return
        links = parse_feed(response.body, response.url)
        self._inc("discovered", len(links))
        yield from self._article_requests(links)
        self._remember_validators(response)

    def parse_sitemap(self, response, depth: int = 0):
        self._inc("discovery_ok")
        if self._unchanged(response):
            return
        sitemap = parse_sitemap(response.body)
        for child in sitemap.children:
            if child.published and child.published < self.cutoff:
                continue
            if on_domains(child.url, self.allowed_domains) and depth < 3:
                yield self._conditional(child.url, self.parse_sitemap, depth=depth + 1).replace(
                    cb_kwargs={"depth": depth + 1}
                )
        self._inc("discovered", len(sitemap.urls))
        yield from self._article_requests(sitemap.urls)
        self._remember_validators(response)

    def parse_listing(self, response, listing: str | None = None, page: int = 1, depth: int = 0):
        listing = listing or response.meta.get("listing") or response.url
        page = response.meta.get("page", page)
        self._inc("discovery_ok")
        if self._unchanged(response):
            return
        src = self.source
        links = listing_links(response.body, response.url, self.allowed_domains,
                              pattern=src.article_pattern, selector=src.selectors.links)
        self._inc("discovered", len(links))
        requests = self._article_requests(links)
        yield from requests
        if page == 1:
            self._remember_validators(response)
        # Paging stops at the first page that holds nothing unseen, or at the page limit.
        if not requests or page >= src.max_pages:
            return
        for url in next_pages(response.body, response.url, listing, next_selector=src.next_page,
                              template=src.page_url, page=page):
            if on_domains(url, self.allowed_domains):
                yield scrapy.Request(url, callback=self.parse_listing, errback=self.on_error,
                                     meta={"listing": listing, "page": page + 1, "discovery": True})

    # --- articles --------------------------------------------------------------------------
    def parse_article(self, response, canonical: str, hint_published=None):
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if not hasattr(response, "text") or ("html" not in ctype and "xml" not in ctype and ctype):
            self._inc("errors/not_html")
            self.logger.warning("not an HTML page (%s): %s", ctype or "unknown type", response.url)
            return
        src = self.source
        art = extract_article(response.text, response.url, src.selectors.model_dump(),
                              date_format=src.date_format, now=self.now)
        if art.published is None and hint_published is not None:
            art.published = hint_published
            art.missing = [m for m in art.missing if m != "date"]
        for field in art.missing:
            self._inc(f"missing/{field}")
        if art.missing:
            self._inc("extraction_failures")
            self.logger.warning("extraction found no %s: %s", ", ".join(art.missing), response.url)
        if not art.body and not art.lead:
            return
        yield {
            "source": src.name, "url": display_url(response.url), "canonical_url": canonical, "title": art.title, "published": art.published,
            "lead": art.lead, "body": art.text, "author": art.author, "missing": art.missing,
        }

    def on_error(self, failure):
        kind = error_kind(failure)
        request = failure.request
        self._inc(f"errors/{kind}")
        if request.meta.get("discovery"):
            self._inc("discovery_failed")
        self.logger.warning("%s: %s", kind, request.url)
