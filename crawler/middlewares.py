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
