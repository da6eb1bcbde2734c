"""Katakana / Hangul transcriptions of foreign and Japanese names ↔ their Latin spelling.

    loanword_match(cjk, english) -> LoanMatch | None

ベリデイン = "Velidane", 이코모스 = "ICOMOS", 헤그세스 = "Hegseth", 이쿠이나 = "Ikuina",
야스쿠니 = "Yasukuni".  The CJK word is romanized (katakana by Hepburn, Hangul by a simple
jamo table) and both sides are reduced to a *consonant skeleton*: vowels dropped (so the
epenthetic vowels of ス, 스, 그 vanish), voiced and voiceless pairs merged (b/p/f/v,
d/t, g/k/c/q, s/z/j/ch/sh/th/x), r = l, n before a labial = m (キャンプ "camp").  The
skeletons must be equal, at least two consonants long, and the words must start alike
(both with a vowel, or the same consonant class).  Korean writes 丸 of a ship's name as 호: 우키시마호 = "Ukishima Maru".
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..text.lexicon import table
from .caching import cached
from .names.korean import _RR_FINAL, _RR_INITIAL, _RR_VOWEL

#: a Hangul syllable or jamo
_HANGUL = regex.compile(r"\p{Hangul}")

#: score of a skeleton match (below a reading match of a kanji name, above the floor)
SCORE = 0.8
#: a company's letters before its transcribed name (SK하이닉스)
_LATIN_PREFIX = regex.compile(r"^[A-Z]{1,4}(?:&[A-Z])?\s?(?=[\p{Hangul}\p{Katakana}])")
#: a katakana-only or Hangul-only word, 3 to 12 characters
TRANSCRIBED = regex.compile(r"[\p{Katakana}ー・]{3,12}|\p{Hangul}{3,8}")
#: consonant classes: longest spelling first (data/latin_consonant_classes.tsv)
_CLASSES = tuple((r["spelling"], r["class"]) for r in table("latin_consonant_classes"))
_CLASS_RE = regex.compile("|".join(a for a, _ in _CLASSES))
_CLASS_OF = dict(_CLASSES)

# Hangul jamo -> Latin (initial, medial, final), a plain table (Revised Romanization): the
# skeleton forgets the rest
_INITIAL, _MEDIAL, _FINAL = _RR_INITIAL, _RR_VOWEL, _RR_FINAL


#: English first-vowel spellings -> the vowels a transcription may begin with (data/latin_first_vowels.tsv)
_FIRST_VOWELS = tuple((r["spelling"], tuple(r["cjk_vowels"].split("|"))) for r in table("latin_first_vowels"))
#: a vowel spelling (a y is a vowel unless another vowel follows it)
_EN_VOWEL = regex.compile(r"[aeiou]+|y(?![aeiou])")
#: the first vowel of a romanized transcription, its glide aside
_CJK_VOWEL = regex.compile(r"(?<=^|[^aeiouwy])[wy]?([aeiou]+)")


@dataclass(frozen=True)
class LoanMatch:
    score: float
    roman: str
    skeleton: str

    def explain(self) -> str:
        return f"(transcription read {self.roman}, consonants {self.skeleton})"


def hangul_roman(text: str) -> str:
    out = []
    for ch in text:
        o = ord(ch) - 0xAC00
        if 0 <= o < 11172:
            out.append(_INITIAL[o // 588] + _MEDIAL[(o % 588) // 28] + _FINAL[o % 28])
        else:
            out.append(ch)
    return "".join(out)


@cached(maxsize=16384)
def romanize(cjk: str) -> str:
    """The Latin reading of a katakana or Hangul word ('' when it is neither)."""
    if not TRANSCRIBED.fullmatch(cjk):
        return ""
    if _HANGUL.search(cjk):
        return hangul_roman(cjk)
    from .names import kana_to_romaji

    return kana_to_romaji(cjk.replace("・", ""))


#: English's soft c: before e, i and y it is an s ("Francis", "Pacific", "Nancy")
_SOFT_C = regex.compile(r"c(?=[eiy])")


@cached(maxsize=65536)
def skeleton(latin: str) -> str:
    s = _SOFT_C.sub("s", "".join(c for c in latin.casefold() if "a" <= c <= "z"))
    out = []
    end = -1
    for m in _CLASS_RE.finditer(s):
        c = _CLASS_OF[m.group(0)]
        if out and out[-1] == "N" and c in ("P", "M") and m.start() == end:
            out[-1] = "M"     # n before a labial is said m (キャンプ kyanpu = "camp"; 캠프)
        if not out or out[-1] != c or m.start() != end:   # doubled consonants (kk, ss, tt) count once
            out.append(c)
        end = m.end()
    # an h after a consonant of the English spelling is silent (Ahn, Rhee) and ン/ㅇ final
    # ng/n merge: a trailing class H is dropped too
    return "".join(out).replace("H", "") if out else ""


def _start(latin: str) -> str:
    s = "".join(c for c in latin.casefold() if "a" <= c <= "z")
    if not s:
        return ""
    if s[0] in "aeiouyw" or s[0] == "h":
        return "V"
    m = _CLASS_RE.match(s)
    return _CLASS_OF[m.group(0)][0] if m else s[0]


#: a ship's name in Korean ends in 호 (号) where Japanese and English write Maru (丸)
_SHIP = (("호", "maru"),)


@cached(maxsize=65536)
def loanword_match(cjk: str, english: str) -> LoanMatch | None:
    """`cjk` (katakana or Hangul, one word) spells `english` (one or more Latin words)."""
    en = english.strip()
    cjk_core, en_core = cjk, en
    prefix = _LATIN_PREFIX.match(cjk)
    if prefix is not None:
        # a company's letters, kept in both languages: SK하이닉스 = "SK hynix"
        letters = prefix.group().strip()
        if not en.casefold().startswith(letters.casefold() + " "):
            return None
        cjk_core, en_core = cjk[prefix.end():], en[len(letters) + 1:]
    for suffix, word in _SHIP:
        if cjk_core.endswith(suffix) and en_core.casefold().endswith(" " + word):
            cjk_core, en_core = cjk_core[:-len(suffix)], en_core[: -len(word) - 1]
    roman = romanize(cjk_core)
    if not roman:
        return None
    sk = skeleton(roman)
    if len(sk) < 2 or len(sk) < len(cjk_core) // 2:
        return None
    letters = sum(c.isalpha() for c in en_core)
    # a transcription spells about as many letters as the word (전원회의 is no "Jong")
    if not 0.6 * letters <= len(roman) <= 2.0 * letters:
        return None
    if skeleton(en_core) != sk or _start(en_core) != _start(roman):
        return None
    return LoanMatch(SCORE, roman, sk)


@cached(maxsize=65536)
def first_vowels_agree(roman: str, english: str) -> bool:
    """The first vowel of the transcription read `roman` is one the English spelling's first
    vowel is transcribed with (Seoul's eo is no 치히로's i, Japan's a no 지배인's i).  A
    spelling that starts with two consonants is not judged (an epenthetic vowel may come
    first: 스트라스부르, ストックホルム)."""
    en = "".join(c for c in english.casefold() if "a" <= c <= "z")
    m, c = _EN_VOWEL.search(en), _CJK_VOWEL.search(roman.casefold())
    if m is None or c is None:
        return True
    onset = en[:m.start()]
    if m.start() > 0 and onset[0] in "wy":
        onset = onset[1:]
    if len(skeleton(onset)) >= 2 or len(skeleton(roman[:c.start()])) >= 2:
        return True
    group = m.group()
    cjk = c.group(1)
    for spelling, vowels in _FIRST_VOWELS:
        if group.startswith(spelling):
            return any(cjk.startswith(v) for v in vowels)
    return True

