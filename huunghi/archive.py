"""The public archive's questions, as plain functions over the database: which visits match a set of
filters (sides, direction, kind, dates, words), how many per month, a pair's and a province's
history, the pairs on a map. The web pages, the feeds and the exports all ask these."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, fields, replace
from datetime import date
from urllib.parse import urlencode

from sqlalchemy import Select, and_, func, literal_column, select, text
from sqlalchemy.orm import Session, selectinload

from huunghi.archive_index import folded, query_words
from huunghi.db import Article, Visit, VisitParty

DIRECTIONS = ("vn_to_la", "la_to_vn", "none")
PER_PAGE = 50


class FilterError(ValueError):
    """A query key with a value the archive cannot read; the message names the key."""


@dataclass(frozen=True)
class Filters:
    vn: str | None = None
    lao: str | None = None
    direction: str | None = None
    kind: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    q: str = ""
    page: int = 1

    @classmethod
    def from_args(cls, args) -> Filters:
        """From a query string (`vn`, `lao`, `direction`, `kind`, `from`, `to`, `year`, `q`, `page`)."""
        def one(key: str, limit: int = 200) -> str | None:
            value = (args.get(key) or "").strip()
            if len(value) > limit:
                raise FilterError(f"{key}: longer than {limit} characters")
            return value or None

        def day(key: str) -> date | None:
            value = one(key, 10)
            if value is None:
                return None
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise FilterError(f"{key}: not a date as YYYY-MM-DD ({value!r})") from None

        direction = one("direction", 10)
        if direction and direction not in DIRECTIONS:
            raise FilterError(f"direction: one of {', '.join(DIRECTIONS)}")
        start, end = day("from"), day("to")
        year = one("year", 4)
        if year:
            if not year.isdigit() or not 1975 <= int(year) <= 2100:
                raise FilterError(f"year: a year such as 2025 ({year!r})")
            start, end = date(int(year), 1, 1), date(int(year), 12, 31)
        page = one("page", 6) or "1"
        if not page.isdigit() or int(page) < 1:
            raise FilterError(f"page: a number from 1 ({page!r})")
        return cls(one("vn"), one("lao"), direction, one("kind", 40), start, end, one("q") or "", int(page))

    def args(self, **changes) -> dict[str, str]:
        """The query keys of these filters (with ``changes``), empty ones left out, page 1 left out."""
        f = replace(self, **changes)
        out = {"vn": f.vn, "lao": f.lao, "direction": f.direction, "kind": f.kind,
               "from": f.date_from.isoformat() if f.date_from else None,
               "to": f.date_to.isoformat() if f.date_to else None, "q": f.q or None,
               "page": str(f.page) if f.page > 1 else None}
        return {k: v for k, v in out.items() if v}

    def query(self, **changes) -> str:
        return urlencode(self.args(**changes))

    @property
    def empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "", 1) for f in fields(self))


def _has_party(side: str, name: str):
    wanted = {name, *_spellings(name)}
    return Visit.id.in_(select(VisitParty.visit_id).where(VisitParty.side == side, VisitParty.name.in_(wanted)))


def _spellings(name: str) -> set[str]:
    """A province asked for by its name after the 2025 merger also finds visits stored under the
    names it absorbed ("Tuyên Quang" finds "Hà Giang"), and an English Lao name its own."""
    from huunghi.classify.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    out = {old for old, new in gaz.vn_before_2025.items() if new == name}
    out |= {canonical for canonical in gaz.lao_provinces if gaz.lao_english(canonical).lower() == name.lower()}
    return out


def _words_match(session: Session, q: str):
    words = query_words(q)
    if not words:
        return None
    dialect = session.bind.dialect.name
    if dialect == "sqlite":
        # FTS5: every word, the last one also as a prefix ("hua pha" finds "hua phan")
        match = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
        return Visit.id.in_(select(text("rowid")).select_from(text("visits_fts")).where(
            text("visits_fts MATCH :match").bindparams(match=match.strip())))
    if dialect == "postgresql":
        query = " & ".join(words[:-1] + [f"{words[-1]}:*"])
        # the stored vector (migration 0008), so that no plan recomputes it row by row
        return literal_column("visits.search_vector").op("@@")(func.to_tsquery(text("'simple'"), query))
    return and_(*(Visit.search_text.like(f"%{w}%") for w in words))


def matching(session: Session, f: Filters) -> Select:
    """The visits these filters keep (a select of Visit, not ordered)."""
    query = select(Visit)
    if f.vn:
        query = query.where(_has_party("vn", f.vn))
    if f.lao:
        query = query.where(_has_party("la", f.lao))
    if f.direction:
        query = query.where(Visit.direction == f.direction)
    if f.kind:
        query = query.where(Visit.kind == f.kind)
    if f.date_from:
        query = query.where(Visit.start_date >= f.date_from)
    if f.date_to:
        query = query.where(Visit.start_date <= f.date_to)
    words = _words_match(session, f.q)
    if words is not None:
        query = query.where(words)
    return query


def newest_first(query: Select) -> Select:
    return query.order_by(Visit.start_date.desc().nulls_last(), Visit.id.desc())


def count_matching(session: Session, f: Filters) -> int:
    """How many visits the filters keep (all pages)."""
    ids = matching(session, f).with_only_columns(Visit.id).subquery()
    return session.scalar(select(func.count()).select_from(ids)) or 0


def page_rows(session: Session, f: Filters, per_page: int = PER_PAGE) -> list[Visit]:
    """The filters' page ``f.page`` of visits, newest event first, with their articles."""
    return list(session.scalars(newest_first(matching(session, f))
                                .options(selectinload(Visit.articles).selectinload(Article.source))
                                .offset((f.page - 1) * per_page).limit(per_page)))


def all_matching(session: Session, f: Filters, limit: int = 10_000) -> list[Visit]:
    """For exports and feeds: every matching visit (up to ``limit``), newest first."""
    return list(session.scalars(newest_first(matching(session, f))
                                .options(selectinload(Visit.articles).selectinload(Article.source)).limit(limit)))


def _month_of(session: Session, column):
    if session.bind.dialect.name == "postgresql":
        return func.to_char(column, "YYYY-MM")
    return func.strftime("%Y-%m", column)


def per_month(session: Session, f: Filters, today: date, months: int = 24) -> list[tuple[str, int]]:
    """Visits per month over the last ``months`` months (oldest first), under the filters."""
    y, m = today.year, today.month
    keys = []
    for _ in range(months):
        keys.append(f"{y:04d}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    keys.reverse()
    first = date(int(keys[0][:4]), int(keys[0][5:]), 1)
    within = replace(f, date_from=max(first, f.date_from or first), page=1)
    ids = matching(session, within).with_only_columns(Visit.start_date.label("start")).subquery()
    month = _month_of(session, ids.c.start)
    counts = dict(session.execute(select(month, func.count()).where(ids.c.start.is_not(None)).group_by(month)).all())
    return [(k, counts.get(k, 0)) for k in keys]


def recent_window(f: Filters, today: date, months: int = 24) -> Filters:
    """The period a map or chart shows when the filters choose none: the last ``months`` months."""
    if f.date_from or f.date_to:
        return f
    y, m = today.year, today.month - months + 1
    while m < 1:
        y, m = y - 1, m + 12
    return replace(f, date_from=date(y, m, 1))


def year_counts(session: Session, f: Filters) -> list[tuple[int | None, int]]:
    """How many visits each year (newest first; undated last), under the filters."""
    ids = matching(session, replace(f, page=1)).with_only_columns(Visit.start_date.label("start")).subquery()
    year = func.extract("year", ids.c.start) if session.bind.dialect.name == "postgresql" else func.strftime("%Y", ids.c.start)
    rows = session.execute(select(year, func.count()).group_by(year)).all()
    out = [(int(y) if y is not None else None, n) for y, n in rows]
    return sorted(out, key=lambda yn: (yn[0] is None, -(yn[0] or 0)))


@dataclass(frozen=True)
class History:
    """A pair's or a province's visits counted: each year, by kind and by direction."""
    years: list[tuple[int | None, int]]
    kinds: Counter
    directions: Counter
    total: int


def history(session: Session, f: Filters) -> History:
    """The counts of every visit the filters keep, whatever their dates and page."""
    whole = replace(f, page=1, date_from=None, date_to=None)
    ids = matching(session, whole).with_only_columns(Visit.kind, Visit.direction).subquery()
    kinds_n = Counter(dict(session.execute(select(ids.c.kind, func.count()).group_by(ids.c.kind)).all()))
    ways = Counter(dict(session.execute(select(ids.c.direction, func.count()).group_by(ids.c.direction)).all()))
    years = year_counts(session, whole)
    return History(years, kinds_n, ways, sum(n for _, n in years))


def province_filters(name: str, base: Filters) -> Filters:
    """A province's page: the name is a Vietnamese or a Lao side, whichever it is."""
    from huunghi.classify.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    lao = name in gaz.lao_provinces or gaz.canonical_lao_body(name) is not None or bool(
        {c for c in gaz.lao_provinces if gaz.lao_english(c).lower() == name.lower()})
    return replace(base, lao=name) if lao else replace(base, vn=name)


def pairs(session: Session, f: Filters) -> list[tuple[str, str, int]]:
    """(Vietnamese side, Lao side, visits) for the map, most visits first."""
    ids = matching(session, replace(f, page=1)).with_only_columns(Visit.id).subquery()
    vn, la = VisitParty.__table__.alias("vn"), VisitParty.__table__.alias("la")
    rows = session.execute(
        select(vn.c.name, la.c.name, func.count())
        .join(la, and_(la.c.visit_id == vn.c.visit_id, la.c.side == "la"))
        .where(vn.c.side == "vn", vn.c.visit_id.in_(select(ids.c.id)))
        .group_by(vn.c.name, la.c.name).order_by(func.count().desc())
    ).all()
    return [(a, b, n) for a, b, n in rows]


def pair_order(session: Session, vn: str, lao: str) -> list[tuple[date, int]]:
    """(event date, id) of every dated visit of the pair, oldest first: where a visit stands among
    its pair's (one query per pair however many of its visits are looked at)."""
    query = matching(session, Filters(vn=vn, lao=lao)).with_only_columns(Visit.start_date, Visit.id)
    return sorted(tuple(row) for row in session.execute(query.where(Visit.start_date.is_not(None))))


def neighbours(order: list[tuple[date, int]], visit: Visit) -> tuple[int | None, int | None]:
    """The ids of the pair's visits just before and just after this one (by event date, then id),
    given the pair's ``pair_order``."""
    if visit.start_date is None:
        return None, None
    at = bisect_left(order, (visit.start_date, visit.id))
    before = order[at - 1][1] if at > 0 else None
    after_at = at + 1 if at < len(order) and order[at] == (visit.start_date, visit.id) else at
    after = order[after_at][1] if after_at < len(order) else None
    return before, after


def side_names(session: Session) -> dict[str, list[str]]:
    """Every Vietnamese and Lao side that has a visit, for the filter lists."""
    out: dict[str, list[str]] = {"vn": [], "la": []}
    for side, name in session.execute(select(VisitParty.side, VisitParty.name).distinct()):
        out.setdefault(side, []).append(name)
    return {k: sorted(v, key=folded) for k, v in out.items()}


def kinds(session: Session) -> list[str]:
    """The kinds a filter offers: the ones the extractor gives (asking the table would read it all)."""
    from huunghi.classify.visit import KINDS

    return list(KINDS)
