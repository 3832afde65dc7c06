"""One visit however many outlets report it: the rule that says two reports are the same trip.

Pure and deterministic, so the store (incremental, per new article) and `huunghi eval` (over a
whole corpus) decide alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

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
# A page that gives no day of its own (a weekly's round-up, a re-post, a photo story) may report an
# event another report dates up to a month before the page was published: it joins that visit only
# when the parties leave it no other, like an undated page, and never bridges two.
LATE_REPORT = 30
LATE = 410.0  # (+ days apart)


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
    direction_guessed: bool = False  # no text said who travelled: the direction keeps no report apart
    unit: str | None = None  # the kind of body that dealt with the other side ("police", "council" …)


def vn_key(names, gaz: Gazetteer | None = None) -> frozenset[str]:
    """Vietnamese parties compared by their province since 2025 (Quảng Bình ≡ Quảng Trị)."""
    gaz = gaz or default_gazetteer()
    return frozenset(gaz.vn_province_after_2025(n) or n for n in names)


def lao_key(names) -> frozenset[str]:
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
        if gap <= _slack(other):
            return gap
        return LATE + gap if other.reference_exact and day < other.reference and gap <= LATE_REPORT else None
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


@lru_cache(maxsize=4096)  # (a crawl compares the same few heads' names again and again)
def _likeness(a: str | None, b: str | None) -> float | None:
    """How alike two heads' names read: 1 when they share at least half their syllables, else how
    alike their letters are once run together; None when either names nobody.

    Lao names reach the press in several transliterations ("Khamphet Xaysana", "Khăm Phết Xay Xạ
    Na"), so names that still read alike once their syllables are run together are one person.
    """
    x, y = _leader_syllables(a), _leader_syllables(b)
    if not x or not y:
        return None
    if len(x & y) >= 0.5 * min(len(x), len(y)):
        return 1.0
    return SequenceMatcher(None, _leader_letters(a), _leader_letters(b)).ratio()


def different_leaders(a: str | None, b: str | None) -> bool:
    """Two named heads of delegation whose names do not read alike: two different trips."""
    likeness = _likeness(a, b)
    return likeness is not None and likeness < 0.6


def _leader_letters(leader: str) -> str:
    return re.sub(r"[^a-z]", "", strip_diacritics(key(leader.split("(")[0])))


def same_visit(a: Report, b: Report) -> float | None:
    """A distance (smaller is surer) when ``a`` and ``b`` report the same visit, else None."""
    same_days = _same_days(a, b)
    touring = _one_delegation_touring(a, b) or _one_unit_touring(a, b) or _one_leader_of_laos_touring(a, b)
    if not (a.lao & b.lao) and not (same_days and NATIONAL in (a.lao, b.lao)) \
            and not (touring and (a.direction == "vn_to_la" or NATIONAL in (a.lao, b.lao))) \
            and not _national_exchange_in_vientiane(a, b):
        # (Laos as a whole and a province of it meet the same Vietnamese side on the same days when a
        # report names the place of a national exchange as its party)
        return None
    if different_leaders(a.leader, b.leader):
        # (two heads of delegation are two trips, even on the same days: a province's leaders and its police
        # greeting the same province on one day of the Tết season; the host is read apart from the head)
        return None
    for x, y in ((a, b), (b, a)):
        day = _known_day(y)
        if x.before and day and day > x.before and x.start is None:
            # (a report that gives the event's day needs no bound from its names: old names outlive the merger in
            # some outlets — a Lao one writing "Thừa Thiên Huế" in October 2025)
            return None
    if a.vn and b.vn and not (a.vn & b.vn):
        if not (a.lao & b.lao) and not touring:
            # neither side in common: a national exchange and a provincial one on the same days are two
            return None
        national = (_national(a.vn), _national(b.vn))
        if not (all(national) or any(national) and same_days) and not (touring and a.direction == "la_to_vn"):
            # One state visit is reported as Viet Nam's, the Government's, the Assembly's or a ministry's:
            # two national sides never keep reports apart, and a national side and a province (Hà Nội
            # for the state visit, the province the delegation toured) only when the days differ.
            return None
    apart = bool(a.vn and b.vn) and not (a.vn & b.vn) and not (_national(a.vn) and _national(b.vn))
    if a.direction != b.direction and "none" not in (a.direction, b.direction) and (not same_days or apart) \
            and not (a.direction_guessed or b.direction_guessed):
        # two reports that agree on the days of the exchange are one trip even when one of them
        # reads its direction wrong — unless their Vietnamese sides differ too, not both national (a city's
        # guests from Laos and a friendship society's delegation to Laos on one day) —, and so are two of
        # which one only guessed it; else opposite directions are two trips
        return None
    distance = date_distance(a, b)
    if distance is None and _one_delegation_touring(a, b):
        # (the same head, the same way, days apart within a week: the first and last days of one trip — "Sáng 10/3,
        # đoàn … đến thăm" and "Ngày 14/3, đoàn … kết thúc chuyến thăm")
        distance = abs((_known_day(a) - _known_day(b)).days)
    loose = distance == UNDATED or any(r.start is None and r.reference and not r.reference_exact for r in (a, b))
    if loose and NATIONAL in (a.lao, b.lao) and not _alike(a, b):
        # Laos and Viet Nam as a whole deal with each other every week: without a date (or with only its
        # month or year), only the same sum ("200.000 USD") or the same kind of exchange makes two national
        # reports one.
        return None
    if distance is not None and distance >= LATE and a.lao == NATIONAL and not (a.vn & b.vn):
        # (weeks apart, two national reports are one only when they name the same Vietnamese body)
        return None
    return distance


NATIONAL = frozenset({"Lào"})
TOUR_DAYS = 7  # a delegation's trip through several provinces of the other country


def _one_delegation_touring(a: Report, b: Report) -> bool:
    """The same head of delegation, travelling the same way within a week: one trip that called on
    several hosts ("Sỉ-hêng Hỏm-sổm-bắt" greeting Gia Lai, then "Siheang Homsombat" greeting Huế).
    The travelling side must still be the same; only the hosts may differ."""
    return bool(a.leader and b.leader) and _same_side_travelling(a, b) and _same_leader(a.leader, b.leader)


def _one_unit_touring(a: Report, b: Report) -> bool:
    """The same travelling side's body of one kind, the same way, within a week, no head named against
    another: one trip that called on several hosts ("Công an các tỉnh Salavan, Khammuon, Savannakhet" greeting
    Quảng Trị's border guards on the 2nd, Salavan's police greeting Huế's on the 4th)."""
    if not a.unit or a.unit != b.unit or a.direction_guessed or b.direction_guessed or different_leaders(a.leader, b.leader):
        return False
    return _same_side_travelling(a, b)


def _same_side_travelling(a: Report, b: Report) -> bool:
    """The same way, within a week, a travelling side in common (only the hosts may differ)."""
    if a.direction != b.direction or a.direction == "none":
        return False
    da, db = _known_day(a), _known_day(b)
    if not (da and db and abs((da - db).days) <= TOUR_DAYS):
        return False
    travellers = (a.lao, b.lao) if a.direction == "la_to_vn" else (a.vn, b.vn)
    return bool(travellers[0] & travellers[1])


def _one_leader_of_laos_touring(a: Report, b: Report) -> bool:
    """The same named head coming from Laos within a week, one report naming Laos as his side and the other a province
    or the capital (where a topic of his call put it: "hợp tác giữa Thủ đô Hà Nội và Thủ đô Viêng Chăn"): one trip."""
    if a.direction != "la_to_vn" or NATIONAL not in (a.lao, b.lao) or a.lao & b.lao:
        return False  # (a side in common: ``_one_delegation_touring`` already asks)
    return _one_delegation_touring(replace(a, lao=NATIONAL), replace(b, lao=NATIONAL))


CAPITAL = frozenset({"Thủ đô Viêng Chăn"})


def _national_exchange_in_vientiane(a: Report, b: Report) -> bool:
    """Viet Nam's national bodies on both sides, Laos on one and its capital on the other: one report
    took the place of a national exchange ("hội đàm … tại Thủ đô Viêng Chăn") for its party."""
    return {a.lao, b.lao} == {NATIONAL, CAPITAL} and bool(a.vn and b.vn) and _national(a.vn) and _national(b.vn)


def _same_leader(a: str, b: str) -> bool:
    """Two names that surely read as one person (a stricter bar than ``different_leaders``)."""
    likeness = _likeness(a, b)
    return likeness is not None and likeness >= 0.75


def _national(vn: frozenset[str]) -> bool:
    """A Vietnamese side made of national bodies only."""
    gaz = default_gazetteer()
    return all(n in gaz.vn_bodies for n in vn)


def _same_days(a: Report, b: Report) -> bool:
    """Both give the event's day, and the days overlap."""
    if not (a.start and b.start):
        return False
    return a.start <= (b.end or b.start) and b.start <= (a.end or a.start)


def _alike(a: Report, b: Report) -> bool:
    return bool(a.amounts & b.amounts) or (a.kind == b.kind and a.kind not in (None, "other", "working_visit"))


def link(a: Report, b: Report) -> str | None:
    """How two reports are one visit: "strong" (the dates agree), "weak" (only the parties, or the
    day and month without a year, can tell), or None (two visits)."""
    d = same_visit(a, b)
    if d is None:
        return None
    # a report dated only by a month or a year agrees with every visit of that month or year: it
    # may join one, never bridge two
    return "strong" if d < YEARLESS and _known_day(a) and _known_day(b) else "weak"


PRECISIONS = ("day", "month", "year", None)  # finer to coarser; None (unknown) is the coarsest


def absorb(visit: Report, new: Report) -> Report:
    """The visit after ``new`` joins it: parties united, the surest dates kept."""
    start = min(filter(None, (visit.start, new.start)), default=None)
    end = max(filter(None, (visit.end or visit.start, new.end or new.start)), default=None)
    refs = [r for r in (visit.reference, new.reference) if r]
    return Report(
        lao=visit.lao | new.lao,
        vn=visit.vn | new.vn,
        # (a direction the text states before a guessed one)
        direction=new.direction if visit.direction == "none" or (
            visit.direction_guessed and not new.direction_guessed and new.direction != "none") else visit.direction,
        direction_guessed=visit.direction_guessed and new.direction_guessed,
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
        unit=visit.unit or new.unit,
    )


def compatible(a: list[Report], b: list[Report]) -> bool:
    """No head of delegation in ``a`` differs from one in ``b``: reports of two delegations never make one
    visit, not even through a third report that names no head and agrees with both."""
    heads_a = {r.leader for r in a if r.leader}
    heads_b = {r.leader for r in b if r.leader}
    return not any(different_leaders(x, y) for x in heads_a for y in heads_b)


def choose(report: Report, visits: list[list[Report]]) -> list[int]:
    """Which of ``visits`` (each its reports; those ``report`` links to) it joins: nearest first, each only
    when its heads agree with the report's and with those of the visits already chosen."""

    def nearest(k: int) -> float:
        return min((d for m in visits[k] if (d := same_visit(report, m)) is not None), default=UNDATED)

    def other_sides(k: int) -> bool:
        # (at the same distance, a visit that names the report's own Vietnamese side comes first: a ministry's
        # guests on the days of a state visit join the ministry's other reports, not the state visit; then one of
        # the report's own kind of body: the police's talks join the police's other reports, not the governors')
        return not any(report.vn & m.vn for m in visits[k]), bool(report.unit) and not any(m.unit == report.unit for m in visits[k])

    taken, chosen = [report], []
    for k in sorted(range(len(visits)), key=lambda k: (nearest(k), *other_sides(k), k)):
        if compatible(taken, visits[k]):
            chosen.append(k)
            taken += visits[k]
    return sorted(chosen)


def same_yearless(a: Report, b: Report) -> bool:
    """Neither knows the year, both know the day and month, and those agree."""
    d = same_visit(a, b)
    return d is not None and YEARLESS <= d < UNDATED


def dated(r: Report) -> bool:
    """Whether the report knows the event's day (or its publication day): only such reports bridge."""
    return _known_day(r) is not None


def may_join_weakly(r: Report) -> bool:
    """Whether a report that no visit's dates agree with may join the one visit its parties allow: a
    page that gives no event day of its own (undated, or dated only by its publication)."""
    return r.start is None


def no_event_day(reports: list[Report]) -> bool:
    """A visit none of whose reports gives the event's day (undated pages, or late ones that only know when they
    were published): it may join one visit of dated reports weakly, as one page would (see ``cluster``)."""
    return bool(reports) and all(may_join_weakly(r) for r in reports)


def cluster(reports: list[Report]) -> list[Report]:
    """The visits the reports make, taken in the order given (the store's: publication order): a dated
    report joins the visits whose dates and parties it agrees with (one that agrees with two joins them
    into one, unless their heads of delegation differ: see ``choose``); a visit none of whose reports gives
    the event's day (an undated page, or reports that only know when they were published, weeks after a
    dated one) joins a visit of dated reports only when the parties leave it no other, and a lone undated
    report never joins another undated one. The store builds the same, one article at a time (see ``huunghi.ingest``)."""
    parent = list(range(len(reports)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def unite(keep: int, other: int) -> None:
        keep, other = root(keep), root(other)
        if keep != other:
            parent[other] = keep
            members[keep] += members.pop(other)

    weak: dict[int, set[int]] = {}
    for i, a in enumerate(reports):
        strong: list[int] = []
        for j in range(i):
            kind = link(a, reports[j])
            if kind == "strong" and root(j) not in strong:
                strong.append(root(j))
            elif kind == "weak":
                weak.setdefault(i, set()).add(j)
                weak.setdefault(j, set()).add(i)
        chosen = [strong[k] for k in choose(a, [[reports[m] for m in members[g]] for g in strong])]
        for g in chosen:
            unite(chosen[0], g)
        if chosen:
            unite(chosen[0], i)
    for g in sorted(members, key=lambda g: min(members[g])):
        if g not in members or not no_event_day([reports[m] for m in members[g]]):
            continue
        # a visit none of whose reports gives the event's day (a lone undated page, or late reports that only
        # know when they were published) joins when exactly one visit of dated reports is possible
        mine = members[g]
        options = {root(j) for i in mine for j in weak.get(i, ()) if dated(reports[j])} - {g}
        if not options and len(mine) == 1:  # (two undated reports of one pair on the same day and month: one trip)
            options = {root(j) for j in weak.get(mine[0], ()) if j < mine[0] and same_yearless(reports[mine[0]], reports[j])}
        options = {o for o in options if compatible([reports[m] for m in mine], [reports[m] for m in members[o]])}
        if len(options) == 1:
            unite(options.pop(), g)
    out = []
    for group in sorted(sorted(m) for m in members.values()):
        visit = reports[group[0]]
        for k in group[1:]:
            visit = absorb(visit, reports[k])
        out.append(visit)
    return out


def dissolved_names_bound(vn_parties, gaz: Gazetteer | None = None) -> date | None:
    """The last day a report naming a province dissolved in 2025 is likely to be from."""
    gaz = gaz or default_gazetteer()
    current = set(gaz.vn_provinces)
    if any(p in gaz.vn_before_2025 and p not in current for p in vn_parties):
        return date(2025, 7, 31)
    return None
