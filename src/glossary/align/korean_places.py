"""Suggestion source: Hangul for a Korean place the article spells in Revised Romanization.

English writes Korean places as the South Korean standard romanizes them ("Gwangju",
"Gyeongbokgung", "Panmunjeom"), and Revised Romanization spells a Hangul word syllable by
syllable.  Read backwards through wordfreq's Korean word list: the Hangul words of two to
four syllables whose romanization is the English name, the most frequent first.  A name
several Korean words spell gets the commonest, its confidence lowered by the others' share.  Only for places and one-word
organisations a text names as places would be (a lone "Jeonju"), never for people (their
source is `names/known_korean.py`), and only when the word is rare in English: "Busan" is
a Korean word, "Seoul" is CLDR's.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..extract.candidates import Candidate
from ..model import Category
from .forms import fill_missing
from .names.korean import revised_romanization
from ..extract.general import zipf

#: a Hangul word this common or more (relative frequency in wordfreq's Korean list): a
#: place name Korean text uses, not a chance spelling
MIN_FREQUENCY = 1e-6
#: the confidence of a spelling only one common Korean word has
CONFIDENCE = 0.6
#: an English word at least this common in general English is an English word, not a
#: romanized Korean name (wordfreq's Zipf scale)
ENGLISH_ZIPF = 3.0
ORIGIN = "romanization:korean-place"
#: a one-word romanized name: letters, an inner hyphen allowed ("Ulleung-do")
_ROMAN = regex.compile(r"^[A-Z][a-z]+(?:-[a-z]+)?$")
_HANGUL_WORD = regex.compile(r"^\p{Hangul}{2,4}$")


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[tuple[str, float], ...]]:
    """romanization -> ((Hangul word, frequency), ...), the most frequent first."""
    from wordfreq import get_frequency_dict

    out: dict[str, list[tuple[str, float]]] = {}
    for word, freq in get_frequency_dict("ko").items():
        if freq >= MIN_FREQUENCY and _HANGUL_WORD.match(word):
            key = revised_romanization(word)
            if key:
                out.setdefault(key, []).append((word, freq))
    return {k: tuple(sorted(v, key=lambda x: -x[1])) for k, v in out.items()}


def hangul_for_place(english: str) -> tuple[str, float, str] | None:
    """(Hangul, confidence, evidence) of a Korean place spelled in Revised Romanization."""
    if not _ROMAN.match(english) or zipf(english.lower()) >= ENGLISH_ZIPF:
        return None
    words = _index().get(english.lower().replace("-", ""))
    if not words:
        return None
    best, freq = words[0]
    share = freq / sum(f for _, f in words)
    others = f"; also spelled so: {', '.join(w for w, _ in words[1:3])}" if len(words) > 1 else ""
    return best, round(CONFIDENCE * share, 3), \
        f"'{english}' is the Revised Romanization of {best} (wordfreq's Korean list, the commonest word so spelled{others})"


def add_korean_place_forms(candidates: list[Candidate]) -> int:
    """Korean for the places (and one-word organisations) named in Revised Romanization."""
    added = 0
    for cand in candidates:
        if cand.category not in (Category.PLACE, Category.INSTITUTION) or any(f.lang == "ko" for f in cand.forms):
            continue
        english = [f.text for f in cand.forms if f.lang == "en"]
        if not english or (cand.category is Category.INSTITUTION and " " in english[0]):
            continue
        found = hangul_for_place(english[0])
        if found is not None:
            text, confidence, evidence = found
            added += fill_missing(cand, {"ko": text}, ORIGIN, confidence, evidence)
    return added
