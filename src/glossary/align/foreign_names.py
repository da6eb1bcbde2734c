"""Suggestion source: Japanese katakana for people who are neither Japanese nor Korean.

Japanese writes a Western name in katakana, given name first, the parts joined by a
middle dot (ジミー・カーター).  JMnedict lists the katakana of Western given names and
surnames with their romanized spellings as glosses ("ジミー": Jimmy; "カーター": Carter), so a
name whose every word is such a gloss gets the katakana of each, joined.  A word with
several katakana spellings takes the one the dictionary ranks first (its priority) when
it is clearly the usual one; otherwise the name gets no suggestion.

Guards: a word the dictionary knows better as a Japanese name in kanji ("Ken" 健) or a
name with an East Asian family name (data/family_names.tsv: Korean and Chinese names are
written in Hangul and in kanji, not katakana) is not transcribed; a katakana spelling
must spell the word, not a short form of it (ドン is glossed "Donald");
initials, particles and words of two letters or fewer are not looked up; one word alone
(a surname used alone, "Ostrinov") is transcribed only as a surname.
"""
from __future__ import annotations

import regex

from ..extract.candidates import Candidate
from ..text import jmdict
from ..text.lexicon import words
from .caching import cached
from .forms import fill_people

#: a gloss's bracketed qualifier
_QUALIFIER = regex.compile(r"\s*\([^()]*\)")

#: JMnedict name types of given names, and of family names
GIVEN_KINDS = frozenset({"given", "masc", "fem"})
FAMILY_KINDS = frozenset({"surname"})
#: the dictionary's first spelling must have this many times the priority of the next one
DOMINANCE = 2.0
#: confidence of a transcription of a full name, and of a surname alone
CONFIDENCE = 0.55
SURNAME_CONFIDENCE = 0.45
#: the katakana's romanization is at least this share of the English word's length, and
#: this much alike (difflib's ratio)
LENGTH_SHARE = 0.6
MIN_LIKENESS = 0.4
#: of several spellings with the same dictionary priority, the one Japanese text writes at
#: least DOMINANCE times as often as the next, and at least this often, is the usual one
MIN_FREQUENCY = 1e-8
#: a katakana name Japanese text writes this often spells the word it glosses, however
#: unlike its letters (ジョージ "George")
COMMON_FREQUENCY = 5e-7
_INITIAL = regex.compile(r"\p{Lu}\.?")
KATAKANA = regex.compile(r"[\p{Katakana}ー]{2,}")
LATIN_WORD = regex.compile(r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)?")


def add_foreign_person_forms(candidates: list[Candidate]) -> int:
    """Katakana for Western people without a Japanese form; returns the forms added."""
    return fill_people(candidates, "ja", katakana_for_name, "dictionary:jmnedict")


@cached(maxsize=8192)
def _east_asian_family(word: str) -> bool:
    return word.casefold() in _family_names()


@cached(maxsize=1)
def _family_names() -> frozenset[str]:
    return frozenset(w.casefold() for w in words("family_names"))


def _katakana_for(word: str, kinds: frozenset[str]) -> tuple[str, str] | None:
    """(katakana, note) for one name word: the JMnedict entries of these kinds (or, when
    none is, of any kind: a Western name is often unclassified or a place, "ジミー",
    "ケント") whose gloss is exactly the word; of several, the one Japanese text writes
    clearly most often (wordfreq), else the one the dictionary clearly ranks first."""
    found: dict[str, int] = {}
    kanji = 0
    for pool_kinds in (kinds | {"unclass"}, None):
        for e in jmdict.ja_for_english(word, kinds=pool_kinds, limit=20):
            if e.source != "jmnedict" or \
                    not any(_QUALIFIER.sub("", g).strip().casefold() == word.casefold() for g in e.glosses):
                continue
            if not KATAKANA.fullmatch(e.headword):
                if pool_kinds is not None:
                    kanji = max(kanji, e.priority + 1)      # a Japanese name spelled so ("Ken" 健)
            elif _sounds_like(e.headword, word) and (pool_kinds is not None or
                                                     _ja_frequency(e.headword) >= MIN_FREQUENCY):
                # (a place's or a company's spelling only when Japanese text writes it)
                found[e.headword] = max(found.get(e.headword, 0), e.priority)
        if kanji and pool_kinds is not None:
            break
    if not found or kanji > max(found.values()):
        return None
    ranked = _usual_first(found)
    if ranked is None:
        return None
    others = ", ".join(ranked[1:3])
    return ranked[0], f"{ranked[0]} '{word}'" + (f" (rarely {others})" if others else "")


def first_name_katakana(word: str) -> list[str]:
    """Every katakana spelling JMnedict glosses exactly with the given name `word`, longest
    first (to find where a given name ends in a name written without a dot)."""
    return _spellings(word, GIVEN_KINDS | {"unclass"})


def surname_katakana(word: str) -> list[str]:
    """Every katakana spelling JMnedict glosses exactly with the surname `word`, longest first."""
    return _spellings(word, FAMILY_KINDS | {"unclass"})


def _spellings(word: str, kinds: frozenset[str]) -> list[str]:
    if not jmdict.available():
        return []
    out = {e.headword for e in jmdict.ja_for_english(word, kinds=kinds, limit=20)
           if e.source == "jmnedict" and KATAKANA.fullmatch(e.headword)
           and any(_QUALIFIER.sub("", g).strip().casefold() == word.casefold() for g in e.glosses)}
    return sorted(out, key=len, reverse=True)


def _usual_first(found: dict[str, int]) -> list[str] | None:
    """The spellings, the usual one first: the one Japanese text writes DOMINANCE times as
    often as the next (wordfreq), else the one the dictionary's priority so ranks; None
    when neither decides."""
    by_use = sorted(found, key=lambda k: -_ja_frequency(k))
    if len(by_use) == 1:
        return by_use
    first, second = _ja_frequency(by_use[0]), _ja_frequency(by_use[1])
    if first >= MIN_FREQUENCY and first >= DOMINANCE * second:
        return by_use
    by_rank = sorted(found, key=lambda k: -found[k])
    if found[by_rank[0]] >= DOMINANCE * max(1, found[by_rank[1]]) and first < MIN_FREQUENCY:
        return by_rank
    return None


def _ja_frequency(word: str) -> float:
    """How often Japanese text writes the word (wordfreq's Japanese list; 0 if unlisted)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("ja").get(word, 0.0)


def _sounds_like(katakana: str, word: str) -> bool:
    """The katakana spells the word, not a short form of it (ドン is glossed "Donald")."""
    from difflib import SequenceMatcher

    from .names.kana import hepburn, romaji_key

    roman = romaji_key(hepburn(katakana))
    latin = romaji_key(word)
    # (a spelling Japanese text writes often is no short form: ジョージ for "George")
    return (bool(roman) and len(roman) >= LENGTH_SHARE * len(latin)
            and (SequenceMatcher(None, roman, latin).ratio() >= MIN_LIKENESS or
                 _ja_frequency(katakana) >= COMMON_FREQUENCY))


@cached(maxsize=8192)
def katakana_for_name(english: str) -> tuple[str, float, str] | None:
    """(katakana, confidence, evidence) for a Western name ("Jimmy Carter" -> ジミー・カーター),
    or None (see the module's guards)."""
    words = english.split()
    # a middle initial is not transcribed (see below)
    parts = [w for w in words if not _INITIAL.fullmatch(w)]
    if not 1 <= len(parts) <= 3 or not all(LATIN_WORD.fullmatch(p) for p in parts) or \
            (len(parts) < len(words) and (len(parts) < 2 or _INITIAL.fullmatch(words[0]) or
                                          _INITIAL.fullmatch(words[-1]))):
        return None
    if any(_east_asian_family(p) for p in parts):
        return None
    if any(len(p) <= 2 for p in parts) or not jmdict.available():
        return None
    spelled = [_katakana_for(p, FAMILY_KINDS if i == len(parts) - 1 else GIVEN_KINDS)
               for i, p in enumerate(parts)]
    if any(s is None for s in spelled):
        return None
    # a middle initial stays, a Latin capital between the dots, as Japanese writes the names
    # of people known by it ("Harry S. Truman" ハリー・S・トルーマン)
    it = iter(s[0] for s in spelled)
    text = "・".join(w[0].upper() if _INITIAL.fullmatch(w) else next(it) for w in words)
    notes = "; ".join(s[1] for s in spelled)
    if len(parts) == 1:
        return text, SURNAME_CONFIDENCE, f"JMnedict surname {notes} (a Western name is written in katakana)"
    kept = "; its middle initial kept as a Latin capital, as Japanese writes most names known with one " \
        "(some drop it: check)" if len(parts) < len(words) else ""
    return text, CONFIDENCE, (f"JMnedict given names and surnames: {notes}; a Western name is written in "
                              f"katakana, given name first, joined by ・{kept}")
