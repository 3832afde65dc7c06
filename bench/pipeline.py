"""The full crawl pipeline (extract, classify, store) against the same spider with those steps off,
on a 2,000-article local site with politeness off, side by side in one run."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from _common import report

from crawler.runner import run_crawl
from crawler.sample_sites import LAYOUTS, Route, SiteServer, sample_articles
from huunghi.sources import Source

N = 2000
FAST = {"HUUNGHI_POLITE": False, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "LOG_LEVEL": "WARNING", "ROBOTSTXT_OBEY": False}


def site(n: int, relevant_every: int = 20) -> SiteServer:
    """A news site as they are: one article in ``relevant_every`` is a Vietnam–Laos exchange."""
    srv = SiteServer()
    arts = sample_articles(datetime(2025, 11, 25, 3, tzinfo=UTC))
    exchanges = [a for a in arts if a.relevant]
    others = [a for a in arts if not a.relevant]
    render = LAYOUTS["news"]
    items = []
    for i in range(n):
        a = exchanges[(i // relevant_every) % len(exchanges)] if i % relevant_every == 0 else others[i % len(others)]
        path = f"/{a.slug}-{i}-post{100000 + i}.html"
        srv.routes[path] = Route(render(a, arts[:3], lambda o: "/x").replace(a.title, f"{a.title} ({i})").encode())
        items.append(f"<item><link>{srv.base}{path}</link></item>")
    srv.routes["/rss.xml"] = Route(f"<rss><channel>{''.join(items)}</channel></rss>".encode())
    return srv.start()


def crawl(srv, settings) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        src = Source(name="bench", title="Bench", province="Hà Nội", url=srv.base + "/", feeds=[srv.base + "/rss.xml"],
                     max_articles=N + 10)
        result = run_crawl([src], database_url=f"sqlite:///{tmp}/b.db", data_dir=Path(tmp),
                           contact_url="http://127.0.0.1/", settings={**FAST, **settings})
        fig = result.sources["bench"]
        return (fig["requests"]) / fig["duration"] * 60


def main() -> dict:
    rows, out = [], {}
    for every, label in ((20, "1 article in 20 is an exchange (a provincial paper)"), (2, "1 in 2 (worst case: merging on every other page)")):
        srv = site(N, relevant_every=every)
        try:
            bare = max(crawl(srv, {"HUUNGHI_FETCH_ONLY": True, "ITEM_PIPELINES": {}}) for _ in range(2))
            full = crawl(srv, {})
        finally:
            srv.stop()
        out[every] = full / bare
        rows += [(label, ""), ("  fetch only (no extract/classify/store)", f"{bare:,.0f} pages/min"),
                 ("  full pipeline (extract, classify, merge, store)", f"{full:,.0f} pages/min"),
                 ("  full / fetch only", f"{full / bare:.0%} (target ≥ 60%)")]
    report(f"crawl pipeline ({N:,} local articles, politeness off, side by side)", rows)
    return out


if __name__ == "__main__":
    main()
