"""Quality figures on the labeled corpus (../shared/corpus), computed, printed and guarded.

Every floor is at least the issue's target (the dev figures sit above them: see README "Quality"),
so a regression below what the issue asks fails the suite.
"""

import pytest

from tests.conftest import corpus_or_skip

FLOORS = {
    "precision": 0.97,
    "recall": 0.97,
    "event_accuracy": 0.90,
    "lao_side_exact": 0.95,
    "vn_side_exact": 0.91,
    "direction_accuracy": 0.95,
    "event_date_within_1_day": 0.90,
    "merge_pairwise_f1": 0.95,
}
TARGETS = {"precision": 0.97, "recall": 0.97, "lao_side_exact": 0.95, "vn_side_exact": 0.90,
           "direction_accuracy": 0.95, "event_date_within_1_day": 0.90, "merge_pairwise_f1": 0.95}


@pytest.fixture(scope="module")
def report():
    from huunghi.classify.evaluate import evaluate, format_report, read_jsonl

    rep = evaluate(read_jsonl(corpus_or_skip(), required=("id", "text", "relevant")))
    print("\n" + "\n".join(format_report(rep)[:12]))
    return rep


@pytest.mark.corpus
@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_figure_above_its_floor(report, figure):
    value = report.figures()[figure]
    print(f"{figure}: {value:.3f} (floor {FLOORS[figure]}, target {TARGETS.get(figure, '-')})")
    assert value >= FLOORS[figure]


@pytest.mark.corpus
def test_no_hard_negative_kind_leaks(report):
    for kind, counts in report.by_neg_kind.items():
        if kind != "relevant":
            assert counts["predicted relevant"] <= 1, kind


@pytest.mark.corpus
def test_eval_command_prints_the_figures(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "huunghi.cli", "eval", str(corpus_or_skip())], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    for words in ("precision", "recall", "Lao side exact", "direction", "merge pairwise", "by neg_kind", "other_country"):
        assert words in proc.stdout
