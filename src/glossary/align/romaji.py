"""Readings of Japanese terms and Hepburn as English writes Japanese names."""
from __future__ import annotations

import regex

from ..text.readings import japanese_reading, kakasi
from .caching import cached

__all__ = ["reading_of", "hepburn_name", "HEPBURN_N_BEFORE_LABIAL"]


def reading_of(ja: str) -> str:
    """The kana reading of a Japanese term (names read as names)."""
    return japanese_reading(ja)


# Hepburn for kana, by pykakasi; long vowels unmarked as in names written in English
# (ou -> o, uu -> u: しんぞう -> Shinzo).
LONG_VOWEL = regex.compile(r"(?<=[o])u|(?<=[u])u|(?<=[o])o(?=\b|[^aeiou])")

# A syllabic n before b, m or p, which traditional Hepburn writes m (Shimbun, Namba, Homma).
HEPBURN_N_BEFORE_LABIAL = regex.compile(r"n(?=[bmp])")


@cached(maxsize=16384)
def hepburn_name(reading: str) -> str:
    """Hepburn of a kana reading as English writes names: long vowels unmarked, m before
    labials, each word capitalised (こうの たろう -> Kono Taro)."""
    parts = []
    for word in reading.split():
        roma = "".join(p["hepburn"] for p in kakasi().convert(word))
        roma = LONG_VOWEL.sub("", roma)
        roma = HEPBURN_N_BEFORE_LABIAL.sub("m", roma)   # しんぶん -> shimbun (Hepburn: m before b, m, p)
        if roma:
            parts.append(roma[:1].upper() + roma[1:])
    return " ".join(parts)
