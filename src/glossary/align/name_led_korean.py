"""Korean for a dictionary's Japanese compound of a name and a head word.

JMdict writes many names of events, policies and bodies as a name and a common word:
明治維新 "Meiji Restoration", 戊辰戦争 "Boshin War", 太平洋戦争 "Pacific War", シャトル外交
"shuttle diplomacy".  Korean writes each part its own way -- the head word in Sino-Korean
when Korean uses that reading as a word (維新 유신, 戦争 전쟁, 外交 외교), the name as Korean
writes that kind of name -- and puts a space between them (메이지 유신, 보신 전쟁, 태평양 전쟁,
셔틀 외교).  The name is one of:

- kanji whose Japanese reading is a word of the English name (明治 めいじ "Meiji",
  虎ノ門 "Toranomon"): a Japanese name, transcribed as Korean writes Japanese (메이지);
- kanji a JMdict entry glosses with a capitalised word of the English name that is not
  its reading (太平洋 "Pacific Ocean" for "Pacific War"), read in Sino-Korean when Korean
  uses that reading as a word (태평양);
- katakana spelling a word of the English name (シャトル "shuttle"): that word's standard
  Korean transcription, when Korean text spells it so (셔틀; `hangul_for_english`).

Anything else gives nothing.  Only reached where the Sino-Korean reading of the whole
headword gave nothing (`jmdict_korean._sino_korean_word`).
"""
from __future__ import annotations

import regex

from ..text import jmdict
from .caching import cached

#: a name (kanji, with the ヶ and ノ of place names, or katakana) and a head word in kanji
NAME_AND_HEAD = regex.compile(r"([\p{Han}ヶノ]{2,4}|[\p{Katakana}ー・]{2,})(\p{Han}{2,3})")
#: a word of an English name or gloss
_WORD = regex.compile(r"\p{L}+")


@cached(maxsize=1)
def _country_syllables() -> frozenset[str]:
    """The one-syllable Korean abbreviations of country names (한, 일, 중, 러 ...)."""
    from ..text.lexicon import words

    return frozenset(words("ko_country_syllables"))


def _ko_frequency(word: str) -> float:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("ko").get(word, 0.0)


@cached(maxsize=4096)
def name_led_korean(headword: str, english: str) -> tuple[str, str] | None:
    """(Korean, why) for a headword of a name and a head word (明治維新 "Meiji Restoration"
    -> 메이지 유신), or None."""
    from .bridge import korean_for_japanese_term

    m = NAME_AND_HEAD.fullmatch(headword)
    if m is None:
        return None
    name, head = m.groups()
    sug = korean_for_japanese_term(head)
    head_ko = sug.text.replace(" ", "") if sug is not None and sug.text else ""
    if not head_ko or not _ko_frequency(head_ko):
        return None      # (a head Korean does not write so: 計画 read 계화 is no word; 계획 is)
    words = tuple(_WORD.findall(english))
    found = _name_korean(name, words)
    if found is None:
        return None
    name_ko, how = found
    return (f"{name_ko} {head_ko}",
            f"{name} = {name_ko} ({how}) and {head} = {head_ko} (Sino-Korean, a Korean word by wordfreq)")


def _name_korean(name: str, words: tuple[str, ...]) -> tuple[str, str] | None:
    """(Korean, how) for the name part, read against the English name's words."""
    from .names.hangul_for_japanese import _kana_to_korean
    from .names.kana import hepburn, romaji_key, to_hiragana
    from .bridge import korean_for_japanese_term

    if regex.fullmatch(r"[\p{Katakana}ー・]+", name):
        from .hangul_for_english import hangul_for_word
        from .loanwords import loanword_match

        for w in words:
            if loanword_match(name.replace("・", ""), w) is None:
                continue
            found = hangul_for_word(w)
            if found is not None and found[1]:
                return found[0], f"'{w}', which the katakana spells, as Korean text spells it"
        return None
    keys = {romaji_key(w): w for w in words}
    entries = [e for e in jmdict.entries_for_ja(name) if e.headword == name]
    for e in entries:
        kana = to_hiragana(e.reading or "")
        if kana and romaji_key(hepburn(kana)) in keys:
            hangul = _kana_to_korean([kana])
            if hangul:
                return hangul, f"read {e.reading}, '{keys[romaji_key(hepburn(kana))]}': a Japanese name transcribed"
    if not regex.fullmatch(r"\p{Han}+", name):
        return None
    capitalised = {w for w in words if w[:1].isupper()}
    for e in entries:
        if e.source != "jmdict" or romaji_key(hepburn(to_hiragana(e.reading or ""))) in keys:
            continue      # (a name the English reads aloud was transcribed above, or is none)
        glossed = {w for g in e.glosses for w in _WORD.findall(g)} & capitalised
        if not glossed:
            continue
        sug = korean_for_japanese_term(name)
        ko = sug.text.replace(" ", "") if sug is not None and sug.text else ""
        if ko and _ko_frequency(ko) and not set(ko) <= _country_syllables():
            # (日露 read 일러 is no word here: a pair of countries, which Korean orders its own way, 러일)
            return ko, f"JMdict glosses it '{e.glosses[0]}'; Sino-Korean, a Korean word by wordfreq"
    return None
