"""A learned second opinion on relevance: TF-IDF over syllables and syllable pairs, logistic regression.

The hand-written rules understand structure (who is beside which cue); a linear model over the
words catches the vocabulary no rule names yet (a culture week, a remains handover, a political
consultation) and fails on different articles than the rules do. Their average decides.

Fitting needs scikit-learn (``pip install -e '.[fit]'``) and a labeled corpus; the fitted model is
shipped as plain JSON (n-gram → idf, weight) and scored here in pure Python, so the service needs
neither scikit-learn nor numpy, and scoring stays a few dictionary lookups per word. Only n-grams
seen in at least two labeled articles are kept: the file holds statistics, not text.
"""

from __future__ import annotations

import heapq
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from huunghi.classify.text import fold

PACKAGED = Path(__file__).with_name("relevance_model.json")
TOKEN_RE = re.compile(r"\w+")
NGRAMS = (1, 2)  # trigrams added nothing in cross-validation on dev, and cost a third more time
MAX_CHARS = 1500  # the opening of a page says what it reports; the rest is often site furniture


def _syllables(folded: str) -> list[str]:
    return TOKEN_RE.findall(folded[:MAX_CHARS])


def grams(folded: str) -> list[str]:
    """Syllables and syllable pairs of an already folded text (see ``text.fold``), repeated."""
    words = _syllables(folded)
    return words + list(map(" ".join, zip(words, words[1:])))  # noqa: B905 (one shorter on purpose)


def features(text: str) -> dict[str, int]:
    """Syllables and syllable pairs of the text and their counts (the model's vocabulary keys)."""
    counts: dict[str, int] = {}
    for g in grams(fold(text[:MAX_CHARS])):
        counts[g] = counts.get(g, 0) + 1
    return counts


@dataclass(frozen=True)
class Opinion:
    probability: float
    # the n-grams that pushed the decision most, each with its signed contribution
    evidence: tuple[tuple[str, float], ...]

    def reason(self) -> str:
        shown = ", ".join(f'{"+" if w > 0 else "−"}"{g}"' for g, w in self.evidence)
        return f"learned: p={self.probability:.2f} ({shown})"


class Model:
    """Logistic regression over sublinear, L2-normalised TF-IDF (sklearn's TfidfVectorizer maths)."""

    def __init__(self, idf: dict[str, float], weight: dict[str, float], intercept: float, meta: dict | None = None):
        self.idf, self.weight, self.intercept, self.meta = idf, weight, intercept, meta or {}
        # the first syllables of known pairs: a pair is only built when it can be known (a third of the time)
        self._pair_firsts = frozenset(g.split(" ", 1)[0] for g in idf if " " in g)

    def _known_grams(self, folded: str) -> list[str]:
        """``grams(folded)`` restricted to the model's vocabulary, without building pairs it cannot know."""
        idf, firsts = self.idf, self._pair_firsts
        words = _syllables(folded)
        known = [w for w in words if w in idf]
        pairs = (a + " " + b for a, b in zip(words, words[1:]) if a in firsts)  # noqa: B905 (one shorter on purpose)
        return known + [p for p in pairs if p in idf]

    def opinion(self, text: str, top: int = 4, *, folded: str | None = None) -> Opinion:
        """The model's probability for ``text`` (pass ``folded`` when the folded text is at hand)."""
        idf, weight = self.idf, self.weight
        counts = Counter(self._known_grams(folded if folded is not None else fold(text[:MAX_CHARS])))
        square = dot = 0.0
        signed = []  # (gram, contribution before normalising)
        for g, n in counts.items():
            v = idf[g] if n == 1 else (1.0 + math.log(n)) * idf[g]
            square += v * v
            w = weight.get(g)
            if w:
                dot += v * w
                signed.append((g, v * w))
        norm = math.sqrt(square) or 1.0
        z = self.intercept + dot / norm
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        sign = 1 if p >= 0.5 else -1
        strongest = [(g, c / norm) for g, c in heapq.nlargest(top, signed, key=lambda gc: sign * gc[1])]
        return Opinion(round(p, 4), tuple((g, round(w, 3)) for g, w in strongest if w * sign > 0))

    def to_json(self) -> dict:
        return {"meta": self.meta, "intercept": self.intercept,
                "features": {g: [round(self.idf[g], 5), round(self.weight.get(g, 0.0), 5)] for g in sorted(self.idf)}}

    @classmethod
    def from_json(cls, data: dict) -> Model:
        feats = data["features"]
        return cls({g: v[0] for g, v in feats.items()}, {g: v[1] for g, v in feats.items() if v[1]},
                   float(data["intercept"]), data.get("meta"))


def fit(records: list[dict], *, c: float = 10.0, min_df: int = 2, folded: Callable[[dict], str] | None = None,
        names_as_kinds: bool = False) -> Model:
    """Fit on labeled records (``text``, ``relevant``; ``title`` optional). Needs scikit-learn.

    ``folded`` gives the folded text the model will be shown at scoring time (the classifier passes
    its analysed text: page furniture gone, glued items apart); by default the record's folded text.
    ``names_as_kinds`` records that those texts write Viet Nam's provinces and places as their kind
    (``mentions.names_as_kinds``), so that the classifier shows the model the same."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:  # pragma: no cover - depends on the installation
        raise SystemExit("fitting the model needs scikit-learn: pip install -e '.[fit]'") from None
    docs = [Counter(grams(folded(r))) if folded else features(_text_of(r)) for r in records]
    vec = TfidfVectorizer(analyzer=lambda counts: [g for g, n in counts.items() for _ in range(n)],
                          sublinear_tf=True, min_df=min_df)
    x = vec.fit_transform(docs)
    y = [bool(r["relevant"]) for r in records]
    lr = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(x, y)
    vocab = vec.get_feature_names_out()
    idf = {g: float(v) for g, v in zip(vocab, vec.idf_, strict=True)}
    weight = {g: float(w) for g, w in zip(vocab, lr.coef_[0], strict=True)}
    meta = {"records": len(records), "relevant": sum(y), "C": c, "min_df": min_df, "ngrams": list(NGRAMS),
            "max_chars": MAX_CHARS, "names_as_kinds": names_as_kinds}
    return Model(idf, weight, float(lr.intercept_[0]), meta)


def _text_of(record: dict) -> str:
    title = record.get("title") or ""
    return f"{title}\n{record['text']}" if title else record["text"]


def save(model: Model, path: Path) -> None:
    path.write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Model | None:
    """The packaged model (or the one at ``path``); None when there is none."""
    p = Path(path) if path else PACKAGED
    if not p.exists():
        return None
    return Model.from_json(json.loads(p.read_text(encoding="utf-8")))
