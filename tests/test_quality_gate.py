"""Quality figures on the labeled corpora (../shared/corpus), computed, printed and guarded.

Two sets, two kinds of floor:
- the **sealed** set (nobody on the project reads it), scored by ``../shared/tools/quality-eval``
  as a user meets it: article by article with publication times, and end to end through a real
  crawl of local sites into a fresh store. Its figures say whether understanding generalises; the
  floors sit at what main measures, so a regression fails the suite.
- the **dev** set (where rules are written), scored in process by ``huunghi eval``.

Floors are pinned just below what main measures (one article's worth, and 0.03 for the end-to-end
grouping, whose crawl order may vary) and raised as understanding improves; the issue's targets are
printed beside. Relevant precision and recall, which main now holds at their targets (0.972 each,
3 of 106 missed and 3 kept wrongly), are pinned at the targets themselves: one article more either
way fails the suite.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, corpus_or_skip

DEV_FLOORS = {
    "precision": 0.99,
    "recall": 0.99,
    "event_accuracy": 0.91,
    "lao_side_exact": 0.99,
    "vn_side_exact": 0.99,
    "direction_accuracy": 0.98,
    "event_date_within_1_day": 0.97,
    "merge_pairwise_f1": 0.94,
}
SEALED_FLOORS = {
    "relevant P": 0.97,
    "relevant R": 0.97,
    "Lao side": 0.94,
    "VN side": 0.93,
    "direction": 0.96,
    "date ±1 day": 0.92,
    "discovery": 0.99,
    "title": 0.98,
    "date": 0.99,
    "merge F1": 0.88,
}
TARGETS = {"relevant P": 0.97, "relevant R": 0.97, "Lao side": 0.95, "VN side": 0.93, "direction": 0.93,
           "date ±1 day": 0.93, "discovery": 0.99, "title": 0.97, "date": 0.97, "merge F1": 0.90}
TOOL = ROOT.parent / "shared" / "tools" / "quality-eval"
FIGURE_RE = re.compile(r"^\s{2}(\S.*?)\s+(\d+\.\d{3})(?:\s|$)", re.M)


@pytest.fixture(scope="module")
def report():
    from huunghi.classify.evaluate import evaluate, format_report, read_jsonl

    rep = evaluate(read_jsonl(corpus_or_skip(), required=("id", "text", "relevant")))
    print("\n" + "\n".join(format_report(rep)[:12]))
    return rep


@pytest.mark.corpus
@pytest.mark.parametrize("figure", sorted(DEV_FLOORS))
def test_dev_figure_above_its_floor(report, figure):
    value = report.figures()[figure]
    print(f"{figure}: {value:.3f} (floor {DEV_FLOORS[figure]})")
    assert value >= DEV_FLOORS[figure]


@pytest.mark.corpus
def test_no_hard_negative_kind_leaks(report):
    for kind, counts in report.by_neg_kind.items():
        if kind != "relevant":
            assert counts["predicted relevant"] <= 3, kind


@pytest.mark.corpus
def test_eval_command_prints_the_figures(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "huunghi.cli", "eval", str(corpus_or_skip())], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    for words in ("precision", "recall", "Lao side exact", "direction", "merge pairwise", "by neg_kind", "other_country"):
        assert words in proc.stdout


def _huunghi_command() -> str:
    beside = Path(sys.executable).with_name("huunghi")
    found = str(beside) if beside.exists() else shutil.which("huunghi")
    if not found:
        pytest.skip("the huunghi command is not installed (pip install -e .)")
    return found


@pytest.fixture(scope="module")
def sealed_figures(tmp_path_factory) -> dict[str, float]:
    if not TOOL.exists() or not (TOOL.parent.parent / "corpus" / "sealed.b85").exists():
        pytest.skip(f"the sealed set and its tool are not beside the project ({TOOL} missing)")
    proc = subprocess.run([sys.executable, str(TOOL), "--set", "sealed", "--huunghi", _huunghi_command()],
                          capture_output=True, text=True, timeout=1500, cwd=tmp_path_factory.mktemp("sealed"))
    print(proc.stdout)
    # exit status 1 only says that some target is not reached yet; the floors below decide
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    figures = {name.strip(): float(value) for name, value in FIGURE_RE.findall(proc.stdout)}
    refetched = re.search(r"^\s+refetched\s+(\d+)", proc.stdout, re.M)
    figures["refetched"] = float(refetched.group(1)) if refetched else float("nan")
    assert figures, f"no figures in the tool's output:\n{proc.stdout}\n{proc.stderr[-2000:]}"
    return figures


@pytest.mark.corpus
@pytest.mark.parametrize("figure", list(SEALED_FLOORS))
def test_sealed_figure_above_its_floor(sealed_figures, figure):
    value = sealed_figures[figure]
    print(f"sealed {figure}: {value:.3f} (floor {SEALED_FLOORS[figure]}, target {TARGETS[figure]})")
    assert value >= SEALED_FLOORS[figure]


@pytest.mark.corpus
def test_sealed_second_crawl_fetches_no_article_again(sealed_figures):
    assert sealed_figures["refetched"] == 0


@pytest.mark.corpus
def test_eval_groups_dev_as_the_store_does_whatever_the_order(make_app):
    """`huunghi eval` groups by storing the records in publication order; a store filled in the
    reverse order (as a crawl of an archive meets them, newest first) ends with the same visits."""
    from huunghi.classify.evaluate import group_through_store, publication_for, read_jsonl
    from huunghi.ingest import ArticleFields, store_article
    from huunghi.store import list_visits

    records = [r for r in read_jsonl(corpus_or_skip(), required=("id", "text", "relevant"))
               if not r.get("ambiguous") and publication_for(r)]
    by_visit: dict = {}
    for rid, vid in group_through_store(records).items():
        if vid is not None:
            by_visit.setdefault(vid, set()).add(rid)
    evaluated = {frozenset(x) for x in by_visit.values()}
    app = make_app()
    newest_first = sorted(records, key=lambda r: (publication_for(r), r["id"]), reverse=True)
    with app.db.session() as s:
        for rec in newest_first:
            store_article(s, None, ArticleFields(f"http://corpus.invalid/{rec['id']}", "", rec["text"], publication_for(rec)))
        stored = {frozenset(a["url"].rsplit("/", 1)[1] for a in v["articles"]) for v in list_visits(s)}
    assert len(evaluated) > 50
    assert stored == evaluated
