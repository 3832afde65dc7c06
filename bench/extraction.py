"""Extraction: our selector-free lxml path against trafilatura, side by side on the fixture pages.

A page is right when title, publication time, lead and body all match what was published, with no
menu, related-article list or share bar in the body.
"""

from __future__ import annotations

import warnings
from datetime import UTC, datetime

from _common import cpu_ms_each, median, report

from crawler.extract import extract_article
from crawler.pubdate import parse_iso
from crawler.sample_sites import LAYOUTS, article_href, build_site, sample_articles

NOW = datetime(2025, 11, 25, 3, 0, tzinfo=UTC)
LEAKS = ("Tin liên quan", "Trang chủ", "Chia sẻ", "Giấy phép", "Đọc nhiều", "Các tin khác")


def pages():
    arts = sample_articles(NOW)
    for layout in sorted(LAYOUTS):
        routes = build_site(layout, arts, "http://x.vn")
        for a in arts:
            yield a, routes[article_href(layout, a)].body.decode("utf-8")


def ours(html):
    e = extract_article(html, "http://x.vn", now=NOW)
    return e.title, e.published, e.lead, e.body


def theirs(html):
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(html, url="http://x.vn", with_metadata=True, include_comments=False,
                                          favor_precision=False)
    if doc is None:
        return "", None, "", ""
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    published = parse_iso(get("date") or "")
    text = get("text") or ""
    paras = [p for p in text.split("\n") if p.strip()]
    lead = get("description") or (paras[0] if paras else "")
    return get("title") or "", published, lead, "\n".join(paras)


def judge(a, got) -> dict[str, bool]:
    title, published, lead, body = got
    from zoneinfo import ZoneInfo

    hcm = ZoneInfo("Asia/Ho_Chi_Minh")
    day_only = published is not None and published.astimezone(hcm).date() == a.published.astimezone(hcm).date()
    return {
        "title": title == a.title,
        "date (day)": day_only,
        "date and time": published == a.published,
        "lead": a.lead in (lead or "") or a.lead in body[: len(a.lead) + 40],
        "body": all(p in body for p in a.paragraphs),
        "no leak": not any(w in body for w in LEAKS),
    }


def main() -> dict:
    items = list(pages())
    out = {}
    for name, fn in (("huunghi (lxml)", ours), ("trafilatura", theirs)):
        fn(items[0][1])  # warm up
        results = [judge(a, fn(html)) for a, html in items]
        ms = cpu_ms_each(fn, [html for _, html in items])
        right = sum(1 for r in results if all(r[k] for k in ("title", "date (day)", "lead", "body", "no leak")))
        fields = {k: sum(r[k] for r in results) / len(results) for k in results[0]}
        out[name] = {"right": right / len(items), "median_ms": median(ms), **fields}
    rows = []
    for name, r in out.items():
        rows.append((name, f"all fields right on {r['right']:.0%} of {len(items)} pages; median {r['median_ms']:.2f} ms CPU/page"))
        rows.append(("  per field", ", ".join(f"{k} {v:.0%}" for k, v in r.items() if k not in ("right", "median_ms"))))
    rows.append(("targets", "≥ 98% right, more than trafilatura; ≤ 3 ms median"))
    report("extraction (fixture pages, three layouts)", rows)
    return out


if __name__ == "__main__":
    main()
