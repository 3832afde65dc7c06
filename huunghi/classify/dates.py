"""Event dates in Vietnamese news, resolved against the publication time and across year ends."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

# "10 - 11/4", "từ ngày 10 đến ngày 12/4", "hai ngày 10 và 11/4", "30/11 - 2/12", "từ 28/11 đến 1/12/2025",
# "15-17.5.2022", "từ ngày 1 đến 7-10", "từ ngày 13-8 đến ngày 16/8", "từ ngày 3/9 đến hết ngày 5/9" (a dash between day and month only
# after a word or before "đến": "12-13-5" is no date)
RANGE_RE = re.compile(
    r"(?<![\w/.\-])(?<!tháng )(?P<d1>\d{1,2})(?:\s*(?:[/.]|-(?=\s*\d{1,2}\s+(?:đến|tới)))\s*(?P<m1>\d{1,2})(?:\s*[/.]\s*(?P<y1>\d{4}))?)?"
    r"\s*(?:(?P<dash>-|–)|(?:đến|tới|và)(?:\s+hết)?(?:\s+ngày)?)\s*"
    r"(?P<d2>\d{1,2})\s*(?P<sep>[/.]|(?(dash)(?!)|-))\s*(?P<m2>\d{1,2})(?:\s*(?P=sep)\s*(?P<y2>\d{4}))?(?![\w/]|\.\d)"
)
DAY_RE = re.compile(
    r"(?<![\w])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật"
    # (or a time the text names before the day it gives: "Cuối tuần qua (30/11)", "Mới đây (2/12)")
    r"|(?:cuối|đầu) tuần(?:\s+(?:này|trước))?|mới đây|vừa qua)"
    r"(?:\s+(?:ngày|nay|qua|mai))?\s*[,(]?\s*(?:ngày\s+)?(?:(?:mồng|mùng)\s+)?"
    r"(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:\s*[/\-.]\s*(\d{4}))?(?![\d])(?!\s*/)"
)
# The month as a word ("ngày 12 tháng Mười Một"); "tháng Giêng" and "tháng Chạp" are lunar months, not these.
MONTH_WORDS = {"mười một": 11, "mười hai": 12, "mười": 10, "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6,
               "bảy": 7, "tám": 8, "chín": 9}
LONG_RE = re.compile(
    r"(?<![\w])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+(?:ngày\s+)?(?:(?:mồng|mùng)\s+)?(\d{1,2})\s+tháng\s+"
    r"(\d{1,2}|" + "|".join(MONTH_WORDS) + r")(?!\w)(?:\s+năm\s+(\d{4}))?"
)
# Ranges and pairs of days written out: "từ ngày 10 đến 12 tháng 7 năm 2023", "từ ngày 14 tới ngày 16 tháng 5", "ngày 12 và 13 tháng 7",
# and a pair of days before one month ("vào các ngày 10, 11/7").
LONG_RANGE_RE = re.compile(
    r"(?<![\w])(?:từ|ngày|trong hai ngày|trong 2 ngày)\s+(?:ngày\s+)?(?P<d1>\d{1,2})\s*(?:-|–|đến|tới|và)\s*(?:ngày\s+)?"
    r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>\d{4}))?"
    # (or a list of them: "trong các ngày 14, 15 và 16/5")
    r"|(?<![\w])ngày\s+(?P<p1>\d{1,2})(?:(?:\s*,\s*\d{1,2})*\s*,|(?:\s*,\s*\d{1,2})+\s*,?\s*và)\s*(?P<p2>\d{1,2})\s*[/.\-]\s*"
    r"(?P<pm>\d{1,2})(?:\s*[/.\-]\s*(?P<py>\d{4}))?(?![\d/])"
)
# The trip's second or third day, dated in brackets ("Ngày làm việc thứ hai (12/11)", "ngày thứ ba của chuyến
# thăm (13/11)"): the trip began a day or two before. (A weekday is "thứ Hai", never "ngày thứ hai của chuyến".)
ORDINALS = {"hai": 2, "ba": 3, "tư": 4, "năm": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# (a match with neither "làm việc" nor the trip named is a weekday: left to DAY_RE)
TRIP_DAY_RE = re.compile(
    r"(?<![\w])ngày(?P<work>\s+làm việc)?\s+thứ\s+(?P<nth>hai|ba|tư|năm|[2-5])"
    r"(?P<trip>\s+(?:của|trong)\s+(?:chuyến|đợt|chương trình)[^()\n]{0,40}?)?"
    r"\s*\(\s*(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})(?:\s*[/\-.]\s*(?P<y>\d{4}))?\s*\)"
)
RELATIVE_RE = re.compile(r"(?<![\w])(?:(sáng|chiều|tối|trưa) nay|hôm nay|(hôm qua)|(chiều qua|tối qua|sáng qua)|(hôm kia))(?![\w])")
# A weekday with no date ("Sáng thứ Hai, đoàn …", "vào chủ nhật vừa qua"): the last such day up to the page's. (Only after a time
# of day or "vào"/"hôm": "lần thứ hai", "kỳ họp thứ ba", "ngày thứ hai của chuyến thăm" are ordinals; "thứ Sáu tới" is to come.)
WEEKDAYS = {"thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5, "chủ nhật": 6}
WEEKDAY_RE = re.compile(r"(?<![\w])(?:sáng|chiều|tối|trưa|đêm|hôm|vào)\s+(thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)(?![\w])"
                        r"(?!\s*[,(]?\s*(?:ngày\s+)?\d)(?!\s+(?:tới|sắp tới|tuần tới|tuần sau|này)(?!\w))")
AGO_RE = re.compile(r"(?<![\w])(\d{1,2})\s+ngày\s+trước(?![\w])")
# Reference dates found in the text itself when the publication time is not known.
ARCHIVE_RE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?")
FULL_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})(?![\d/])")
# Publication timestamps many CMSes put in article URLs ("…-20221228061329332.htm").
URL_STAMP_RE = re.compile(r"(?<!\d)(20\d{2})(\d{2})(\d{2})\d{4,}(?!\d)")
YEAR_RE = re.compile(r"(?<![\d/.\-])((?:19|20)\d{2})(?![\d/])")
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
    # the year of an event early in the year when the text only looks back on ``day``'s year
    q1_year: int | None = None
    # what ``day`` stands for: the publication "day", the end of its "month" (a date line, a URL
    # folder), or the end of a "year" the text names
    precision: str = "day"


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
        return Reference(date(y, mo, calendar.monthrange(y, mo)[1]), False, precision="month")
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
                    return Reference(date(y, mo, calendar.monthrange(y, mo)[1]), False, precision="month")
    # Last resort: what the text says of the years around it.
    guess = year_from_text(folded_text[:HEAD_CHARS])
    if guess is not None:
        year, q1_year = guess
        return Reference(date(year, 12, 31), False, q1_year, precision="year")
    return None


# Vietnam–Laos anniversaries the press dates its events by ("60 năm Ngày thiết lập quan hệ ngoại giao").
ANNIVERSARY_ANCHORS = (
    (re.compile(r"thiết lập quan hệ ngoại giao"), 1962),
    (re.compile(r"(?:ký(?: kết)? )?hiệp (?:ước|định) hữu nghị"), 1977),
    (re.compile(r"quốc khánh (?:nước )?(?:cộng hòa dân chủ nhân dân |chdcnd )?lào"), 1975),
)
ANNIVERSARY_RE = re.compile(r"(?<![\d/.])(\d{2,3}) năm (?:ngày |kỷ niệm )?")
# "(1962 - 2022)": an anniversary written as its span
ANNIVERSARY_SPAN_RE = re.compile(r"\(\s*(19[0-8]\d)\s*[-–]\s*((?:19|20)\d{2})\s*\)")
# A year or a period the text looks back on ("đạt được trong năm 2023", "Năm 2021, trong điều kiện …",
# "đánh giá kết quả … giai đoạn 2022 - 2024") or one it is living in ("năm mới 2020", "đề ra trong năm
# 2024", "Thỏa thuận hợp tác năm 2025", "từ đầu năm 2024 đến nay").
REVIEW_CUE_RE = re.compile(r"đạt được|kết quả|thành tựu|tổng kết|đánh giá|nhìn lại|vừa qua|năm qua")
DONE_CUE_RE = re.compile(r"(?<!\w)đã(?!\w)")
CURRENT_CUE_RE = re.compile(
    r"năm mới|(?<!\w)xuân|(?<!\w)tết|bunpimay|đề ra|kế hoạch|phương hướng|nhiệm vụ|năm nay|hợp tác năm"
    r"|đầu năm|(?<!\w)sẽ(?!\w)"
)
SIGNING_CUE_RE = re.compile(r"(?<!\w)ký(?!\w)")
PERIOD_RE = re.compile(r"(?<![\d/])((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?![\d/])")
SENTENCE_END_RE = re.compile(r"[.!?;\n|]")
# The Tết of a year named by its stem and branch ("Tết cổ truyền Canh Tý" is Tết 2020).
STEMS = {"canh": 0, "tân": 1, "nhâm": 2, "quý": 3, "giáp": 4, "ất": 5, "bính": 6, "đinh": 7, "mậu": 8, "kỷ": 9}
BRANCHES = {"thân": 0, "dậu": 1, "tuất": 2, "hợi": 3, "tý": 4, "sửu": 5, "dần": 6, "mão": 7, "mẹo": 7,
            "thìn": 8, "tỵ": 9, "tị": 9, "ngọ": 10, "mùi": 11}
LUNAR_YEAR_RE = re.compile(
    r"(?:tết|xuân)(?:\s+(?:nguyên đán|cổ truyền|dân tộc|mới))*\s+(" + "|".join(STEMS) + r")\s+("
    + "|".join(BRANCHES) + r")(?!\w)"
)
# Reviews of the past year come with the greetings of the new one: Tết, then Bunpimay in April.
REVIEW_SEASON_MONTHS = 4


def _before(text: str, offset: int) -> str:
    """The words of the sentence before ``offset`` (at most 120 characters)."""
    window = text[max(0, offset - 120) : offset]
    cut = max((m.end() for m in SENTENCE_END_RE.finditer(window)), default=0)
    return window[cut:]


def _after(text: str, offset: int) -> str:
    """The words of the sentence after ``offset`` (at most 80 characters)."""
    window = text[offset : offset + 80]
    m = SENTENCE_END_RE.search(window)
    return window[: m.start()] if m else window


def _anniversary_year(text: str, latest: int) -> int | None:
    years = []
    for m in ANNIVERSARY_RE.finditer(text):
        rest = text[m.end() : m.end() + 60]
        years += [base + int(m.group(1)) for rx, base in ANNIVERSARY_ANCHORS if rx.match(rest)]
    for m in ANNIVERSARY_SPAN_RE.finditer(text):
        start, end = int(m.group(1)), int(m.group(2))
        if (end - start) % 5 == 0:
            years.append(end)
    years = [y for y in years if 1990 < y <= latest]
    return max(set(years), key=years.count) if years else None


def _lunar_year(text: str, latest: int) -> int | None:
    m = LUNAR_YEAR_RE.search(text)
    if not m:
        return None
    stem, branch = STEMS[m.group(1)], BRANCHES[m.group(2)]
    return next((y for y in range(latest + 1, latest - 60, -1) if y % 10 == stem and y % 12 == branch), None)


def _period_mention(text: str, m: re.Match) -> tuple[int, str] | None:
    before = _before(text, m.start())
    if REVIEW_CUE_RE.search(before) and not CURRENT_CUE_RE.search(before):
        return int(m.group(2)), "past"
    if SIGNING_CUE_RE.search(before):
        # an agreement for a period is signed in its first year ("lễ ký Biên bản … giai đoạn 2022 – 2024")
        return int(m.group(1)), "current"
    if DONE_CUE_RE.search(before) and not CURRENT_CUE_RE.search(before):
        return int(m.group(2)), "past"
    return None


def _year_mention(text: str, m: re.Match) -> tuple[int, str]:
    before, after = _before(text, m.start()), _after(text, m.end())
    if CURRENT_CUE_RE.search(before[-40:]) or after.lstrip().startswith("đến nay"):
        return int(m.group(1)), "current"
    opens = re.fullmatch(r"\s*năm\s*", before) is not None and after.startswith(",")
    if opens or REVIEW_CUE_RE.search(before) or DONE_CUE_RE.search(before) or REVIEW_CUE_RE.search(after):
        return int(m.group(1)), "past"
    return int(m.group(1)), ""


def year_from_text(text: str, today: date | None = None) -> tuple[int, int] | None:
    """The year a text without a date line was written in, and the year of its first months.

    An anniversary decides both, then the lunar year of a Tết. Else the latest year the text names —
    a single year, the end of a period it looks back on, the first year of an agreement it signs —
    is taken; an event early in the year of an article that only looks back on that year (the
    new-year reviews of the Tết and Bunpimay greetings) belongs to the year after.
    """
    latest = (today or date.today()).year
    anniversary = _anniversary_year(text, latest)
    if anniversary:
        return anniversary, anniversary
    lunar = _lunar_year(text, latest + 1)
    if lunar:
        return lunar - 1, lunar  # Tết falls in January or February; a December visit comes before it
    mentions = [found for m in PERIOD_RE.finditer(text) if (found := _period_mention(text, m))]
    bare = PERIOD_RE.sub(lambda m: " " * len(m.group(0)), text)
    mentions += [_year_mention(bare, m) for m in YEAR_RE.finditer(bare)]
    mentions += [(int(m.group(3)), "") for m in FULL_DATE_RE.finditer(text)]
    mentions = [(y, k) for y, k in mentions if 1990 < y <= latest]
    if not mentions:
        return None
    year = max(y for y, _ in mentions)
    kinds = {k for y, k in mentions if y == year}
    looked_back = kinds == {"past"} and year < latest
    return year, year + 1 if looked_back else year


def resolve(day: int, month: int, year: int | None, ref: Reference | None, ahead: int = 10) -> date | None:
    """The day/month as a date: its own year, else the reference's, stepping back over a year end
    (an announced event may lie up to ``ahead`` days after the reference)."""
    if year:
        return _valid(year, month, day)
    if ref is None:
        return None
    if ref.q1_year and month <= REVIEW_SEASON_MONTHS:
        return _valid(ref.q1_year, month, day)
    candidate = _valid(ref.day.year, month, day)
    if candidate is None:
        return None
    # A day well after the reference belongs to the year before ("29/12" read on 2 January).
    if candidate > ref.day + timedelta(days=ahead):
        candidate = _valid(ref.day.year - 1, month, day)
    return candidate


# A date this long before the page it is read in (half a year) is of the past — a document's, a look back —, not the
# page's news: a report of an exchange comes out within days of it, a late round-up within weeks.
LONG_BEFORE = timedelta(days=183)

# An announced exchange ("sẽ thăm chính thức … từ ngày 24 đến 26/11") lies ahead of its report.
FUTURE_RE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|sắp|chuẩn bị|theo kế hoạch)(?!\w)")
ANNOUNCED_AHEAD = 183  # (half a year, as LONG_BEFORE: a fair announced in May for October)


def _ahead(folded: str, m: re.Match) -> int:
    """How far after the reference the date at ``m`` may lie: far in a sentence that announces."""
    start = max(0, m.start() - 120)
    window = folded[start : m.end() + 40]
    cut = max((e.end() for e in SENTENCE_END_RE.finditer(window, 0, m.start() - start)), default=0)
    end = SENTENCE_END_RE.search(window, m.end() - start)
    return ANNOUNCED_AHEAD if FUTURE_RE.search(window, cut, end.start() if end else len(window)) else 10


@dataclass(frozen=True)
class Found:
    start: date
    end: date | None
    offset: int
    year_given: bool = False  # the expression names its year ("29/01/2019", "ngày 27 tháng 8 năm 2022")


def find_dates(folded: str, ref: Reference | None) -> list[Found]:
    """Every event-date expression in ``folded`` text, in order."""
    out: list[Found] = []
    ranges: list[tuple[int, int]] = []
    matches = [(m, m["d1"], m["m1"], m["y1"], m["d2"], m["m2"], m["y2"]) for m in RANGE_RE.finditer(folded)]
    for m in LONG_RANGE_RE.finditer(folded):
        if m["d1"]:
            matches.append((m, m["d1"], None, None, m["d2"], m["m2"], m["y2"]))
        else:
            matches.append((m, m["p1"], None, None, m["p2"], m["pm"], m["py"]))
    for m, d1, m1, y1, d2, m2, y2 in matches:
        if any(a <= m.start() < b for a, b in ranges):
            continue
        y = int(y2) if y2 else None
        ahead = _ahead(folded, m)
        end = resolve(int(d2), int(m2), y, ref, ahead)
        start = resolve(int(d1), int(m1 or m2), int(y1) if y1 else y, ref, ahead)
        if start and end and start > end and start.month > end.month:
            start = _valid(start.year - 1, start.month, start.day)  # "28/12 - 2/1": across the year end
        if start and end and start <= end and (end - start).days <= 31:
            out.append(Found(start, end, m.start(), y is not None))
            ranges.append((m.start(), m.end()))
    for m in TRIP_DAY_RE.finditer(folded):
        if not (m["work"] or m["trip"]) or any(a <= m.start("d") < b for a, b in ranges):
            continue
        day = resolve(int(m["d"]), int(m["m"]), int(m["y"]) if m["y"] else None, ref, _ahead(folded, m))
        if day:
            first = day - timedelta(days=ORDINALS[m["nth"]] - 1)
            out.append(Found(first, day, m.start(), m["y"] is not None))
            ranges.append((m.start(), m.end()))
    for rx in (DAY_RE, LONG_RE):
        for m in rx.finditer(folded):
            if any(a <= m.start(1) < b for a, b in ranges):
                continue  # the first day of a range already found
            y = int(m.group(3)) if m.group(3) else None
            month = MONTH_WORDS.get(m.group(2)) or int(m.group(2))
            d = resolve(int(m.group(1)), month, y, ref, _ahead(folded, m))
            if d:
                out.append(Found(d, None, m.start(), y is not None))
    if ref is not None and ref.exact:
        for m in RELATIVE_RE.finditer(folded):
            back = 2 if m.group(4) else 1 if (m.group(2) or m.group(3)) else 0
            out.append(Found(ref.day - timedelta(days=back), None, m.start()))
        if ref.precision == "day":
            for m in WEEKDAY_RE.finditer(folded):
                back = (ref.day.weekday() - WEEKDAYS[m.group(1)]) % 7
                out.append(Found(ref.day - timedelta(days=back), None, m.start()))
        for m in AGO_RE.finditer(folded):
            out.append(Found(ref.day - timedelta(days=int(m.group(1))), None, m.start()))
    out.sort(key=lambda f: f.offset)
    return out
