"""Distributed crawling on scrapy-redis: a shared request queue and duplicate filter in Redis.

`huunghi crawl` (with REDIS_URL) seeds each source's discovery URLs; any number of
`huunghi worker` processes take requests from the queue. PostgreSQL is the shared store: the
database, not timing, keeps articles unique and visits whole (see huunghi.ingest).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

import redis
from scrapy_redis.spiders import RedisMixin

from crawler.spider import SourceSpider
from huunghi.sources import Source

PREFIX = "huunghi"
START_KEY = f"{PREFIX}:start"  # seeds: one JSON object per discovery URL
QUEUE_KEY = f"{PREFIX}:requests"  # scrapy-redis request queue
DUPEFILTER_KEY = f"{PREFIX}:dupefilter"  # scrapy-redis fingerprints, one set per crawl run
SOURCES_KEY = f"{PREFIX}:sources"  # source name -> its configuration (JSON)
STATS_KEY = f"{PREFIX}:stats:%s"  # per run: "source/figure" -> count
RUN_KEY = f"{PREFIX}:run"  # the current run id


def redis_settings(redis_url: str, idle_exit: int = 0) -> dict:
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,  # the queue outlives any one worker
        "SCHEDULER_QUEUE_KEY": QUEUE_KEY,
        "SCHEDULER_DUPEFILTER_KEY": DUPEFILTER_KEY,
        "REDIS_URL": redis_url,
        "REDIS_START_URLS_KEY": START_KEY,
        "MAX_IDLE_TIME_BEFORE_CLOSE": idle_exit,
    }


class DistributedSpider(RedisMixin, SourceSpider):
    """The same generic spider, fed from Redis; it learns each source's configuration from Redis."""

    name = "huunghi-dist"
    redis_key = START_KEY

    def __init__(self, database_url: str, now: str | None = None, **kwargs):
        super().__init__(database_url=database_url, now=now, sources=[], **kwargs)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup_redis(crawler)
        # scrapy-redis counts idleness from import time; a worker is idle from when it starts.
        spider.spider_idle_start_time = int(time.time())
        return spider

    def spider_idle(self):
        """Idle means nothing to do anywhere: no seeds and no shared requests waiting, so that
        `--idle-exit` never ends a worker while another one is still filling the queue."""
        if self.server.llen(START_KEY) or self.server.zcard(QUEUE_KEY):
            self.spider_idle_start_time = int(time.time())
        return super().spider_idle()

    async def start(self):
        self.load_validators()
        for request in self.next_requests():
            yield request

    def load_source(self, name: str) -> Source:
        raw = self.server.hget(SOURCES_KEY, name)
        if raw is None:
            raise KeyError(f"source {name!r} is not in Redis ({SOURCES_KEY})")
        src = Source.model_validate_json(raw)
        self.sources[name] = src
        # The source's own politeness, per host slot, as in a local crawl.
        if self.crawler.settings.getbool("HUUNGHI_POLITE", True):
            for host in src.domains:
                self.crawler.engine.downloader.per_slot_settings[host] = {
                    "delay": src.download_delay, "concurrency": src.concurrency}
        self.allowed_domains = sorted({*self.allowed_domains, *src.domains})
        # OffsiteMiddleware caches its domain regex: refresh it for the new source's hosts.
        for mw in self.crawler.engine.downloader.middleware.middlewares:
            if hasattr(mw, "spider_opened") and type(mw).__name__ == "OffsiteMiddleware":
                mw.spider_opened(self)
        return src

    def make_request_from_data(self, data):
        seed = json.loads(data)
        src = self.sources.get(seed["source"]) or self.load_source(seed["source"])
        callback = {"feed": self.parse_feed, "sitemap": self.parse_sitemap, "listing": self.parse_listing}[seed["kind"]]
        extra = {"listing": seed["url"], "page": 1} if seed["kind"] == "listing" else {}
        if seed["kind"] == "sitemap":
            extra["depth"] = 0
        return self._conditional(seed["url"], callback, src, run=seed["run"], **extra)

    def _meta(self, src: Source, **extra) -> dict:
        run = extra.pop("run", None) or self.server.get(RUN_KEY)
        return {"source": src.name, "run": run.decode() if isinstance(run, bytes) else run, **extra}

    def _inc(self, key: str, n: int = 1, source: str | None = None) -> None:
        super()._inc(key, n)
        run = self.server.get(RUN_KEY)
        if run and source:
            self.server.hincrby(STATS_KEY % run.decode(), f"{source}/{key}", n)


def seeds(sources: list[Source], run_id: str) -> list[dict]:
    out = []
    for src in sources:
        out += [{"kind": "feed", "url": u, "source": src.name, "run": run_id} for u in src.feeds]
        out += [{"kind": "sitemap", "url": u, "source": src.name, "run": run_id} for u in src.sitemaps]
        listings = src.listings or ([] if (src.feeds or src.sitemaps) else [src.url])
        out += [{"kind": "listing", "url": u, "source": src.name, "run": run_id} for u in listings]
    return out


@dataclass
class SeedResult:
    run_id: str
    seeded: int
    stats: dict[str, dict[str, int]] = field(default_factory=dict)
    drained: bool = False


def seed_crawl(client: redis.Redis, sources: list[Source], run_id: str) -> SeedResult:
    """Start a distributed run: fresh duplicate filter, the sources' configs, their discovery URLs."""
    busy = client.zcard(QUEUE_KEY) or client.llen(START_KEY)
    if busy:
        raise RuntimeError(f"a distributed crawl is still in progress ({busy} requests queued); wait for the workers")
    pipe = client.pipeline(transaction=True)
    # Fingerprints of the previous run would hide pages a killed worker never finished.
    pipe.delete(DUPEFILTER_KEY)
    pipe.set(RUN_KEY, run_id)
    for src in sources:
        pipe.hset(SOURCES_KEY, src.name, src.model_dump_json())
    batch = seeds(sources, run_id)
    for seed in batch:
        pipe.lpush(START_KEY, json.dumps(seed))
    pipe.execute()
    return SeedResult(run_id, len(batch))


def run_stats(client: redis.Redis, run_id: str) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for key, value in client.hgetall(STATS_KEY % run_id).items():
        source, figure = key.decode().split("/", 1)
        out.setdefault(source, {})[figure] = int(value)
    return out


def wait_drained(client: redis.Redis, run_id: str, *, quiet_seconds: float = 10.0, timeout: float | None = None,
                 poll: float = 0.5) -> bool:
    """Wait until the queue is empty and the run's figures stopped moving for ``quiet_seconds``."""
    start = time.monotonic()
    last, last_change = None, time.monotonic()
    while timeout is None or time.monotonic() - start < timeout:
        snapshot = (client.zcard(QUEUE_KEY), client.llen(START_KEY), client.hgetall(STATS_KEY % run_id))
        if snapshot != last:
            last, last_change = snapshot, time.monotonic()
        elif snapshot[0] == 0 and snapshot[1] == 0 and time.monotonic() - last_change >= quiet_seconds:
            return True
        time.sleep(poll)
    return False


def new_run_id() -> str:
    import uuid

    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
