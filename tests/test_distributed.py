"""Scale-out on real Redis and PostgreSQL: many workers, nothing fetched or stored twice."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from crawler.runner import run_distributed
from crawler.sample_sites import SiteServer, bulletin_site
from huunghi.db import Article, Visit
from huunghi.ingest import ArticleFields, store_article
from huunghi.sources import Source

REDIS_URL = os.environ.get("HUUNGHI_TEST_REDIS_URL")
FAST = '{"HUUNGHI_POLITE": false, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": false, "LOG_LEVEL": "INFO"}'


@pytest.fixture
def redis_url():
    if not REDIS_URL:
        pytest.skip("distributed tests need HUUNGHI_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/15)")
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"Redis at HUUNGHI_TEST_REDIS_URL is not reachable: {exc}")
    client.flushdb()
    yield REDIS_URL
    client.flushdb()


def big_site(n: int, delay: float = 0.01) -> SiteServer:
    return bulletin_site(n, delay)


class Worker:
    """`huunghi worker` in its own process, its output in a file (a pipe nobody reads while the
    worker runs would fill up and freeze it)."""

    def __init__(self, app, redis_url, idle_exit=4, settings=FAST):
        import tempfile

        env = {**os.environ, "DATABASE_URL": app.settings.database_url, "REDIS_URL": redis_url,
               "HUUNGHI_CONFIG": str(app.settings.huunghi_config), "HUUNGHI_DATA_DIR": str(app.settings.data_dir),
               "HUUNGHI_CRAWL_SETTINGS": settings}
        self.log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)  # noqa: SIM115 (the worker writes it)
        self.proc = subprocess.Popen([sys.executable, "-m", "huunghi.cli", "worker", "--idle-exit", str(idle_exit)],
                                     env=env, stdout=self.log, stderr=subprocess.STDOUT, text=True)

    @property
    def returncode(self):
        return self.proc.returncode

    def communicate(self, timeout=None) -> tuple[str, str]:
        self.proc.wait(timeout=timeout)
        with open(self.log.name, encoding="utf-8") as fh:
            out = fh.read()
        os.unlink(self.log.name)
        return "", out

    def send_signal(self, sig) -> None:
        self.proc.send_signal(sig)


def worker(app, redis_url, idle_exit=4, settings=FAST) -> Worker:
    return Worker(app, redis_url, idle_exit, settings)


def new_articles_of(stderr: str) -> int:
    found = re.findall(r"'huunghi/new_articles': (\d+)", stderr)
    return int(found[-1]) if found else 0


def article_requests(srv) -> dict[str, int]:
    return {p: n for p, n in srv.hits.items() if p.startswith("/tin-")}


def count(app, model=Article) -> int:
    with app.db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.mark.postgres
@pytest.mark.redis
def test_two_workers_share_the_work_and_nothing_is_fetched_or_stored_twice(pg_app, redis_url):
    srv = big_site(300, delay=0.05)
    try:
        src = Source(name="big", title="Big", province="Sơn La", url=srv.base + "/", feeds=[srv.base + "/rss.xml"], max_articles=1000)
        # Four requests in flight per worker: one worker alone would need several seconds, so the
        # second, starting a moment later, gets its share whatever the start-up order.
        slow = FAST[:-1] + ', "CONCURRENT_REQUESTS": 4}'
        workers = [worker(pg_app, redis_url, idle_exit=8, settings=slow) for _ in range(2)]
        run_distributed([src], database_url=pg_app.settings.database_url, redis_url=redis_url, wait=False)
        outputs = [w.communicate(timeout=240) for w in workers]
        assert all(w.returncode == 0 for w in workers), [o[1][-2000:] for o in outputs]
        hits = article_requests(srv)
        assert len(hits) == 300 and set(hits.values()) == {1}, "every article URL requested once in total"
        assert count(pg_app) == 300
        shares = [new_articles_of(err) for _, err in outputs]
        assert sum(shares) == 300 and min(shares) > 0, shares
    finally:
        srv.stop()


@pytest.mark.postgres
@pytest.mark.redis
def test_a_killed_worker_loses_nothing_for_good(pg_app, redis_url):
    srv = big_site(150, delay=0.05)
    try:
        src = Source(name="big", title="Big", province="Sơn La", url=srv.base + "/", feeds=[srv.base + "/rss.xml"], max_articles=1000)
        run_distributed([src], database_url=pg_app.settings.database_url, redis_url=redis_url, wait=False)
        first = worker(pg_app, redis_url)
        end = time.monotonic() + 60
        while count(pg_app) < 40 and time.monotonic() < end:
            time.sleep(0.1)
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)
        killed_at = count(pg_app)
        assert 0 < killed_at < 150
        # another worker finishes the queue; what the dead one held in flight is found by the next run
        second = worker(pg_app, redis_url)
        second.communicate(timeout=240)
        result = run_distributed([src], database_url=pg_app.settings.database_url, redis_url=redis_url, wait=False)
        assert result.seeded == 1 + (150 - count(pg_app)), "the feed, and what the frontier still holds"
        third = worker(pg_app, redis_url)
        third.communicate(timeout=240)
        assert count(pg_app) == 150
        with pg_app.db.session() as s:
            assert s.scalar(select(func.count(func.distinct(Article.canonical_url)))) == 150
            assert s.scalar(select(func.count()).select_from(Article).where(Article.body == "")) == 0
    finally:
        srv.stop()


@pytest.mark.postgres
def test_concurrent_merging_of_one_visit_yields_one_visit(pg_app):
    texts = [f"Ngày 12/10, Đoàn đại biểu tỉnh U Đôm Xay (Lào) đã đến thăm và làm việc tại tỉnh Lai Châu. Bản tin số {i}."
             for i in range(8)]
    barrier = threading.Barrier(len(texts))
    errors = []

    def store(i):
        try:
            barrier.wait()
            with pg_app.db.session() as s:
                store_article(s, None, ArticleFields(f"http://outlet{i}.vn/tin-{i}", f"Tin {i}", texts[i],
                                                     datetime(2025, 10, 12, 9, tzinfo=UTC)))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=store, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert count(pg_app, Visit) == 1 and count(pg_app) == 8


@pytest.mark.postgres
def test_the_same_article_stored_at_once_by_two_workers_is_one_row(pg_app):
    barrier = threading.Barrier(6)
    results = []

    def store():
        barrier.wait()
        with pg_app.db.session() as s:
            results.append(store_article(s, None, ArticleFields("http://x.vn/a-1?utm_source=z", "Tin", "Nội dung tin tức dài.",
                                                                datetime(2025, 10, 12, tzinfo=UTC))) is not None)

    threads = [threading.Thread(target=store) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False] * 5 + [True] and count(pg_app) == 1


def test_worker_needs_redis(app):
    from click.testing import CliRunner

    from huunghi.cli import main

    r = CliRunner().invoke(main, ["worker"], obj=app)
    assert r.exit_code == 2 and "needs REDIS_URL" in r.output


@pytest.mark.postgres
@pytest.mark.redis
def test_a_distributed_crawl_is_as_complete_as_a_local_one_even_when_a_worker_dies(pg_app, redis_url):
    """Paged listings (numbered, and next-links) and a feed, two workers, one SIGKILLed halfway:
    the run ends (nothing queued, no worker holding a request), and the next run completes it."""
    from crawler.sample_sites import archive_site, archive_source
    from huunghi.db import FrontierURL
    from tests.conftest import write_sources

    now = datetime.now(UTC)
    sites = {"listing": archive_site(48, "listing", now=now, latency=0.03, per_page=8),
             "portal": archive_site(56, "portal", now=now, latency=0.03, per_page=8),
             "feed": archive_site(50, "feed", now=now, latency=0.03)}
    try:
        entries = [archive_source(srv, name, name) for name, srv in sites.items()]
        write_sources(pg_app.settings.huunghi_config, entries)
        srcs = [Source.model_validate(e) for e in entries]
        steady, doomed = worker(pg_app, redis_url, idle_exit=30), worker(pg_app, redis_url, idle_exit=30)
        done = threading.Event()
        outcome = {}

        def follow():
            outcome["result"] = run_distributed(srcs, database_url=pg_app.settings.database_url, redis_url=redis_url,
                                                time_limit=180)
            done.set()

        threading.Thread(target=follow, daemon=True).start()
        end = time.monotonic() + 60
        while count(pg_app) < 40 and time.monotonic() < end:
            time.sleep(0.05)
        doomed.send_signal(signal.SIGKILL)
        doomed.communicate(timeout=30)
        assert done.wait(180), "the run ends although a worker died holding requests"
        first = outcome["result"]
        assert not first.killed
        # the next run takes what the dead worker held (the frontier) and finishes the listings
        second = run_distributed(srcs, database_url=pg_app.settings.database_url, redis_url=redis_url, time_limit=180)
        assert not second.killed
        steady.send_signal(signal.SIGTERM)
        steady.communicate(timeout=60)
        with pg_app.db.session() as s:
            assert s.scalar(select(func.count(func.distinct(Article.canonical_url)))) == 154 == count(pg_app)
            states = dict(s.execute(select(FrontierURL.state, func.count()).group_by(FrontierURL.state)).all())
        assert states == {"stored": 154}
        hits = {(name, p): n for name, srv in sites.items() for p, n in srv.hits.items() if p.startswith("/bai-viet/")}
        assert len(hits) == 154
        assert sum(n - 1 for n in hits.values()) <= 16, "at most the requests the dead worker held are fetched again"
    finally:
        for srv in sites.values():
            srv.stop()
