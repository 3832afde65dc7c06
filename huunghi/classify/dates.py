"""Event dates in Vietnamese news, resolved against the publication time and across year ends."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

RANGE_RE = re.compile(r"(?<![\w/])(\d{1,2})\s*-\s*(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\w/])")
DAY_RE = re.compile(
    r"(?<![\w])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)(?:\s+(?:ngày|nay|qua|mai))?\s*\(?\s*"
    r"(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:\s*[/\-.]\s*(\d{4}))?(?![\d])(?!\s*/)"
)
LONG_RE = re.compile(r"(?<![\w])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?")
RELATIVE_RE = re.compile(r"(?<![\w])(?:(sáng|chiều|tối|trưa) nay|hôm nay|(hôm qua)|(chiều qua|tối qua|sáng qua))(?![\w])")
AGO_RE = re.compile(r"(?<![\w])(\d{1,2})\s+ngày\s+trước(?![\w])")
# Reference dates found in the text itself when the publication time is not known.
ARCHIVE_RE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?")
FULL_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})(?![\d/])")
# Publication timestamps many CMSes put in article URLs ("…-20221228061329332.htm").
URL_STAMP_RE = re.compile(r"(?<!\d)(20\d{2})(\d{2})(\d{2})\d{4,}(?!\d)")
YEAR_RE = re.compile(r"(?<![\d/.\-])((?:19|20)\d{2})(?![\d/])")
# "giai đoạn 2022 - 2024", "(1962 - 2022)": periods and anniversaries, not the year of the event
YEAR_RANGE_RE = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")
HEAD_CHARS = 3000
URL_DATE_RES = [
    re.compile(r"/(20\d{2})-(\d{1,2})-(\d{1,2})/"),
    re.compile(r"/(20\d{2})(\d{2})/"),
    re.compile(r"/(20\d{2})/(\d{1,2})/"),
]


@dataclass(frozen=True)
class Reference:
    """What we know of when the article was written: a day, or only a month."""

    day: date
    exact: bool


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def reference_from(published: datetime | None, folded_text: str, url: str | None) -> Reference | None:
    if published is not None:
        local = published.astimezone(VN_TZ) if published.tzinfo else published
        return Reference(local.date(), True)
    m = ARCHIVE_RE.search(folded_text[:40])
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if m.group(3):
            d = _valid(y, mo, int(m.group(3)))
            if d:
                return Reference(d, True)
        return Reference(date(y, mo, calendar.monthrange(y, mo)[1]), False)
    for m in FULL_DATE_RE.finditer(folded_text[:600]):
        d = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d and 1990 < d.year < 2100:
            return Reference(d, True)
    if url:
        m = URL_STAMP_RE.search(url)
        if m:
            d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d:
                return Reference(d, True)
        for rx in URL_DATE_RES:
            m = rx.search(url)
            if m:
                y, mo = int(m.group(1)), int(m.group(2))
                if 1 <= mo <= 12:
                    return Reference(date(y, mo, calendar.monthrange(y, mo)[1]), False)
    # Last resort: a year the headline or lead names ("… hợp tác năm 2025"): the event is in it.
    text = YEAR_RANGE_RE.sub(" ", folded_text[:HEAD_CHARS])
    years = [int(y) for y in YEAR_RE.findall(text) if 1990 < int(y) <= date.today().year]
    if years:
        return Reference(date(max(years), 12, 31), False)
    return None


def resolve(day: int, month: int, year: int | None, ref: Reference | None) -> date | None:
    """The day/month as a date: its own year, else the reference's, stepping back over a year end."""
    if year:
        return _valid(year, month, day)
    if ref is None:
        return None
    candidate = _valid(ref.day.year, month, day)
    if candidate is None:
        return None
    # A day well after the reference belongs to the year before ("29/12" read on 2 January).
    if candidate > ref.day + timedelta(days=10):
        candidate = _valid(ref.day.year - 1, month, day)
    return candidate


@dataclass(frozen=True)
class Found:
    start: date
    end: date | None
    offset: int


def find_dates(folded: str, ref: Reference | None) -> list[Found]:
    """Every event-date expression in ``folded`` text, in order."""
    out: list[Found] = []
    for m in RANGE_RE.finditer(folded):
        y = int(m.group(4)) if m.group(4) else None
        start = resolve(int(m.group(1)), int(m.group(3)), y, ref)
        end = resolve(int(m.group(2)), int(m.group(3)), y, ref)
        if start and end and start <= end:
            out.append(Found(start, end, m.start()))
    for rx in (DAY_RE, LONG_RE):
        for m in rx.finditer(folded):
            y = int(m.group(3)) if m.group(3) else None
            d = resolve(int(m.group(1)), int(m.group(2)), y, ref)
            if d:
                out.append(Found(d, None, m.start()))
    if ref is not None and ref.exact:
        for m in RELATIVE_RE.finditer(folded):
            back = 1 if (m.group(2) or m.group(3)) else 0
            out.append(Found(ref.day - timedelta(days=back), None, m.start()))
        for m in AGO_RE.finditer(folded):
            out.append(Found(ref.day - timedelta(days=int(m.group(1))), None, m.start()))
    out.sort(key=lambda f: f.offset)
    return out
