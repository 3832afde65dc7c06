"""One visit however many outlets report it: the rule that says two reports are the same trip.

Pure and deterministic, so the store (incremental, per new article) and `huunghi eval` (over a
whole corpus) decide alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from huunghi.classify.gazetteer import Gazetteer, default_gazetteer
from huunghi.classify.text import key, strip_diacritics

# How far apart two reports of one trip may date the event (days), by what each of them knows.
SAME_DAY_SLACK = 2  # both give the event's day: a multi-day trip reported day by day
DAY_VS_PUBLISHED = 7  # one gives the day, the other only its publication day
PUBLISHED_ONLY = 5  # neither gives the day
UNDATED = 400.0  # the weakest match: joins only when nothing nearer does


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
    # The latest day the report can be from: a province name dissolved on 1 July 2025 ("Quảng
    # Bình", "Thừa Thiên Huế") dates a report to before then (with a month's slack).
    before: date | None = None
    leader: str | None = None  # the delegation's head, "Name (title)"


def vn_key(names, gaz: Gazetteer | None = None) -> frozenset[str]:
    """Vietnamese parties compared by their province since 2025 (Quảng Bình ≡ Quảng Trị)."""
    gaz = gaz or default_gazetteer()
    return frozenset(gaz.vn_province_after_2025(n) or n for n in names)


def _lao_key(names) -> frozenset[str]:
    """Lao provinces by canonical name; any national body (Quốc hội Lào, Đại sứ quán…) is "Lào"."""
    gaz = default_gazetteer()
    provinces = frozenset(n for n in names if n in gaz.lao_provinces)
    return provinces or (frozenset({"Lào"}) if names else frozenset())


def date_distance(a: Report, b: Report) -> float | None:
    """Days between the two events as well as they are known; None: too far apart to be one."""
    if a.start and b.start:
        a_end, b_end = a.end or a.start, b.end or b.start
        gap = max((b.start - a_end).days, (a.start - b_end).days, 0)
        return gap if gap <= SAME_DAY_SLACK else None
    if not (a.start or a.reference) or not (b.start or b.reference):
        # One report says nothing of when: only the parties can tell, and they say "same".
        return UNDATED
    if a.start or b.start:
        day = a.start or b.start
        other = b if a.start else a
        gap = abs((day - other.reference).days)
        limit = DAY_VS_PUBLISHED if other.reference_exact else 366
        return gap if gap <= limit else None
    if a.reference and b.reference:
        gap = abs((a.reference - b.reference).days)
        limit = PUBLISHED_ONLY if a.reference_exact and b.reference_exact else 366
        return gap if gap <= limit else None
    return None


def _known_day(r: Report) -> date | None:
    return r.start or (r.reference if r.reference_exact else None)


def _leader_syllables(leader: str | None) -> set[str]:
    if not leader:
        return set()
    name = leader.split("(")[0]
    return set(strip_diacritics(key(name)).replace("-", " ").split())


def different_leaders(a: str | None, b: str | None) -> bool:
    """Two named heads of delegation who share under half their name: two different trips."""
    x, y = _leader_syllables(a), _leader_syllables(b)
    if not x or not y:
        return False
    return len(x & y) < 0.5 * min(len(x), len(y))


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
    return date_distance(a, b)


def pick(candidates: list[Report], new: Report) -> int | None:
    """The index of the visit ``new`` joins (the nearest match; ties to the oldest), or None."""
    best: tuple[float, int] | None = None
    undated = []
    for i, visit in enumerate(candidates):
        d = same_visit(visit, new)
        if d == UNDATED:
            undated.append(i)
        elif d is not None and (best is None or d < best[0]):
            best = (d, i)
    if best:
        return best[1]
    # A report that cannot be dated joins a visit only when the parties leave no choice.
    return undated[0] if len(undated) == 1 else None


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
        ids=[*visit.ids, *new.ids],
        before=min(filter(None, (visit.before, new.before)), default=None),
        leader=visit.leader or new.leader,
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


MERGER_DAY = date(2025, 7, 1)


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
        start=info.event_date,
        end=info.end_date,
        reference=info.reference,
        reference_exact=getattr(info, "reference_exact", True),
        ids=list(ids),
    )
