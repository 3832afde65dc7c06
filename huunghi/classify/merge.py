"""One visit however many outlets report it: the rule that says two reports are the same trip.

Pure and deterministic, so the store (incremental, per new article) and `huunghi eval` (over a
whole corpus) decide alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher

from huunghi.classify.gazetteer import Gazetteer, default_gazetteer
from huunghi.classify.text import key, strip_diacritics

# How far apart two reports of one trip may date the event (days), by what each of them knows.
SAME_DAY_SLACK = 3  # both give the event's day: a trip of four or five days reported day by day
DAY_VS_PUBLISHED = 7  # one gives the day, the other only its publication day
PUBLISHED_ONLY = 5  # neither gives the day
MONTH_ONLY = 45  # a report dated only by its month (a date line, a URL folder): that month or the weeks before
YEAR_ONLY = 366  # a report dated only by a year its text names
UNDATED = 400.0  # the weakest match: joins only when nothing nearer does
YEARLESS = 390.0  # (+ days apart) the same day and month, the year unknown on one side


@dataclass
class Report:
    """What merging needs to know of one article (or of a visit built from several)."""

    lao: frozenset[str]
    vn: frozenset[str]
    direction: str
    start: date | None = None
    end: date | None = None
    reference: date | None = None
    reference_exact: bool = True
    ids: list = field(default_factory=list)
    reference_precision: str | None = None  # "month" or "year" for an inexact reference; None: unknown
    # The latest day the report can be from: a province name dissolved on 1 July 2025 ("Quảng
    # Bình", "Thừa Thiên Huế") dates a report to before then (with a month's slack).
    before: date | None = None
    leader: str | None = None  # the delegation's head, "Name (title)"
    # The event's day and month when its year is not known: ((2, 17), (2, 21)) for "từ ngày 17-21/2".
    yearless: tuple[tuple[int, int], tuple[int, int]] | None = None
    kind: str | None = None
    amounts: frozenset[str] = frozenset()


def vn_key(names, gaz: Gazetteer | None = None) -> frozenset[str]:
    """Vietnamese parties compared by their province since 2025 (Quảng Bình ≡ Quảng Trị)."""
    gaz = gaz or default_gazetteer()
    return frozenset(gaz.vn_province_after_2025(n) or n for n in names)


def _lao_key(names) -> frozenset[str]:
    """Lao provinces by canonical name; any national body (Quốc hội Lào, Đại sứ quán…) is "Lào"."""
    gaz = default_gazetteer()
    provinces = frozenset(n for n in names if n in gaz.lao_provinces)
    return provinces or (frozenset({"Lào"}) if names else frozenset())


def _day_of_year(month: int, day: int) -> int:
    return date(2000, month, day).timetuple().tm_yday  # a leap year, so 29/2 has a place


def _yearless_span(r: Report) -> tuple[int, int] | None:
    """The event's days of the year as far as they are known without the year."""
    if r.start:
        end = r.end or r.start
        return _day_of_year(r.start.month, r.start.day), _day_of_year(end.month, end.day)
    if r.reference and r.reference_exact:
        return (_day_of_year(r.reference.month, r.reference.day),) * 2
    if r.yearless:
        (m1, d1), (m2, d2) = r.yearless
        first, last = _day_of_year(m1, d1), _day_of_year(m2, d2)
        return first, last if last >= first else last + 366  # "30/12 - 2/1" runs into the next year
    return None


def _yearless_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two spans of the year, across the year end too ("30/12" and "2/1")."""
    return min(max(b[0] + shift - a[1], a[0] - b[1] - shift, 0) for shift in (-366, 0, 366))


def date_distance(a: Report, b: Report) -> float | None:
    """Days between the two events as well as they are known; None: too far apart to be one."""
    if a.start and b.start:
        a_end, b_end = a.end or a.start, b.end or b.start
        gap = max((b.start - a_end).days, (a.start - b_end).days, 0)
        return gap if gap <= SAME_DAY_SLACK else None
    if not (a.start or a.reference) or not (b.start or b.reference):
        # One report does not know the year: the day and month, where both give them, must agree.
        sa, sb = _yearless_span(a), _yearless_span(b)
        if sa and sb:
            gap = _yearless_gap(sa, sb)
            return YEARLESS + gap if gap <= SAME_DAY_SLACK else None
        # Else only the parties can tell, and they say "same".
        return UNDATED
    if a.start or b.start:
        day = a.start or b.start
        other = b if a.start else a
        gap = abs((day - other.reference).days)
        return gap if gap <= _slack(other) else None
    if a.reference and b.reference:
        gap = abs((a.reference - b.reference).days)
        limit = PUBLISHED_ONLY if a.reference_exact and b.reference_exact else max(_slack(a), _slack(b))
        return gap if gap <= limit else None
    return None


def _slack(r: Report) -> int:
    """How far from its reference day a report's event may lie."""
    if r.reference_exact:
        return DAY_VS_PUBLISHED
    return MONTH_ONLY if r.reference_precision == "month" else YEAR_ONLY


def _known_day(r: Report) -> date | None:
    return r.start or (r.reference if r.reference_exact else None)


def _leader_syllables(leader: str | None) -> set[str]:
    if not leader:
        return set()
    name = leader.split("(")[0]
    return set(strip_diacritics(key(name)).replace("-", " ").split())


def different_leaders(a: str | None, b: str | None) -> bool:
    """Two named heads of delegation who share under half their name: two different trips.

    Lao names reach the press in several transliterations ("Khamphet Xaysana", "Khăm Phết Xay Xạ
    Na"), so names that still read alike once their syllables are run together are one person.
    """
    x, y = _leader_syllables(a), _leader_syllables(b)
    if not x or not y:
        return False
    if len(x & y) >= 0.5 * min(len(x), len(y)):
        return False
    return SequenceMatcher(None, _leader_letters(a), _leader_letters(b)).ratio() < 0.6


def _leader_letters(leader: str) -> str:
    return re.sub(r"[^a-z]", "", strip_diacritics(key(leader.split("(")[0])))


def same_visit(a: Report, b: Report) -> float | None:
    """A distance (smaller is surer) when ``a`` and ``b`` report the same visit, else None."""
    if not (a.lao & b.lao):
        return None
    if different_leaders(a.leader, b.leader):
        return None
    for x, y in ((a, b), (b, a)):
        day = _known_day(y)
        if x.before and day and day > x.before:
            return None
    if a.vn and b.vn and not (a.vn & b.vn):
        return None
    if a.direction != b.direction and "none" not in (a.direction, b.direction):
        return None
    distance = date_distance(a, b)
    if distance == UNDATED and a.lao == NATIONAL and not _alike(a, b):
        # Laos and Viet Nam as a whole deal with each other every week: without a date, only the same
        # sum ("200.000 USD") or the same kind of exchange makes two national reports one.
        return None
    return distance


NATIONAL = frozenset({"Lào"})


def _alike(a: Report, b: Report) -> bool:
    return bool(a.amounts & b.amounts) or (a.kind == b.kind and a.kind not in (None, "other"))


def pick(candidates: list[Report], new: Report) -> int | None:
    """The index of the visit ``new`` joins (the nearest match; ties to the oldest), or None."""
    best: tuple[float, int] | None = None
    yearless, undated = [], []
    for i, visit in enumerate(candidates):
        d = same_visit(visit, new)
        if d is None:
            continue
        if d >= UNDATED:
            undated.append(i)
        elif d >= YEARLESS:
            yearless.append(i)
        elif best is None or d < best[0]:
            best = (d, i)
    if best:
        return best[1]
    # A report that cannot be dated joins a visit only when the parties (and the day and month,
    # where known) leave no choice: the same two provinces meet on the same day of several years.
    weak = yearless or undated
    return weak[0] if len(weak) == 1 else None


PRECISIONS = ("day", "month", "year", None)  # finer to coarser; None (unknown) is the coarsest


def absorb(visit: Report, new: Report) -> Report:
    """The visit after ``new`` joins it: parties united, the surest dates kept."""
    start = min(filter(None, (visit.start, new.start)), default=None)
    end = max(filter(None, (visit.end or visit.start, new.end or new.start)), default=None)
    refs = [r for r in (visit.reference, new.reference) if r]
    return Report(
        lao=visit.lao | new.lao,
        vn=visit.vn | new.vn,
        direction=visit.direction if visit.direction != "none" else new.direction,
        start=start,
        end=end if end and start and end > start else None,
        reference=min(refs) if refs else None,
        reference_exact=visit.reference_exact and new.reference_exact,
        reference_precision=max((visit.reference_precision, new.reference_precision), key=PRECISIONS.index),
        ids=[*visit.ids, *new.ids],
        before=min(filter(None, (visit.before, new.before)), default=None),
        leader=visit.leader or new.leader,
        yearless=visit.yearless or new.yearless,
        kind=visit.kind or new.kind,
        amounts=visit.amounts | new.amounts,
    )


def cluster(reports: list[Report]) -> list[Report]:
    """Greedy, in the given order (the order articles arrive): each joins a visit or starts one."""
    visits: list[Report] = []
    for report in reports:
        i = pick(visits, report)
        if i is None:
            visits.append(report)
        else:
            visits[i] = absorb(visits[i], report)
    return visits


def dissolved_names_bound(vn_parties, gaz: Gazetteer | None = None) -> date | None:
    """The last day a report naming a province dissolved in 2025 is likely to be from."""
    gaz = gaz or default_gazetteer()
    current = set(gaz.vn_provinces)
    if any(p in gaz.vn_before_2025 and p not in current for p in vn_parties):
        return date(2025, 7, 31)
    return None


def report_from(info, ids=(), gaz: Gazetteer | None = None) -> Report:
    """A Report from a VisitInfo."""
    lao = info.lao_parties
    return Report(
        before=dissolved_names_bound(info.vn_parties, gaz),
        leader=info.leader,
        lao=_lao_key(lao),
        vn=vn_key(info.vn_parties, gaz),
        direction=info.direction,
        # an approximate day is the publication day, already the reference
        start=None if getattr(info, "date_approximate", False) else info.event_date,
        end=None if getattr(info, "date_approximate", False) else info.end_date,
        reference=info.reference,
        reference_exact=getattr(info, "reference_exact", True),
        reference_precision=getattr(info, "reference_precision", None),
        ids=list(ids),
        yearless=getattr(info, "yearless", None),
        kind=info.kind,
        amounts=frozenset(info.amounts),
    )
