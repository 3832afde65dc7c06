"""Feeds and sitemaps as Vietnamese CMSs really serve them — broken — written for these tests, and
read side by side by the chosen reader (feedparser over a normalised document, the hand-written
reader as its fallback), feedparser alone and the hand-written reader alone."""

from __future__ import annotations

import gzip

import feedparser
import pytest

from crawler.discovery import parse_feed, parse_feed_xml, parse_sitemap
from tests.test_crawl import to_cp1258

B = "http://bao.vn"
TITLE = "Đoàn đại biểu tỉnh Sơn La thăm tỉnh Hủa Phăn"


def items(amp=False, entities=False):
    return [(f"{TITLE} {i}" + (" & Xiêng Khoảng" if amp else "") + (" &nbsp;&ndash; kỳ &eacute;" if entities else ""),
             f"{B}/tin/bai-{i}.html" + ("?a=1&b=2" if amp else "")) for i in range(3)]


def rss(its, declaration='<?xml version="1.0" encoding="UTF-8"?>') -> str:
    body = "".join(f"<item><title>{t}</title><link>{u}</link><pubDate>Tue, 25 Nov 2025 08:00:00 +0700</pubDate></item>"
                   for t, u in its)
    return f'{declaration}<rss version="2.0"><channel><title>Báo</title>{body}</channel></rss>'


def urlset(locs: list[str], ns=' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"') -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset{ns}>' + "".join(f"<url><loc>{u}</loc></url>" for u in locs) + "</urlset>"


FEEDS = {
    "a bare & in links and titles": rss(items(amp=True)).encode(),
    "HTML entities XML does not know": rss(items(entities=True)).encode(),
    "a byte-order mark": b"\xef\xbb\xbf" + rss(items()).encode(),
    "UTF-8 declared as ISO-8859-1": rss(items(), '<?xml version="1.0" encoding="ISO-8859-1"?>').encode(),
    "Windows-1258 declared as UTF-8": to_cp1258(rss(items())),
    "RSS 1.0 (RDF)": ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                      'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="http://bao.vn/">'
                      "<title>B</title></channel>" + "".join(f'<item rdf:about="{u}"><title>{t}</title><link>{u}</link>'
                      "<dc:date>2025-11-25T08:00:00+07:00</dc:date></item>" for t, u in items()) + "</rdf:RDF>").encode(),
    "Atom 0.3": ('<?xml version="1.0" encoding="utf-8"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>B</title>'
                 + "".join(f'<entry><title>{t}</title><link rel="alternate" type="text/html" href="{u}"/>'
                           "<issued>2025-11-25T08:00:00+07:00</issued></entry>" for t, u in items()) + "</feed>").encode(),
    "gzip without the header saying so": gzip.compress(rss(items()).encode()),
    "blank lines before, a comment after": ("\n\n  " + rss(items()) + "\n<!-- cache 0.02s -->").encode(),
}
EXPECTED = {name: [(f"{B}/tin/bai-{i}.html" + ("?a=1&b=2" if "bare &" in name else "")) for i in range(3)] for name in FEEDS}


def right(links, name) -> bool:
    """Every entry's link exactly as published, its title readable Vietnamese."""
    return [link.url for link in links] == EXPECTED[name] and all(TITLE in link.title for link in links)


def feedparser_alone(body: bytes, base: str):
    from types import SimpleNamespace

    return [SimpleNamespace(url=e.get("link", ""), title=e.get("title", "")) for e in feedparser.parse(body).entries]


@pytest.mark.parametrize("name", list(FEEDS))
def test_each_broken_feed_is_read_right(name):
    links = parse_feed(FEEDS[name], B + "/rss")
    assert right(links, name), [(link.url, link.title) for link in links]
    assert all(link.published is not None for link in links)


def test_side_by_side_the_chosen_reader_reads_the_most():
    scores = {reader.__name__: sum(right(reader(body, B + "/rss"), name) for name, body in FEEDS.items())
              for reader in (parse_feed, feedparser_alone, parse_feed_xml)}
    print(scores)
    # the library over the normalised document reads every one; the hand-written reader reads no more
    # (so the library is kept, as a tool made for the job); the library alone misses some
    assert scores["parse_feed"] == len(FEEDS) >= scores["parse_feed_xml"]
    assert scores["feedparser_alone"] < len(FEEDS), "feedparser alone misses some (a gzip body, a wrong code page)"


@pytest.mark.parametrize("name,body", [
    ("a bare & in a URL", urlset([f"{B}/tin/bai-{i}.html?a=1&b=2" for i in range(3)]).encode()),
    ("a byte-order mark", b"\xef\xbb\xbf" + urlset([f"{B}/tin/bai-{i}.html" for i in range(3)]).encode()),
    ("gzip without the header", gzip.compress(urlset([f"{B}/tin/bai-{i}.html" for i in range(3)]).encode())),
    ("no namespace", urlset([f"{B}/tin/bai-{i}.html" for i in range(3)], ns="").encode()),
    ("white space around a URL", urlset([f"\n   {B}/tin/bai-{i}.html \n" for i in range(3)]).encode()),
    ("a text sitemap", "".join(f"{B}/tin/bai-{i}.html\n" for i in range(3)).encode()),
])
def test_each_broken_sitemap_is_read_right(name, body):
    urls = [link.url for link in parse_sitemap(body).urls]
    assert [u.split("?")[0] for u in urls] == [f"{B}/tin/bai-{i}.html" for i in range(3)]
    if "bare &" in name:
        assert all(u.endswith("?a=1&b=2") for u in urls)
