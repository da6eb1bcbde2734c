"""What every part of the name matcher shares: the result records, the named regular
expressions, diacritic stripping and the parsing of a romanized (English) name."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from ...text.scripts import CJK_NAME_SEPARATOR, JA_NAME_CHAR  # noqa: F401 (the names' regexes, re-exported)
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

#: Any Hangul syllable or jamo.
HANGUL_CHAR = regex.compile(r"\p{Hangul}")
#: One word of a romanized name: letters (with diacritics), inner hyphens and apostrophes
#: ("Dae-jung", "Jun'ichirō", "O'Hara").  Anything else (commas, periods) separates words.
ROMAN_NAME_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'\u2019\-\u2010\u2011]*")
#: Characters removed inside a romanized word before comparison: hyphens and apostrophes
#: (Korean "Dae-jung", MR aspiration "Ch'oe", Japanese syllable break "Shin'ya").
ROMAN_WORD_JOINERS = regex.compile(r"['\u2019\-\u2010\u2011]")
#: A romanized word consisting only of capitals (and at least two letters) is, in English
#: texts about Japan, the family name: "ISHIBA Shigeru".
ALL_CAPS_WORD = regex.compile(r"^\p{Lu}[\p{Lu}'\-]+$")


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
