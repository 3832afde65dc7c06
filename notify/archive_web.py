"""The public archive on `huunghi web`: read-only pages over the stored visits (home, browse and
search, a visit, a pair, a province, a map and a chart in inline SVG), an Atom feed and CSV/JSON
exports of any filtered view. No script, nothing fetched from elsewhere, no subscriber data."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime
from urllib.parse import quote, urlencode
from xml.etree import ElementTree as ET

from flask import Response, redirect, request

from huunghi import archive
from huunghi.archive import FilterError, Filters
from huunghi.classify.dates import VN_TZ
from huunghi.db import Visit
from huunghi.geo import map_view
from huunghi.store import visit_json
from notify.archive_cache import Recent
from notify.render import KIND_LABELS, _place, visit_view

FEED_SIZE = 50
EXPORT_LIMIT = 10_000
ATOM = "http://www.w3.org/2005/Atom"

WORDS = {
    "vi": {"archive": "Lưu trữ các hoạt động Việt Nam – Lào", "latest": "Mới nhất", "per_month": "Số hoạt động mỗi tháng",
           "search": "Tìm", "vn": "Phía Việt Nam", "lao": "Phía Lào", "direction": "Chiều", "kind": "Loại",
           "from": "Từ ngày", "to": "Đến ngày", "q": "Từ khóa", "any": "tất cả", "apply": "Lọc", "results": "{n} hoạt động",
           "page": "Trang {p}/{last}", "prev": "← Trang trước", "next": "Trang sau →", "sources": "nguồn",
           "map": "Bản đồ", "map_caption": "Các tỉnh đã trao đổi đoàn trong phạm vi đang xem; nét càng đậm, càng nhiều hoạt động.",
           "feed": "Atom", "csv": "CSV", "json": "JSON", "all": "Xem tất cả", "none": "Không có hoạt động nào khớp.",
           "vn_to_la": "Việt Nam → Lào", "la_to_vn": "Lào → Việt Nam", "dir_none": "tại chỗ / không rõ",
           "leader": "Trưởng đoàn", "host": "Tiếp đoàn", "amounts": "Giá trị", "articles": "Các bài báo",
           "outlet": "Báo", "title": "Tiêu đề", "published": "Đăng lúc", "pair": "Lịch sử cặp", "before": "Trước đó",
           "after": "Sau đó", "history": "Lịch sử theo năm", "by_kind": "Theo loại", "by_direction": "Theo chiều",
           "count": "Số", "undated": "Chưa rõ năm", "bad_filter": "Bộ lọc không hợp lệ", "not_found": "Không tìm thấy",
           "approx": "ngày ước tính theo ngày đưa tin", "subscribe": "Nhận bản tin qua email", "lang": "English",
           "province": "Tỉnh / cơ quan", "summary": "Tóm tắt", "table": "Bảng số liệu", "month": "Tháng", "year": "Năm", "period": "Thời gian", "dates": "Thời gian"},
    "en": {"archive": "Archive of Vietnam–Laos exchanges", "latest": "Latest", "per_month": "Exchanges per month",
           "search": "Search", "vn": "Vietnamese side", "lao": "Lao side", "direction": "Direction", "kind": "Kind",
           "from": "From", "to": "To", "q": "Words", "any": "any", "apply": "Filter", "results": "{n} exchanges",
           "page": "Page {p} of {last}", "prev": "← Previous", "next": "Next →", "sources": "sources",
           "map": "Map", "map_caption": "Provinces that exchanged delegations in this view; the thicker the line, the more exchanges.",
           "feed": "Atom", "csv": "CSV", "json": "JSON", "all": "See all", "none": "No exchange matches.",
           "vn_to_la": "Vietnam → Laos", "la_to_vn": "Laos → Vietnam", "dir_none": "on site / not said",
           "leader": "Delegation led by", "host": "Received by", "amounts": "Amounts", "articles": "Articles",
           "outlet": "Outlet", "title": "Title", "published": "Published", "pair": "The pair's history", "before": "Before",
           "after": "After", "history": "History by year", "by_kind": "By kind", "by_direction": "By direction",
           "count": "Count", "undated": "Year not known", "bad_filter": "A filter cannot be read", "not_found": "Not found",
           "approx": "approximate: the day it was reported", "subscribe": "Get the digest by email", "lang": "Tiếng Việt",
           "province": "Province / body", "summary": "Summary", "table": "As a table", "month": "Month", "year": "Year", "period": "Period", "dates": "Dates"},
}


def register(web, app, page) -> None:
    """Add the archive's routes to the Flask app ``web``; ``page`` renders a template."""
    sums = Recent(app.settings.huunghi_archive_cache_seconds)

    def kept(name: str, f: Filters, compute, *more):
        """A sum over many visits, from the last minute's if there is one (any page's the same)."""
        return sums.get((name, replace(f, page=1), *more), compute)

    def lang() -> str:
        return "en" if request.args.get("lang") == "en" else "vi"

    def link(path: str, args: dict | None = None) -> str:
        args = {**(args or {}), **({"lang": "en"} if lang() == "en" else {})}
        return path + ("?" + urlencode(args) if args else "")

    def card(v: Visit) -> dict:
        language = lang()
        return {"id": v.id, "view": visit_view(v, language), "n_sources": len(v.articles), "visit": v,
                "url": link(f"/visits/{v.id}"),
                "pair_url": link(f"/pairs/{quote(v.vn_parties[0], safe='')}/{quote(v.lao_parties[0], safe='')}")
                if v.vn_parties and v.lao_parties else None}

    def label(name: str, side: str) -> str:
        return _place(name, lang(), side == "la")

    def common(session, f: Filters) -> dict:
        language = lang()
        names = kept("names", Filters(), lambda: archive.side_names(session))
        return {"t": WORDS[language], "lang": language, "f": f, "link": link, "label": label,
                "kinds": [(k, KIND_LABELS[language].get(k, k)) for k in archive.kinds(session)],
                "vn_names": names["vn"], "lao_names": names["la"],
                "other_lang": f"{quote(request.path)}?{urlencode({**request.args.to_dict(), 'lang': 'vi' if language == 'en' else 'en'})}",
                "export": {fmt: link(path, f.args(page=1)) for fmt, path in
                           (("feed", "/feed.atom"), ("csv", "/visits.csv"), ("json", "/visits.json"))}}

    def filters_or_400():
        try:
            return Filters.from_args(request.args), None
        except FilterError as exc:
            t = WORDS[lang()]
            return None, page("message.html.j2", 400, title=t["bad_filter"], message=str(exc))

    def archive_page(template: str, **data):
        body, status, headers = page(f"archive/{template}", **data)
        # public pages: a browser may keep them a little, and must ask again after that
        return body, status, {**headers, "Cache-Control": "public, max-age=60"}

    @web.get("/favicon.ico")
    def favicon():  # asked for by browsers that do not read the page's <link rel="icon">
        return redirect("/static/favicon.svg", 301)

    @web.get("/")
    def home():
        f, error = filters_or_400()
        if error:
            return error
        with app.db.session() as session:
            latest = archive.page_rows(session, f, per_page=20)
            total = kept("count", f, lambda: archive.count_matching(session, f))
            today = datetime.now(VN_TZ).date()
            months = kept("months", f, lambda: archive.per_month(session, f, today), today)
            data = common(session, f)
            window = archive.recent_window(f, today)
            drawn = map_view(kept("pairs", window, lambda: archive.pairs(session, window)), label)
            return archive_page("home.html.j2", visits=[card(v) for v in latest], total=total, months=months,
                                chart=_chart(months), map=drawn, map_period=_period(window, lang()), **data)

    @web.get("/visits")
    def visits():
        f, error = filters_or_400()
        if error:
            return error
        with app.db.session() as session:
            found = archive.page_rows(session, f)
            total = kept("count", f, lambda: archive.count_matching(session, f))
            last = max(1, -(-total // archive.PER_PAGE))
            data = common(session, f)
            window = archive.recent_window(f, datetime.now(VN_TZ).date())
            drawn = map_view(kept("pairs", window, lambda: archive.pairs(session, window)), label)
            return archive_page("visits.html.j2", visits=[card(v) for v in found], total=total, last=last, map=drawn,
                                map_period=_period(window, lang()),
                                prev_url=link("/visits", f.args(page=f.page - 1)) if f.page > 1 else None,
                                next_url=link("/visits", f.args(page=f.page + 1)) if f.page < last else None, **data)

    @web.get("/visits/<int:visit_id>")
    def one_visit(visit_id: int):
        with app.db.session() as session:
            v = session.get(Visit, visit_id)
            if v is None:
                t = WORDS[lang()]
                return page("message.html.j2", 404, title=t["not_found"], message=f"#{visit_id}")
            before = after = None
            if v.vn_parties and v.lao_parties:
                pair = Filters(vn=v.vn_parties[0], lao=v.lao_parties[0])
                order = kept("order", pair, lambda: archive.pair_order(session, pair.vn, pair.lao))
                before, after = (session.get(Visit, i) if i else None for i in archive.neighbours(order, v))
            data = common(session, Filters())
            return archive_page("visit.html.j2", c=card(v), before=card(before) if before else None,
                                after=card(after) if after else None, **data)

    @web.get("/pairs/<vn>/<lao>")
    def pair(vn: str, lao: str):
        return _history(Filters(vn=vn, lao=lao), f"{label(vn, 'vn')} – {label(lao, 'la')}")

    @web.get("/provinces/<name>")
    def province(name: str):
        f = archive.province_filters(name, Filters())
        return _history(f, label(name, "la" if f.lao else "vn"))

    def _history(f: Filters, heading: str):
        """A pair's or a province's page: a bar per year (each a link to that year), counts by kind
        and direction, the map of partners, and the newest visits (or the chosen year's)."""
        try:
            chosen = Filters.from_args(request.args)
        except FilterError as exc:
            return page("message.html.j2", 400, title=WORDS[lang()]["bad_filter"], message=str(exc))
        f = replace(f, date_from=chosen.date_from, date_to=chosen.date_to, page=chosen.page)
        with app.db.session() as session:
            whole = replace(f, date_from=None, date_to=None)
            h = kept("history", whole, lambda: archive.history(session, whole))
            if h.total == 0:
                return page("message.html.j2", 404, title=WORDS[lang()]["not_found"], message=heading)
            data = common(session, f)
            drawn = map_view(kept("pairs", whole, lambda: archive.pairs(session, whole)), label)
            year = chosen.date_from.year if chosen.date_from else None
            return archive_page("history.html.j2", heading=heading, h=h, map=drawn, year=year,
                                timeline=_timeline(h.years, quote(request.path), link),
                                visits=[card(v) for v in archive.page_rows(session, f)], shown_total=sum(
                                    n for y, n in h.years if year is None or y == year),
                                kind_rows=[(KIND_LABELS[lang()].get(k, k), n) for k, n in h.kinds.most_common()],
                                direction_rows=[(_direction_word(d, lang()), n) for d, n in h.directions.most_common()],
                                all_url=link("/visits", f.args()), request_path=quote(request.path), **data)

    @web.get("/feed.atom")
    def feed():
        f, error = filters_or_400()
        if error:
            return error
        with app.db.session() as session:
            found = archive.all_matching(session, f, FEED_SIZE)
            body = _atom(found, f, app.settings.base_url, lang())
        return _cached(body, "application/atom+xml; charset=utf-8")

    @web.get("/visits.csv")
    def export_csv():
        f, error = filters_or_400()
        if error:
            return error
        with app.db.session() as session:
            body = _csv(archive.all_matching(session, f, EXPORT_LIMIT), app.settings.base_url)
        return _cached(body, "text/csv; charset=utf-8", filename="huunghi-visits.csv")

    @web.get("/visits.json")
    def export_json():
        f, error = filters_or_400()
        if error:
            return error
        with app.db.session() as session:
            rows = [visit_json(v) for v in archive.all_matching(session, f, EXPORT_LIMIT)]
        return _cached(json.dumps(rows, ensure_ascii=False, indent=1), "application/json; charset=utf-8")


def _direction_word(direction: str, language: str) -> str:
    t = WORDS[language]
    return t[direction] if direction in ("vn_to_la", "la_to_vn") else t["dir_none"]


def _period(f: Filters, language: str) -> str:
    start = f.date_from.isoformat() if f.date_from else "…"
    end = f.date_to.isoformat() if f.date_to else ("nay" if language == "vi" else "today")
    return f"{start} – {end}"


def _timeline(years: list[tuple[int | None, int]], path: str, link) -> dict:
    """A bar per year, oldest left; each bar links to that year's visits on the same page."""
    dated = sorted((y, n) for y, n in years if y is not None)
    top = max((n for _, n in dated), default=1)
    bars = [{"x": i * 40 + 4, "w": 32, "h": round(90 * n / top, 1), "y": round(100 - 90 * n / top, 1), "year": y, "n": n,
             "url": link(path, {"from": f"{y}-01-01", "to": f"{y}-12-31"})} for i, (y, n) in enumerate(dated)]
    return {"width": max(40 * len(bars), 40), "height": 116, "bars": bars}


def _chart(months: list[tuple[str, int]]) -> dict:
    """Bars for the per-month chart, in SVG units."""
    top = max((n for _, n in months), default=0) or 1
    width, height, gap = 24 * len(months), 120, 4
    bars = []
    for i, (month, n) in enumerate(months):
        h = round(100 * n / top, 1)
        bars.append({"x": i * 24 + gap / 2, "y": 110 - h, "w": 24 - gap, "h": h, "month": month, "n": n,
                     "label": month[5:] if month[5:] in ("01", "07") or i == 0 else ""})
    return {"width": width, "height": height + 14, "bars": bars}


def _cached(body: str, content_type: str, filename: str | None = None) -> Response:
    """Feeds and exports carry an ETag (a reader asking again gets 304) and may be kept 5 minutes."""
    tag = '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'
    headers = {"ETag": tag, "Cache-Control": "public, max-age=300"}
    if filename:
        headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    if tag in [t.strip() for t in request.headers.get("If-None-Match", "").split(",")]:
        return Response(status=304, headers=headers)
    return Response(body, content_type=content_type, headers=headers)


def _atom(visits: list[Visit], f: Filters, base_url: str, language: str) -> str:
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed")
    query = f.query(page=1)
    self_url = f"{base_url}/feed.atom" + (f"?{query}" if query else "")
    ET.SubElement(root, f"{{{ATOM}}}title").text = "huunghi: " + WORDS[language]["archive"]
    ET.SubElement(root, f"{{{ATOM}}}id").text = self_url
    ET.SubElement(root, f"{{{ATOM}}}link", rel="self", href=self_url)
    ET.SubElement(root, f"{{{ATOM}}}link", rel="alternate", href=f"{base_url}/visits" + (f"?{query}" if query else ""))
    updated = max((v.updated_at for v in visits), default=datetime(2020, 1, 1, tzinfo=UTC))
    ET.SubElement(root, f"{{{ATOM}}}updated").text = _rfc3339(updated)
    ET.SubElement(ET.SubElement(root, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = "huunghi"
    for v in visits:
        view = visit_view(v, language)
        entry = ET.SubElement(root, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = view.headline
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"{base_url}/visits/{v.id}"
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=f"{base_url}/visits/{v.id}")
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _rfc3339(v.updated_at)
        ET.SubElement(entry, f"{{{ATOM}}}published").text = _rfc3339(v.created_at)
        lines = [view.summary, *(f"{a['outlet']}: {a['title']} — {a['url']}" for a in view.articles)]
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = "\n".join(x for x in lines if x)
        for side in (*v.vn_parties, *v.lao_parties):
            ET.SubElement(entry, f"{{{ATOM}}}category", term=side)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")


def _rfc3339(when: datetime) -> str:
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


CSV_COLUMNS = ["id", "start_date", "end_date", "start_approximate", "direction", "kind", "vn_parties", "lao_parties",
               "title", "summary", "leader", "host_leader", "amounts", "n_sources", "source_urls", "page"]


def _cell(value) -> str:
    """A cell a spreadsheet will not run: text starting with = + - @ (a formula) gets a quote first."""
    text = "" if value is None else value.isoformat() if isinstance(value, date) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv(visits: list[Visit], base_url: str) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    for v in visits:
        w.writerow([_cell(x) for x in (
            v.id, v.start_date, v.end_date, int(bool(v.start_approximate)), v.direction, v.kind,
            "; ".join(v.vn_parties), "; ".join(v.lao_parties), " ".join(v.title.split()), " ".join(v.summary.split()),
            v.leader, v.host_leader, "; ".join(v.amounts or []), len(v.articles),
            " ".join(a.url for a in v.articles), f"{base_url}/visits/{v.id}")])
    return "\ufeff" + out.getvalue()  # a BOM, so that spreadsheet programs read the Vietnamese as UTF-8
