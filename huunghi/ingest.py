"""One article into the store: classify, extract its visit, merge it into the visits.

Called by the crawler's item pipeline (one transaction per article, so a killed crawl loses at
most the pages in flight) and by tests. The caller owns the session and its transaction.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload

from huunghi.archive_index import index_visit
from huunghi.classify.api import analyse_article
from huunghi.classify.dates import VN_TZ
from huunghi.classify.merge import (
    Report,
    absorb,
    cluster,
    compatible,
    dated,
    dissolved_names_bound,
    lao_key,
    link,
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
    """Put a relevant article into its visit, as ``merge.cluster`` groups all articles at once.

    The visits the new report reaches — those one of whose reports it agrees with, on the parties and
    the dates or on the parties alone, and those these reach in turn — are grouped again with it by
    ``merge.cluster``, their reports taken in publication order. So the store ends with the visits the
    evaluation builds whatever order the crawl fetched the pages in: a report that bridges two visits
    makes them one, one that arrives before the report it belongs beside no longer holds another
    visit's place, and a visit whose sides or dates change is re-keyed. A subscriber who received a
    visit keeps every part of it as received (never sent again).
    """
    _lock_merging(session)
    report = report_of(article)
    # A page that gives no date at all was still published by the time we fetched it: it is compared
    # with visits of about now (and joins one only where its parties leave no choice), never with
    # any visit of any year.
    day = report.start or report.reference or (article.published or article.fetched_at).astimezone(VN_TZ).date()
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=VN_TZ)
    query = select(Visit).options(selectinload(Visit.articles)).where(
        or_(
            Visit.start_date.between(day - MERGE_WINDOW, day + MERGE_WINDOW),
            Visit.reference_date.between(day - MERGE_WINDOW, day + MERGE_WINDOW),
            # (a visit of pages with no date at all is of the time they were fetched: near the report's own day)
            Visit.start_date.is_(None) & Visit.reference_date.is_(None)
            & Visit.created_at.between(noon - MERGE_WINDOW, noon + MERGE_WINDOW),
        )
    )
    candidates = [v for v in session.scalars(query.order_by(Visit.id)) if article not in v.articles]
    members = {v.id: [report_of(a) for a in v.articles] for v in candidates}
    reached = _reached(report, candidates, members)
    if len(reached) == 1 and _simply_joins(report, members[reached[0].id]):
        # (the common case, and what ``cluster`` makes of it: one visit, agreed with on the dates, no other in reach)
        return _place(session, reached, [sorted([article.id, *(a.id for a in reached[0].articles)])],
                      {article.id: article}, event, info)[article.id]
    arts = sorted([article, *(a for v in reached for a in v.articles)], key=lambda a: (a.published or a.fetched_at, a.id))
    by_id = {a.id: a for a in arts}
    groups = [sorted(r.ids) for r in cluster([report_of(a) for a in arts])]
    placed = _place(session, reached, groups, by_id, event, info)
    return placed[article.id]


def _reached(report: Report, candidates: list[Visit], members: dict[int, list[Report]]) -> list[Visit]:
    """The visits a new report reaches through links (strong or weak), report by report: the part of the store
    its arrival may regroup. (A visit of many reports is settled: what its reports also agree with is not followed.)"""
    reached: list[Visit] = []
    frontier = [report]
    while frontier:
        r = frontier.pop()
        for v in candidates:
            if v not in reached and any(link(r, m) for m in members[v.id]):
                reached.append(v)
                if len(members[v.id]) <= SETTLED:
                    frontier.extend(members[v.id])
    return reached


SETTLED = 8  # reports: a visit this well reported keeps its shape whatever else its reports agree with


def _simply_joins(report: Report, theirs: list[Report]) -> bool:
    """A dated report that agrees with a visit's dates and heads joins it, as ``cluster`` would."""
    return dated(report) and compatible([report], theirs) and any(link(report, m) == "strong" for m in theirs)


def _place(session: Session, old: list[Visit], groups: list[list[int]], by_id: dict[int, Article], event: str,
           info: VisitInfo) -> dict[int, Visit]:
    """Store ``groups`` (article ids, one list per visit) in place of the visits ``old``: each group keeps the old
    visit holding most of its articles (the oldest on a tie), else becomes a new visit; an old visit left with no
    group goes. Deliveries follow the articles: whoever received a visit some of a group's articles were in is
    marked as having received the group's visit. Returns the visit of each article."""
    from huunghi.db import Delivery

    was = {a.id: v for v in old for a in v.articles}
    by_visit = {v.id: v for v in old}
    keepers: dict[int, Visit] = {}
    used: set[int] = set()
    for k in sorted(range(len(groups)), key=lambda k: -len(groups[k])):
        overlap = Counter(was[i].id for i in groups[k] if i in was)
        best = min((vid for vid in overlap if vid not in used), key=lambda vid: (-overlap[vid], vid), default=None)
        if best is not None:
            used.add(best)
            keepers[k] = by_visit[best]
    changed: list[Visit] = []
    for k, ids in enumerate(groups):
        keep = keepers.get(k)
        if keep is None:
            first = by_id[ids[0]]
            keep = Visit(event=first.event or event, title=first.title, summary=(first.analysis or {}).get("summary") or info.summary)
            session.add(keep)
            session.flush()
            keepers[k] = keep
        sources = {was[i].id: was[i] for i in ids if i in was and was[i] is not keep}
        unchanged = not sources and all(i in was for i in ids) and len(ids) == len(keep.articles)
        if unchanged:
            continue
        for i in ids:
            if i in was:
                if was[i] is not keep:
                    session.execute(update(VisitArticle).where(VisitArticle.article_id == i).values(visit_id=keep.id))
            else:
                session.add(VisitArticle(visit_id=keep.id, article_id=i))
        received = set(session.scalars(select(Delivery.subscriber_id).where(Delivery.visit_id == keep.id)))
        for other in sources.values():
            for d in session.scalars(select(Delivery).where(Delivery.visit_id == other.id)):
                if d.subscriber_id not in received:
                    received.add(d.subscriber_id)
                    session.add(Delivery(subscriber_id=d.subscriber_id, visit_id=keep.id, message_id=d.message_id,
                                         status=d.status, attempts=d.attempts, sent_at=d.sent_at))
            keep.created_at = min(keep.created_at or other.created_at, other.created_at)
        changed.append(keep)
    session.flush()
    kept = {v.id for v in keepers.values()}
    for v in old:
        session.expire(v, ["articles"])  # (moved above, outside the ORM's knowledge)
        if v.id not in kept:
            changed = [c for c in changed if c is not v]
            session.execute(delete(Delivery).where(Delivery.visit_id == v.id))  # (marked on the visits it went into)
            session.delete(v)
    session.flush()
    for v in changed:
        session.refresh(v, ["articles"])
        rekey(v)
        index_visit(session, v)
    session.flush()
    return {i: keepers[k] for k, ids in enumerate(groups) for i in ids}


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


@dataclass(frozen=True)
class Stored:
    """What the crawler needs to know of an article it stored."""

    id: int
    relevant: bool


def insert_article(session: Session, source: Source | int | None, fields: ArticleFields) -> Stored | None:
    """Store a fetched article (classified, and merged when relevant). None when the URL is known.

    The insert is an upsert that does nothing on a known URL, so two workers storing the same
    article at once leave one row and neither fails. An unrelated article — most of what a crawl
    stores — is written with one Core statement and never loaded back as an ORM object.
    """
    province = fields.source_province or (source.province if isinstance(source, Source) else None)
    c, info = analyse_article(fields.title, fields.body, fields.url, fields.published, source_province=province)
    from crawler.urls import canonicalize

    table = Article.__table__
    values = dict(
        canonical_url=fields.canonical_url or canonicalize(fields.url), url=fields.url,
        source_id=source if isinstance(source, int) or source is None else source.id, title=fields.title,
        published=fields.published, lead=fields.lead, body=fields.body,
        # (a byline that runs on is cut to its column: the database would refuse the whole article)
        author=fields.author[: table.c.author.type.length].strip() if fields.author else fields.author,
        content_hash=content_hash(fields.title, fields.body), fetched_at=utcnow(),
        relevant=c.relevant, score=c.score, event=c.event, reasons=c.reasons,
        analysis=info.as_json() if info else {},
    )
    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    # (the values go as parameters, not into the statement, whose compiled form is then cached)
    stmt = insert(table).on_conflict_do_nothing(index_elements=["canonical_url"]).returning(table.c.id)
    new_id = session.execute(stmt, values).scalar()
    if new_id is None:
        return None
    if c.relevant and info is not None:
        merge_into_visits(session, session.get(Article, new_id), info, c.event)
    return Stored(new_id, c.relevant)


def store_article(session: Session, source: Source | int | None, fields: ArticleFields) -> Article | None:
    """``insert_article``, returning the stored article (None when the URL is known)."""
    stored = insert_article(session, source, fields)
    return session.get(Article, stored.id) if stored else None


def known_urls(session: Session, urls: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(urls), 500):
        chunk = urls[i : i + 500]
        found.update(session.scalars(select(Article.canonical_url).where(Article.canonical_url.in_(chunk))))
    return found
