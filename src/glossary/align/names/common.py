"""What every part of the name matcher shares: the result records, the named regular
expressions, diacritic stripping and the parsing of a romanized (English) name."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from ..caching import cached


@dataclass(frozen=True)
class NameMatch:
    score: float        # 0..1
    evidence: str       # one human-readable line: rule + readings used
    reading: str        # kana reading for ja (family and given separated by a space), romanization for ko


@dataclass(frozen=True)
class Suggestion:
    text: str
    confidence: float   # below 0.7: these are never approved automatically
    evidence: str       # names the rule and the reading used
    reading: str = ""


# ---------------------------------------------------------------------------------------
# Regular expressions (each one named and explained)
# ---------------------------------------------------------------------------------------

#: A character of a Japanese name written in kanji or kana (with 々 repeat and ー length marks).
JA_NAME_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u3005\u30fc]")
#: Any Hangul syllable or jamo.
HANGUL_CHAR = regex.compile(r"\p{Hangul}")
#: Separators people put between family and given name in CJK text: spaces (incl. U+3000),
#: the katakana middle dot and its half-width / Korean cousins.
CJK_NAME_SEPARATOR = regex.compile(r"[\s\u30fb\uff65\u00b7\u318d]+")
#: One word of a romanized name: letters (with diacritics), inner hyphens and apostrophes
#: ("Dae-jung", "Jun'ichirō", "O'Hara").  Anything else (commas, periods) separates words.
ROMAN_NAME_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'\u2019\-\u2010\u2011]*")
#: Characters removed inside a romanized word before comparison: hyphens and apostrophes
#: (Korean "Dae-jung", MR aspiration "Ch'oe", Japanese syllable break "Shin'ya").
ROMAN_WORD_JOINERS = regex.compile(r"['\u2019\-\u2010\u2011]")
#: Old Hepburn writes ん as m before b, p, m ("Shimbun", "Homma"); the key uses n.
HEPBURN_M_BEFORE_LABIAL = regex.compile(r"m(?=[bpm])")
#: "oh" marks a long o when no vowel follows ("Kohno", "Itoh", "Ohno"); "Ohira" keeps it.
HEPBURN_OH_LONG = regex.compile(r"oh(?![aiueoy])")
#: Doubled vowels and "ou" are long vowels in Hepburn-like spellings: one vowel in the key.
HEPBURN_LONG_VOWEL = regex.compile(r"(?:ou|oo|uu|aa|ii|ee)")
#: A romanized word consisting only of capitals (and at least two letters) is, in English
#: texts about Japan, the family name: "ISHIBA Shigeru".
ALL_CAPS_WORD = regex.compile(r"^\p{Lu}[\p{Lu}'\-]+$")


def _strip_marks(text: str) -> str:
    """Remove diacritics (macrons, circumflexes, MR breves): Kōno -> Kono, Sŏk -> Sok."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------
# English name parsing
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _RomanName:
    words: tuple[str, ...]         # as written, joiners removed ("Dae-jung" -> "Daejung")
    raw: tuple[str, ...]           # as written
    caps_family: int | None        # index of an ALL-CAPS word (family name marker), if one


@cached(maxsize=16384)
def _parse_roman(english: str) -> _RomanName:
    raw = tuple(ROMAN_NAME_WORD.findall(unicodedata.normalize("NFC", english or "")))
    raw = tuple(w.strip("'\u2019-\u2010\u2011") for w in raw)
    words = tuple(ROMAN_WORD_JOINERS.sub("", w) for w in raw)
    caps = [i for i, w in enumerate(raw) if ALL_CAPS_WORD.match(w)]
    return _RomanName(words, raw, caps[0] if len(caps) == 1 and len(raw) > 1 else None)
