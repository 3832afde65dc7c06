"""The public archive through the real web server: filters, search with and without diacritics (SQLite
FTS5 and PostgreSQL), paging, a visit's page, histories, the Atom feed (parsed by feedparser), CSV and
JSON exports, ETags, hostile titles, and nothing but reading."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import urllib.parse
from datetime import UTC, datetime, timedelta

import feedparser
import pytest

from huunghi.ingest import ArticleFields, store_article
from notify.subscribers import SubscriberSpec, add_subscriber
from tests.test_hardening import http


def get(url: str, headers: dict | None = None):
    code, body, got = http(url, headers=headers)
    return code, body, {k.title(): v for k, v in got.items()}  # (header names are case-insensitive)


def ids_in(page: str) -> list[int]:
    import re

    return [int(x) for x in re.findall(r'href="/visits/(\d+)', page)]


def q(**args) -> str:
    return urllib.parse.urlencode(args)


def test_filters_narrow_the_list_and_every_filter_lives_in_the_url(archive_site):
    _, base = archive_site()
    code, all_page, _ = get(f"{base}/visits")
    assert code == 200 and "330 hoạt động" in all_page and len(ids_in(all_page)) == 50
    code, page, _ = get(f"{base}/visits?{q(vn='Sơn La', lao='Hủa Phăn')}")
    assert code == 200
    shown = ids_in(page)
    assert shown and all("Sơn La" in h and "Hủa Phăn" in h for h in _headlines(page))
    # the next page link keeps the filters
    assert "vn=S%C6%A1n+La" in page or not shown
    code, en, _ = get(f"{base}/visits?{q(lao='Houaphanh', lang='en')}")
    assert code == 200 and ids_in(en) and "Houaphanh" in en, "the English name of a Lao province filters too"
    code, dated, _ = get(f"{base}/visits.json?{q(**{'from': '2026-11-20', 'to': '2026-11-27'})}")
    days = [v["start_date"] for v in json.loads(dated)]
    assert len(days) >= 8 and all("2026-11-20" <= d <= "2026-11-27" for d in days), "one a day in the sample's last month"
    code, way, _ = get(f"{base}/visits?{q(direction='la_to_vn')}")
    assert all("→ " in h and h.split(":")[0].split(" → ")[1] in _VN_NAMES for h in _headlines(way))


_VN_NAMES = {"Sơn La", "Lai Châu", "Điện Biên", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Thanh Hóa", "Huế", "Gia Lai",
             "Quảng Nam", "Đà Nẵng", "Hà Nội"}


def _headlines(page: str) -> list[str]:
    import html
    import re

    return [html.unescape(h) for h in re.findall(r'<h3><a href="/visits/\d+[^"]*">([^<]+)</a>', page)]


def test_paging_is_complete_and_stable(archive_site):
    _, base = archive_site()
    seen = []
    for page_no in range(1, 8):
        code, page, _ = get(f"{base}/visits?page={page_no}")
        assert code == 200
        seen += ids_in(page)
    assert len(seen) == len(set(seen)) == 330
    assert 'rel="next"' not in get(f"{base}/visits?page=7")[1]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_search_finds_words_with_or_without_diacritics(archive_site, backend, request):
    url = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    _, base = archive_site(url)
    with_marks = ids_in(get(f"{base}/visits?{q(q='Hủa Phăn')}")[1])
    without = ids_in(get(f"{base}/visits?{q(q='hua phan')}")[1])
    prefix = ids_in(get(f"{base}/visits?{q(q='hua pha')}")[1])
    assert with_marks and with_marks == without == prefix
    english = json.loads(get(f"{base}/visits.json?{q(q='Houaphanh')}")[1])
    assert english and all("Hủa Phăn" in v["lao_parties"] for v in english), "the English name is in the index too"
    hostile = get(f"{base}/visits?{q(q='HYPERLINK')}")[1]
    assert ids_in(hostile), "a title with punctuation is found by its words"
    for weird in ['"', "*", "AND OR NOT", "hua)(", "'; DROP TABLE visits; --", ":*&|!"]:
        code, _, _ = get(f"{base}/visits?{q(q=weird)}")
        assert code == 200, weird


def test_a_visit_page_lists_every_source_and_its_neighbours(archive_site):
    app, base = archive_site()
    from huunghi.db import Visit

    with app.db.session() as s:
        v = max(s.query(Visit).all(), key=lambda x: (len(x.articles), -x.id))
        urls = [a.url for a in v.articles]
        vid = v.id
    code, page, _ = get(f"{base}/visits/{vid}")
    assert code == 200 and len(urls) >= 2
    assert all(f'href="{u}"' in page for u in urls)
    assert "Lịch sử cặp" in page and ('rel="prev"' in page or 'rel="next"' in page)
    assert get(f"{base}/visits/999999")[0] == 404


def test_pair_and_province_pages_tell_the_history(archive_site):
    _, base = archive_site()
    code, pair, _ = get(f"{base}/pairs/{urllib.parse.quote('Sơn La')}/{urllib.parse.quote('Hủa Phăn')}")
    assert code == 200 and "Lịch sử theo năm" in pair and "<h3" in pair and "Theo loại" in pair
    year_link = re.search(r'<a href="(/pairs/[^"]+from=2024-01-01[^"]*)"', pair)
    assert year_link, "each year of the timeline links to that year"
    code, year_page, _ = get(base + html.unescape(year_link.group(1)))
    dates = re.findall(r"(\d\d/\d\d/(\d{4}))", " ".join(_headlines(year_page)))
    assert code == 200 and dates and all(y == "2024" for _, y in dates)
    code, prov, _ = get(f"{base}/provinces/{urllib.parse.quote('Hủa Phăn')}")
    assert code == 200 and "Thanh Hóa" in prov, "a Lao province's page shows every Vietnamese partner"
    assert get(f"{base}/provinces/Nowhere")[0] == 404


def test_the_atom_feed_is_valid_and_follows_the_filters(archive_site):
    _, base = archive_site()
    code, body, headers = get(f"{base}/feed.atom?{q(lao='Hủa Phăn')}")
    assert code == 200 and headers["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10" and 0 < len(feed.entries) <= 50
    assert all(e.link.startswith("https://huunghi.example/visits/") for e in feed.entries)
    assert all("Hủa Phăn" in e.title or "Houaphanh" in e.title for e in feed.entries)
    # an ETag: asking again with it costs nothing
    again = get(f"{base}/feed.atom?{q(lao='Hủa Phăn')}", {"If-None-Match": headers["Etag"]})
    assert again[0] == 304


def test_csv_and_json_exports_of_a_filtered_view(archive_site):
    _, base = archive_site()
    code, body, headers = get(f"{base}/visits.csv?{q(vn='Nghệ An')}")
    assert code == 200 and headers["Content-Type"].startswith("text/csv") and "Etag" in headers
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    assert rows and set(rows[0]) >= {"id", "start_date", "direction", "kind", "vn_parties", "lao_parties", "title",
                                      "source_urls", "page"}
    assert all(r["vn_parties"] == "Nghệ An" for r in rows)
    code, body, _ = get(f"{base}/visits.json?{q(vn='Nghệ An')}")
    data = json.loads(body)
    assert [d["id"] for d in data] == [int(r["id"]) for r in rows]
    assert set(data[0]) >= {"id", "vn_parties", "lao_parties", "direction", "event", "start_date", "end_date", "title",
                            "summary", "leader", "articles"}
    everything = list(csv.DictReader(io.StringIO(get(f"{base}/visits.csv")[1].lstrip("\ufeff"))))
    formula = [r for r in everything if "HYPERLINK" in r["title"]]
    assert formula and all(r["title"].startswith("'=") for r in formula), "a spreadsheet must not run a title"


def test_hostile_titles_are_text_everywhere(archive_site):
    _, base = archive_site()
    for path in ("/", "/visits?q=script", "/visits?q=onerror", "/visits?q=entry"):
        page = get(base + path)[1]
        assert "<script>" not in page and "<img src=x" not in page and "<b>đậm</b>" not in page
    visit = ids_in(get(f"{base}/visits?q=script")[1])[0]
    assert "&lt;script&gt;alert" in get(f"{base}/visits/{visit}")[1]
    feed = feedparser.parse(get(f"{base}/feed.atom?q=entry")[1])
    assert not feed.bozo and any("]]></summary><entry>" in e.summary for e in feed.entries)


def test_the_archive_only_reads_and_shows_no_subscriber(archive_site):
    _, base = archive_site()
    pages = ["/", "/visits", "/visits/1", "/feed.atom", "/visits.csv", "/visits.json",
             f"/pairs/{urllib.parse.quote('Sơn La')}/{urllib.parse.quote('Hủa Phăn')}"]
    for path in pages:
        code, body, headers = get(base + path)
        assert code == 200 and "secret-reader" not in body and "Người đọc" not in body
        assert "Content-Security-Policy" in headers
        assert http(base + path, data=b"x=1")[0] == 405, "no write endpoint in the archive"


def test_bad_filters_say_which_key(archive_site):
    _, base = archive_site(n=5)
    for args, key in ((q(**{"from": "yesterday"}), "from"), (q(direction="up"), "direction"), (q(page="0"), "page"),
                      (q(year="20x5"), "year"), (q(q="x" * 500), "q")):
        code, page, _ = get(f"{base}/visits?{args}")
        assert code == 400 and f"{key}:" in page, args


def test_a_stored_article_is_found_at_once_and_the_migration_indexes_older_visits(tmp_path, make_app):
    from alembic import command
    from sqlalchemy import text

    from huunghi import archive
    from huunghi.db import make_engine
    from huunghi.db.engine import alembic_config

    app = make_app()
    pub = datetime.now(UTC) - timedelta(hours=2)
    with app.db.session() as s:
        store_article(s, None, ArticleFields(
            "http://bao.vn/tin-9.html", "Đoàn đại biểu tỉnh Xiêng Khoảng thăm Nghệ An",
            "Ngày 9/10, Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) sang thăm và làm việc tại tỉnh Nghệ An.", pub))
    with app.db.session() as s:
        words = archive.Filters(q="xieng khoang")
        found, total = archive.page_rows(s, words), archive.count_matching(s, words)
        assert total == 1 and found[0].lao_parties == ["Xiêng Khoảng"]
        assert archive.count_matching(s, archive.Filters(vn="Nghệ An")) == 1

    engine = make_engine(f"sqlite:///{tmp_path}/old.db")
    cfg = alembic_config(engine)
    command.upgrade(cfg, "0006")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO visits (event, kind, vn_parties, lao_parties, direction, title, summary, amounts,"
                          " created_at, updated_at, start_approximate, reference_exact) VALUES ('visit', 'talks',"
                          " '[\"Hà Tĩnh\"]', '[\"Khăm Muồn\"]', 'vn_to_la', 'Hội đàm Hà Tĩnh – Khăm Muồn', '', '[]',"
                          " '2025-01-01', '2025-01-01', 0, 1)"))
    command.upgrade(cfg, "head")
    from huunghi.db import Database

    db = Database(f"sqlite:///{tmp_path}/old.db")
    with db.session() as s:
        assert archive.count_matching(s, archive.Filters(q="kham muon")) == 1
        assert archive.count_matching(s, archive.Filters(vn="Hà Tĩnh", lao="Khăm Muồn")) == 1



def test_a_digest_links_each_visit_to_its_archive_page(make_app):
    import email
    import email.policy

    from huunghi.db import Visit
    from tests.test_hardening import VISIT, cli

    app = make_app(base_url="https://huunghi.example")
    pub = datetime.now(UTC) - timedelta(hours=1)
    with app.db.session() as s:
        add_subscriber(s, SubscriberSpec("reader@example.org", language="en"))[0].since = pub - timedelta(days=1)
        store_article(s, None, ArticleFields("http://bao.vn/tin-1.html", *VISIT, pub))
    sent = cli(app, "digest", BASE_URL="https://huunghi.example")
    assert sent.returncode == 0, sent.stderr
    with app.db.session() as s:
        vid = s.query(Visit).one().id
    msg = email.message_from_bytes(next(app.settings.outbox_dir.glob("*.eml")).read_bytes(), policy=email.policy.default)
    page = f"https://huunghi.example/visits/{vid}?lang=en"
    assert page in msg.get_body(("plain",)).get_content()
    assert f'href="{page.replace("&", "&amp;")}"' in msg.get_body(("html",)).get_content()


def test_a_visits_neighbours_are_its_pairs_previous_and_next(make_app):
    """Against the obvious answer: every visit of the pair sorted by (event date, id)."""
    from huunghi import archive
    from huunghi.db import Visit
    from huunghi.sample_visits import add_sample_visits

    app = make_app()
    with app.db.session() as s:
        add_sample_visits(s, 200, seed=3)
        pair = ("Sơn La", "Hủa Phăn")
        mine = sorted((v for v in s.query(Visit).all() if v.start_date and v.vn_parties[:1] == [pair[0]]
                       and v.lao_parties[:1] == [pair[1]]), key=lambda v: (v.start_date, v.id))
        assert len(mine) >= 5
        order = archive.pair_order(s, *pair)
        for i, v in enumerate(mine):
            expected = (mine[i - 1].id if i else None, mine[i + 1].id if i + 1 < len(mine) else None)
            assert archive.neighbours(order, v) == expected, v.id
        # a visit the kept order has not seen yet still finds its place
        assert archive.neighbours(order[1:], mine[0]) == (None, mine[1].id)


def test_sums_are_kept_a_while_and_then_computed_again():
    from notify.archive_cache import Recent

    now = [0.0]
    calls = []
    kept = Recent(60, size=2, clock=lambda: now[0])

    def compute(value):
        calls.append(value)
        return value

    assert kept.get("a", lambda: compute(1)) == 1
    assert kept.get("a", lambda: compute(2)) == 1, "within a minute the kept answer"
    now[0] = 61
    assert kept.get("a", lambda: compute(3)) == 3, "after it, computed again"
    kept.get("b", lambda: compute(4))
    kept.get("c", lambda: compute(5))  # only two kept: "a", the least recently asked, goes
    assert kept.get("a", lambda: compute(6)) == 6
    assert Recent(0).get("x", lambda: compute(7)) == 7 and Recent(0).get("x", lambda: compute(8)) == 8
    assert calls == [1, 3, 4, 5, 6, 7, 8]


def test_without_keeping_sums_a_new_visit_counts_at_once(make_app):
    from huunghi.sample_visits import add_sample_visits
    from notify.web import create_app

    app = make_app(huunghi_archive_cache_seconds=0)
    with app.db.session() as s:
        add_sample_visits(s, 5, seed=1, hostile=False)
    client = create_app(app).test_client()
    total = lambda: int(re.search(r'data-total="(\d+)"', client.get("/visits").get_data(as_text=True)).group(1))  # noqa: E731
    assert total() == 5
    with app.db.session() as s:
        add_sample_visits(s, 2, seed=2, hostile=False)
    assert total() == 7
