"""`match_name`: one entry point over the Japanese, Korean and transcribed-name matchers."""
from __future__ import annotations

import regex

from ...text.readings import name_chars as _name_chars
from ..caching import cached
from .common import HANGUL_CHAR, JA_NAME_CHAR, NameMatch, _parse_roman
from .hangul_for_japanese import _match_hangul_japanese
from .japanese import _ja_match_to_name_match, _match_japanese
from .korean import _hanja_name_readings, _is_syllable, _match_korean, _roman_lower, _syllable_spellings

#: A string of Han characters only (a name that may be read as hanja).
HAN_ONLY = regex.compile(r"\p{Han}+")


def _word_starts(english: str) -> tuple[str, ...]:
    """The words `_match_korean` may spell a family name with: the first and the last."""
    words = [_roman_lower(w) for w in _parse_roman(english).words]
    return (words[0], words[-1]) if words else ()


def _may_start(syllable: str, words: tuple[str, ...]) -> bool:
    """Does a spelling of `syllable` start one of `words`?  `_match_korean` of a name whose
    family name starts with `syllable` is None when not: every match it makes spells the
    family name (or the whole name) at the start of the first or the last word."""
    return any(sp and w.startswith(sp) for sp in _syllable_spellings(syllable) for w in words)


@cached(maxsize=65536)
def match_name(cjk: str, english: str, japanese: bool = True) -> NameMatch | None:
    """Does the CJK name `cjk` name the same person as the romanized `english`?

    `cjk`: a Japanese name in kanji/kana, a Korean name in Hangul (or a Japanese name
    transcribed in Hangul, 야마다), or a Korean name in hanja (洪吉童).  `english`: the
    full name in either order ("Yamada Taro", "Taro Yamada", "YAMADA Taro") or
    the family name alone; hyphens optional.  Returns the best match or None.
    """
    cjk = (cjk or "").strip()
    if not cjk or not _parse_roman(english).words:
        return None
    results: list[NameMatch] = []
    if HANGUL_CHAR.search(cjk):
        for fn in (_match_hangul_japanese, _match_korean):
            m = fn(cjk, english)
            if m:
                results.append(m)
    elif JA_NAME_CHAR.search(cjk):
        jm = _match_japanese(cjk, english) if japanese else None
        if jm:
            results.append(_ja_match_to_name_match(cjk, english, jm))
        name, _ = _name_chars(cjk)
        if (not results or results[0].score < 0.9) and 2 <= len(name) <= 4 and \
                HAN_ONLY.fullmatch(name):
            starts = _word_starts(english)
            tried: dict[str, bool] = {}
            for hangul in _hanja_name_readings(name):
                first = hangul[:1]
                if first and _is_syllable(first):
                    ok = tried.get(first)
                    if ok is None:
                        ok = tried[first] = _may_start(first, starts)
                    if not ok:
                        continue  # _match_korean is None: no spelling of the surname starts a word
                km = _match_korean(hangul, english)
                if km:
                    results.append(NameMatch(round(km.score * 0.97, 3),
                                             f"hanja {name} read {hangul} (hanja, Sino-Korean); " + km.evidence,
                                             km.reading))
                    break
        if len(name) == 1 and HAN_ONLY.fullmatch(name):
            family = _korean_family_only(name, english)
            if family is not None:
                results.append(family)
    return max(results, key=lambda m: m.score) if results else None


#: a Korean family name alone in kanji (朴大統領, a Japanese headline's way of naming a Korean
#: leader) matched to a full English name: just above MIN_NAME_SCORE, so that only a name
#: the citing clause or sentence holds pairs (the locality decides among people of one family
#: name); Hangul family names alone (김) stay below: Korean text names people in full
FAMILY_ONLY_SCORE = 0.76


def _korean_family_only(han: str, english: str) -> NameMatch | None:
    """朴 (朴大統領 in a Japanese headline) and "Park Chul-soo": the kanji's Korean reading
    is a family name the English spells first (or last, when the given name is hyphenated)."""
    from ...extract.cjk import KO_SURNAMES

    words = [_roman_lower(w) for w in _parse_roman(english).words]
    if len(words) < 2:
        return None
    for hangul in _hanja_name_readings(han):
        if hangul not in KO_SURNAMES:
            continue
        spellings = _syllable_spellings(hangul)
        for word, order in ((words[0], "family name first"), (words[-1], "given name first")):
            if word in spellings:
                return NameMatch(FAMILY_ONLY_SCORE, f"hanja {han} read {hangul} (hanja, Sino-Korean), a Korean family "
                                                    f"name spelled '{word}' in '{english.strip()}' ({order})", hangul)
    return None
