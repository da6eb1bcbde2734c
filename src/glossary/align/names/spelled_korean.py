"""Hangul for a Korean name the word-frequency list does not hold, from its spelling.

    spelled_korean_name("Dong-Jin Sohn") -> ("손동진", 0.55, "...")

`known_korean.py` answers for the people Korean text writes about often.  For everyone
else (a survivor, a mayor, a local official) the English spelling is all there is, and a
spelling is ambiguous syllable by syllable ("sun" is 순, 선 or 숭).  But names are not
random syllables: the syllables Korean given names use are few and very unequally
frequent.  This module counts them in the name-shaped words of wordfreq's Korean list (a
surname, then one or two syllables that read hanja: the same words `known_korean` reads,
each word counted once, so that one celebrity does not outweigh a hundred names) and, for
each syllable of the English spelling, proposes the Hangul syllable that names use most
among those the spelling can stand for; the family name likewise by how many names in the
list carry it.  The confidence is the product of the chosen syllables' shares, capped low
(a guess ranked by statistics, for an editor to confirm); the runners-up are named in the
evidence.

Only names shaped like Korean ones get a guess: a family name in one of its usual
spellings (data/ko_surnames.tsv, data/ko_name_spellings.tsv) at one end, one or two
given-name syllables (hyphenated, "Hak-sun", or run together, "Jinwook") that all parse as
Korean syllables, and not a name that parses as Japanese romaji.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex


from ...text.lexicon import ordered
from ..caching import cached
from .known_korean import SURNAME_SPELLINGS, _name_syllables, _name_words
from .korean import _roman_lower, _syllable_spellings, hangul_romanization
from ...extract.general import hyphenated_given_name, korean_name_first
from ..persons import romaji_name_is_japanese

#: the highest confidence of a spelled guess (below every dictionary and list source)
MAX_CONFIDENCE = 0.55
#: letters, at least, of a given name written first without a hyphen (two syllables)
MIN_GIVEN_FIRST = 4
#: the lowest: below it the guess is not offered (spelled guesses for the Korean people of
#: the dev set's gold files under 0.25 were right 3 times in 10, those from 0.25 to 0.3 6 in
#: 12, those from 0.3 up 86 in 114)
MIN_CONFIDENCE = 0.25
#: ㅓ before a final consonant, as names spell it in English ("seok" -> "suk")
_EO_AS_U = regex.compile(r"(?<!y)eo(?=[kmnlpt]|ng)")
#: a name in three words is less surely Korean (Chinese names are written so too)
THREE_WORD_FACTOR = 0.8
#: each syllable that reads hanja counts as used by this many more names than the list has
SMOOTHING = 1.0
#: the weight of a spelling that is not the syllable's Revised Romanization
OTHER_SPELLING_WEIGHT = 0.3
#: ... and the ㅓ-as-u spelling of a syllable whose own romanization is another's ("sun" is
#: 순's; 선 spelled so weighs this much)
EO_AS_U_WEIGHT = 0.6


@lru_cache(maxsize=1)
def _given_counts() -> Counter:
    """How many name-shaped words of the list use each syllable in the given name."""
    names = _name_syllables()
    counts: Counter = Counter()
    for head, entries in _name_words().items():
        for word, _freq in entries:
            given = word[len(head):]
            if len(given) == 2 and all(ch in names for ch in given):
                counts.update(set(given))
    return counts


@lru_cache(maxsize=1)
def _surname_counts() -> Counter:
    """How many name-shaped words of the list carry each one-syllable surname."""
    names = _name_syllables()
    return Counter({head: sum(1 for w, _f in entries if len(w) == 3 and all(ch in names for ch in w[1:]))
                    for head, entries in _name_words().items() if len(head) == 1})


@lru_cache(maxsize=1)
def _given_by_spelling() -> dict[str, list[tuple[str, float]]]:
    """Spelling -> [(syllable, count)] of the syllables names use, most used first."""
    out: dict[str, list[tuple[str, float]]] = {}
    own: set[tuple[str, str]] = set()
    counts = _given_counts()
    for syl in sorted(_name_syllables()):     # (sorted: a tie keeps one order in every run)
        # add-one smoothing: a syllable that reads hanja and that the list's few thousand
        # names happen not to use ("열" of 석열) stays a candidate, ranked below the used ones
        n = counts.get(syl, 0) + SMOOTHING
        rr = hangul_romanization(syl).casefold()
        usual = {rr, _EO_AS_U.sub("u", rr)}
        for sp in _syllable_spellings(syl):
            # the syllable's own Revised Romanization counts fully, and so does the spelling
            # English-language names use for ㅓ before a final ("Suk" 석, "Duk" 덕, "Sung"
            # 성); another reading's spelling ("tae" of 대 in McCune-Reischauer) much less
            weight = 1.0 if sp == rr else EO_AS_U_WEIGHT if sp in usual else OTHER_SPELLING_WEIGHT
            out.setdefault(sp, []).append((syl, n * weight))
            if sp == rr:
                own.add((sp, syl))
    for sp, v in out.items():
        # (a tie goes to the syllable the spelling is the Revised Romanization of: "uk" 욱, not 억)
        v.sort(key=lambda x: (-x[1], (sp, x[0]) not in own))
    return out


@lru_cache(maxsize=1)
def _surname_by_spelling() -> dict[str, list[tuple[str, float]]]:
    out: dict[str, list[tuple[str, float]]] = {}
    census = ordered("ko_surnames", list="one_syllable")     # most frequent first
    rank = {syl: k + 1 for k, syl in enumerate(census)}
    for syl, n in _surname_counts().items():
        if not n:
            continue
        rr = hangul_romanization(syl).casefold()
        # the census order weighs the word list's count, which also counts words that merely
        # start with the syllable (연 of 연구원 outnumbers 윤 there; Korea has thirty times more 윤)
        prior = 1.0 / rank.get(syl, len(census) + 1)
        for sp in _syllable_spellings(syl)[:SURNAME_SPELLINGS]:
            # as for given names: a syllable's own Revised Romanization counts fully, another
            # reading's spelling less ("Son" is 손; 선's McCune-Reischauer "sŏn" loses its breve)
            out.setdefault(sp, []).append((syl, n * prior * (1.0 if sp == rr else OTHER_SPELLING_WEIGHT)))
    for v in out.values():
        v.sort(key=lambda x: -x[1])
    return out


def _usual_spelling(word: str) -> bool:
    """The word is a name syllable's Revised Romanization or its ㅓ-as-u spelling."""
    w = _roman_lower(word)
    return any(w in (rr, _EO_AS_U.sub("u", rr)) for rr in (hangul_romanization(s).casefold()
                                                           for s, _n in _given_by_spelling().get(w, ())))


def _pick(options: list[tuple[str, float]]) -> tuple[str, float, str]:
    """(syllable, its share, the runners-up) of a spelling's options."""
    total = sum(n for _s, n in options)
    best, n = options[0]
    return best, n / total, "/".join(s for s, _n in options[1:3])


def _given(spelled: str) -> list[tuple[str, float, str]] | None:
    """The given name's syllables: "hak-sun" or "jinwook" (split where both halves parse)."""
    table = _given_by_spelling()
    parts = [p for p in spelled.split("-") if p]
    if len(parts) == 1:
        word = _roman_lower(parts[0])
        if word in table:
            return [_pick(table[word])]
        splits = [(word[:k], word[k:]) for k in range(1, len(word)) if word[:k] in table and word[k:] in table]
        if not splits:
            return None
        parts = max(splits, key=lambda ab: table[ab[0]][0][1] * table[ab[1]][0][1])
    picked = []
    for p in parts:
        options = table.get(_roman_lower(p))
        if not options:
            return None
        picked.append(_pick(options))
    return picked if 1 <= len(picked) <= 2 else None


def _japanese_name_words(parts: list[str]) -> bool:
    """Is every word of the name one JMnedict knows as a Japanese name read so ("Yuki
    Harada": 雪, 原田)?  "Minho" is none ("Minho Seo" is 서민호).  True when the dictionary
    is not installed (the spelling alone answers then)."""
    from ...text import jmdict

    if not jmdict.available():
        return True
    return all(jmdict.names_for_romaji(_roman_lower(p), limit=1) for p in parts)


@cached(maxsize=16384)
def spelled_korean_name(english: str) -> tuple[str, float, str] | None:
    """(Hangul, confidence, evidence) guessed from the spelling of a Korean name, or None."""
    parts = english.split()
    surnames = _surname_by_spelling()
    three = len(parts) == 3 and _roman_lower(parts[0]) in surnames and not any("-" in p for p in parts) and \
        all(_usual_spelling(p) for p in parts[1:])
    if three:     # "Ohm Tae Sik": the given name in two words, each a syllable's usual spelling
        parts = [parts[0], f"{parts[1]}-{parts[2]}"]
    if len(parts) != 2 or (romaji_name_is_japanese(" ".join(parts)) and _japanese_name_words(parts)):
        return None     # (a name that only parses as Hepburn, "Minho Seo", is no Japanese one)
    first, last = (_roman_lower(p) for p in parts)
    if "-" in parts[0] and last in surnames:          # "Dong-Jin Sohn": given name first
        family, given = last, parts[0]
    elif first in surnames and "-" not in parts[0]:   # "Park Cheol-hee", "Rim Jinwook"
        family, given = first, parts[1]
    elif last in surnames and "-" not in parts[1] and first not in surnames and len(first) >= MIN_GIVEN_FIRST:
        # "Jinwook Rim" (not "Li Yun": a name written given name first and unhyphenated has
        # a given name of two syllables, as most Korean ones are)
        family, given = last, parts[0]
    else:
        return None
    picked = _given(given)
    if picked is None:
        return None
    fam, fam_share, fam_others = _pick(surnames[family])
    confidence = MAX_CONFIDENCE * fam_share * (THREE_WORD_FACTOR if three else 1.0)
    for _s, share, _o in picked:
        confidence *= share
    if confidence < MIN_CONFIDENCE:
        return None
    hangul = fam + "".join(s for s, _sh, _o in picked)
    others = [o for o in [fam_others, *(o for _s, _sh, o in picked)] if o]
    evidence = (f"{hangul}: the family name and given-name syllables Korean names use most for the spelling "
                f"'{english}' (counted in the name-shaped words of the Korean word-frequency list, wordfreq)"
                + (f"; other readings: {', '.join(others)}" if others else "") + "; check")
    return hangul, round(min(MAX_CONFIDENCE, confidence), 3), evidence


__all__ = ["spelled_korean_name"]


@cached(maxsize=16384)
def is_korean_name(english: str) -> bool:
    """Is `english` a Korean person's name by its shape: a family name and a hyphenated
    given name in either order ("Yun Pyong-se", "Pyong-se Yun"), or a name whose syllables
    `spelled_korean_name` reads?  (Its Hangul is spelled syllable by syllable, never
    transcribed as a foreign word.)"""
    parts = english.split()
    if len(parts) == 2 and (korean_name_first(*parts) or
                            (hyphenated_given_name(parts[0]) and korean_name_first(parts[1], parts[0]))):
        return True
    return len(parts) > 1 and spelled_korean_name(english) is not None

