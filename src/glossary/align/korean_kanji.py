"""Suggestion source: the kanji of a Korean person, for Japanese.

Japanese writes Korean people of note in kanji (金大中, 李明博, 文在寅), the characters of
their Korean names.  JMnedict lists many with their kana reading, which is the Korean
pronunciation (きむでじゅん), and the dictionary index keeps every person's name in kanji
under its Sino-Korean reading (`jmdict.people_for_hangul`).  A Korean person whose Hangul
the termbase holds (from the article or a suggestion) gets the one JMnedict person whose
kanji read as that Hangul *and* whose kana reading is the Korean pronunciation of it (the
katakana rule of `names.katakana_for_korean`): two independent agreements, so a Japanese
person whose kanji happen to read the same in Korean (a different pronunciation) is not
taken.  Several such people with different kanji: no suggestion.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from ..extract.candidates import Candidate
from ..model import Category, Role
from ..text import jmdict
from .caching import cached
from .forms import fill_missing
from .names.kana import hepburn, romaji_key
from .names.katakana_for_korean import japanese_for_korean_name

#: the kana reading and the Korean pronunciation must be this much alike (difflib ratio of
#: their Hepburn spellings)
MIN_LIKENESS = 0.75
CONFIDENCE = 0.7


def add_korean_person_kanji(candidates: list[Candidate]) -> int:
    """Kanji for Korean people with a Hangul form and no Japanese one; the forms added."""
    added = 0
    for cand in candidates:
        if cand.category is not Category.PERSON or any(f.lang == "ja" for f in cand.forms):
            continue
        hangul = next((f.text for f in sorted(cand.forms, key=lambda f: f.role is not Role.PREFERRED)
                       if f.lang == "ko"), "")
        english = next((f.text for f in cand.forms if f.lang == "en" and f.role is Role.PREFERRED), "")
        found = kanji_for_korean_person(hangul, english) if hangul else None
        if found is not None:
            added += fill_missing(cand, {"ja": found[0]}, "dictionary:jmnedict", CONFIDENCE, found[1])
    return added


@cached(maxsize=16384)
def kanji_for_korean_person(hangul: str, english: str = "") -> tuple[str, str] | None:
    """(kanji, evidence) for a Korean person's Hangul name, or None."""
    name = "".join(hangul.split())
    if not 2 <= len(name) <= 4 or not all("가" <= ch <= "힣" for ch in name):
        return None
    sounds = japanese_for_korean_name(english, name)
    if sounds is None:
        return None
    want = romaji_key(hepburn(sounds.text.replace("・", "")))
    people = {}
    for e in jmdict.people_for_hangul(name):
        got = romaji_key(hepburn(e.reading))
        if got and SequenceMatcher(None, got, want).ratio() >= MIN_LIKENESS:
            people.setdefault(e.headword, e)
    if len(people) != 1:
        return None
    e = next(iter(people.values()))
    return e.headword, (f"JMnedict person {e.headword} ({e.reading}, '{next(iter(e.glosses), '')}'): its kanji "
                        f"read {name} in Korean and its reading is the Korean pronunciation ({sounds.text})")
