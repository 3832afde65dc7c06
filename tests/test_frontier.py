"""Nothing discovered is ever lost: the persistent frontier, with real `huunghi crawl` processes
killed, timed out and limited, against local sites written for these tests."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from crawler.sample_sites import archive_site, archive_source
from huunghi.db import Article, FrontierURL
from tests.conftest import write_sources

NOW = datetime.now(UTC)
FAST = {"HUUNGHI_POLITE": False, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_TIMEOUT": 5,
        "RETRY_TIMES": 0, "CONCURRENT_REQUESTS": 4}
ARTICLE_RE = re.compile(r"^/bai-viet/")


def env_for(app) -> dict:
    return {**os.environ, "DATABASE_URL": app.settings.database_url, "HUUNGHI_CONFIG": str(app.settings.huunghi_config),
            "HUUNGHI_DATA_DIR": str(app.settings.data_dir), "HUUNGHI_SECRET": "s",
            "HUUNGHI_CRAWL_SETTINGS": json.dumps(FAST)}


def crawl(app, *args, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "huunghi.cli", "crawl", *args], env=env_for(app),
                          capture_output=True, text=True, timeout=timeout)


def fetches(srv) -> dict[str, int]:
    return {p: n for p, n in srv.hits.items() if ARTICLE_RE.match(p)}


def stored_urls(app) -> list[str]:
    with app.db.session() as s:
        return list(s.scalars(select(Article.url)))


def states(app) -> dict[str, int]:
    with app.db.session() as s:
        return dict(s.execute(select(FrontierURL.state, func.count()).group_by(FrontierURL.state)).all())


def frontier_of(app) -> dict[str, int]:
    """What `huunghi sources list --json` says the frontier holds for the one source."""
    listed = subprocess.run([sys.executable, "-m", "huunghi.cli", "sources", "list", "--json"], env=env_for(app),
                            capture_output=True, text=True, timeout=60)
    return json.loads(listed.stdout)[0]["frontier"]


def kill_after(app, srv, n_pages: int, *args) -> None:
    """Start `huunghi crawl`, SIGKILL it (and its crawl child) once ``n_pages`` article pages were asked for."""
    proc = subprocess.Popen([sys.executable, "-m", "huunghi.cli", "crawl", *args], env=env_for(app),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while sum(fetches(srv).values()) < n_pages and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)


@pytest.fixture
def sites():
    made = []

    def make(*args, **kw):
        srv = archive_site(*args, now=NOW, **kw)
        made.append(srv)
        return srv

    yield make
    for srv in made:
        srv.stop()


@pytest.mark.parametrize("layout", ["feed", "listing"])
def test_a_killed_crawl_loses_nothing_and_fetches_nothing_twice(app, sites, layout):
    srv = sites(40, layout, latency=0.05)
    write_sources(app.settings.huunghi_config, [archive_source(srv, "site", layout, concurrency=2)])
    kill_after(app, srv, 12)
    first = len(stored_urls(app))
    assert 0 < first < 40, "the crawl was killed halfway"
    done = crawl(app)
    assert done.returncode == 0, done.stderr[-2000:]
    urls = stored_urls(app)
    assert len(urls) == len(set(urls)) == 40, "every article stored, exactly once"
    hits = fetches(srv)
    in_flight = sum(n - 1 for n in hits.values())
    assert in_flight <= 4, f"only pages in flight when the crawl was killed are fetched again ({in_flight})"
    assert states(app) == {"stored": 40}
    again = crawl(app)
    assert again.returncode == 0 and fetches(srv) == hits, "a third crawl fetches no article"


def test_the_time_limit_and_max_articles_leave_the_rest_for_the_next_run(app, sites):
    srv = sites(30, "feed", latency=0.02)
    write_sources(app.settings.huunghi_config, [archive_source(srv, "site", "feed", max_articles=12)])
    first = crawl(app)
    assert first.returncode == 0, first.stderr[-2000:]
    assert len(stored_urls(app)) == 12
    assert states(app) == {"stored": 12, "pending": 18}
    assert frontier_of(app) == {"pending": 18, "skipped": 0, "failed": 0, "given_up": 0}
    crawl(app)
    crawl(app)
    assert len(set(stored_urls(app))) == 30
    assert all(n == 1 for n in fetches(srv).values()) and len(fetches(srv)) == 30
    # a time limit ends a crawl cleanly; what it did not reach waits in the frontier
    slow = sites(60, "sitemap", latency=0.4)  # two pages in flight: twelve seconds in all
    write_sources(app.settings.huunghi_config, [archive_source(slow, "slow", "sitemap", concurrency=1)])
    limited = crawl(app, "--time-limit", "6")  # room for a slow start; the whole would take twelve
    assert "time limit" in limited.stdout
    partial = len(stored_urls(app)) - 30
    assert 0 < partial < 60
    while len(stored_urls(app)) < 90:
        before = len(stored_urls(app))
        crawl(app, "--time-limit", "30")
        assert len(stored_urls(app)) > before
    assert sum(fetches(slow).values()) <= 60 + 2, "only the pages in flight at the time limit are fetched again"


def test_a_first_crawl_of_a_listing_reaches_back_its_look_back_and_a_later_one_stops_at_known_pages(app, sites):
    """The listing shows its items' dates: paging stops once they are older than the look-back."""
    srv = sites(60, "listing", per_page=8)
    write_sources(app.settings.huunghi_config, [archive_source(srv, "site", "listing", lookback_days=30)])
    done = crawl(app)
    assert done.returncode == 0, done.stderr[-2000:]
    with app.db.session() as s:
        dates = list(s.scalars(select(Article.published)))
    within = [d for d in dates if d >= NOW - timedelta(days=30)]
    assert len(within) == 30, "every article of the last 30 days (one a day)"
    assert len(dates) <= 30 + 8, "and no page beyond the one that crossed the look-back"
    listing_pages = [p for p in srv.hits if p.startswith("/tin-tuc")]
    assert len(listing_pages) == 4, f"paging stopped at the look-back, not at the end ({listing_pages})"
    srv.hits.clear()
    crawl(app)
    assert [p for p in srv.hits if p.startswith("/tin-tuc")] == ["/tin-tuc"], "nothing new on page 1: no more paging"


def test_pages_that_fail_are_retried_with_back_off_and_given_up_in_the_end(app, sites):
    from huunghi import frontier

    srv = sites(10, "feed", fail_every=5)
    write_sources(app.settings.huunghi_config, [archive_source(srv, "site", "feed")])
    crawl(app)
    assert states(app) == {"stored": 8, "failed": 2}
    with app.db.session() as s:
        failed = list(s.scalars(select(FrontierURL).where(FrontierURL.state == "failed")))
        assert all(f.attempts == 1 and f.last_error == "http_500" and f.next_try_at > NOW for f in failed)
        for f in failed:  # their back-off is over
            f.next_try_at = NOW - timedelta(minutes=1)
    crawl(app)
    assert states(app) == {"stored": 10}
    # a page that keeps failing is given up after MAX_ATTEMPTS runs, and said so; a page gone (404)
    # is skipped at once
    from crawler.sample_sites import Route

    with app.db.session() as s:
        broken, gone = s.scalars(select(FrontierURL).order_by(FrontierURL.id).limit(2)).all()
        broken.state = gone.state = "pending"
        for row in (broken, gone):
            s.execute(Article.__table__.delete().where(Article.canonical_url == row.canonical_url))
        srv.routes[broken.url.split(str(srv.port), 1)[1]] = Route(b"oops", status=503)
        del srv.routes[gone.url.split(str(srv.port), 1)[1]]
    for _ in range(frontier.MAX_ATTEMPTS):
        with app.db.session() as s:
            s.execute(update(FrontierURL).values(next_try_at=None))
        crawl(app)
    assert states(app) == {"stored": 8, "given_up": 1, "skipped": 1}
    assert frontier_of(app) == {"pending": 0, "skipped": 1, "failed": 0, "given_up": 1}


def test_an_undated_listing_is_read_to_its_end_within_max_pages(app, sites):
    srv = sites(40, "portal", per_page=8)
    write_sources(app.settings.huunghi_config, [archive_source(srv, "site", "portal", lookback_days=10, max_pages=4)])
    crawl(app)
    assert len(stored_urls(app)) == 32, "four pages of eight: max_pages is the bound"
    assert [p for p in srv.hits if p.startswith("/danh-muc")] == ["/danh-muc", *(f"/danh-muc?trang={k}" for k in (2, 3, 4))]


def _stored_count(app) -> int:
    from sqlalchemy.exc import DBAPIError

    with contextlib.suppress(DBAPIError), app.db.session() as s:
        return s.scalar(select(func.count()).select_from(Article))
    return -1


@pytest.mark.postgres
@pytest.mark.parametrize("outage,budget", [(3, 60), (10, 2)], ids=["rides-out", "gives-up"])
def test_a_database_that_goes_away_mid_crawl_loses_nothing(pg_behind_proxy, sites, outage, budget):
    app, proxy = pg_behind_proxy
    srv = sites(30, "feed", latency=0.08)
    write_sources(app.settings.huunghi_config, [archive_source(srv, "site", "feed", concurrency=2)])
    env = {**env_for(app), "HUUNGHI_DB_RETRY_SECONDS": str(budget)}
    proc = subprocess.Popen([sys.executable, "-m", "huunghi.cli", "crawl"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    end = time.monotonic() + 60
    while _stored_count(app) < 8 and time.monotonic() < end:
        time.sleep(0.05)
    proxy.down()  # PostgreSQL "restarts"
    time.sleep(outage)
    app.db.engine.dispose()
    proxy.up()
    out, err = proc.communicate(timeout=180)
    if budget > outage:
        assert proc.returncode == 0, err[-2000:]
    else:
        assert proc.returncode == 75, err[-2000:]
        assert "waits in the frontier" in err
        again = crawl(app)
        assert again.returncode == 0, again.stderr[-2000:]
    urls = stored_urls(app)
    assert len(urls) == len(set(urls)) == 30
    assert sum(n - 1 for n in fetches(srv).values()) <= 4, "only what was in flight is fetched again"
    assert states(app) == {"stored": 30}


@pytest.mark.postgres
def test_a_link_too_long_to_keep_costs_only_itself(pg_app, sites):
    """PostgreSQL refuses an address longer than its column: a listing with one such link (hostile or
    broken) still has every other link recorded and fetched, and the long one is skipped with its reason."""

    app = pg_app
    srv = sites(6, "listing")
    long_path = "/bai-viet/" + "rat-dai-" * 300 + "1.html"
    srv.routes[long_path] = srv.routes["/bai-viet/ban-tin-so-0-20000.html"]
    listing = srv.routes["/tin-tuc"]
    listing.body = listing.body.replace(b"<ul>", f"<ul><li><a href='{long_path}'>Bản tin rất dài</a></li>".encode(), 1)
    write_sources(app.settings.huunghi_config, [archive_source(srv, "site", "listing")])
    done = crawl(app)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(stored_urls(app)) == 6, "the other links of the listing are not lost with the long one"
    assert long_path not in srv.hits
    assert "url_too_long ×1" in done.stdout, "the operator sees what was skipped"


@pytest.mark.postgres
def test_oversized_validators_and_bylines_cost_nothing(pg_app, sites):
    """A feed answering with an ETag longer than any real one, and pages whose byline runs on for hundreds of
    characters: PostgreSQL refuses values longer than their columns, which must cost neither the feed's links nor
    the articles (they are kept without the useless validator, with the byline cut)."""
    app = pg_app
    srv = sites(5, "feed")
    srv.routes["/rss.xml"].etag = '"' + "e" * 400 + '"'
    byline = "Nhóm phóng viên " + "và cộng tác viên " * 40
    for path, route in list(srv.routes.items()):
        if path.startswith("/bai-viet/"):
            handler = route.handler

            def with_byline(request, handler=handler):
                page = handler(request)
                page.body = page.body.replace(b"<head>", f"<head><meta name='author' content='{byline}'>".encode(), 1)
                return page

            route.handler = with_byline
    write_sources(app.settings.huunghi_config, [archive_source(srv, "site", "feed")])
    done = crawl(app)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(stored_urls(app)) == 5, "every article of the feed stored"
    with app.db.session() as s:
        authors = set(s.scalars(select(Article.author)))
    assert len(authors) == 1 and next(iter(authors)).startswith("Nhóm phóng viên") and len(next(iter(authors))) <= 300


@pytest.mark.postgres
def test_a_page_the_database_refuses_is_counted_said_and_tried_again_later(pg_app, sites):
    """Whatever the cause (here a trigger of the database itself refusing one row), a page that cannot be stored
    is never a silent loss: the run counts it, says why, stores the others, and the frontier keeps it as failed
    for a later run to try again."""
    from sqlalchemy import text

    app = pg_app
    app.db.ensure_schema()
    with app.db.engine.begin() as conn:
        conn.execute(text("CREATE FUNCTION refuse_one() RETURNS trigger AS $$ BEGIN IF NEW.title LIKE 'Bản tin số 2:%' THEN "
                          "RAISE EXCEPTION 'this row is refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"))
        conn.execute(text("CREATE TRIGGER refuse_one BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse_one()"))
    srv = sites(4, "feed")
    write_sources(app.settings.huunghi_config, [archive_source(srv, "site", "feed")])
    done = crawl(app)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(stored_urls(app)) == 3
    assert "store_failed ×1" in done.stdout, done.stdout
    with app.db.session() as s:
        refused = s.execute(select(FrontierURL.state, FrontierURL.last_error).where(FrontierURL.url.like("%ban-tin-so-2-%"))).one()
    assert refused.state == "failed" and "this row is refused" in refused.last_error
