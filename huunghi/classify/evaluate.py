"""`huunghi eval`: quality figures against a labeled corpus (format of shared/corpus/README.md)."""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from huunghi.classify.api import parse_published, predict_record, source_province_for
from huunghi.classify.dates import VN_TZ
from huunghi.classify.gazetteer import default_gazetteer


class CorpusError(ValueError):
    """A corpus line is not what the format says; the message names the file and line."""


def read_jsonl(path: Path | str, required=("id", "text")) -> list[dict]:
    path = Path(path)
    records = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}:{n}: not JSON ({exc.msg} at column {exc.colno})") from None
            if not isinstance(rec, dict):
                raise CorpusError(f"{path}:{n}: expected an object, got {type(rec).__name__}")
            missing = [k for k in required if k not in rec]
            if missing:
                raise CorpusError(f"{path}:{n}: missing field {', '.join(repr(k) for k in missing)}")
            records.append(rec)
    return records


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


@dataclass
class Report:
    n: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    event_ok: int = 0
    event_n: int = 0
    lao_ok: int = 0
    lao_n: int = 0
    vn_ok: int = 0
    vn_n: int = 0
    dir_ok: int = 0
    dir_n: int = 0
    date_ok: int = 0
    date_n: int = 0
    merge_p: float | None = None
    merge_r: float | None = None
    by_neg_kind: dict = field(default_factory=lambda: defaultdict(Counter))
    errors: list[str] = field(default_factory=list)
    ci: tuple[float, float, float, float] | None = None

    @property
    def precision(self):
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self):
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None

    @property
    def merge_f1(self):
        p, r = self.merge_p, self.merge_r
        return 2 * p * r / (p + r) if p and r else None

    def figures(self) -> dict:
        return {
            "records": self.n,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "event_accuracy": _ratio(self.event_ok, self.event_n),
            "lao_side_exact": _ratio(self.lao_ok, self.lao_n),
            "vn_side_exact": _ratio(self.vn_ok, self.vn_n),
            "direction_accuracy": _ratio(self.dir_ok, self.dir_n),
            "event_date_within_1_day": _ratio(self.date_ok, self.date_n),
            "merge_pairwise_precision": self.merge_p,
            "merge_pairwise_recall": self.merge_r,
            "merge_pairwise_f1": self.merge_f1,
            "bootstrap_95": {"precision": self.ci[:2], "recall": self.ci[2:]} if self.ci else None,
        }


def _vn_provinces(names, gaz) -> set[str]:
    """The Vietnamese provinces among ``names`` (Huế and Thừa Thiên Huế are one)."""
    out = set()
    for n in names:
        canonical = gaz.canonical_vn_province(n)
        if canonical:
            out.add("Thừa Thiên Huế" if canonical == "Huế" else canonical)
    return out


def _bootstrap(pairs: list[tuple[bool, bool]], rounds: int = 400) -> tuple[float, float, float, float]:
    """95% intervals of precision and recall over resampled corpora (seeded: reproducible)."""
    rng = random.Random(20251125)
    ps, rs = [], []
    for _ in range(rounds):
        sample = [pairs[rng.randrange(len(pairs))] for _ in pairs]
        tp = sum(1 for g, p in sample if g and p)
        fp = sum(1 for g, p in sample if p and not g)
        fn = sum(1 for g, p in sample if g and not p)
        ps.append(tp / (tp + fp) if tp + fp else 1.0)
        rs.append(tp / (tp + fn) if tp + fn else 1.0)
    ps.sort()
    rs.sort()
    lo, hi = int(0.025 * rounds), int(0.975 * rounds) - 1
    return ps[lo], ps[hi], rs[lo], rs[hi]


DATE_LINE_RE = re.compile(r"(?:^|\D)(\d{1,2})/(\d{1,2})/(\d{4})(?:\D|$)")
ARCHIVE_DATE_RE = re.compile(r"\s*date (\d{4})-(\d{2})(?:-(\d{2}))?")


CLUSTER_MONTH_RE = re.compile(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])(?!\d)")


def publication_for(rec: dict) -> datetime | None:
    """When a crawl would see the record published: its ``published`` field; else the date line an
    archived page opens with; else the day after its labeled event (a labeled corpus keeps no
    publication time, and reports appear the day after the event more than any other day)."""
    if rec.get("published"):
        return parse_published(rec["published"])
    text = rec.get("text") or ""
    day = None
    m = ARCHIVE_DATE_RE.match(text)
    if m and m.group(3):
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        text = text[m.end():]
    for line in [ln.strip() for ln in text.splitlines() if ln.strip()][:3]:
        if len(line) >= 90 or day is not None:
            break
        found = DATE_LINE_RE.search(line)
        if not found:
            break
        try:
            day = date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
        except ValueError:
            break
    if day is None and rec.get("event_date"):
        day = date.fromisoformat(rec["event_date"]) + timedelta(days=1)
    if day is None and (month := CLUSTER_MONTH_RE.search(rec.get("cluster") or "")):
        # (no day labeled: the month its event's slug names — "laichau-oudomxay-2025-10" — as quality-eval's
        # replayed sites date such a page; a record with no time at all would group with nothing)
        day = date(int(month.group(1)), int(month.group(2)), 28)
    return datetime(day.year, day.month, day.day, 9, 15, tzinfo=VN_TZ) if day else None


def group_through_store(records: list[dict]) -> dict[str, int | None]:
    """Each record's visit id after storing them all, in publication order, in a fresh in-memory
    store (the crawler's own code path: ``huunghi.ingest.store_article``)."""
    from sqlalchemy.orm import Session

    from huunghi.db import Base, VisitArticle, make_engine
    from huunghi.ingest import ArticleFields, store_article

    engine = make_engine("sqlite://")
    Base.metadata.create_all(engine)
    order = sorted(records, key=lambda r: (publication_for(r) or datetime.max.replace(tzinfo=VN_TZ), str(r["id"])))
    ids: dict[int, str] = {}
    with Session(engine) as session:
        for rec in order:
            url = rec.get("url") or f"urn:huunghi-eval:{rec['id']}"
            article = store_article(session, None, ArticleFields(
                url=url, title=rec.get("title") or "", body=rec["text"], published=publication_for(rec),
                canonical_url=f"urn:huunghi-eval:{rec['id']}", source_province=source_province_for(rec.get("url"))))
            if article is not None:
                ids[article.id] = rec["id"]
        session.commit()
        visit_of = dict(session.execute(select(VisitArticle.article_id, VisitArticle.visit_id)).all())
    engine.dispose()
    return {rid: visit_of.get(aid) for aid, rid in ids.items()}


def evaluate(records: list[dict]) -> Report:
    gaz = default_gazetteer()
    rep = Report()
    pairs = []
    gold_clusters = {}
    for rec in records:
        if rec.get("ambiguous"):
            continue
        rep.n += 1
        published = publication_for(rec)
        rec = {**rec, "published": published.isoformat() if published else None}
        pred, info = predict_record(rec)
        gold = bool(rec.get("relevant"))
        got = pred["relevant"]
        pairs.append((gold, got))
        kind = rec.get("neg_kind") or ("relevant" if gold else "unlabelled")
        rep.by_neg_kind[kind]["predicted relevant" if got else "predicted not relevant"] += 1
        if gold and got:
            rep.tp += 1
        elif got:
            rep.fp += 1
            rep.errors.append(f"false positive {rec['id']} ({kind}, score {pred['score']}): {'; '.join(pred['reasons'])}")
        elif gold:
            rep.fn += 1
            rep.errors.append(f"false negative {rec['id']} (score {pred['score']}): {'; '.join(pred['reasons'])}")
        else:
            rep.tn += 1
        if gold:
            rep.event_n += 1
            rep.event_ok += pred["event"] == rec.get("event")
            if got and pred["event"] != rec.get("event"):
                rep.errors.append(f"event {rec['id']}: expected {rec.get('event')}, got {pred['event']} ({pred['kind']})")
            # Extraction is judged on every relevant article, whatever the classifier said.
            if info is None:
                from huunghi.classify.api import analyse_article, parse_published, source_province_for
                from huunghi.classify.visit import extract_visit

                c, _ = analyse_article(rec.get("title") or "", rec["text"], rec.get("url"), parse_published(rec.get("published")))
                info = extract_visit(rec.get("title") or "", rec["text"], rec.get("url"), parse_published(rec.get("published")),
                                     classification=c, source_province=source_province_for(rec.get("url")))
            # sides are judged on the provinces, where the record names any (as quality-eval does):
            # national bodies are recorded too loosely by the press to be scored name by name
            gold_lao = {p for p in rec.get("lao_parties", []) if p in gaz.lao_provinces}
            got_lao = {p for p in info.lao_parties if p in gaz.lao_provinces}
            if gold_lao:
                rep.lao_n += 1
                if gold_lao == got_lao:
                    rep.lao_ok += 1
                else:
                    rep.errors.append(f"Lao side {rec['id']}: expected {sorted(gold_lao)}, got {sorted(got_lao)}")
            gold_vn, got_vn = _vn_provinces(rec.get("vn_parties", []), gaz), _vn_provinces(info.vn_parties, gaz)
            if gold_vn:
                rep.vn_n += 1
                if gold_vn == got_vn:
                    rep.vn_ok += 1
                else:
                    rep.errors.append(f"Vietnamese side {rec['id']}: expected {rec.get('vn_parties')}, got {info.vn_parties}")
            if rec.get("direction") in ("vn_to_la", "la_to_vn"):
                rep.dir_n += 1
                if info.direction == rec["direction"]:
                    rep.dir_ok += 1
                else:
                    rep.errors.append(f"direction {rec['id']}: expected {rec['direction']}, got {info.direction}")
            if rec.get("event_date"):
                rep.date_n += 1
                gold_day = date.fromisoformat(rec["event_date"])
                if info.event_date and abs((info.event_date - gold_day).days) <= 1:
                    rep.date_ok += 1
                else:
                    rep.errors.append(f"event date {rec['id']}: expected {rec['event_date']}, got {info.event_date}")
            if rec.get("cluster"):
                gold_clusters[rec["id"]] = rec["cluster"]
    if gold_clusters:
        # grouping as the store does it: the records arrive one by one, in publication order
        predicted = group_through_store([r for r in records if not r.get("ambiguous")])
        tp = fp = fn = 0
        for a, b in itertools.combinations(sorted(gold_clusters), 2):
            g = gold_clusters[a] == gold_clusters[b]
            p = predicted.get(a) is not None and predicted.get(a) == predicted.get(b)
            tp += g and p
            fp += p and not g
            fn += g and not p
            if p and not g:
                rep.errors.append(f"merged but different visits: {a} + {b}")
            elif g and not p:
                rep.errors.append(f"one visit split: {a} / {b} ({gold_clusters[a]})")
        rep.merge_p = tp / (tp + fp) if tp + fp else 1.0
        rep.merge_r = tp / (tp + fn) if tp + fn else 1.0
    if pairs:
        rep.ci = _bootstrap(pairs)
    return rep


def format_report(rep: Report) -> list[str]:
    def pct(v):
        return "n/a" if v is None else f"{v:.3f}"

    f = rep.figures()
    lines = [
        f"records: {rep.n} (ambiguous ones left out)",
        f"relevant: precision {pct(f['precision'])}  recall {pct(f['recall'])}  F1 {pct(f['f1'])}"
        f"  (tp {rep.tp}, fp {rep.fp}, fn {rep.fn}, tn {rep.tn})",
    ]
    if rep.ci:
        lines.append(
            f"  bootstrap 95%: precision {rep.ci[0]:.3f}–{rep.ci[1]:.3f}, recall {rep.ci[2]:.3f}–{rep.ci[3]:.3f}"
        )
    lines += [
        f"event accuracy (relevant): {pct(f['event_accuracy'])}",
        f"Lao side exact: {pct(f['lao_side_exact'])} ({rep.lao_ok}/{rep.lao_n})   "
        f"Vietnamese side exact: {pct(f['vn_side_exact'])} ({rep.vn_ok}/{rep.vn_n}) (provinces)",
        f"direction: {pct(f['direction_accuracy'])} ({rep.dir_ok}/{rep.dir_n})   "
        f"event date ±1 day: {pct(f['event_date_within_1_day'])} ({rep.date_ok}/{rep.date_n})",
        f"merge pairwise: precision {pct(rep.merge_p)} recall {pct(rep.merge_r)} F1 {pct(rep.merge_f1)}",
        "by neg_kind:",
    ]
    for kind in sorted(rep.by_neg_kind):
        c = rep.by_neg_kind[kind]
        lines.append(f"  {kind:22} predicted relevant {c['predicted relevant']:3}   not {c['predicted not relevant']:3}")
    if rep.errors:
        lines.append(f"errors ({len(rep.errors)}):")
        lines += [f"  {e}" for e in rep.errors]
    return lines
