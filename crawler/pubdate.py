"""Publication times as Vietnamese sites print them, in Asia/Ho_Chi_Minh, returned in UTC."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

DATE_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})(?!\d)")
ISO_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+\-]\d{2}:?\d{2})?)?")
TIME_RE = re.compile(r"(?<!\d)(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?!\d)", re.I)
DAY_MONTH_RE = re.compile(r"(?:ngày|sáng|chiều|tối|trưa)\s+(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])", re.I)
RELATIVE_RE = re.compile(r"(?<!\d)(\d{1,4})\s*(phút|giờ|tiếng|ngày|tuần)\s*trước", re.I)
UNITS = {"phút": "minutes", "giờ": "hours", "tiếng": "hours", "ngày": "days", "tuần": "weeks"}


def _aware(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=VN_TZ)
    return dt.astimezone(UTC)


def parse_iso(value: str) -> datetime | None:
    m = ISO_RE.search(value or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    hh, mm, ss = int(m.group(4) or 0), int(m.group(5) or 0), int(m.group(6) or 0)
    try:
        dt = datetime(y, mo, d, hh, mm, ss)
    except ValueError:
        return None
    tz = m.group(7)
    if tz:
        if tz == "Z":
            return dt.replace(tzinfo=UTC)
        sign = 1 if tz[0] == "+" else -1
        digits = tz[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
        return dt.replace(tzinfo=timezone(sign * offset)).astimezone(UTC)
    return _aware(dt)


def parse_vn_datetime(text: str, now: datetime | None = None, date_format: str | None = None) -> datetime | None:
    """A publication time from a date line: "Thứ Năm, 12/10/2025 - 14:30", "14:30 ngày 12/10/2025",
    "12/10/2025 | 14:30", "(BLC) - Ngày 10/4", "3 giờ trước", ISO 8601."""
    if not text:
        return None
    text = " ".join(text.split())
    now = now or datetime.now(UTC)
    if date_format:
        for candidate in (text, *re.split(r"\s*[|,]\s*", text)):
            try:
                return _aware(datetime.strptime(candidate.strip(), date_format))
            except ValueError:
                continue
    m = DATE_RE.search(text)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        t = TIME_RE.search(text[m.end():m.end() + 30]) or TIME_RE.search(text[max(0, m.start() - 30):m.start()])
        hh, mm = (int(t.group(1)), int(t.group(2))) if t else (0, 0)
        try:
            return _aware(datetime(y, mo, d, hh if hh < 24 else 0, mm if mm < 60 else 0))
        except ValueError:
            return None
    iso = parse_iso(text)
    if iso:
        return iso
    m = RELATIVE_RE.search(text)
    if m:
        return now - timedelta(**{UNITS[m.group(2).lower()]: int(m.group(1))})
    m = DAY_MONTH_RE.search(text)
    if m:
        local_now = now.astimezone(VN_TZ)
        try:
            dt = datetime(local_now.year, int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
        if dt.date() > local_now.date() + timedelta(days=1):
            dt = dt.replace(year=dt.year - 1)
        return _aware(dt)
    return None
