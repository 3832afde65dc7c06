"""What the public archive searches and filters on, kept beside each visit by the store: one
`visit_parties` row per side and name, and a search text without diacritics (so "Hua Phan" finds
"Hủa Phăn" and the other way round), with the Lao provinces' English names too ("Houaphanh")."""

from __future__ import annotations

import re

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from huunghi.classify.gazetteer import default_gazetteer
from huunghi.classify.text import clean, strip_diacritics
from huunghi.db import Article, Visit, VisitArticle, VisitParty

MAX_SEARCH_TEXT = 20_000
WORD_RE = re.compile(r"\w+")


def folded(text: str) -> str:
    """Lower case, no diacritics, đ as d: how both the index and a query are written."""
    return strip_diacritics(clean(text or "")).lower()


def search_text(title: str, summary: str, vn: list[str], lao: list[str], leaders: list[str | None],
                article_titles: list[str]) -> str:
    gaz = default_gazetteer()
    english = [gaz.lao_english(p) for p in lao]
    parts = [title, summary, *vn, *lao, *english, *(x for x in leaders if x), *article_titles]
    return " ".join(folded(p) for p in parts if p)[:MAX_SEARCH_TEXT]


def query_words(q: str) -> list[str]:
    """The words of a search box, folded; punctuation and operators are not syntax to us."""
    return WORD_RE.findall(folded(q))[:20]


def _write(session: Session, visit_id: int, vn: list[str], lao: list[str], text: str) -> None:
    session.execute(delete(VisitParty).where(VisitParty.visit_id == visit_id))
    rows = [{"visit_id": visit_id, "side": side, "name": name[:200]}
            for side, names in (("vn", vn), ("la", lao)) for name in dict.fromkeys(names) if name]
    if rows:
        session.execute(insert(VisitParty), rows)
    # (updated_at kept: indexing is not a change a reader would call new)
    session.execute(update(Visit).where(Visit.id == visit_id).values(search_text=text, updated_at=Visit.updated_at))


def index_visit(session: Session, visit: Visit) -> None:
    """Rewrite the visit's parties and search text (after every change the store makes to it)."""
    text = search_text(visit.title, visit.summary, list(visit.vn_parties), list(visit.lao_parties),
                       [visit.leader, visit.host_leader], [a.title for a in visit.articles])
    _write(session, visit.id, list(visit.vn_parties), list(visit.lao_parties), text)
    visit.search_text = text


def reindex_all(session: Session) -> int:
    """Index every stored visit (the migration that introduced the index runs this). Reads named
    columns only, so later migrations that add columns do not break it."""
    titles: dict[int, list[str]] = {}
    for visit_id, title in session.execute(
            select(VisitArticle.visit_id, Article.title).join(Article, Article.id == VisitArticle.article_id)):
        titles.setdefault(visit_id, []).append(title or "")
    n = 0
    rows = session.execute(select(Visit.id, Visit.title, Visit.summary, Visit.vn_parties, Visit.lao_parties,
                                  Visit.leader, Visit.host_leader)).all()
    for vid, title, summary, vn, lao, leader, host in rows:
        vn, lao = list(vn or []), list(lao or [])
        _write(session, vid, vn, lao, search_text(title or "", summary or "", vn, lao, [leader, host], titles.get(vid, [])))
        n += 1
    return n
