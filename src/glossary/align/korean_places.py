"""Suggestion source: Hangul for a Korean place the article spells in Revised Romanization.

English writes Korean places as the South Korean standard romanizes them ("Gwangju",
"Gyeongbokgung", "Panmunjeom"), and Revised Romanization spells a Hangul word syllable by
syllable.  Read backwards through wordfreq's Korean word list: the Hangul words of two to
four syllables whose romanization is the English name, the most frequent first.  A name
several Korean words spell gets the commonest, its confidence lowered by the others' share.  Only for places and one-word
organisations a text names as places would be (a lone "Jeonju"), never for people (their
source is `names/known_korean.py`), and only when the word is rare in English: "Busan" is
a Korean word, "Seoul" is CLDR's.

A name of several words ending in an English head word ("Gwanghwamun Square", "Dongguk
University", "Suwon Hwaseong Fortress") gets each word before the head read back so, and
the head as Korean writes it after a name (data/ko_place_heads.tsv: 광화문광장, 동국대학교),
or nothing more when the name already ends in the head's syllable (Gyeongbokgung Palace
경복궁, Hwaseong Fortress 화성); a name whose words all read as Japanese romanization
("Nihon University") is not taken for a Korean one.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..extract.candidates import Candidate
from ..model import Category
from ..text.lexicon import table
from .forms import fill_missing
from .names.hangul_for_japanese import romaji_is_japanese
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


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[str, str]]:
    """English head word (casefolded) -> (Korean head, the romanized ending that already is it)."""
    return {r["head"].casefold(): (r["ko"], "" if r["ending"] == "-" else r["ending"]) for r in table("ko_place_heads")}


def hangul_for_headed_place(english: str) -> tuple[str, float, str] | None:
    """(Hangul, confidence, evidence) of a Korean name in Revised Romanization followed by an
    English head word ("Gwanghwamun Square" -> 광화문광장), else None."""
    words = english.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if not 2 <= len(words) <= 4 or words[-1].casefold() not in _heads():
        return None
    name = words[:-1]
    if all(romaji_is_japanese(w) for w in name):
        return None      # (a Japanese name: "Nihon University" is 니혼대학, not a Korean word)
    found = [hangul_for_place(w) for w in name]
    if any(f is None for f in found):
        return None
    ko, ending = _heads()[words[-1].casefold()]
    hangul = " ".join(f[0] for f in found)
    whole = hangul if ending and name[-1].casefold().endswith(ending) else hangul + ko
    how = "already ends in" if whole == hangul else "then"
    return whole, min(f[1] for f in found), (
        "; ".join(f[2] for f in found) + f"; {how} '{words[-1]}' as Korean writes it after a name ({ko}, "
                                         f"data/ko_place_heads.tsv)")


def add_korean_place_forms(candidates: list[Candidate]) -> int:
    """Korean for the places (and one-word organisations) named in Revised Romanization."""
    added = 0
    for cand in candidates:
        if cand.category not in (Category.PLACE, Category.INSTITUTION) or any(f.lang == "ko" for f in cand.forms):
            continue
        english = [f.text for f in cand.forms if f.lang == "en"]
        if not english:
            continue
        found = hangul_for_headed_place(english[0]) if " " in english[0] else hangul_for_place(english[0])
        if found is not None:
            text, confidence, evidence = found
            added += fill_missing(cand, {"ko": text}, ORIGIN, confidence, evidence)
    return added
