"""Kana and Hepburn: kana -> romaji, and the loose key romanized Japanese is compared by.

Romanizations are compared through a *loose key* that forgets what English spellings of
Japanese disagree about: macrons and long vowels (Kōno, Kono, Kohno, Kouno, Koono),
Hepburn vs kunrei (shi/si, tsu/tu, fu/hu, ji/zi), m/n before labials (Shimbun/Shinbun),
case, hyphens and apostrophes.  Distinct morae stay distinct (Sato ≠ Saito).
"""
from __future__ import annotations

import re
import unicodedata

import regex

from .caching import cached
from .lexicon import table

#: Old Hepburn writes ん as m before b, p, m ("Shimbun", "Homma"); the key uses n.
HEPBURN_M_BEFORE_LABIAL = regex.compile(r"m(?=[bpm])")
#: "oh" marks a long o when no vowel follows ("Kohno", "Itoh", "Ohno"); "Ohira" keeps it.
HEPBURN_OH_LONG = regex.compile(r"oh(?![aiueoy])")
#: Doubled vowels and "ou" are long vowels in Hepburn-like spellings: one vowel in the key.
HEPBURN_LONG_VOWEL = regex.compile(r"(?:ou|oo|uu|aa|ii|ee)")
#: ... the same, the vowel kept as a group (`romaji_key` replaces each by it without a callback)
_LONG_VOWEL_GROUP = re.compile(r"(o)[ou]|(u)u|(a)a|(i)i|(e)e")
_LONG_VOWEL_KEPT = r"\1\2\3\4\5"
#: what the key drops: everything but the letters a-z (after case folding)
_NOT_A_TO_Z = re.compile(r"[^a-z]+")


def strip_marks(text: str) -> str:
    """Remove diacritics (macrons, circumflexes, MR breves): Kōno -> Kono, Sŏk -> Sok."""
    if text.isascii():
        return text      # (nothing to decompose)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_strip_marks = strip_marks

#: kana -> Hepburn (data/ja_romaji.tsv); the digraphs with small ゃゅょ are made below
_KANA_ROMAJI: dict[str, str] = {r["written"]: r["hepburn"] for r in table("ja_romaji") if r["list"] == "kana"}
# Digraphs with small ゃゅょ: きゃ kya, しゃ sha, じゃ ja, ちゃ cha ...
for _base in "きぎしじちぢにひびぴみり":
    _r = _KANA_ROMAJI[_base]
    _stem = _r[:-1] if _r in ("shi", "chi", "ji") else _r[:-1] + "y"
    for _small, _v in (("ゃ", "a"), ("ゅ", "u"), ("ょ", "o")):
        _KANA_ROMAJI[_base + _small] = _stem + _v
# Digraphs with small vowels, used in katakana loan sounds (ファ, ティ, ウィ, シェ ...).
_KANA_ROMAJI.update({r["written"]: r["hepburn"] for r in table("ja_romaji") if r["list"] == "loan"})
_VOWELS = "aiueo"

#: Morae that are not syllables of their own.
_SOKUON, _HATSUON, _CHOON = "っ", "ん", "ー"


def to_hiragana(text: str) -> str:
    """Katakana -> hiragana (NFKC first, so half-width kana work); other characters kept."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        o = ord(ch)
        out.append(chr(o - 0x60) if 0x30A1 <= o <= 0x30F6 else ch)
    return "".join(out)


def _kana_morae(hira: str) -> list[str]:
    """Split hiragana into morae: digraphs stay together; っ, ん, ー are morae of their own."""
    morae, i = [], 0
    while i < len(hira):
        two = hira[i:i + 2]
        if len(two) == 2 and two in _KANA_ROMAJI and two[1] in "ゃゅょぁぃぅぇぉ":
            morae.append(two)
            i += 2
        else:
            morae.append(hira[i])
            i += 1
    return morae


@cached(maxsize=65536)
def kana_to_romaji(kana: str) -> str:
    """Hepburn romanization of kana, long vowels spelled out (こう -> kou, ー repeats)."""
    out: list[str] = []
    geminate = False
    for m in _kana_morae(to_hiragana(kana)):
        if m == _SOKUON:
            geminate = True
            continue
        if m == _HATSUON:
            out.append("n")
        elif m == _CHOON:
            prev = "".join(out)
            out.append(prev[-1] if prev and prev[-1] in _VOWELS else "")
        elif m in _KANA_ROMAJI:
            r = _KANA_ROMAJI[m]
            if geminate:
                r = ("t" + r) if r.startswith("ch") else (r[0] + r)
            out.append(r)
        elif m.isspace():
            out.append(" ")
        else:
            out.append(m)
        geminate = False
    return "".join(out)


def hepburn(kana: str) -> str:
    """Hepburn as English texts write Japanese names: long vowels unmarked (しんぞう -> shinzo)."""
    return " ".join(_LONG_VOWEL_GROUP.sub(_LONG_VOWEL_KEPT, w) for w in kana_to_romaji(kana).split())



@cached(maxsize=65536)
def romaji_key(text: str) -> str:
    """Loose comparison key of a romanized Japanese word (see module docstring).

    >>> romaji_key("Kōno") == romaji_key("Kohno") == romaji_key("Kouno") == romaji_key("kono")
    True
    """
    s = _NOT_A_TO_Z.sub("", _strip_marks(text).casefold())
    # Hepburn -> kunrei-like canonical form: one spelling per mora
    s = s.replace("cch", "tch").replace("tch", "tty").replace("sh", "sy").replace("ch", "ty")
    s = s.replace("ts", "t").replace("j", "zy").replace("f", "h").replace("dz", "z")
    s = s.replace("syi", "si").replace("tyi", "ti").replace("zyi", "zi")
    s = HEPBURN_M_BEFORE_LABIAL.sub("n", s)
    s = HEPBURN_OH_LONG.sub("o", s)
    prev = None
    while prev != s:
        prev, s = s, _LONG_VOWEL_GROUP.sub(_LONG_VOWEL_KEPT, s)
    return s


# Public names of the tables and helpers above, for the name transcribers of align/names
# (katakana/hangul for romanized names count morae the same way).
KANA_ROMAJI = _KANA_ROMAJI
VOWELS = _VOWELS
SOKUON, HATSUON, CHOON = _SOKUON, _HATSUON, _CHOON
kana_morae = _kana_morae
