"""ONE generic spider, driven by sources' entries in config/sources.yaml (no class per site).

Every request carries its source's name in ``meta["source"]``, so the same spider serves one
source (a local crawl: one spider per source, each with its own politeness) or all of them at
once (a distributed worker taking requests of any source from the shared Redis queue).
"""

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
from huunghi import frontier
from huunghi.db import URL_MAX, Database, FetchCache
from huunghi.frontier import Found
from huunghi.ingest import known_urls
from huunghi.sources import Source


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

    def __init__(self, source: dict | None = None, database_url: str = "", now: str | None = None,
                 test_limit: int = 0, sources: list[dict] | None = None, run_id: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.run_id = run_id
        self.source_ids: dict[str, int] = {}  # source name -> its database row
        self.listing_validators: dict[str, object] = {}  # listing -> its first page's response
        # `huunghi sources test`: fetch the first few articles, known or not, and store nothing.
        self.test_limit = test_limit
        configs = [Source.model_validate(s) for s in ([source] if source else sources or [])]
        self.sources: dict[str, Source] = {s.name: s for s in configs}
        self.single = configs[0].name if source else None
        self.allowed_domains = sorted({d for s in configs for d in s.domains})
        self.database_url = database_url
        self.now = datetime.fromisoformat(now) if now else datetime.now(UTC)
        self.scheduled: set[str] = set()
        self.per_source_scheduled: dict[str, int] = {}
        self.db = Database(database_url)
        self.validators: dict[str, tuple[str | None, str | None]] = {}

    # --- helpers ---------------------------------------------------------------------------
    def source_of(self, request_or_response) -> Source:
        name = request_or_response.meta.get("source") or self.single
        return self.sources.get(name) or self.load_source(name)

    def load_source(self, name: str) -> Source:
        raise KeyError(f"unknown source {name!r}")

    def _inc(self, key: str, n: int = 1, source: str | None = None) -> None:
        self.crawler.stats.inc_value(f"huunghi/{key}", n)

    def _meta(self, src: Source, **extra) -> dict:
        return {"source": src.name, **extra}

    def _conditional(self, url: str, callback, src: Source, **meta) -> scrapy.Request:
        headers = {}
        etag, modified = (None, None) if self.test_limit else self.validators.get(url, (None, None))
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, headers=headers, dont_filter=True,
            meta={"handle_httpstatus_list": [304], "discovery": True, **self._meta(src, **meta)},
        )

    def _remember_validators(self, session, response) -> None:
        """Save a discovery page's ETag / Last-Modified — in the transaction that recorded its links."""
        etag = response.headers.get(b"ETag")
        modified = response.headers.get(b"Last-Modified")
        # (a validator longer than its column is no real one: kept, it would fail the transaction with the links)
        etag = etag.decode("latin-1") if etag and len(etag) <= FetchCache.etag.type.length else None
        modified = modified.decode("latin-1") if modified and len(modified) <= FetchCache.last_modified.type.length else None
        if not etag and not modified:
            return
        row = session.get(FetchCache, response.request.url) or FetchCache(url=response.request.url)
        row.etag, row.last_modified = etag, modified
        session.add(row)

    def source_id(self, session, src: Source) -> int:
        if src.name not in self.source_ids:
            from huunghi.db import Source as SourceRow
            from huunghi.store import sync_source

            row = session.scalar(select(SourceRow).where(SourceRow.name == src.name)) or sync_source(session, src)
            session.flush()
            self.source_ids[src.name] = row.id
        return self.source_ids[src.name]

    def _request(self, url: str, canon: str, src: Source, published: datetime | None, found_on: str | None):
        self.scheduled.add(canon)
        self.per_source_scheduled[src.name] = self.per_source_scheduled.get(src.name, 0) + 1
        return scrapy.Request(
            display_url(url), callback=self.parse_article, errback=self.on_error,
            meta=self._meta(src, canonical=canon, found_on=found_on,
                            hint_published=published.isoformat() if published else None),
        )

    def _unchanged(self, response, src: Source) -> bool:
        if response.status == 304 and not self.test_limit:
            self._inc("not_modified", source=src.name)
            return True
        return False

    def _article_requests(self, links, src: Source, response=None) -> tuple[list, int]:
        """Record the links in the frontier (and, in the same transaction, the page's validators);
        requests for those still to fetch and not already scheduled. Returns them and how many
        links the frontier had never seen."""
        cutoff = self.now - timedelta(days=src.lookback_days)
        fresh: list[Found] = []
        batch: set[str] = set()
        for link in links:
            if link.published and link.published < cutoff:
                self._inc("skipped_old", source=src.name)
                continue
            if not on_domains(link.url, src.domains):
                self._inc("skipped_offsite", source=src.name)
                continue
            canon = canonicalize(link.url)
            if len(link.url) > URL_MAX or len(canon) > URL_MAX:
                # (no news article lives there, and the database would refuse the whole page's links with it)
                self._inc("errors/url_too_long", source=src.name)
                self.logger.warning("address too long to keep (%d characters), skipped: %s…", len(link.url), link.url[:100])
                continue
            if canon in self.scheduled or canon in batch:
                self._inc("skipped_twin", source=src.name)
                continue
            batch.add(canon)
            fresh.append(Found(canon, link.url, link.published))
        found_on = response.request.url[:URL_MAX] if response is not None else None
        if self.test_limit:
            fresh = fresh[: max(0, self.test_limit - len(self.scheduled))]
            return [self._request(f.url, f.canonical_url, src, f.published, found_on) for f in fresh], len(fresh)
        def record() -> tuple[set[str], dict[str, str]]:
            with self.db.session() as session:
                new, state = frontier.record(session, self.source_id(session, src), fresh, found_on)
                # pages stored before the frontier existed count as stored
                for canon in known_urls(session, [c for c, st in state.items() if st == "pending" and c not in new]):
                    frontier.settle(session, canon, "stored", now=self.now)
                    state[canon] = "stored"
                if response is not None:
                    self._remember_validators(session, response)
                return new, state

        recorded = self.db_call(record, f"recording the links of {found_on or src.name}")
        if recorded is None:
            return [], 0  # the database is gone: these links are found again by the next run
        new, state = recorded
        requests = []
        for f in fresh:
            st = state.get(f.canonical_url)
            if st not in ("pending", "failed"):
                self._inc("skipped_known", source=src.name)
                continue
            if self.per_source_scheduled.get(src.name, 0) >= src.max_articles:
                self._inc("skipped_limit", source=src.name)  # stays pending for the next run
                continue
            requests.append(self._request(f.url, f.canonical_url, src, f.published, found_on))
        self.db_call(lambda: self._take([r.meta["canonical"] for r in requests]), "marking URLs taken")
        return requests, len(new)

    def _take(self, canonical_urls: list[str]) -> None:
        with self.db.session() as session:
            frontier.take(session, canonical_urls, self.run_id, self.now)

    def db_call(self, call, what: str):
        """``call()`` riding out a database that is away for a moment; None (and the crawl stopped
        cleanly) when it stays away."""
        from crawler.pipelines import stop_for_database
        from huunghi.db.retry import DatabaseUnavailable, with_retry

        if getattr(self.crawler, "huunghi_database_gone", None):
            return None
        try:
            return with_retry(call, what)
        except DatabaseUnavailable as exc:
            stop_for_database(self.crawler, exc)
            return None

    def pending_requests(self, src: Source) -> list:
        """What earlier runs found and did not finish: fetched before anything is discovered."""
        if self.test_limit:
            return []
        with self.db.session() as session:
            rows = frontier.due(session, self.source_id(session, src), self.now, src.max_articles)
            requests = [self._request(r.url, r.canonical_url, src, r.published_hint, r.found_on)
                        for r in rows if r.canonical_url not in self.scheduled]
            frontier.take(session, [r.meta["canonical"] for r in requests], self.run_id, self.now)
        self._inc("resumed", len(requests), source=src.name)
        return requests

    def settle(self, request, state: str, error: str | None = None) -> None:
        """What became of an article request, in the frontier."""
        canon = request.meta.get("canonical")
        if canon and not self.test_limit and not request.meta.get("discovery"):
            def write() -> None:
                with self.db.session() as session:
                    frontier.settle(session, canon, state, error=error, now=datetime.now(UTC))

            self.db_call(write, f"noting what became of {request.url}")

    # --- discovery -------------------------------------------------------------------------
    def load_validators(self) -> None:
        with self.db.session() as session:
            for row in session.scalars(select(FetchCache)):
                self.validators[row.url] = (row.etag, row.last_modified)

    def discovery_requests(self, src: Source):
        for url in src.feeds:
            yield self._conditional(url, self.parse_feed, src)
        for url in src.sitemaps:
            yield self._conditional(url, self.parse_sitemap, src, depth=0)
        listings = src.listings or ([] if (src.feeds or src.sitemaps) else [src.url])
        for url in listings:
            yield self._conditional(url, self.parse_listing, src, listing=url, page=1)

    async def start(self):
        self.load_validators()
        for src in self.sources.values():
            for request in self.pending_requests(src):
                yield request
            for request in self.resumed_listings(src):
                yield request
            for request in self.discovery_requests(src):
                yield request

    def parse_feed(self, response):
        src = self.source_of(response)
        self._inc("responses", source=src.name)
        self._inc("discovery_ok", source=src.name)
        if self._unchanged(response, src):
            return
        links = parse_feed(response.body, response.url)
        self._inc("discovered", len(links), source=src.name)
        yield from self._article_requests(links, src, response)[0]

    def parse_sitemap(self, response):
        src = self.source_of(response)
        self._inc("responses", source=src.name)
        depth = response.meta.get("depth", 0)
        self._inc("discovery_ok", source=src.name)
        if self._unchanged(response, src):
            return
        sitemap = parse_sitemap(response.body)
        cutoff = self.now - timedelta(days=src.lookback_days)
        for child in sitemap.children:
            if child.published and child.published < cutoff:
                continue
            if on_domains(child.url, src.domains) and depth < 3:
                yield self._conditional(child.url, self.parse_sitemap, src, depth=depth + 1)
        self._inc("discovered", len(sitemap.urls), source=src.name)
        yield from self._article_requests(sitemap.urls, src, response)[0]

    def parse_listing(self, response):
        src = self.source_of(response)
        self._inc("responses", source=src.name)
        listing = response.meta.get("listing") or response.url
        page = response.meta.get("page", 1)
        self._inc("discovery_ok", source=src.name)
        if self._unchanged(response, src):
            return
        links = listing_links(response.body, response.url, src.domains,
                              pattern=src.article_pattern, selector=src.selectors.links)
        self._inc("discovered", len(links), source=src.name)
        requests, new = self._article_requests(links, src)
        for r in requests:
            r.meta["listing"] = listing
        yield from requests
        if page == 1:
            # the first page's validators are kept until this listing's paging is over: a run that
            # ends halfway must not let a 304 hide the pages it did not reach
            self.listing_validators[listing] = response
        # Paging goes on while pages bring links never seen before — a first crawl reaches back until
        # the listing's own dates are older than the look-back (an undated listing is read to its
        # end, every article it holds being fetched once), a later one stops at the first page with
        # nothing new; a page an interrupted run was about to read goes on whatever it holds — and
        # never beyond max_pages, a safety bound.
        cutoff = self.now - timedelta(days=src.lookback_days)
        dated = [link.published for link in links if link.published]
        nxt = [u for u in next_pages(response.body, response.url, listing, next_selector=src.next_page,
                                     template=src.page_url, page=page) if on_domains(u, src.domains) and len(u) <= URL_MAX]
        stop = not nxt or (not new and not response.meta.get("resumed")) or page >= src.max_pages or (
            bool(dated) and min(dated) < cutoff)  # (newest first: the next page is older still)
        if stop and nxt and new and page >= src.max_pages:
            self._inc("stopped_max_pages", source=src.name)
        self._paging(listing, None if stop else nxt[0], page + 1)
        if not stop:
            yield scrapy.Request(nxt[0], callback=self.parse_listing, errback=self.on_error,
                                 meta=self._meta(src, listing=listing, page=page + 1, discovery=True))

    def _paging(self, listing: str, next_url: str | None, next_page: int) -> None:
        """Where the listing's paging stands: the page to read next, or done (then its first page's
        validators are saved, so that the next run may be answered 304)."""
        if self.test_limit:
            return
        first = self.listing_validators.pop(listing, None) if next_url is None else None

        def write() -> None:
            with self.db.session() as session:
                row = session.get(FetchCache, listing) or FetchCache(url=listing)
                row.resume_url, row.resume_page = next_url, next_page if next_url else None
                session.add(row)
                if first is not None:
                    self._remember_validators(session, first)

        self.db_call(write, f"noting where the paging of {listing} stands")

    def resumed_listings(self, src: Source) -> list:
        """Listing pages an interrupted run was about to read."""
        if self.test_limit:
            return []
        listings = src.listings or ([] if (src.feeds or src.sitemaps) else [src.url])
        with self.db.session() as session:
            rows = list(session.scalars(select(FetchCache).where(FetchCache.url.in_(listings), FetchCache.resume_url.is_not(None))))
            return [scrapy.Request(r.resume_url, callback=self.parse_listing, errback=self.on_error, dont_filter=True,
                                   meta=self._meta(src, listing=r.url, page=r.resume_page or 2, discovery=True, resumed=True))
                    for r in rows]

    # --- articles --------------------------------------------------------------------------
    def parse_article(self, response):
        src = self.source_of(response)
        self._inc("responses", source=src.name)
        if self.crawler.settings.getbool("HUUNGHI_FETCH_ONLY"):
            # Benchmarks: the same spider with extraction, classification and storing off.
            return
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if not hasattr(response, "text") or ("html" not in ctype and "xml" not in ctype and ctype):
            self._inc("errors/not_html", source=src.name)
            self.logger.warning("not an HTML page (%s): %s", ctype or "unknown type", response.url)
            self.settle(response.request, "skipped", f"not an HTML page ({ctype or 'unknown type'})")
            return
        art = extract_article(response.text, response.url, src.selectors.model_dump(),
                              date_format=src.date_format, now=self.now)
        hint = response.meta.get("hint_published")
        if art.published is None and hint:
            art.published = datetime.fromisoformat(hint)
            art.missing = [m for m in art.missing if m != "date"]
        for field in art.missing:
            self._inc(f"missing/{field}", source=src.name)
        if art.missing:
            self._inc("extraction_failures", source=src.name)
            self.logger.warning("extraction found no %s: %s", ", ".join(art.missing), response.url)
        if not art.body and not art.lead:
            self.settle(response.request, "skipped", "no article text")
            return
        yield {
            "source": src.name, "url": display_url(response.url),
            "canonical_url": response.meta.get("canonical") or canonicalize(response.url),
            "title": art.title, "published": art.published, "lead": art.lead, "body": art.text,
            "author": art.author, "missing": art.missing,
        }

    def on_error(self, failure):
        kind = error_kind(failure)
        request = failure.request
        src = request.meta.get("source") or self.single
        self._inc("responses", source=src)
        self._inc(f"errors/{kind}", source=src)
        if request.meta.get("discovery"):
            self._inc("discovery_failed", source=src)
        elif kind in ("http_404", "http_410", "robots_disallowed", "offsite_redirect", "too_large"):
            self.settle(request, "skipped", kind)  # will not change by trying again
        else:
            self.settle(request, "failed", kind)
        self.logger.warning("%s: %s", kind, request.url)
