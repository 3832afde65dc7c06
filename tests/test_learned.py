"""The learned half of the relevance score: pure-Python scoring equals scikit-learn's, it explains
itself, and an operator can fit, swap or turn it off."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from huunghi.classify import learned
from huunghi.classify.gazetteer import load_gazetteer
from huunghi.classify.relevance import classify

# Written for these tests: exchanges and look-alikes, short, in the press's genre.
RECORDS = [
    {"id": "p1", "relevant": True, "text": "Đoàn đại biểu tỉnh Sơn La sang thăm và làm việc tại tỉnh Hủa Phăn, Lào."},
    {"id": "p2", "relevant": True, "text": "Lãnh đạo tỉnh Khăm Muồn sang thăm, chúc Tết tỉnh Hà Tĩnh."},
    {"id": "p3", "relevant": True, "text": "Tỉnh Quảng Trị trao tặng nhà văn hóa cho tỉnh Salavan của nước bạn Lào."},
    {"id": "p4", "relevant": True, "text": "Đoàn công tác tỉnh Điện Biên sang thăm, chúc Tết Bunpimay tỉnh Phông Sa Lỳ."},
    {"id": "n1", "relevant": False, "text": "Bắt đối tượng vận chuyển heroin từ Lào vào Việt Nam qua đường mòn."},
    {"id": "n2", "relevant": False, "text": "Đội tuyển U23 Việt Nam thắng U23 Lào ở vòng loại, tiền đạo ghi hai bàn thắng."},
    {"id": "n3", "relevant": False, "text": "Giá gạo ở Lào tăng, lạm phát cao, tỷ giá đồng kíp mất giá."},
    {"id": "n4", "relevant": False, "text": "Đoàn công tác tỉnh Yên Bái thăm và làm việc tại tỉnh Lào Cai."},
]


def test_pure_python_scoring_equals_scikit_learn():
    sk = pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    model = learned.fit(RECORDS, min_df=1)
    docs = [learned.features(r["text"]) for r in RECORDS]
    vec = TfidfVectorizer(analyzer=lambda c: [g for g, n in c.items() for _ in range(n)], sublinear_tf=True, min_df=1)
    x = vec.fit_transform(docs)
    lr = LogisticRegression(C=10.0, class_weight="balanced", max_iter=5000).fit(x, [r["relevant"] for r in RECORDS])
    new = "Đoàn đại biểu tỉnh Nghệ An sang thăm, chúc Tết tỉnh Xiêng Khoảng. Giá gạo tăng."
    expected = lr.predict_proba(vec.transform([learned.features(new)]))[0, 1]
    assert sk.__version__
    assert model.opinion(new).probability == pytest.approx(expected, abs=1e-4)


def test_the_model_survives_a_round_trip_through_json(tmp_path):
    model = learned.fit(RECORDS, min_df=1)
    path = tmp_path / "m.json"
    learned.save(model, path)
    again = learned.Model.from_json(json.loads(path.read_text(encoding="utf-8")))
    text = "Lãnh đạo tỉnh Sơn La sang thăm, chúc Tết tỉnh Hủa Phăn."
    assert again.opinion(text).probability == pytest.approx(model.opinion(text).probability, abs=1e-3)


def test_an_opinion_names_the_words_that_decided_it():
    model = learned.fit(RECORDS, min_df=1)
    yes = model.opinion("Đoàn công tác tỉnh Sơn La sang thăm, chúc Tết tỉnh Hủa Phăn.")
    no = model.opinion("Bắt đối tượng vận chuyển heroin, lạm phát và tỷ giá tăng.")
    assert yes.probability > 0.5 > no.probability
    assert yes.evidence and all(w > 0 for _, w in yes.evidence)
    assert no.evidence and all(w < 0 for _, w in no.evidence)
    assert yes.reason().startswith("learned: p=") and '+"' in yes.reason()


def test_the_packaged_model_is_shipped_and_its_reasons_are_listed():
    assert learned.load() is not None, "huunghi/classify/relevance_model.json is missing: run huunghi fit"
    c = classify("Đoàn đại biểu tỉnh Sơn La thăm tỉnh Hủa Phăn", "Ngày 5/3, đoàn đại biểu tỉnh Sơn La sang thăm và làm việc tại tỉnh Hủa Phăn (Lào).")
    assert c.relevant
    assert c.rule_score is not None and c.learned_score is not None
    assert c.score == pytest.approx((c.rule_score + c.learned_score) / 2, abs=1e-3)
    assert any(r.startswith("learned: p=") for r in c.reasons)
    assert any(r.startswith("rules: p=") for r in c.reasons)


def test_an_operator_turns_the_model_off_or_swaps_it(tmp_path):
    off = tmp_path / "off.yaml"
    off.write_text("learned_weight: 0\n", encoding="utf-8")
    gaz = load_gazetteer(off)
    text = ("Đoàn đại biểu tỉnh Sơn La thăm tỉnh Hủa Phăn", "Ngày 5/3, đoàn đại biểu tỉnh Sơn La sang thăm tỉnh Hủa Phăn (Lào).")
    c = classify(*text, gazetteer=gaz)
    assert c.learned_score is None and c.score == c.rule_score
    mine = tmp_path / "mine.json"
    learned.save(learned.fit(RECORDS, min_df=1), mine)
    swapped = tmp_path / "swap.yaml"
    swapped.write_text(f"learned_model: {mine}\nlearned_weight: 0.5\n", encoding="utf-8")
    c2 = classify(*text, gazetteer=load_gazetteer(swapped))
    assert c2.learned_score == learned.load(str(mine)).opinion(text[0], folded=c2.document.folded).probability


def test_fit_command_writes_a_model_an_operator_can_use(tmp_path):
    pytest.importorskip("sklearn")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS * 2), encoding="utf-8")
    out = tmp_path / "model.json"
    proc = subprocess.run([sys.executable, "-m", "huunghi.cli", "fit", str(corpus), "--out", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "fitted on 16 records (8 relevant)" in proc.stdout
    assert learned.load(str(out)).meta["records"] == 16
