"""Sample news sites in the layouts Vietnamese outlets use, served from 127.0.0.1.

`huunghi demo`, the tests and the benchmarks use them: they are written for this project (see
sample_articles.py). Each page carries the noise real pages carry (menus, related-article boxes,
share bars, footers) so extraction is tested against it.
"""

from __future__ import annotations

import gzip
import html
import threading
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from crawler.sample_articles import ARTICLES

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
WEEKDAYS_VI = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    etag: str | None = None
    last_modified: datetime | None = None
    handler: object = None  # callable(request_handler) -> Route, for dynamic cases


class SiteServer:
    """A threaded HTTP server on 127.0.0.1 serving ``routes``; counts every request by path."""

    def __init__(self, routes: dict[str, Route] | None = None, host: str = "127.0.0.1", port: int = 0):
        self.routes: dict[str, Route] = routes or {}
        self.hits: Counter[str] = Counter()
        self.log: list[tuple[str, str]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):  # noqa: N802
                path = self.path
                server.hits[path] += 1
                server.log.append((path, self.headers.get("User-Agent", "")))
                route = server.routes.get(path) or server.routes.get(urlsplit(path).path + "?*")
                if route is not None and route.handler is not None:
                    route = route.handler(self)
                if route is None:
                    route = Route(b"<html><body><h1>404 Not Found</h1></body></html>", status=404)
                if route.status == 200 and route.etag and self.headers.get("If-None-Match") == route.etag:
                    return self._send(Route(status=304, headers={"ETag": route.etag}))
                ims = self.headers.get("If-Modified-Since")
                if route.status == 200 and route.last_modified and ims:
                    try:
                        if parsedate_to_datetime(ims) >= route.last_modified.replace(microsecond=0):
                            return self._send(Route(status=304))
                    except (TypeError, ValueError):
                        pass
                self._send(route)

            def _send(self, route: Route):
                try:
                    self.send_response(route.status)
                    if route.status != 304:
                        self.send_header("Content-Type", route.content_type)
                    self.send_header("Content-Length", str(len(route.body)))
                    if route.etag:
                        self.send_header("ETag", route.etag)
                    if route.last_modified:
                        self.send_header("Last-Modified", format_datetime(route.last_modified, usegmt=True))
                    for k, v in route.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    if route.status != 304:
                        self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer((host, port), Handler)
        self.httpd.daemon_threads = True
        self.host, self.port = self.httpd.server_address[:2]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> SiteServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


# --- article data ------------------------------------------------------------------------------
@dataclass
class SampleArticle:
    key: str
    title: str
    lead: str
    paragraphs: list[str]
    published: datetime  # aware
    relevant: bool
    expected: dict
    slug: str
    id: int


def _slug(title: str) -> str:
    text = unicodedata.normalize("NFD", title.lower().replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "-".join("".join(c if c.isalnum() else " " for c in text).split())


def sample_articles(now: datetime, articles: list[dict] | None = None, start_id: int = 1000) -> list[SampleArticle]:
    out = []
    for i, a in enumerate(articles or ARTICLES):
        local = (now.astimezone(VN_TZ) - timedelta(days=a["days_ago"])).replace(hour=14, minute=30, second=0, microsecond=0)
        d0 = local - timedelta(days=1)
        fill = {"d0": f"{d0.day}/{d0.month}", "d1": f"{local.day}/{local.month}"}
        out.append(SampleArticle(
            key=a["key"], title=a["title"], lead=a["lead"].format(**fill),
            paragraphs=[p.format(**fill) for p in a["paragraphs"]], published=local,
            relevant=a["relevant"], expected={k: a.get(k) for k in ("vn", "lao", "direction")},
            slug=_slug(a["title"]), id=start_id + i,
        ))
    return out


def _e(text: str) -> str:
    return html.escape(text, quote=True)


MENU = """<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li>
<li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/quoc-te">Quốc tế</a></li></ul></nav>"""
SHARE = """<div class="share-buttons"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>"""
FOOTER = """<footer class="footer"><p>Cơ quan chủ quản: Tỉnh ủy. Giấy phép số 123/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>"""


def _related(others: list[SampleArticle], href) -> str:
    items = "".join(f'<li><a href="{_e(href(o))}">{_e(o.title)}</a></li>' for o in others[:3])
    return f'<div class="related-news"><h3>Tin liên quan</h3><ul>{items}</ul></div>'


def _date_line(a: SampleArticle, style: str) -> str:
    p = a.published
    if style == "weekday":
        return f"{WEEKDAYS_VI[p.weekday()]}, {p:%d/%m/%Y} - {p:%H:%M}"
    if style == "time_first":
        return f"{p:%H:%M} ngày {p:%d/%m/%Y}"
    return f"{p:%d/%m/%Y} | {p:%H:%M}"


def render_paper(a: SampleArticle, others, href) -> str:
    """A provincial party paper: h1.title, a weekday date line, a sapo, related box inside the body."""
    paras = "".join(f"<p>{_e(p)}</p>" for p in a.paragraphs)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{_e(a.title)} - Báo mẫu</title></head>
<body>{MENU}<div class="container"><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/chinh-tri">Chính trị</a></div>
<div class="article-detail"><h1 class="title">{_e(a.title)}</h1><div class="date-time">{_date_line(a, "weekday")}</div>{SHARE}
<div class="sapo"><strong>(BLC) - {_e(a.lead)}</strong></div><div class="content">{paras}{_related(others, href)}
<p class="author" style="text-align:right"><strong>Minh Anh</strong></p></div></div>
<aside class="sidebar"><h3>Đọc nhiều</h3><ul>{"".join(f'<li><a href="{_e(href(o))}">{_e(o.title)}</a></li>' for o in others)}</ul></aside></div>{FOOTER}</body></html>"""


def render_portal(a: SampleArticle, others, href) -> str:
    """An old provincial portal: table layout, "14:30 ngày 12/10/2025", body in a table cell."""
    paras = "".join(f"<p>{_e(p)}</p>" for p in a.paragraphs)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Cổng thông tin điện tử mẫu</title></head>
<body><table width="100%"><tr><td colspan="2" class="header-portal">{MENU}</td></tr><tr><td class="left-col" width="25%">
<div class="menu-left"><a href="/index.php/gioi-thieu">Giới thiệu</a><br><a href="/index.php/tin-tuc-su-kien">Tin tức sự kiện</a></div></td>
<td class="main-col"><h2 class="contentheading">{_e(a.title)}</h2><span class="createdate">{_date_line(a, "time_first")}</span>
<div class="article-content"><p><b>{_e(a.lead)}</b></p>{paras}</div>
<div class="tinlienquan"><b>Các tin khác</b>{_related(others, href)}</div></td></tr></table>{FOOTER}</body></html>"""


def render_news(a: SampleArticle, others, href) -> str:
    """A national outlet: meta and JSON-LD dates, <article>, lead in h2.sapo, <time>."""
    paras = "".join(f"<p>{_e(p)}</p>" for p in a.paragraphs)
    iso = a.published.isoformat()
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{_e(a.title)} | Tin tức mẫu</title>
<meta property="og:title" content="{_e(a.title)}"><meta property="article:published_time" content="{iso}">
<meta name="description" content="{_e(a.lead)}"><meta name="author" content="Thu Hà">
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{_e(a.title)}","datePublished":"{iso}"}}</script></head>
<body><header class="site-header">{MENU}</header><main><article class="detail"><h1>{_e(a.title)}</h1>
<div class="meta"><time datetime="{iso}">{_date_line(a, "pipe")}</time> <span class="author">Thu Hà</span></div>
<h2 class="sapo">{_e(a.lead)}</h2><div class="detail-content">{paras}</div>{SHARE}
<div class="box-tags tags"><a href="/tag/lao">Lào</a> <a href="/tag/hop-tac">Hợp tác</a></div></article>
<section class="other-news">{_related(others, href)}</section></main>{FOOTER}</body></html>"""


LAYOUTS = {"paper": render_paper, "portal": render_portal, "news": render_news}


def build_site(layout: str, articles: list[SampleArticle], base: str, *, per_page: int = 3) -> dict[str, Route]:
    """Routes for one sample site of ``layout`` holding ``articles`` (newest first on listings)."""
    routes: dict[str, Route] = {}
    arts = sorted(articles, key=lambda a: a.published, reverse=True)
    if layout == "paper":
        def href(a):
            return "/chinh-tri/" + quote(a.title.lower().replace(" ", "-").replace(",", "").replace(":", ""))
        pages = [arts[i:i + per_page] for i in range(0, len(arts), per_page)] or [[]]
        for n, chunk in enumerate(pages, 1):
            links = "".join(f'<div class="item"><h3><a href="{_e(href(a))}">{_e(a.title)}</a></h3><p>{_e(a.lead[:120])}</p></div>' for a in chunk)
            numbers = " ".join(f'<a href="/chinh-tri?page={k}">{k}</a>' for k in range(1, len(pages) + 1) if k != n)
            body = f"<html><body>{MENU}<div class='list-news'>{links}</div><div class='pagination'>{numbers}</div>{FOOTER}</body></html>"
            routes["/chinh-tri" if n == 1 else f"/chinh-tri?page={n}"] = Route(body.encode(), etag=f'"p{n}-{len(arts)}"')
    elif layout == "portal":
        def href(a):
            return f"/index.php/tin-tuc-su-kien/{a.slug}-{a.id}.html"
        pages = [arts[i:i + per_page] for i in range(0, len(arts), per_page)] or [[]]
        for n, chunk in enumerate(pages):
            links = "".join(f'<tr><td><a class="contentpagetitle" href="{_e(href(a))}">{_e(a.title)}</a></td></tr>' for a in chunk)
            nxt = f'<a rel="next" href="/index.php/tin-tuc-su-kien?start={(n + 1) * per_page}">Trang sau</a>' if n + 1 < len(pages) else ""
            body = f"<html><body><table>{links}</table><div class='pagenav'>{nxt}</div></body></html>"
            routes["/index.php/tin-tuc-su-kien" if n == 0 else f"/index.php/tin-tuc-su-kien?start={n * per_page}"] = Route(body.encode())
    else:
        def href(a):
            return f"/{a.slug}-post{a.id}.html"
        items = "".join(
            f"<item><title>{_e(a.title)}</title><link>{base}{href(a)}</link><description>{_e(a.lead)}</description>"
            f"<pubDate>{format_datetime(a.published)}</pubDate></item>"
            for a in arts
        )
        newest = max((a.published for a in arts), default=datetime(2025, 1, 1, tzinfo=UTC))
        routes["/rss/home.rss"] = Route(
            f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin tức mẫu</title>{items}</channel></rss>'.encode(),
            content_type="application/rss+xml; charset=utf-8", last_modified=newest.astimezone(UTC),
        )
        urls = "".join(
            f"<url><loc>{base}{href(a)}</loc><news:news><news:publication><news:name>Tin mẫu</news:name><news:language>vi</news:language></news:publication>"
            f"<news:publication_date>{a.published.isoformat()}</news:publication_date><news:title>{_e(a.title)}</news:title></news:news></url>"
            for a in arts
        )
        routes["/sitemap-news.xml"] = Route(
            ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>').encode(),
            content_type="application/xml",
        )
        routes["/sitemap.xml"] = Route(
            ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{base}/sitemap-news.xml</loc></sitemap></sitemapindex>").encode(),
            content_type="application/xml",
        )
    render = LAYOUTS[layout]
    for a in arts:
        others = [o for o in arts if o is not a]
        routes[href(a)] = Route(render(a, others, href).encode("utf-8"))
    routes["/"] = Route(f"<html><body>{MENU}<a href='{href(arts[0]) if arts else '/'}'>Tin mới</a></body></html>".encode())
    routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /admin/\n", content_type="text/plain")
    return routes


def gzip_route(route: Route) -> Route:
    return Route(gzip.compress(route.body), content_type="application/x-gzip")


def article_href(layout: str, a: SampleArticle) -> str:
    if layout == "paper":
        return "/chinh-tri/" + quote(a.title.lower().replace(" ", "-").replace(",", "").replace(":", ""))
    if layout == "portal":
        return f"/index.php/tin-tuc-su-kien/{a.slug}-{a.id}.html"
    return f"/{a.slug}-post{a.id}.html"


def bulletin_site(n: int, latency: float = 0.0) -> SiteServer:
    """A started site with ``n`` short local bulletins in one RSS feed (/rss.xml), each page
    answering after ``latency`` seconds: the bulk site of the scale-out tests and benchmarks."""
    srv = SiteServer()

    def page(i: int) -> Route:
        def handler(_):
            if latency:
                time.sleep(latency)
            return Route(f"<html><head><title>x</title></head><body><h1>Tin số {i}: hoạt động của tỉnh trong tuần</h1>"
                         f"<div class='date'>12/10/2025 | 14:30</div><div class='content'><p>Nội dung bản tin số {i} "
                         f"về các hoạt động kinh tế, xã hội của địa phương trong tuần qua.</p></div></body></html>".encode())
        return Route(handler=handler)

    items = "".join(f"<item><link>{srv.base}/tin-{i}-{i + 10000}.html</link></item>" for i in range(n))
    srv.routes["/rss.xml"] = Route(f"<rss><channel>{items}</channel></rss>".encode(), content_type="application/rss+xml")
    for i in range(n):
        srv.routes[f"/tin-{i}-{i + 10000}.html"] = page(i)
    return srv.start()


def archive_site(n: int, layout: str, *, now: datetime, days_apart: float = 1.0, latency: float = 0.0,
                 per_page: int = 8, fail_every: int = 0) -> SiteServer:
    """A started site with ``n`` dated bulletins, the newest first, one every ``days_apart`` days,
    found through one discovery route: ``feed`` (/rss.xml, with an ETag), ``sitemap``
    (/sitemap.xml, an index), ``listing`` (numbered pages /tin-tuc?page=N) or ``portal``
    (/danh-muc?trang=N with next-links). Article pages answer after ``latency`` seconds; with
    ``fail_every`` k, every k-th article answers 500 the first time it is asked for."""
    srv = SiteServer()
    failed_once: set[int] = set()
    arts = []
    for i in range(n):
        when = (now - timedelta(days=i * days_apart)).astimezone(VN_TZ)
        arts.append((i, when, f"/bai-viet/ban-tin-so-{i}-{20000 + i}.html"))

    def page(i: int, when: datetime) -> Route:
        def handler(_):
            if latency:
                time.sleep(latency)
            if fail_every and i % fail_every == fail_every - 1 and i not in failed_once:
                failed_once.add(i)
                return Route(b"<html><body>Internal Server Error</body></html>", status=500)
            return Route(f"<html><head><title>Bản tin số {i}</title></head><body><h1>Bản tin số {i}: hoạt động của tỉnh</h1>"
                         f"<div class='date'>{when:%d/%m/%Y} | {when:%H:%M}</div><div class='content'><p>Nội dung bản tin "
                         f"số {i} về các hoạt động kinh tế, xã hội của địa phương trong tuần.</p></div></body></html>".encode())
        return Route(handler=handler)

    for i, when, path in arts:
        srv.routes[path] = page(i, when)
    # (the numbered listing shows each item's date, as many outlets do; the portal does not)
    links = [f"<li><a href='{path}'>Bản tin số {i}: hoạt động kinh tế xã hội của tỉnh</a>"
             + (f" <span class='date'>{when:%d/%m/%Y}</span>" if layout == "listing" else "") + "</li>" for i, when, path in arts]
    pages = [links[k:k + per_page] for k in range(0, len(links), per_page)] or [[]]
    if layout == "feed":
        items = "".join(f"<item><title>Bản tin số {i}</title><link>{srv.base}{path}</link>"
                        f"<pubDate>{format_datetime(when)}</pubDate></item>" for i, when, path in arts)
        srv.routes["/rss.xml"] = Route(f"<rss version='2.0'><channel>{items}</channel></rss>".encode(),
                                       content_type="application/rss+xml", etag=f'"feed-{n}"')
    elif layout == "sitemap":
        urls = "".join(f"<url><loc>{srv.base}{path}</loc><lastmod>{when.isoformat()}</lastmod></url>" for _, when, path in arts)
        srv.routes["/sitemap-1.xml"] = Route(
            f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>".encode(), content_type="application/xml",
            etag=f'"sm-{n}"')
        srv.routes["/sitemap.xml"] = Route(
            (f"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap><loc>{srv.base}/sitemap-1.xml</loc>"
             "</sitemap></sitemapindex>").encode(), content_type="application/xml", etag=f'"smi-{n}"')
    elif layout == "listing":
        for k, chunk in enumerate(pages, 1):
            numbers = " ".join(f"<a href='/tin-tuc?page={j}'>{j}</a>" for j in range(1, len(pages) + 1))
            body = f"<html><body><ul>{''.join(chunk)}</ul><div class='paging'>{numbers}</div></body></html>"
            srv.routes["/tin-tuc" if k == 1 else f"/tin-tuc?page={k}"] = Route(body.encode(), etag=f'"l{k}-{n}"')
    else:  # portal
        for k, chunk in enumerate(pages, 1):
            nxt = f"<a class='next' href='/danh-muc?trang={k + 1}'>Xem thêm</a>" if k < len(pages) else ""
            body = f"<html><body><ul>{''.join(chunk)}</ul>{nxt}</body></html>"
            srv.routes["/danh-muc" if k == 1 else f"/danh-muc?trang={k}"] = Route(body.encode())
    srv.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /admin/\n", content_type="text/plain")
    srv.archive = arts
    return srv.start()


def archive_source(srv: SiteServer, name: str, layout: str, **extra) -> dict:
    """The sources.yaml entry for an ``archive_site``."""
    entry = {"name": name, "title": f"Trang {name}", "province": "Sơn La", "url": srv.base + "/",
             "article_pattern": r"^/bai-viet/.+\.html$", "download_delay": 0, "lookback_days": 365}
    entry.update({"feed": {"feeds": [srv.base + "/rss.xml"]}, "sitemap": {"sitemaps": [srv.base + "/sitemap.xml"]},
                  "listing": {"listings": [srv.base + "/tin-tuc"]},
                  "portal": {"listings": [srv.base + "/danh-muc"], "next_page": "a.next"}}[layout])
    entry.update(extra)
    return entry
