"""Vietnamese text normalisation for matching.

``fold`` keeps every character in place (same length as its input), so a match found in the folded
text can be quoted from the original: NFC, lower case, one tone-mark placement (hoà = hòa,
thuỷ = thủy, khoẻ = khỏe), unified dashes and spaces.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng
VOWELS = set("aăâeêioôơuưy")
# Vowels whose own shape attracts the tone whatever the cluster (ơ in "ươ", ê in "uyê", …).
SHAPED = set("ăâêôơư")
WORD_RE = re.compile(r"\w+", re.UNICODE)
DASH_CHARS, SPACE_CHARS, ZERO_WIDTH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "\u00a0\u2009\u200a\u202f\u3000", "\u200b\u200c\u200d\ufeff\u00ad"
CLEAN_TABLE = {**dict.fromkeys(map(ord, DASH_CHARS), "-"), **dict.fromkeys(map(ord, SPACE_CHARS + ZERO_WIDTH_CHARS), " ")}
NEEDS_CLEAN = re.compile(f"[{DASH_CHARS}{SPACE_CHARS}{ZERO_WIDTH_CHARS}]")
COMBINING = re.compile("[\u0300-\u036f]")


@lru_cache(maxsize=1 << 16)  # Vietnamese has a few thousand distinct syllables
def _place_tone(syllable: str) -> str:
    """Put the syllable's tone mark on one canonical vowel (the classic placement)."""
    decomposed = unicodedata.normalize("NFD", syllable)
    tone = next((c for c in decomposed if c in TONES), None)
    if tone is None:
        return syllable
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
    chars = list(base)
    start = 0
    low = base.lower()
    # "qu" and "gi" (before another vowel) are consonant clusters.
    if low.startswith("qu") or (low.startswith("gi") and len(low) > 2 and low[2] in VOWELS):
        start = 2
    idx = [i for i in range(start, len(chars)) if chars[i].lower() in VOWELS]
    if not idx:
        idx = [i for i in range(len(chars)) if chars[i].lower() in VOWELS]
        if not idx:
            return syllable
    shaped = [i for i in idx if chars[i].lower() in SHAPED]
    if shaped:
        target = shaped[-1]
    elif idx[-1] < len(chars) - 1:  # a final consonant follows the vowel cluster
        target = idx[-1]
    elif len(idx) >= 3:
        target = idx[1]
    else:
        target = idx[0]
    chars[target] = unicodedata.normalize("NFC", chars[target] + tone)
    return "".join(chars)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


ENTITY_RE = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")


def clean(text: str) -> str:
    """NFC with unified dashes and spaces, zero-width characters removed (kept as spaces), HTML entities a page kept
    in its text decoded ("&quot;", "&nbsp;")."""
    if "&" in text and ENTITY_RE.search(text):
        text = html.unescape(text)
    text = nfc(text)
    return text.translate(CLEAN_TABLE) if NEEDS_CLEAN.search(text) else text


def fold(text: str) -> str:
    """Lower-cased, one tone placement; position-preserving against ``clean(text)``."""
    return fold_clean(clean(text))


def fold_clean(text: str) -> str:
    """``fold`` of a text that is already ``clean``."""
    low = text.lower()
    pieces, last = [], 0
    for m in OLD_STYLE_RE.finditer(low):
        a = m.start()
        while a > 0 and low[a - 1].isalnum():
            a -= 1
        word = low[a : m.end()]
        placed = _place_tone(word)
        if placed != word:
            pieces += (low[last:a], placed)
            last = m.end()
    if not pieces:
        return low
    pieces.append(low[last:])
    return "".join(pieces)


# The two placements differ only where a syllable ends in a marked "oa", "oe" or "uy" ("hoà"/"hòa",
# "khoẻ"/"khỏe", "thuỷ"/"thủy"): only such words are re-placed ("quý" stays: "qu" is a consonant).
OLD_STYLE_RE = re.compile(r"(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\w)")


def strip_diacritics(text: str) -> str:
    """Letters without their marks, one character for one (NFC input keeps its positions)."""
    if text.isascii():
        return text
    return COMBINING.sub("", unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D")))


# Transliterations of one Lao name differ in ways a reader hears as the same: x/s, ph/p, kh/k, th/t,
# y/i, r/l, c/k, doubled letters, a final h, "ou" for "u" ("Sạ-vẳn-na-khệt", "Savannakhet",
# "Xa Vẳn Na Khệt"; "Bolykhămxay", "Borikhamxay").
PHONETIC_STEPS = [(re.compile(a), b) for a, b in (
    (r"[^a-z]", ""), (r"ou", "u"), (r"ck|c|q", "k"), (r"x", "s"), (r"([ptk])h", r"\1"), (r"y", "i"), (r"r", "l"),
    (r"w", "v"),
    # Lao romanisations: a silent final e ("Xaysomboune", "Saravane"), "nh" for a final n ("Savanhnakhet"),
    # an r after p that the Vietnamese spelling drops ("Luang Prabang" = "Luông Pha Bang")
    (r"(?<=[a-z]{2}[^aeiou])e$", ""), (r"nh(?![aeiou])", "n"), (r"pl", "p"),
    (r"(.)\1+", r"\1"), (r"h$", ""),
)]


@lru_cache(maxsize=1 << 15)
def phonetic(text: str) -> str:
    """A loose key for a transliterated name: letters only, without marks, sounds alike merged."""
    out = strip_diacritics(text.lower())
    for rx, repl in PHONETIC_STEPS:
        out = rx.sub(repl, out)
    return out


@lru_cache(maxsize=1 << 14)
def key(text: str) -> str:
    """A lookup key for a name: folded, single spaces, hyphens as spaces."""
    return re.sub(r"[\s\-]+", " ", fold(text)).strip()


def trie_pattern(phrases) -> str:
    """One regex alternation for many phrases, factored into a trie: at each position the
    engine follows a single branch instead of trying every phrase (several times faster).
    A space in a phrase matches any run of spaces or hyphens ("U-đôm-xay" = "U Đôm Xay")."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            atom = r"[\s\-]+" if ch == " " else re.escape(ch)
            branches.append(atom + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)
