"""`huunghi worker`: a distributed crawl worker (python -m crawler.worker, or via the CLI)."""

from __future__ import annotations

import sys

from scrapy.crawler import CrawlerProcess

from crawler.distributed import DistributedSpider, redis_settings
from crawler.settings import crawl_settings


def run_worker(database_url: str, redis_url: str, contact_url: str, *, idle_exit: int = 0,
               settings: dict | None = None, log_file: str | None = None) -> int:
    s = crawl_settings(contact_url, settings)
    s.update(redis_settings(redis_url, idle_exit))
    s["HUUNGHI_DATABASE_URL"] = database_url
    if log_file:
        s["LOG_FILE"] = log_file
        s["LOG_INSTALL_ROOT_HANDLER"] = True
    process = CrawlerProcess(s)
    process.crawl(DistributedSpider, database_url=database_url)
    process.start()
    return 0


if __name__ == "__main__":  # pragma: no cover
    import json

    args = json.loads(sys.argv[1])
    sys.exit(run_worker(**args))
