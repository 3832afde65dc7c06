"""Item pipelines: validate → store (dedupe by canonical URL, classify, merge visits)."""

from __future__ import annotations

import contextlib
import logging

from scrapy.exceptions import DropItem, NotConfigured

from huunghi import frontier
from huunghi.db import Database, utcnow
from huunghi.db.retry import DatabaseUnavailable, with_retry
from huunghi.ingest import ArticleFields, insert_article


def stop_for_database(crawler, exc: Exception) -> None:
    """End the crawl cleanly: the database stayed unreachable past the retry budget. What was
    fetched and not stored is still pending in the frontier; the next run takes it."""
    import logging

    from scrapy.utils.defer import deferred_from_coro

    if getattr(crawler, "huunghi_database_gone", None):
        return
    crawler.huunghi_database_gone = str(exc)
    logging.getLogger(__name__).error("%s; stopping the crawl, what is left waits in the frontier", exc)
    crawler.stats.set_value("huunghi/database_unavailable", str(exc))
    if crawler.engine is not None and crawler.engine.spider is not None:
        deferred_from_coro(crawler.engine.close_spider_async(reason="database_unavailable"))


class ValidatePipeline:
    def process_item(self, item, spider=None):
        if not item.get("body") and not item.get("lead"):
            raise DropItem(f"no article text: {item.get('url')}")
        if not item.get("title"):
            # Keep the article (its text may be a visit); a headline is made from its lead.
            item["title"] = (item.get("lead") or item.get("body", ""))[:120].rsplit(" ", 1)[0] + "…"
        return item


class StorePipeline:
    """Each article in its own transaction: a killed crawl loses at most the pages in flight."""

    def __init__(self, database_url: str, stats):
        self.database_url = database_url
        self.stats = stats
        self.db: Database | None = None
        self.source_ids: dict[str, tuple[int | None, str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        url = crawler.settings.get("HUUNGHI_DATABASE_URL")
        if not url:
            raise NotConfigured("HUUNGHI_DATABASE_URL is not set")
        pipeline = cls(url, crawler.stats)
        pipeline.crawler = crawler
        return pipeline

    @property
    def spider(self):
        return getattr(getattr(self, "crawler", None), "spider", None)

    def open_spider(self, spider=None):
        self.db = Database(self.database_url)

    def close_spider(self, spider=None):
        if self.db is not None:
            self.db.dispose()

    def process_item(self, item, spider=None):
        from sqlalchemy import select

        from huunghi.db import Source

        fields = ArticleFields(
            url=item["url"], canonical_url=item.get("canonical_url"), title=item["title"], body=item.get("body", ""), lead=item.get("lead", ""),
            published=item.get("published"), author=item.get("author"),
        )
        def store() -> tuple[bool, bool]:
            with self.db.session() as session:
                if item["source"] not in self.source_ids:
                    row = session.execute(select(Source.id, Source.province).where(Source.name == item["source"])).first()
                    self.source_ids[item["source"]] = tuple(row) if row else (None, None)
                source_id, fields.source_province = self.source_ids[item["source"]]
                stored = insert_article(session, source_id, fields)
                if item.get("canonical_url"):
                    # the frontier learns it is done in the transaction that stored it
                    frontier.settle(session, item["canonical_url"], "stored", now=utcnow())
                return stored is not None, bool(stored and stored.relevant)

        count = getattr(spider or getattr(self, "spider", None), "_inc", None) or (
            lambda key, n=1, source=None: self.stats.inc_value(f"huunghi/{key}", n))
        try:
            # (the transaction is whole or nothing: trying it again cannot store an article twice)
            new, relevant = with_retry(store, f"storing {item['url']}")
        except DatabaseUnavailable as exc:
            stop_for_database(self.crawler, exc)
            raise DropItem(f"database unreachable, left pending for the next run: {item['url']}") from None
        except Exception as exc:
            # A page the store cannot take (a value the database refuses, a fault of ours) is counted and said, never
            # silent; the frontier marks it failed, so that later runs try it again with back-off, then give it up.
            reason = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0][:300]
            count("errors/store_failed", source=item["source"])
            logging.getLogger(__name__).error("could not store %s: %s", item["url"], reason)
            if item.get("canonical_url"):
                def failed() -> None:
                    with self.db.session() as session:
                        frontier.settle(session, item["canonical_url"], "failed", error=f"store_failed: {reason}", now=utcnow())

                with contextlib.suppress(Exception):
                    with_retry(failed, f"noting that {item['url']} could not be stored")
            raise DropItem(f"could not store {item['url']}: {reason}") from None
        if not new:
            count("duplicates", source=item["source"])
            raise DropItem(f"already stored: {item['url']}")
        count("new_articles", source=item["source"])
        if relevant:
            count("relevant_articles", source=item["source"])
        item["relevant"] = relevant
        return item


class ReportPipeline:
    """`huunghi sources test`: what extraction and the classifier make of each page, stored nowhere."""

    def process_item(self, item, spider=None):
        from crawler.run import emit
        from huunghi.classify.api import analyse_article

        c, info = analyse_article(item.get("title") or "", item.get("body") or "", item["url"], item.get("published"))
        emit(
            "tested", source=item["source"], url=item["url"], title=item.get("title"),
            published=item.get("published"), author=item.get("author"), lead=(item.get("lead") or "")[:200],
            body_start=" ".join((item.get("body") or "").split()[:40]), body_chars=len(item.get("body") or ""),
            missing=item.get("missing", []), relevant=c.relevant, score=c.score,
            visit=info.as_json() if info else None,
        )
        return item
