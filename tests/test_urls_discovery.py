import gzip
from pathlib import Path

import pytest

from crawler.discovery import listing_links, looks_like_article, next_pages, parse_feed, parse_sitemap
from crawler.urls import canonicalize, display_url, on_domains


@pytest.mark.parametrize("a,b", [
    ("HTTP://BaoLaiChau.VN:80/chinh-tri/bai-viet#top", "https://baolaichau.vn/chinh-tri/bai-viet"),
    ("http://www.baolaichau.vn/chinh-tri/bai-viet", "https://baolaichau.vn/chinh-tri/bai-viet"),
    ("https://x.vn/a?utm_source=fb&utm_medium=s&fbclid=1&gclid=2", "https://x.vn/a"),
    ("https://x.vn/a?b=2&a=1", "https://x.vn/a?a=1&b=2"),
    ("http://baolaichau.vn/chính-trị/bí-thư", "https://baolaichau.vn/ch%C3%ADnh-tr%E1%BB%8B/b%C3%AD-th%C6%B0"),
    ("http://baolaichau.vn/ch%c3%adnh-tr%e1%bb%8b/b%C3%AD-th%C6%B0", "https://baolaichau.vn/ch%C3%ADnh-tr%E1%BB%8B/b%C3%AD-th%C6%B0"),
    ("http://laichau.dcs.vn/index.php/hoat-dong/tin-1.html", "https://laichau.dcs.vn/hoat-dong/tin-1.html"),
    ("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/a"),  # an explicit port keeps its scheme
    ("https://x.vn:443//a//b", "https://x.vn/a/b"),
])
def test_canonical(a, b):
    assert canonicalize(a) == canonicalize(b) == b


URLS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "urls.txt"
# Two labels in urls.txt contradict another of the same shape: a /topic/ page (the outlet's other
# /topic/ pages are labeled listings) and a /<section>/trang-N.html page (paging, as another is labeled).
CONTRADICTED = {"https://baoquangtri.vn/topic/hi-sinh-2181", "https://demo.baosonla.org.vn/quoc-phong-an-ninh/trang-69.html"}


def _urls() -> list[tuple[str, str, str]]:
    if not URLS.exists():
        pytest.skip(f"the real addresses are not here ({URLS}); they are read from ../shared when present")
    return [tuple(line.rstrip("\n").split("\t")) for line in URLS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.corpus
def test_each_default_source_tells_its_real_articles_from_its_other_pages():
    import re
    from urllib.parse import urlsplit

    from huunghi.sources import load_sources

    sources = load_sources(Path(__file__).resolve().parents[1] / "config" / "sources.yaml").sources
    wrong = []
    for _host, kind, url in _urls():
        if url in CONTRADICTED:
            continue
        src = next((s for s in sources if on_domains(url, s.domains)), None)
        assert src is not None, f"no default source serves {url}"
        path = urlsplit(url).path
        accepted = bool(re.search(src.article_pattern, path)) if src.article_pattern else looks_like_article(url, "x " * 6)
        if accepted != (kind == "article"):
            wrong.append(f"{src.name}: {kind} {url}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.corpus
def test_canonical_forms_keep_real_articles_apart_and_join_their_variants():
    urls = [u for _, _, u in _urls()]
    assert len({canonicalize(u) for u in urls}) == len(set(urls)), "two distinct real pages got one canonical form"
    for u in urls:
        scheme, rest = u.split("://", 1)
        host, _, path = rest.partition("/")
        bare = host.removeprefix("www.")
        variants = {f"{s}://{h}/{path}" for s in ("http", "https") for h in (bare, "www." + bare)}
        assert {canonicalize(v) for v in variants} == {canonicalize(u)}, u


def test_nfd_slug_is_the_same_article():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "http://x.vn/bí-thư")
    assert canonicalize(nfd) == canonicalize("http://x.vn/bí-thư")


def test_display_url_keeps_the_fetchable_path():
    assert display_url("http://laichau.dcs.vn/index.php/a-1.html?utm_source=x#c") == "http://laichau.dcs.vn/index.php/a-1.html"


def test_domains_and_schemes():
    assert on_domains("https://www.baolaichau.vn/x", ["baolaichau.vn"])
    assert not on_domains("https://baolaichau.vn.evil.com/x", ["baolaichau.vn"])
    assert not on_domains("ftp://baolaichau.vn/x", ["baolaichau.vn"])


RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><item><title>A</title><link>http://x.vn/a-1.html</link>
<pubDate>Tue, 25 Nov 2025 08:00:00 +0700</pubDate></item><item><title>B</title><guid>http://x.vn/b-2.html</guid></item></channel></rss>"""
ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>C</title><link rel="alternate" href="/c-3.html"/>
<published>2025-11-25T08:00:00+07:00</published></entry></feed>"""


def test_feeds():
    items = parse_feed(RSS, "http://x.vn/rss")
    assert [i.url for i in items] == ["http://x.vn/a-1.html", "http://x.vn/b-2.html"]
    assert items[0].published.isoformat() == "2025-11-25T01:00:00+00:00"
    atom = parse_feed(ATOM, "http://x.vn/feed")
    assert atom[0].url == "http://x.vn/c-3.html" and atom[0].published is not None


def test_sitemaps_index_news_and_gzip():
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://x.vn/s1.xml.gz</loc>
    <lastmod>2025-11-01</lastmod></sitemap></sitemapindex>"""
    sm = parse_sitemap(index)
    assert [c.url for c in sm.children] == ["http://x.vn/s1.xml.gz"] and not sm.urls
    news = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>http://x.vn/a-1.html</loc><news:news><news:publication_date>2025-11-24T10:00:00+07:00</news:publication_date>
    <news:title>Tin</news:title></news:news></url></urlset>"""
    sm = parse_sitemap(gzip.compress(news))
    assert sm.urls[0].url == "http://x.vn/a-1.html" and sm.urls[0].published.day == 24


def test_bad_xml_gives_nothing_not_an_error():
    assert isinstance(parse_feed(b"<rss><item><link>http://x", "http://x"), list)
    assert parse_feed(b"", "http://x") == []
    assert parse_sitemap(b"not xml at all").urls == []


LISTING = """<html><body><nav><a href="/chinh-tri">Chính trị</a><a href="/tag/lao">Lào</a></nav>
<a href="/chinh-tri/doan-dai-bieu-tinh-lai-chau-tham-tinh-phong-sa-ly">Đoàn đại biểu tỉnh Lai Châu thăm tỉnh Phông Sa Lỳ</a>
<a href="/thoi-su/bi-thu-tiep-doan-lao-12345.html">Bí thư Tỉnh ủy tiếp đoàn đại biểu Lào sang thăm</a>
<a href="https://other.vn/chinh-tri/mot-bai-viet-rat-dai-o-noi-khac">Một bài viết rất dài ở nơi khác không được theo</a>
<a href="/anh/hinh-anh-dep.jpg">Ảnh đẹp về chuyến thăm hữu nghị của hai tỉnh</a>
<div class="pagination"><a href="/chinh-tri?page=2">2</a><a href="/chinh-tri?page=3">3</a></div></body></html>"""


def test_listing_heuristic_pattern_and_selector():
    links = [link.url for link in listing_links(LISTING, "http://x.vn/chinh-tri", ["x.vn"])]
    assert links == ["http://x.vn/chinh-tri/doan-dai-bieu-tinh-lai-chau-tham-tinh-phong-sa-ly",
                     "http://x.vn/thoi-su/bi-thu-tiep-doan-lao-12345.html"]
    only = listing_links(LISTING, "http://x.vn/chinh-tri", ["x.vn"], pattern=r"-\d+\.html$")
    assert [link.url for link in only] == ["http://x.vn/thoi-su/bi-thu-tiep-doan-lao-12345.html"]
    assert not looks_like_article("http://x.vn/tag/ngoai-giao-viet-lao", "Ngoại giao Việt Lào hữu nghị đặc biệt")


def test_pagination():
    assert next_pages(LISTING, "http://x.vn/chinh-tri", "http://x.vn/chinh-tri") == ["http://x.vn/chinh-tri?page=2"]
    assert next_pages(LISTING, "http://x.vn/chinh-tri?page=2", "http://x.vn/chinh-tri", page=2) == ["http://x.vn/chinh-tri?page=3"]
    assert next_pages(LISTING, "http://x.vn/chinh-tri?page=3", "http://x.vn/chinh-tri", page=3) == []
    assert next_pages("<a rel='next' href='/p/2'>»</a>", "http://x.vn/l", "http://x.vn/l") == ["http://x.vn/p/2"]
    assert next_pages("", "http://x.vn/l", "http://x.vn/l", template="http://x.vn/l?trang={n}", page=4) == ["http://x.vn/l?trang=5"]
    html = "<a class='next' href='/l/trang-2'>Trang sau</a>"
    assert next_pages(html, "http://x.vn/l", "http://x.vn/l", next_selector="a.next") == ["http://x.vn/l/trang-2"]


def test_a_listing_gives_the_dates_it_shows_beside_its_links():
    from datetime import UTC, datetime

    from crawler.discovery import listing_links

    page = """<html><body><ul>
      <li><a href="/tin/doan-dai-bieu-tinh-son-la-tham-hua-phan-123.html">Đoàn đại biểu tỉnh Sơn La thăm tỉnh Hủa Phăn</a>
          <span class="date">12/10/2025</span></li>
      <li><div><a href="/tin/lanh-dao-tinh-tiep-doan-cong-tac-lao-456.html">Lãnh đạo tỉnh tiếp đoàn công tác của Lào</a></div>
          <time datetime="2025-09-01T08:00:00+07:00">1/9</time></li>
      <li><a href="/tin/gia-ca-phe-tang-nhe-tai-tay-nguyen-789.html">Giá cà phê tăng nhẹ tại Tây Nguyên hôm nay</a>
          <p class="sapo">Ngày 3/3/2019, giá cà phê tăng.</p></li>
    </ul></body></html>"""
    links = listing_links(page, "http://bao.vn/tin", ["bao.vn"])
    dates = [link.published for link in links]
    from zoneinfo import ZoneInfo

    assert dates[0].astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).date() == datetime(2025, 10, 12).date()
    assert dates[1] == datetime(2025, 9, 1, 1, 0, tzinfo=UTC)
    assert dates[2] is None, "a date in the teaser text is not the item's date"
