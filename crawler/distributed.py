"""Distributed crawling on scrapy-redis: a shared request queue and duplicate filter in Redis.

`huunghi crawl` (with REDIS_URL) seeds each source's discovery URLs; any number of
`huunghi worker` processes take requests from the queue. PostgreSQL is the shared store: the
database, not timing, keeps articles unique and visits whole (see huunghi.ingest).
"""

from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

import redis
import scrapy
from scrapy import signals
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
BUSY_KEY = f"{PREFIX}:busy:%s"  # per worker, refreshed while it holds requests (expires when it dies)
BUSY_TTL = 10  # seconds a silent worker still counts as busy (a killed one delays the end this long)


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
        spider.worker_id = f"{socket.gethostname()}-{os.getpid()}"
        crawler.signals.connect(spider._start_heartbeat, signal=signals.spider_opened)
        crawler.signals.connect(spider._stop_heartbeat, signal=signals.spider_closed)
        crawler.signals.connect(spider._mark_busy, signal=signals.request_reached_downloader)
        return spider

    def _mark_busy(self, request=None, spider=None) -> None:
        """The moment a request leaves the shared queue for this worker, the worker says it holds it
        (timers may fire late; this does not wait for the next heartbeat)."""
        self.server.set(BUSY_KEY % self.worker_id, int(time.time()), ex=BUSY_TTL)

    def _start_heartbeat(self, spider=None):
        from twisted.internet import task

        self._beat = task.LoopingCall(self._heartbeat)
        self._beat.start(0.5, now=True)

    def _stop_heartbeat(self, spider=None, reason=None):
        if getattr(self, "_beat", None) is not None and self._beat.running:
            self._beat.stop()
        self.server.delete(BUSY_KEY % self.worker_id)

    def _heartbeat(self) -> None:
        """Keep saying in Redis that this worker holds requests, or stop saying it once it holds none:
        a run is over only when no worker holds any (a killed worker's word expires after BUSY_TTL
        seconds; what it held waits in the frontier for the next run)."""
        engine = self.crawler.engine
        try:
            busy = engine.spider is not None and not engine.spider_is_idle()
        except RuntimeError:  # the engine is starting or stopping
            busy = False
        if busy:
            self.server.set(BUSY_KEY % self.worker_id, int(time.time()), ex=BUSY_TTL)
        else:
            self.server.delete(BUSY_KEY % self.worker_id)

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
        if seed["kind"] == "article":  # a URL an earlier run found and did not finish
            published = datetime.fromisoformat(seed["published"]) if seed.get("published") else None
            request = self._request(seed["url"], seed["canonical"], src, published, seed.get("found_on"))
            request.meta["run"] = seed["run"]
            return request
        callback = {"feed": self.parse_feed, "sitemap": self.parse_sitemap, "listing": self.parse_listing}[seed["kind"]]
        extra = {"listing": seed.get("listing", seed["url"]), "page": seed.get("page", 1)} if seed["kind"] == "listing" else {}
        if seed.get("resumed"):  # a listing page an interrupted run was about to read
            return scrapy.Request(seed["url"], callback=self.parse_listing, errback=self.on_error, dont_filter=True,
                                  meta=self._meta(src, run=seed["run"], discovery=True, resumed=True, **extra))
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


def seed_crawl(client: redis.Redis, sources: list[Source], run_id: str, pending: list[dict] | None = None) -> SeedResult:
    """Start a distributed run: fresh duplicate filter, the sources' configs, the URLs the frontier
    still holds (``pending``: article seeds, fetched first) and the discovery URLs."""
    busy = client.zcard(QUEUE_KEY) or client.llen(START_KEY)
    if busy:
        raise RuntimeError(f"a distributed crawl is still in progress ({busy} requests queued); wait for the workers")
    pipe = client.pipeline(transaction=True)
    # Fingerprints of the previous run would hide pages a killed worker never finished.
    pipe.delete(DUPEFILTER_KEY)
    pipe.set(RUN_KEY, run_id)
    for src in sources:
        pipe.hset(SOURCES_KEY, src.name, src.model_dump_json())
    batch = [*(pending or []), *seeds(sources, run_id)]
    for seed in batch:
        pipe.rpush(START_KEY, json.dumps(seed))  # (taken from the left: in this order)
    pipe.execute()
    return SeedResult(run_id, len(batch))


def run_stats(client: redis.Redis, run_id: str) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for key, value in client.hgetall(STATS_KEY % run_id).items():
        source, figure = key.decode().split("/", 1)
        out.setdefault(source, {})[figure] = int(value)
    return out


def busy_workers(client: redis.Redis) -> int:
    return sum(1 for _ in client.scan_iter(BUSY_KEY % "*"))


def wait_drained(client: redis.Redis, run_id: str, *, timeout: float | None = None, poll: float = 0.5,
                 confirm: float = 1.5) -> bool:
    """Wait until the run is over: nothing queued, no seed left and no worker holding a request,
    seen so for ``confirm`` seconds (a worker that just took the last seed has not said so yet).
    A killed worker holds nothing once its heartbeat expires; its URLs wait in the frontier."""
    start = time.monotonic()
    quiet_since = None
    while timeout is None or time.monotonic() - start < timeout:
        idle = not client.zcard(QUEUE_KEY) and not client.llen(START_KEY) and not busy_workers(client)
        if not idle:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= confirm:
            return True
        time.sleep(poll)
    return False


def new_run_id() -> str:
    import uuid

    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
