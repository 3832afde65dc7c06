"""Downloader middlewares: retries with exponential back-off."""

from __future__ import annotations

import asyncio
import time

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry (5xx, timeouts, connection errors), waiting base·2ⁿ seconds before retry n."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    def _schedule(self, result):
        if isinstance(result, Request):
            n = result.meta.get("retry_times", 1)
            result.meta["retry_not_before"] = time.monotonic() + min(self.cap, self.base * 2 ** (n - 1))
        return result

    def process_response(self, request, response, spider=None):
        return self._schedule(super().process_response(request, response))

    def process_exception(self, request, exception, spider=None):
        return self._schedule(super().process_exception(request, exception))


class BackoffWaitMiddleware:
    """Holds a retried request until its back-off has passed (runs before the download)."""

    async def process_request(self, request, spider=None):
        wait = request.meta.get("retry_not_before", 0) - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        return None


class RedirectGuardMiddleware:
    """Sees a redirect before Scrapy follows it: a loop, or a hop off the source's domains, ends
    the request with a reason the crawl figures can count (Scrapy would drop it silently)."""

    def process_response(self, request, response, spider=None):
        from urllib.parse import urljoin

        from scrapy.exceptions import IgnoreRequest

        from crawler.urls import canonicalize, on_domains

        location = response.headers.get(b"Location")
        if response.status not in (301, 302, 303, 307, 308) or not location:
            return response
        target = urljoin(request.url, location.decode("latin-1"))
        seen = {canonicalize(u) for u in [request.url, *request.meta.get("redirect_urls", [])]}
        if canonicalize(target) in seen:
            raise IgnoreRequest(f"redirect loop: {request.url} -> {target}")
        domains = getattr(spider or getattr(self, "spider", None), "allowed_domains", None)
        if domains and not on_domains(target, domains):
            raise IgnoreRequest(f"redirect off the allowed domains: {request.url} -> {target}")
        return response

    @classmethod
    def from_crawler(cls, crawler):
        mw = cls()
        mw.crawler = crawler
        return mw

    @property
    def spider(self):
        return getattr(self.crawler, "spider", None)


class SourceLoaderMiddleware:
    """A distributed worker may take a request of a source it has not met yet (a listing's next page
    queued by another worker): it loads that source's configuration — its domains among them —
    before the offsite filter would drop the request as off its allowed domains."""

    def process_request(self, request, spider=None):
        spider = spider or getattr(self, "spider", None)
        name = request.meta.get("source")
        if spider is not None and name and name not in getattr(spider, "sources", {name: None}):
            spider.source_of(request)
        return None

    @classmethod
    def from_crawler(cls, crawler):
        mw = cls()
        mw.crawler = crawler
        return mw

    @property
    def spider(self):
        return self.crawler.spider
