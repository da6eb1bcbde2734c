"""Transliteration evidence: a Japanese/Korean proper noun and its romanized English name.

    transliteration_match(cjk, lang, english) -> KeywordMatch | None

Proper nouns are not translated but romanized: 宏池会 = "Kochikai", 参政党 = "Sanseito",
부산 = "Busan".  Often a romanized head comes with a translated head noun: 尖閣諸島 =
"Senkaku Islands", 安倍派 = "Abe faction", 言論NPO = "Genron NPO".  The CJK term is cut
into a proper part and a tail that is a key of the keyword table (or Latin letters); the
proper part's reading (pykakasi for Japanese, the romanization candidates for Korean)
must equal the first English words through the loose Hepburn key (long vowels,
Shimbun/Shinbun), and the tail must translate the remaining words fully.  A place may
drop its generic head in the CJK form (長崎 = "Nagasaki Prefecture").
"""
from __future__ import annotations


import regex

from ..text.kana import kana_to_romaji
from ..text.lexicon import words
from ..text.readings import kakasi
from . import vocab
from .caching import cached
from .keywords import KeywordMatch, en_tokens, keyword_match
from .names import korean_candidates, romaji_key

#: score of a full transliteration (and of one with a fully translated head)
FULL = 0.9
#: score when the English adds a generic place head the CJK form leaves out
PLACE_HEAD = 0.8
#: score when the English leaves out a light word of the CJK name between its proper part
#: and its translated head: 樽木問題研究所 = "Taruki Research Institute" (問題, 'issues', unsaid)
LIGHT_DROPPED = 0.75
#: English heads a place name may carry that its CJK form leaves out (長崎 = Nagasaki Prefecture)
PLACE_HEADS = words("en_align_words", list="place_head")

# Anything but a-z (removed from a Korean romanization candidate to make its key).
_NOT_A_TO_Z = regex.compile(r"[^a-z]")
# A Latin tail of a CJK term: 言論NPO -> NPO.
LATIN_TAIL = regex.compile(r"[A-Za-z][A-Za-z0-9.&\-]*$")
# The script a proper part must be in: Han, kana (with ー 々) or Hangul, nothing else.
PROPER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー々ヶ]+|\p{Hangul}+")


@cached(maxsize=8192)
def _keys(proper: str, lang: str) -> frozenset[str]:
    """Loose romanization keys of a proper part."""
    if lang == "ko":
        if len(proper) > 4:
            return frozenset()
        return frozenset(_NOT_A_TO_Z.sub("", c.casefold()) for c in korean_candidates(proper))
    hira = "".join(p["hira"] for p in kakasi().convert(proper))
    return frozenset({romaji_key(kana_to_romaji(hira))}) if hira else frozenset()


@cached(maxsize=65536)
def _japanese_in_hangul(words: tuple[str, ...]) -> str:
    """The Hangul Korean writes romanized Japanese words with (Yasukuni -> 야스쿠니), joined
    without spaces; "" when a word is no Hepburn."""
    from .names.hangul_for_japanese import korean_for_japanese_romaji

    out = []
    for w in words:
        sug = korean_for_japanese_romaji(w, given_first=False)
        if sug is None or not sug.text:
            return ""
        out.append(sug.text.replace(" ", ""))
    return "".join(out)


@cached(maxsize=8192)
def _splits(cjk: str, lang: str) -> tuple[tuple[str, str], ...]:
    """(proper part, tail) cuts of a term: the whole term, then a tail that is a table key
    or Latin letters."""
    text = cjk.replace(" ", "").replace("・", "")
    out = []
    if PROPER.fullmatch(text):
        out.append((text, ""))
    latin = LATIN_TAIL.search(text)
    if latin and latin.start() > 0 and PROPER.fullmatch(text[:latin.start()]):
        out.append((text[:latin.start()], latin.group(0)))
    idx = vocab.cjk_index()
    for k in range(1, min(4, len(text) - 1) + 1):
        tail = text[-k:]
        if tail in idx and PROPER.fullmatch(text[:-k]) and len(text) - k >= 2:
            out.append((text[:-k], tail))
    return tuple(out)


@cached(maxsize=8192)
def _proper_parts(cjk: str, lang: str) -> tuple[tuple[str, str, bool], ...]:
    """The (proper part, tail) cuts of `_splits`, each with True; then, for a cut whose
    proper part ends in a light word of the keyword table (問題, 문제) after a proper part of
    two characters or more, the cut without that word, with False: English names often
    leave it out before the translated head."""
    out = [(proper, tail, True) for proper, tail in _splits(cjk, lang)]
    idx = vocab.cjk_index()
    for proper, tail, _ in list(out):
        if not tail:
            continue
        for k in (2, 3):
            light = proper[-k:]
            if len(proper) - k >= 2 and any(c.light for c in idx.get(light, ())):
                out.append((proper[:-k], tail, False))
    return tuple(out)


@cached(maxsize=65536)
def _word_keys(words: tuple[str, ...]) -> tuple[str, ...]:
    """Loose keys of the English word prefixes: words[:1], words[:2], words[:3]."""
    return tuple(romaji_key("".join(words[:k])) for k in range(1, min(3, len(words)) + 1))


def transliteration_match(cjk: str, lang: str, english: str) -> KeywordMatch | None:
    words = tuple(en_tokens(english))
    if not words or words[0] in vocab.EN_FUNCTION_WORDS:
        if words and words[0] == "the":
            words = words[1:]
        else:
            return None
    if not words:
        return None
    prefixes = _word_keys(words)
    if lang == "ko":
        prefixes = tuple("".join(words[:k]) for k in range(1, min(3, len(words)) + 1))
    best = None
    for proper, tail, full in _proper_parts(cjk, lang):
        keys = _keys(proper, lang)
        for k, key in enumerate(prefixes, 1):
            # (Korean writes a Japanese name as it sounds in Japanese: 야스쿠니 "Yasukuni")
            hit = key in keys or (lang == "ko" and _japanese_in_hangul(words[:k]) == proper)
            if not hit or len(key) < 3:
                continue
            rest = words[k:]
            score = 0.0
            if not tail and not rest:
                score = FULL
            elif not tail and all(w in PLACE_HEADS for w in rest):
                score = PLACE_HEAD
            elif tail and rest and LATIN_TAIL.fullmatch(tail) and " ".join(rest) == tail.casefold():
                score = FULL
            elif tail and rest:
                m = keyword_match(tail, " ".join(rest))
                if m and m.cjk_coverage >= 0.99 and m.en_coverage >= 0.99:
                    score = FULL
            if tail and score and not full:
                score = LIGHT_DROPPED
            if score and (best is None or score > best.score):
                parts = ((proper, " ".join(words[:k])),) + (((tail, " ".join(rest)),) if tail else ())
                best = KeywordMatch(score, parts, 1.0, 1.0)
    return best
