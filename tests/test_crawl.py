"""The crawler against fixture sites served from 127.0.0.1 (real HTTP, real Scrapy, child process)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from sqlalchemy import func, select

from crawler.runner import run_crawl
from crawler.sample_sites import Route, SiteServer, build_site, sample_articles
from huunghi.db import Article, CrawlRun
from huunghi.sources import Source

FAST = {"HUUNGHI_POLITE": False, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_TIMEOUT": 2,
        "RETRY_BACKOFF_BASE": 0.05, "DOWNLOAD_MAXSIZE": 300_000, "DOWNLOAD_WARNSIZE": 200_000}
NOW = datetime.now(UTC)


def crawl(app, sources, **kw):
    return run_crawl(sources, database_url=app.settings.database_url, data_dir=app.settings.data_dir,
                     contact_url="https://huunghi.example.org/contact", settings={**FAST, **kw.pop("settings", {})}, **kw)


def article_hits(server: SiteServer) -> int:
    return sum(n for path, n in server.hits.items() if "post" in path or path.startswith(("/chinh-tri/", "/index.php/tin-tuc-su-kien/")))


def stored(app) -> list[Article]:
    with app.db.session() as s:
        return list(s.scalars(select(Article).order_by(Article.id)))


@pytest.fixture
def three_sites():
    arts = sample_articles(NOW)
    servers = {}
    for layout, chunk in (("paper", arts[:5]), ("portal", arts[5:9]), ("news", arts[9:])):
        srv = SiteServer()
        srv.routes.update(build_site(layout, chunk, srv.base, per_page=2))
        servers[layout] = srv.start()
    yield servers, arts
    for srv in servers.values():
        srv.stop()


def sources_for(servers):
    p, q, n = servers["paper"].base, servers["portal"].base, servers["news"].base
    return [
        Source(name="paper", title="Báo mẫu", province="Lai Châu", url=p + "/", listings=[p + "/chinh-tri"]),
        Source(name="portal", title="Cổng mẫu", province="Điện Biên", url=q + "/", listings=[q + "/index.php/tin-tuc-su-kien"]),
        Source(name="news", title="Tin mẫu", province="Hà Nội", url=n + "/", feeds=[n + "/rss/home.rss"], sitemaps=[n + "/sitemap.xml"]),
    ]


def test_layouts_incremental_and_conditional_get(app, three_sites):
    servers, arts = three_sites
    srcs = sources_for(servers)
    first = crawl(app, srcs)
    assert first.returncode == 0, first.stderr_tail
    assert {k: v["new_articles"] for k, v in first.sources.items()} == {"paper": 5, "portal": 4, "news": 3}
    got = {a.title for a in stored(app)}
    assert got == {a.title for a in arts}
    # every page was fetched with our user agent, which names the service and its contact URL
    assert all("huunghi" in ua and "huunghi.example.org/contact" in ua for srv in servers.values() for _, ua in srv.log)
    assert all(srv.hits["/robots.txt"] == 1 for srv in servers.values())
    hits_before = {k: article_hits(s) for k, s in servers.items()}
    assert hits_before == {"paper": 5, "portal": 4, "news": 3}  # each article page once, though listed twice

    second = crawl(app, srcs)
    assert {k: article_hits(s) for k, s in servers.items()} == hits_before, "an unchanged site costs 0 article requests"
    assert sum(v["new_articles"] for v in second.sources.values()) == 0
    assert servers["news"].hits["/rss/home.rss"] == 2 and second.sources["news"]["not_modified"] >= 1
    assert second.sources["paper"]["not_modified"] == 1  # the listing answered 304 to If-None-Match
    with app.db.session() as s:
        runs = s.scalars(select(CrawlRun)).all()
        assert len(runs) == 6 and all(r.status == "ok" and r.finished_at for r in runs)


def test_n_new_articles_cost_n_article_requests(app, three_sites):
    servers, arts = three_sites
    srcs = sources_for(servers)
    crawl(app, srcs)
    news = servers["news"]
    before = article_hits(news)
    fresh = sample_articles(NOW, [
        {"key": "n1", "title": "Đoàn đại biểu tỉnh Bò Kẹo thăm tỉnh Điện Biên", "lead": "Ngày {d0}, đoàn đại biểu tỉnh Bò Kẹo (Lào) đã sang thăm và làm việc tại tỉnh Điện Biên.", "paragraphs": ["Hai bên trao đổi kinh nghiệm."], "days_ago": 0, "relevant": True},
        {"key": "n2", "title": "Giá cà phê hôm nay tăng nhẹ ở Tây Nguyên", "lead": "Giá cà phê nhân xô tăng 500 đồng mỗi kg.", "paragraphs": ["Thị trường sôi động."], "days_ago": 0, "relevant": False},
    ], start_id=5000)
    news.routes.update(build_site("news", [a for a in sample_articles(NOW) if a.key in {x.key for x in arts[9:]}] + fresh, news.base))
    result = crawl(app, [srcs[2]])
    assert result.sources["news"]["new_articles"] == 2
    assert article_hits(news) - before == 2
    assert result.sources["news"]["skipped_known"] >= 3


def html(title, body="", date_line="12/10/2025 | 14:30", charset="utf-8"):
    return (f'<html><head><meta charset="{charset}"><title>{title}</title></head><body><h1>{title}</h1>'
            f'<div class="date">{date_line}</div><div class="content"><p>{body or "Nội dung bài viết đủ dài để được xem là phần thân của một bài báo điện tử."}</p>'
            f'<p>Đoạn thứ hai của bài viết.</p></div></body></html>')


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as old Vietnamese sites wrote it: base letters with combining tone marks."""
    import unicodedata

    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = [c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323"]
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(tones))
    return "".join(out).encode("cp1258")


def test_the_bad_cases(app, site):
    base = site.base
    calls = {"flaky": 0}

    def flaky(_):
        calls["flaky"] += 1
        return Route(b"oops", status=500) if calls["flaky"] == 1 else Route(html("Bài viết phục hồi sau lỗi máy chủ").encode())

    def slow(_):
        time.sleep(3)
        return Route(html("Bài chậm").encode())

    legacy = to_cp1258(html("Đoàn đại biểu tỉnh Lai Châu thăm Lào", charset="windows-1258"))
    urls = ["/bai-404-1.html", "/bai-500-2.html", "/bai-cham-3.html", "/vong-lap-4.html", "/rieng-tu/bai-5.html",
            "/bai-qua-lon-6.html", "/tai-lieu-7.html", "/ma-cu-8.html", "/trung-lap-9.html?utm_source=fb",
            "/trung-lap-9.html?fbclid=abc", "/khong-ngay-10.html", "/khong-tieu-de-11.html", "/chuyen-huong-12.html",
            "https://example.org/ngoai-mien-13.html"]
    items = "".join(f"<item><title>t</title><link>{u if u.startswith('http') else base + u}</link></item>" for u in urls)
    site.routes.update({
        "/rss.xml": Route(f"<rss><channel>{items}</channel></rss>".encode(), content_type="application/rss+xml"),
        "/robots.txt": Route(b"User-agent: *\nDisallow: /rieng-tu/\n", content_type="text/plain"),
        "/bai-500-2.html": Route(handler=flaky),
        "/bai-cham-3.html": Route(handler=slow),
        "/vong-lap-4.html": Route(status=302, headers={"Location": "/vong-lap-4b.html"}),
        "/vong-lap-4b.html": Route(status=302, headers={"Location": "/vong-lap-4.html"}),
        "/rieng-tu/bai-5.html": Route(html("Bài bị cấm").encode()),
        "/bai-qua-lon-6.html": Route(html("Bài quá lớn", "x" * 400_000).encode()),
        "/tai-lieu-7.html": Route(b"%PDF-1.4 binary \x00\x01", content_type="application/pdf"),
        "/ma-cu-8.html": Route(legacy, content_type="text/html"),
        "/trung-lap-9.html?*": Route(html("Bài trùng lặp chỉ lấy một lần").encode()),
        "/khong-ngay-10.html": Route(html("Bài không có ngày tháng", date_line="").encode()),
        "/khong-tieu-de-11.html": Route(b"<html><body><div class='content'><p>" + "Bài viết không có tiêu đề nhưng có nội dung dài. ".encode() * 4 + b"</p></div></body></html>"),
        "/chuyen-huong-12.html": Route(status=301, headers={"Location": "https://example.org/bai-khac.html"}),
    })
    src = Source(name="bad", title="Bad", province="Sơn La", url=base + "/", feeds=[base + "/rss.xml"])
    result = crawl(app, [src])
    assert result.returncode == 0, result.stderr_tail
    fig = result.sources["bad"]
    errors = fig["errors"]
    assert errors.get("http_404") == 1
    assert errors.get("timeout", 0) >= 1
    assert errors.get("redirect_loop") == 1
    assert errors.get("offsite_redirect") == 1
    assert errors.get("robots_disallowed") == 1
    assert errors.get("too_large") == 1
    assert errors.get("not_html") == 1
    assert site.hits["/rieng-tu/bai-5.html"] == 0, "robots.txt disallow is obeyed"
    assert calls["flaky"] == 2, "500 then success: retried once"
    titles = {a.title: a for a in stored(app)}
    assert "Bài viết phục hồi sau lỗi máy chủ" in titles
    assert "Đoàn đại biểu tỉnh Lai Châu thăm Lào" in titles, "legacy encoding decoded"
    assert sum(n for p, n in site.hits.items() if p.startswith("/trung-lap-9")) == 1, "tracking-parameter twins fetched once"
    assert [a.url for a in titles.values() if "trung-lap" in a.url] == [base + "/trung-lap-9.html"]
    assert titles["Bài không có ngày tháng"].published is None
    assert any(t.startswith("Bài viết không có tiêu đề") for t in titles), "a page with no title keeps its text"
    assert fig["extraction_failures"] == 2
    assert not any("example.org" in a.url for a in titles.values()), "no off-site page, fetched or redirected to"
    assert fig["new_articles"] == 5


def test_killed_crawl_keeps_what_it_stored_and_a_rerun_completes(app, site):
    base = site.base

    def slow_page(n):
        def handler(_):
            time.sleep(0.8)
            return Route(html(f"Bài viết số {n} về hoạt động của tỉnh").encode())
        return Route(handler=handler)

    links = "".join(f"<item><link>{base}/bai-{n}-{n}000.html</link></item>" for n in range(12))
    site.routes["/rss.xml"] = Route(f"<rss><channel>{links}</channel></rss>".encode(), content_type="application/rss+xml")
    for n in range(12):
        site.routes[f"/bai-{n}-{n}000.html"] = slow_page(n)
    src = Source(name="slow", title="Slow", province="Sơn La", url=base + "/", feeds=[base + "/rss.xml"], concurrency=1)
    # A small delay makes Scrapy hand out one request per slot at a time (see README, "Politeness").
    # kill_grace=0: the child gets SIGKILL at the time limit, as from `kill -9`. 8 s: room for a
    # child that starts slowly (a fresh clone compiles every module first) to store one page of 12.
    first = crawl(app, [src], time_limit=8.0, kill_grace=0, settings={"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 0.01})
    assert first.killed
    kept = len(stored(app))
    assert 0 < kept < 12
    with app.db.session() as s:
        run = s.scalars(select(CrawlRun)).one()
        assert run.status == "failed" and "time limit" in run.message and run.finished_at
        assert s.scalar(select(func.count()).select_from(Article).where(Article.body == "")) == 0  # nothing half-written
    second = crawl(app, [src])
    assert len(stored(app)) == 12
    assert second.sources["slow"]["new_articles"] == 12 - kept
    # each article fetched once overall, except at most those in flight when the crawl was killed
    assert sum(n for p, n in site.hits.items() if p.startswith("/bai-")) <= 12 + 2


def test_health_flags_a_broken_source_and_sources_list_shows_it(app, site):
    from click.testing import CliRunner

    from huunghi.cli import main

    src = Source(name="gone", title="Gone", province="Sơn La", url=site.base + "/", feeds=[site.base + "/missing.rss"])
    for _ in range(3):
        crawl(app, [src])
    with app.db.session() as s:
        from huunghi.db import Source as Row

        row = s.scalars(select(Row)).one()
        assert row.health == "broken" and "3 failed runs" in row.health_reason
        assert s.scalar(select(func.count()).select_from(CrawlRun)) == 3
    app.settings.huunghi_config.write_text(
        f"sources:\n  - name: gone\n    title: Gone\n    province: Sơn La\n    url: {site.base}/\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["sources", "list", "--json"], obj=app).output
    import json

    row = json.loads(out)[0]
    assert row["health"] == "broken" and "http_404" in row["health_reason"]


def test_sources_test_shows_extraction_and_stores_nothing(app, three_sites):
    servers, _ = three_sites
    src = sources_for(servers)[0]
    result = crawl(app, [src], test_limit=2)
    assert len(result.tested) == 2
    t = result.tested[0]
    assert t["title"] and t["published"] and t["body_chars"] > 50 and t["missing"] == []
    assert stored(app) == []


def test_sitemap_entries_older_than_the_lookback_are_skipped(app, site):
    base = site.base
    old = format_datetime(NOW - timedelta(days=90))
    site.routes["/rss.xml"] = Route(
        f"<rss><channel><item><link>{base}/cu-1.html</link><pubDate>{old}</pubDate></item>"
        f"<item><link>{base}/moi-2.html</link><pubDate>{format_datetime(NOW)}</pubDate></item></channel></rss>".encode())
    site.routes["/moi-2.html"] = Route(html("Bài mới trong cửa sổ").encode())
    site.routes["/cu-1.html"] = Route(html("Bài cũ ngoài cửa sổ").encode())
    crawl(app, [Source(name="lb", title="L", province="Sơn La", url=base + "/", feeds=[base + "/rss.xml"], lookback_days=30)])
    assert [a.title for a in stored(app)] == ["Bài mới trong cửa sổ"]
    assert site.hits["/cu-1.html"] == 0
