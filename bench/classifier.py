"""Classifier throughput on 3,000-character articles, one core, beside a bare regex pass."""

from __future__ import annotations

import re

from _common import best_of, report

from crawler.sample_articles import ARTICLES
from huunghi.classify.api import analyse_article
from huunghi.classify.mentions import LAO_KINDS
from huunghi.classify.relevance import classify


def articles(n: int = 600) -> list[tuple[str, str]]:
    out = []
    for i in range(n):
        a = ARTICLES[i % len(ARTICLES)]
        body = " ".join([a["lead"], *a["paragraphs"]]).format(d0="12/10", d1="13/10")
        # vary the text so no cache can remember whole articles
        body = f"Bản tin số {i}. " + body
        while len(body) < 3000:
            body += f" Đoạn thêm {i}: " + " ".join(a["paragraphs"]).format(d0="1/2", d1="2/2")
        out.append((a["title"], body[:3000]))
    return out


def stream(n: int = 600) -> list[tuple[str, str]]:
    """What a crawl brings: one article in twenty names Laos (as in bench/pipeline.py)."""
    docs = articles(n)
    without = [d for d in docs if not classify(*d).document.mentions(*LAO_KINDS)]
    with_laos = [d for d in docs if d not in without]
    return [with_laos[i % len(with_laos)] if i % 20 == 0 else without[i % len(without)] for i in range(n)]


def main() -> dict:
    docs = articles()
    classify(*docs[0])
    t_classify = best_of(lambda: [classify(t, b) for t, b in docs], repeat=5)
    mixed = stream()
    t_stream = best_of(lambda: [classify(t, b) for t, b in mixed], repeat=5)
    t_full = best_of(lambda: [analyse_article(t, b) for t, b in docs])
    rx = re.compile(r"\b(?:lào|thăm|hội đàm|đoàn)\b", re.I)
    t_regex = best_of(lambda: [rx.findall(b) for _, b in docs])
    rates = {"classify": len(docs) / t_classify, "classify+visit": len(docs) / t_full, "one regex pass": len(docs) / t_regex,
             "stream": len(mixed) / t_stream}
    report("classifier (3,000-character articles, one core)", [
        ("classify, every article names Laos", f"{rates['classify']:,.0f} articles/s"),
        ("classify, one in twenty names Laos", f"{rates['stream']:,.0f} articles/s"),
        ("classify + visit extraction", f"{rates['classify+visit']:,.0f} articles/s"),
        ("a single 4-word regex pass", f"{rates['one regex pass']:,.0f} articles/s"),
        ("classify / regex pass", f"{rates['classify'] / rates['one regex pass']:.2f}×"),
        ("target", "≥ 1,000 articles/s"),
    ])
    return rates


if __name__ == "__main__":
    main()
