"""The crawl child process: `python -m crawler.run JOB.json`.

A long-running scheduler cannot restart Twisted's reactor, so every crawl runs here, in its own
process. It records one CrawlRun per source and reports progress as JSON lines on stdout.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime

from scrapy import signals
from scrapy.crawler import Crawler, CrawlerProcess
from sqlalchemy import select

from crawler.settings import crawl_settings
from crawler.spider import SourceSpider
from huunghi.db import CrawlRun, Database, Source
from huunghi.db.retry import DatabaseUnavailable, with_retry
from huunghi.health import update_health
from huunghi.sources import Source as SourceConfig
from huunghi.store import open_crawl_runs

DATABASE_UNAVAILABLE = 75


def emit(event: str, **data) -> None:
    sys.stdout.write(json.dumps({"event": event, **data}, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def figures(stats: dict) -> dict:
    errors = {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("huunghi/errors/")}
    return {
        "requests": stats.get("downloader/request_count", 0),
        "new_articles": stats.get("huunghi/new_articles", 0),
        "relevant_articles": stats.get("huunghi/relevant_articles", 0),
        "skipped_known": stats.get("huunghi/skipped_known", 0),
        "extraction_failures": stats.get("huunghi/extraction_failures", 0),
        "discovered": stats.get("huunghi/discovered", 0),
        "not_modified": stats.get("huunghi/not_modified", 0),
        "errors": errors,
        "discovery_ok": stats.get("huunghi/discovery_ok", 0),
        "discovery_failed": stats.get("huunghi/discovery_failed", 0),
    }


def run(job: dict) -> int:
    db = Database(job["database_url"])
    run_id = job["run_id"]
    sources = [SourceConfig.model_validate(s) for s in job["sources"]]
    test_limit = int(job.get("test_limit") or 0)
    if test_limit:
        return _test(job, sources, test_limit)
    with db.session() as session:
        rows = open_crawl_runs(session, sources, run_id)
    settings = crawl_settings(job.get("contact_url", "https://github.com/huunghi/huunghi"), job.get("settings"))
    settings["HUUNGHI_DATABASE_URL"] = job["database_url"]
    if job.get("log_file"):
        settings["LOG_FILE"] = job["log_file"]
        settings["LOG_INSTALL_ROOT_HANDLER"] = True
    process = CrawlerProcess(settings)
    handlers = []  # Scrapy holds signal receivers weakly: keep ours alive
    outcome: dict[str, bool] = {}

    def make_closed(cfg: SourceConfig, crawler, started: float):
        def closed(spider, reason):
            stats = crawler.stats.get_stats()
            f = figures(stats)
            failed = f["discovery_ok"] == 0 and f["discovery_failed"] > 0
            message = None
            if failed:
                message = ", ".join(f"{k} ×{v}" for k, v in sorted(f["errors"].items())) or "no discovery page could be fetched"
            gone = getattr(crawler, "huunghi_database_gone", None)
            if gone:
                failed, message = True, f"{gone}; what is left waits in the frontier for the next run"
                outcome["database_unavailable"] = True

            def record() -> tuple[str, str | None]:
                with db.session() as session:
                    run_row = session.get(CrawlRun, rows[cfg.name])
                    run_row.finished_at = datetime.now(UTC)
                    run_row.status = "failed" if failed else "ok"
                    run_row.requests = f["requests"]
                    run_row.new_articles = f["new_articles"]
                    run_row.relevant_articles = f["relevant_articles"]
                    run_row.skipped_known = f["skipped_known"]
                    run_row.extraction_failures = f["extraction_failures"]
                    run_row.errors = f["errors"]
                    run_row.message = message
                    src = session.scalar(select(Source).where(Source.name == cfg.name))
                    health, reason, _ = update_health(session, src)
                    return health, reason

            try:
                health, reason = with_retry(record, f"recording the run of {cfg.name}", budget=0 if gone else None)
            except DatabaseUnavailable:
                health, reason = "unknown", "the database could not be reached to record this run"
                outcome["database_unavailable"] = True
            emit("source_done", source=cfg.name, status="failed" if failed else "ok", message=message,
                 duration=round(time.monotonic() - started, 2), health=health, health_reason=reason, **f)
        return closed

    def item_scraped(item, response, spider):
        emit("article", source=item["source"], title=item["title"], relevant=item.get("relevant", False))

    polite = settings.get("HUUNGHI_POLITE", True)
    for n, cfg in enumerate(sources):
        # Each source gets its own crawler, so its own politeness settings.
        per_source = {**settings}
        if polite:
            per_source["DOWNLOAD_DELAY"] = cfg.download_delay
            per_source["CONCURRENT_REQUESTS_PER_DOMAIN"] = cfg.concurrency
        crawler = Crawler(SourceSpider, per_source, init_reactor=n == 0)
        closed = make_closed(cfg, crawler, time.monotonic())
        handlers.append(closed)
        crawler.signals.connect(closed, signal=signals.spider_closed)
        crawler.signals.connect(item_scraped, signal=signals.item_scraped)
        process.crawl(crawler, source=cfg.model_dump(), database_url=job["database_url"], now=job.get("now"), run_id=run_id)
    emit("started", run_id=run_id, sources=[s.name for s in sources])
    process.start()
    emit("finished", run_id=run_id)
    # 75 (EX_TEMPFAIL): the database went away; nothing is lost, the next run carries on
    return DATABASE_UNAVAILABLE if outcome.get("database_unavailable") else 0


def _test(job: dict, sources: list[SourceConfig], limit: int) -> int:
    """Discovery and the first ``limit`` articles of each source, reported, stored nowhere."""
    settings = crawl_settings(job.get("contact_url", "https://github.com/huunghi/huunghi"), job.get("settings"))
    settings["ITEM_PIPELINES"] = {"crawler.pipelines.ReportPipeline": 100}
    if job.get("log_file"):
        settings["LOG_FILE"] = job["log_file"]
        settings["LOG_INSTALL_ROOT_HANDLER"] = True
    process = CrawlerProcess(settings)
    keep = []
    for cfg in sources:
        crawler = process.create_crawler(SourceSpider)

        def closed(spider, reason, crawler=crawler, cfg=cfg):
            emit("source_done", source=cfg.name, status="ok", **figures(crawler.stats.get_stats()))

        keep.append(closed)
        crawler.signals.connect(closed, signal=signals.spider_closed)
        process.crawl(crawler, source=cfg.model_dump(), database_url=job["database_url"], now=job.get("now"),
                      test_limit=limit)
    process.start()
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = argv if argv is not None else sys.argv[1:]
    with open(argv[0], encoding="utf-8") as fh:
        job = json.load(fh)
    return run(job)


if __name__ == "__main__":
    sys.exit(main())
