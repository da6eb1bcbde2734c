"""Hangul for a Korean name known only in English, from a Korean word-frequency list.

Conventional English spellings of Korean names are ambiguous syllable by syllable
("Suk" is 석, 숙 or 속), so a Hangul form cannot be generated safely.  But the names
people write about are names Korean text writes often: wordfreq's Korean list (built
from Korean Wikipedia, subtitles, news and the web) holds the names of presidents,
party leaders and other public figures as words.  A list word that is shaped like a
Korean name (a surname from data/ko_surnames.tsv, then one to three syllables) and whose
syllables spell the English name (`korean._match_korean`, the same matcher the aligner
uses) is the suggestion; when several do, the most frequent, with the confidence shared
by frequency.  A name the list does not hold gets no suggestion.

Guards against ordinary words that happen to start with a surname syllable (소중히
"preciously", 여관 "inn", 이왕 "already"): one Hangul syllable per English syllable (the
name's words and hyphenated parts), family name first unless the given name is
hyphenated ("Jae-in Moon"), the family name in one of its usual spellings, and every
given-name syllable a Sino-Korean reading of at
least MIN_HANJA characters in the hanja package's table (names are written in hanja).
"""
from __future__ import annotations

from functools import lru_cache

from ...text.lexicon import words
from ..caching import cached
from .korean import _match_korean, _roman_lower, _syllable_spellings

#: a list word must match the English at least this well (the matcher's scores)
MIN_MATCH = 0.9
#: the confidence of a suggestion is at most this (a frequency list, not a dictionary)
MAX_CONFIDENCE = 0.8
#: the most frequent candidate needs this share of the candidates' frequency
MIN_SHARE = 0.6
#: the family name must be spelled one of its this many most usual ways
SURNAME_SPELLINGS = 3
#: a given-name syllable is the reading of at least this many hanja (basic CJK block)
MIN_HANJA = 2


@lru_cache(maxsize=1)
def _name_syllables() -> frozenset[str]:
    """Hangul syllables that read at least MIN_HANJA hanja of the basic CJK block."""
    from collections import Counter

    from ...text.readings import hanja_table

    counts = Counter(v for k, v in hanja_table().items() if "\u4e00" <= k <= "\u9fff")
    return frozenset(s for s, n in counts.items() if n >= MIN_HANJA)


@lru_cache(maxsize=1)
def _name_words() -> dict[str, list[tuple[str, float]]]:
    """Name-shaped Hangul words of wordfreq's Korean list, by surname syllable."""
    from wordfreq import get_frequency_dict

    one = words("ko_surnames", list="one_syllable")
    two = words("ko_surnames", list="two_syllable")
    out: dict[str, list[tuple[str, float]]] = {}
    for word, freq in get_frequency_dict("ko").items():
        if not (2 <= len(word) <= 5) or not all("가" <= ch <= "힣" for ch in word):
            continue
        head = word[:2] if word[:2] in two else word[:1]
        if head not in one and head not in two or len(word) - len(head) not in (1, 2, 3):
            continue
        out.setdefault(head, []).append((word, freq))
    return out


@lru_cache(maxsize=1)
def _name_words_by_length() -> dict[str, dict[int, list[tuple[str, float]]]]:
    """`_name_words` by surname syllable, then by length, keeping only the words whose given
    name is made of `_name_syllables` (in the list's order): what `known_korean_name` tries."""
    syllables = _name_syllables()
    out: dict[str, dict[int, list[tuple[str, float]]]] = {}
    for head, entries in _name_words().items():
        by_length = out[head] = {}
        for word, freq in entries:
            if all(ch in syllables for ch in word[len(head):]):
                by_length.setdefault(len(word), []).append((word, freq))
    return out


def _spelling_rank(syllable: str, spelling: str) -> int:
    """How usual `spelling` is for the surname syllable (0 the most usual; large if never)."""
    spellings = _syllable_spellings(syllable)
    return spellings.index(spelling) if spelling in spellings else 99


@cached(maxsize=4096)
def _best_surname_rank(spelling: str) -> int:
    """The best rank `spelling` has among all one-syllable surnames: "yun" is 윤's second
    spelling and only 연's third, so a "Yun" is 윤 first."""
    return min((_spelling_rank(s, spelling) for s in words("ko_surnames", list="one_syllable")), default=99)


@cached(maxsize=16384)
def known_korean_name(english: str) -> tuple[str, float, str] | None:
    """(Hangul, confidence, evidence) for an English Korean name the list holds."""
    parts = english.replace("-", " ").split()
    if not 2 <= len(parts) <= 4:
        return None
    given_hyphenated = "-" in english.split()[0]
    heads = [p for p in (_roman_lower(parts[0]), _roman_lower(parts[-1])) if p]
    found: dict[str, tuple[float, float]] = {}
    for head, by_length in _name_words_by_length().items():
        entries = by_length.get(len(parts))
        if not entries:
            continue
        if not any(sp and h == sp for h in heads for sp in _syllable_spellings(head[0])) and len(head) == 1:
            continue
        for word, freq in entries:
            m = _match_korean(word, english)
            if m is None or m.score < MIN_MATCH or "only" in m.evidence or "one word" in m.evidence:
                continue
            given_first = "given name first" in m.evidence
            if given_first and not given_hyphenated:
                continue
            family = _roman_lower(english.split()[-1] if given_first else english.split()[0])
            if len(head) == 1 and (family not in _syllable_spellings(head)[:SURNAME_SPELLINGS] or
                                   _spelling_rank(head, family) > _best_surname_rank(family)):
                continue       # "Yu" is 유/류; 여 is written Yeo: 여관 is an inn; "Yun" is 윤 before 연 (연휴)
            found[word] = (m.score, freq)
    if not found:
        return None
    total = sum(f for _, f in found.values())
    word, (score, freq) = max(found.items(), key=lambda kv: kv[1][1])
    share = freq / total
    if share < MIN_SHARE:
        return None
    others = ", ".join(w for w in found if w != word)
    evidence = (f"{word} is the Korean word-frequency list's (wordfreq) {'only' if not others else 'most frequent'} "
                f"name spelled '{english}'" + (f" (also {others})" if others else ""))
    return word, round(min(MAX_CONFIDENCE, score * share * MAX_CONFIDENCE / 0.96), 3), evidence
