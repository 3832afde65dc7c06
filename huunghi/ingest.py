"""One article into the store: classify, extract its visit, merge it into the visits.

Called by the crawler's item pipeline (one transaction per article, so a killed crawl loses at
most the pages in flight) and by tests. The caller owns the session and its transaction.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import combinations

from sqlalchemy import func, inspect, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload

from huunghi.archive_index import index_visit
from huunghi.classify.api import analyse_article
from huunghi.classify.dates import VN_TZ
from huunghi.classify.merge import (
    Report,
    absorb,
    choose,
    compatible,
    dated,
    dissolved_names_bound,
    lao_key,
    link,
    may_join_weakly,
    no_event_day,
    same_yearless,
    vn_key,
)
from huunghi.classify.visit import VisitInfo
from huunghi.db import Article, Source, Visit, VisitArticle, utcnow

# Visits further apart than this from a new report are not even considered for merging.
MERGE_WINDOW = timedelta(days=120)
VISIT_MERGE_LOCK = 727302


@dataclass
class ArticleFields:
    url: str  # as fetched (tracking parameters removed)
    title: str
    body: str
    published: datetime | None = None
    lead: str = ""
    author: str | None = None
    canonical_url: str | None = None  # defaults to canonicalize(url)
    source_province: str | None = None  # the outlet's province: a prior for the Vietnamese side


def content_hash(title: str, body: str) -> str:
    return hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()


def report_of(article: Article) -> Report:
    """What merging needs of one stored article, from the analysis kept with it."""
    a = article.analysis or {}

    def day(k: str) -> date | None:
        return date.fromisoformat(a[k]) if a.get(k) else None

    approximate = bool(a.get("date_approximate"))
    vn = a.get("vn_parties") or []
    yearless = a.get("yearless")
    return Report(
        lao=lao_key(a.get("lao_parties") or []), vn=frozenset() if a.get("vn_from_outlet") else vn_key(vn),
        direction=a.get("direction") or "none", direction_guessed=bool(a.get("direction_guessed")),
        start=None if approximate else day("event_date"), end=None if approximate else day("end_date"),
        reference=day("reference"), reference_exact=a.get("reference_exact", True),
        reference_precision=a.get("reference_precision"), ids=[article.id], before=dissolved_names_bound(vn),
        leader=a.get("leader"), kind=a.get("kind"), amounts=frozenset(a.get("amounts") or ()), unit=a.get("unit"),
        yearless=tuple((int(m), int(d)) for m, d in (x[2:].split("-") for x in yearless)) if yearless else None,
    )


def _lock_merging(session: Session) -> None:
    """Serialise visit merging across processes (PostgreSQL); SQLite writers are serial anyway."""
    if session.bind.dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(VISIT_MERGE_LOCK)))


def merge_into_visits(session: Session, article: Article, info: VisitInfo, event: str) -> Visit:
    """Put a relevant article into its visit, as ``merge.cluster`` would over all articles at once.

    The article joins every visit one of whose articles it agrees with (on the parties and the
    dates): when it agrees with two, it bridges them and they become one. With no such visit, an
    article that cannot be dated joins the one visit its parties allow, else it starts a visit. The
    visit is then re-keyed from all its articles, so the result does not depend on the order in
    which articles arrive.
    """
    _lock_merging(session)
    report = report_of(article)
    # A page that gives no date at all was still published by the time we fetched it: it is compared
    # with visits of about now (and joins one only where its parties leave no choice), never with
    # any visit of any year.
    day = report.start or report.reference or (article.published or article.fetched_at).astimezone(VN_TZ).date()
    query = select(Visit).options(selectinload(Visit.articles)).where(
        or_(
            Visit.start_date.between(day - MERGE_WINDOW, day + MERGE_WINDOW),
            Visit.reference_date.between(day - MERGE_WINDOW, day + MERGE_WINDOW),
            Visit.start_date.is_(None) & Visit.reference_date.is_(None)
            & Visit.created_at.between(article.fetched_at - MERGE_WINDOW, article.fetched_at + MERGE_WINDOW),
        )
    )
    candidates = [v for v in session.scalars(query.order_by(Visit.id)) if article not in v.articles]
    members = {v.id: [report_of(a) for a in v.articles] for v in candidates}
    links = {v.id: {link(report, r) for r in members[v.id]} for v in candidates}
    joined = [v for v in candidates if "strong" in links[v.id]] if dated(report) else []
    # (never two delegations' visits made one, nor a report joined to another delegation's)
    joined = [joined[k] for k in choose(report, [members[v.id] for v in joined])]
    if not joined and may_join_weakly(report):
        # a page with no event day of its own joins the one visit of dated reports its parties allow
        # (or, with none, the one undated report of the same day and month), or stays alone
        weak = [v for v in candidates if "weak" in links[v.id] and any(dated(r) for r in members[v.id])]
        if not weak:
            weak = [v for v in candidates if any(same_yearless(report, r) for r in members[v.id])]
        weak = [v for v in weak if compatible([report], members[v.id])]
        joined = weak if len(weak) == 1 else []
    if joined:
        visit = joined[0]
        for other in joined[1:]:
            _fold_visit(session, visit, other)
    else:
        visit = Visit(event=event, title=article.title, summary=info.summary)
        session.add(visit)
        session.flush()
    session.add(VisitArticle(visit_id=visit.id, article_id=article.id))
    session.flush()
    others = [v for v in candidates if v.id != visit.id and v not in joined[1:]]
    if joined and may_join_weakly(report):
        # a late report joined late ones like it: together they may now have one dated visit as their choice
        visit = _adopted(session, visit, others)
    if dated(report):
        around = [v for v in others if v.id != visit.id]  # (the visit it may have been adopted into is not around it)
        # undated pages (or late reports) that came earlier may now have this visit as their one choice …
        _adopt_undated(session, visit, around)
        # … or, taken by another visit while it was their only choice, have two now
        _release_ambiguous(session, visit, around)
    session.refresh(visit, ["articles"])
    rekey(visit)
    session.flush()
    index_visit(session, visit)
    return visit


def _adopted(session: Session, visit: Visit, candidates: list[Visit]) -> Visit:
    """``visit`` folded into the one visit of dated reports it may join, when it gives no event day of its own."""
    session.refresh(visit, ["articles"])
    mine = [report_of(a) for a in visit.articles]
    if not no_event_day(mine):
        return visit
    options = [v for v in candidates if _may_take(mine, [report_of(a) for a in v.articles])]
    if len(options) != 1:
        return visit
    keep = options[0]
    _fold_visit(session, keep, visit)
    session.refresh(keep, ["articles"])
    return keep


def _adopt_undated(session: Session, visit: Visit, candidates: list[Visit]) -> None:
    session.refresh(visit, ["articles"])
    mine = [report_of(a) for a in visit.articles]
    for other in candidates:
        if inspect(other).was_deleted:
            continue
        theirs = [report_of(a) for a in other.articles]
        if not no_event_day(theirs) or not _may_take(theirs, mine):
            continue
        if not any(v is not other and not inspect(v).was_deleted and _may_take(theirs, [report_of(a) for a in v.articles])
                   for v in candidates):
            _fold_visit(session, visit, other)
            session.refresh(visit, ["articles"])
            mine = [report_of(a) for a in visit.articles]


def _undated_parts(reports: list[Report]) -> list[list[int]]:
    """The parts of a visit's reports (indexes) that no strong link ties to the rest and that give no event day:
    undated or late reports it took as their only choice."""
    parent = list(range(len(reports)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in combinations(range(len(reports)), 2):
        if link(reports[i], reports[j]) == "strong":
            parent[root(j)] = root(i)
    parts: dict[int, list[int]] = {}
    for i in range(len(reports)):
        parts.setdefault(root(i), []).append(i)
    return [p for p in parts.values() if len(p) < len(reports) and no_event_day([reports[k] for k in p])]


def _release_ambiguous(session: Session, visit: Visit, candidates: list[Visit]) -> None:
    """Reports another visit took as their only choice, for which ``visit`` is a choice too now: they go to a
    visit of their own, as ``merge.cluster`` leaves reports with two choices whatever order they came in.
    Subscribers who received the visit they leave are marked as having received theirs (never sent twice)."""
    from huunghi.db import Delivery

    session.refresh(visit, ["articles"])
    mine = [report_of(a) for a in visit.articles]
    for other in candidates:
        if inspect(other).was_deleted or len(other.articles) < 2:
            continue  # (a visit folded into this one a moment ago is gone)
        arts = sorted(other.articles, key=lambda a: a.id)
        reports = [report_of(a) for a in arts]
        for part in _undated_parts(reports):
            if not _may_take([reports[k] for k in part], mine):
                continue
            alone = Visit(event=other.event, title=arts[part[0]].title, summary=(arts[part[0]].analysis or {}).get("summary"))
            session.add(alone)
            session.flush()
            session.execute(update(VisitArticle).where(VisitArticle.visit_id == other.id,
                                                       VisitArticle.article_id.in_([arts[k].id for k in part]))
                            .values(visit_id=alone.id))
            for d in session.scalars(select(Delivery).where(Delivery.visit_id == other.id)):
                session.add(Delivery(subscriber_id=d.subscriber_id, visit_id=alone.id, message_id=d.message_id,
                                     status=d.status, attempts=d.attempts, sent_at=d.sent_at))
            session.flush()
            for v in (alone, other):
                session.refresh(v, ["articles"])
                rekey(v)
                index_visit(session, v)
            session.flush()
            break  # (the visit it left is another visit now: its other parts wait for the next report)


def _may_take(rs: list[Report], theirs: list[Report]) -> bool:
    """Whether a visit of these reports (dated ones among them, heads agreeing) is a choice for the reports ``rs``."""
    return bool(theirs) and compatible(rs, theirs) and any(
        dated(m) and link(r, m) == "weak" for r in rs for m in theirs)


def _fold_visit(session: Session, keep: Visit, other: Visit) -> None:
    """``other`` was the same visit: its articles and deliveries move to ``keep``, and it goes.

    A subscriber who already received ``other`` keeps it as received (never sent the visit again).
    """
    from huunghi.db import Delivery

    session.execute(update(VisitArticle).where(VisitArticle.visit_id == other.id).values(visit_id=keep.id))
    kept = set(session.scalars(select(Delivery.subscriber_id).where(Delivery.visit_id == keep.id)))
    for d in session.scalars(select(Delivery).where(Delivery.visit_id == other.id)):
        if d.subscriber_id in kept:
            session.delete(d)
        else:
            d.visit_id = keep.id
    keep.created_at = min(keep.created_at, other.created_at)
    session.flush()
    session.expire(other, ["articles"])  # (moved above, outside the ORM's knowledge)
    session.delete(other)
    session.flush()
    session.expire(keep, ["articles"])


def rekey(visit: Visit) -> None:
    """The visit's sides, direction and dates from all its articles (earliest published first)."""
    arts = sorted(visit.articles, key=lambda a: (a.published or a.fetched_at, a.id))
    infos = [a.analysis or {} for a in arts]
    reports = [report_of(a) for a in arts]
    merged = reports[0]
    for r in reports[1:]:
        merged = absorb(merged, r)
    visit.lao_parties = list(dict.fromkeys(p for i in infos for p in i.get("lao_parties") or []))
    # (the outlet's province, guessed where a report names no Vietnamese side, only when none names one)
    named = [p for i in infos if not i.get("vn_from_outlet") for p in i.get("vn_parties") or []]
    guessed = [p for i in infos if i.get("vn_from_outlet") for p in i.get("vn_parties") or []]
    visit.vn_parties = list(dict.fromkeys(named or guessed))
    # (the reports whose text says who travelled, before those that only guessed it)
    said = [i for i in infos if not i.get("direction_guessed")] or infos
    ways = Counter(i.get("direction") for i in said if i.get("direction") not in (None, "none"))
    best = ways.most_common()
    # the majority of the reports that say; a tie goes to the first report
    visit.direction = best[0][0] if best and (len(best) == 1 or best[0][1] > best[1][1]) else (
        next((i["direction"] for i in said if i.get("direction") not in (None, "none")), "none"))
    if merged.start:
        visit.start_date, visit.end_date, visit.start_approximate = merged.start, merged.end, False
    else:
        approx = [date.fromisoformat(i["event_date"]) for i in infos if i.get("event_date")]
        visit.start_date, visit.end_date, visit.start_approximate = (min(approx) if approx else None), None, bool(approx)
    visit.reference_date, visit.reference_exact = merged.reference, merged.reference_exact
    visit.kind = next((i["kind"] for i in infos if i.get("kind")), visit.kind or "other")
    visit.leader = next((i["leader"] for i in infos if i.get("leader")), None)
    visit.host_leader = next((i["host_leader"] for i in infos if i.get("host_leader")), None)
    visit.amounts = list(dict.fromkeys(x for i in infos for x in i.get("amounts") or []))
    if any(a.event == "visit" for a in arts):
        visit.event = "visit"
    visit.title, visit.summary = arts[0].title, infos[0].get("summary") or visit.summary
    visit.updated_at = utcnow()


def store_article(session: Session, source: Source | int | None, fields: ArticleFields) -> Article | None:
    """Store a fetched article (classified, and merged when relevant). None when the URL is known.

    The insert is an upsert that does nothing on a known URL, so two workers storing the same
    article at once leave one row and neither fails.
    """
    province = fields.source_province or (source.province if isinstance(source, Source) else None)
    c, info = analyse_article(fields.title, fields.body, fields.url, fields.published, source_province=province)
    from crawler.urls import canonicalize

    values = dict(
        canonical_url=fields.canonical_url or canonicalize(fields.url), url=fields.url,
        source_id=source if isinstance(source, int) or source is None else source.id, title=fields.title,
        published=fields.published, lead=fields.lead, body=fields.body, author=fields.author,
        content_hash=content_hash(fields.title, fields.body), fetched_at=utcnow(),
        relevant=c.relevant, score=c.score, event=c.event, reasons=c.reasons,
        analysis=info.as_json() if info else {},
    )
    dialect = session.bind.dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    table = Article.__table__  # a Core insert: the ORM's per-statement bookkeeping is not needed here
    stmt = insert(table).values(**values).on_conflict_do_nothing(index_elements=["canonical_url"]).returning(table.c.id)
    new_id = session.execute(stmt).scalar()
    if new_id is None:
        return None
    article = session.get(Article, new_id)
    if c.relevant and info is not None:
        merge_into_visits(session, article, info, c.event)
    return article


def known_urls(session: Session, urls: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(urls), 500):
        chunk = urls[i : i + 500]
        found.update(session.scalars(select(Article.canonical_url).where(Article.canonical_url.in_(chunk))))
    return found
