"""Scale-out: one worker against two on the same local sites (politeness off), side by side, each
run followed until it is over (nothing queued, no worker holding a request): a complete crawl of a
paged listing (600 articles, 20 a page) and a feed (400 articles).

Needs the machine's PostgreSQL and Redis (HUUNGHI_BENCH_PG_URL, HUUNGHI_BENCH_REDIS_URL; defaults
127.0.0.1). Pages answer after 150 ms, as a distant provincial server does, and each worker keeps
4 requests in flight: crawling is bound by latency, which is what more workers are for. (On this
2-core machine a CPU-bound setting cannot scale: the site server, PostgreSQL and Redis share the
same two cores with the workers.)
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from _common import drop_database, fresh_database, report
from sqlalchemy import func, select

from crawler.runner import run_distributed
from crawler.sample_sites import archive_site, archive_source
from huunghi.db import Article, Database
from huunghi.sources import Source

REDIS = os.environ.get("HUUNGHI_BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
N = 1000
LATENCY = 0.15
SETTINGS = '{"HUUNGHI_POLITE": false, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": false, "CONCURRENT_REQUESTS": 4, "CONCURRENT_REQUESTS_PER_DOMAIN": 4, "LOG_LEVEL": "WARNING", "ROBOTSTXT_OBEY": false}'


def crawl_with(workers: int) -> float:
    import redis

    redis.Redis.from_url(REDIS).flushdb()
    name, url = fresh_database()
    now = datetime.now(UTC)
    sites = [archive_site(600, "listing", now=now, days_apart=0.01, latency=LATENCY, per_page=20),
             archive_site(400, "feed", now=now, days_apart=0.01, latency=LATENCY)]
    tmp = tempfile.mkdtemp()
    cfg = os.path.join(tmp, "sources.yaml")
    with open(cfg, "w") as fh:
        fh.write("sources: []\n")
    env = {**os.environ, "DATABASE_URL": url, "REDIS_URL": REDIS, "HUUNGHI_CONFIG": cfg, "HUUNGHI_DATA_DIR": tmp,
           "HUUNGHI_CRAWL_SETTINGS": SETTINGS}
    db = Database(url)
    db.ensure_schema()
    try:
        stack = contextlib.ExitStack()
        logs = [stack.enter_context(open(os.path.join(tmp, f"worker{i}.log"), "w")) for i in range(workers)]  # noqa: SIM115
        procs = [subprocess.Popen([sys.executable, "-m", "huunghi.cli", "worker", "--idle-exit", "15"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=log) for log in logs]
        time.sleep(3)  # let the workers start before the clock does
        srcs = [Source.model_validate(archive_source(srv, name, name, max_articles=N))
                for srv, name in zip(sites, ("listing", "feed"), strict=True)]
        start = time.perf_counter()
        result = run_distributed(srcs, database_url=url, redis_url=REDIS, time_limit=600)
        elapsed = time.perf_counter() - start
        with db.session() as s:
            stored = s.scalar(select(func.count()).select_from(Article))
        if stored != N or result.killed:
            raise SystemExit(f"incomplete crawl with {workers} worker(s): {stored} of {N} stored")
        for p in procs:
            p.wait(60)
        stack.close()
        if os.environ.get("HUUNGHI_BENCH_DEBUG"):
            for i in range(workers):
                print(f"worker {i}:", Path(tmp, f"worker{i}.log").read_text()[-1500:])
        return N / elapsed * 60
    finally:
        db.dispose()
        for srv in sites:
            srv.stop()
        drop_database(name)


def main() -> dict:
    one = crawl_with(1)
    two = crawl_with(2)
    report(f"distributed crawl, complete ({N:,} articles: a paged listing and a feed; {LATENCY * 1000:.0f} ms server latency, "
           "4 requests in flight per worker)", [
        ("one worker", f"{one:,.0f} pages/min"),
        ("two workers", f"{two:,.0f} pages/min"),
        ("two / one", f"{two / one:.2f}× (target ≥ 1.6×)"),
    ])
    return {"one": one, "two": two, "ratio": two / one}


if __name__ == "__main__":
    main()
