"""Find the parties and cues in a text: sentences with their Lao/Vietnamese/foreign mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from huunghi.classify.gazetteer import Gazetteer
from huunghi.classify.text import clean, fold, strip_diacritics

SENTENCE_RE = re.compile(r"[^.!?;\n|]+(?:[.!?;]+|$)", re.M)
LAOS_RE = re.compile(r"(?<![\w])lào(?![\w])")
# "Việt Nam - Lào", "Việt - Lào", "Lào - Việt Nam": the relationship, not a party.
RELATION_RE = re.compile(r"(?:việt(?: nam)?\s*-\s*lào|lào\s*-\s*việt(?: nam)?|việt,\s*lào)(?![\w])")


@dataclass
class Mention:
    kind: str  # lao_province | lao_body | laos | vn_province | vn_body | foreign
    name: str  # canonical (Lao) or as written (Vietnamese, canonical spelling)
    text: str  # exactly as in the article
    start: int
    end: int


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str  # original
    folded: str
    mentions: list[Mention] = field(default_factory=list)

    def of(self, *kinds: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind in kinds]


@dataclass
class Document:
    text: str  # clean(original)
    folded: str
    sentences: list[Sentence]
    title_end: int  # offset where the title ends (0 when no title)

    def mentions(self, *kinds: str) -> list[Mention]:
        return [m for s in self.sentences for m in s.of(*kinds)]


def _mask(folded: str, pattern: re.Pattern | None) -> str:
    if pattern is None:
        return folded
    return pattern.sub(lambda m: " " * len(m.group(0)), folded)


def find_mentions(text: str, folded: str, gaz: Gazetteer) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(kind: str, name: str | None, m: re.Match) -> None:
        if name and free(m.start(), m.end()):
            out.append(Mention(kind, name, text[m.start() : m.end()], m.start(), m.end()))
            taken.append((m.start(), m.end()))

    masked = _mask(folded, gaz.not_laos_re)
    for m in gaz.lao_body_re.finditer(masked) if gaz.lao_body_re else ():
        body = gaz.canonical_lao_body(m.group(0))
        add("laos" if body == "Lào" else "lao_body", body, m)
    for m in gaz.lao_province_re.finditer(masked):
        add("lao_province", gaz.canonical_lao_province(m.group(0)), m)
    for m in gaz.lao_loose_re.finditer(strip_diacritics(masked)):
        add("lao_province", gaz.lao_from_loose(m.group(0)), m)
    for m in gaz.lao_capital_re.finditer(masked) if gaz.lao_capital_re else ():
        add("lao_province", gaz.lao_from_capital(m.group(0)), m)
    relation = _mask(masked, RELATION_RE)
    for m in LAOS_RE.finditer(relation):
        add("laos", "Lào", m)
    for m in gaz.vn_body_re.finditer(folded) if gaz.vn_body_re else ():
        add("vn_body", gaz.vn_body(m.group(0)), m)
    for m in gaz.vn_province_re.finditer(folded):
        add("vn_province", gaz.canonical_vn_province(m.group(0)), m)
    for m in gaz.other_country_re.finditer(masked) if gaz.other_country_re else ():
        add("foreign", text[m.start() : m.end()], m)
    out.sort(key=lambda m: m.start)
    return out


def analyse(title: str, body: str, gaz: Gazetteer) -> Document:
    title = clean(title or "").strip()
    body = clean(body or "")
    text = f"{title}\n{body}" if title else body
    folded = fold(text)
    mentions = find_mentions(text, folded, gaz)
    sentences = []
    mi = 0
    for i, m in enumerate(SENTENCE_RE.finditer(text)):
        if not m.group(0).strip():
            continue
        s = Sentence(len(sentences), m.start(), m.end(), m.group(0), folded[m.start() : m.end()])
        while mi < len(mentions) and mentions[mi].start < m.end():
            if mentions[mi].start >= m.start():
                s.mentions.append(mentions[mi])
            mi += 1
        sentences.append(s)
        del i
    return Document(text, folded, sentences, len(title))
