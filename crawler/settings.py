"""Scrapy settings, each set on purpose."""

from __future__ import annotations

import json
import os


def crawl_settings(contact_url: str, overrides: dict | None = None) -> dict:
    settings = {
        "BOT_NAME": "huunghi",
        # A user agent that names the service and says where to complain.
        "USER_AGENT": f"huunghi/0.1 (+{contact_url}; Vietnam-Laos exchange news monitor)",
        "ROBOTSTXT_OBEY": True,
        # Politeness: at most two requests in flight per site, adapted to its latency.
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
        # Scrapy starts this many tasks for every response's output; the store pipeline is synchronous
        # (one transaction per article), so more than a few only costs time — 100 (the default) spent
        # a seventh of a crawl's time creating tasks.
        "CONCURRENT_ITEMS": 4,
        "DOWNLOAD_DELAY": 1.0,
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": 1.0,
        "AUTOTHROTTLE_MAX_DELAY": 30.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        # Provincial servers are slow but a page should not take more than 30 s; news pages are
        # well under 1 MiB, so 8 MiB stops runaway or binary responses without losing articles.
        "DOWNLOAD_TIMEOUT": 30,
        "DOWNLOAD_MAXSIZE": 8 * 1024 * 1024,
        "DOWNLOAD_WARNSIZE": 2 * 1024 * 1024,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": 2,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "RETRY_BACKOFF_BASE": 2.0,
        "RETRY_BACKOFF_MAX": 60.0,
        "REDIRECT_MAX_TIMES": 5,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,  # no listening port on a news-crawling host
        "LOG_INSTALL_ROOT_HANDLER": False,
        "HTTPCACHE_ENABLED": False,
        "LOG_LEVEL": "INFO",
        "DOWNLOADER_MIDDLEWARES": {
            # before the offsite filter (50): a distributed worker learns a request's source from Redis
            "crawler.middlewares.SourceLoaderMiddleware": 40,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "crawler.middlewares.BackoffRetryMiddleware": 550,
            "crawler.middlewares.BackoffWaitMiddleware": 560,
            "crawler.middlewares.RedirectGuardMiddleware": 650,
        },
        "ITEM_PIPELINES": {
            "crawler.pipelines.ValidatePipeline": 100,
            "crawler.pipelines.StorePipeline": 300,
        },
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    }
    # Operators (and tests) may override any Scrapy setting: HUUNGHI_CRAWL_SETTINGS='{"DOWNLOAD_DELAY": 2}'
    env = os.environ.get("HUUNGHI_CRAWL_SETTINGS")
    if env:
        try:
            settings.update(json.loads(env))
        except (ValueError, TypeError) as exc:
            raise ValueError(f"HUUNGHI_CRAWL_SETTINGS is not a JSON object: {exc}") from None
    settings.update(overrides or {})
    return settings
