"""Vietnamese text normalisation for matching.

``fold`` keeps every character in place (same length as its input), so a match found in the folded
text can be quoted from the original: NFC, lower case, one tone-mark placement (hoà = hòa,
thuỷ = thủy, khoẻ = khỏe), unified dashes and spaces.
"""

from __future__ import annotations

import re
import unicodedata

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng
VOWELS = set("aăâeêioôơuưy")
# Vowels whose own shape attracts the tone whatever the cluster (ơ in "ươ", ê in "uyê", …).
SHAPED = set("ăâêôơư")
WORD_RE = re.compile(r"\w+", re.UNICODE)
DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
SPACES = dict.fromkeys(map(ord, "\u00a0\u2009\u200a\u202f\u3000"), " ")
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), " ")


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


def clean(text: str) -> str:
    """NFC with unified dashes and spaces, zero-width characters removed (kept as spaces)."""
    return nfc(text).translate(DASHES).translate(SPACES).translate(ZERO_WIDTH)


def fold(text: str) -> str:
    """Lower-cased, one tone placement; position-preserving against ``clean(text)``."""
    text = clean(text)
    return WORD_RE.sub(lambda m: _place_tone(m.group(0)), text).lower()


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def key(text: str) -> str:
    """A lookup key for a name: folded, single spaces, hyphens as spaces."""
    return re.sub(r"[\s\-]+", " ", fold(text)).strip()
