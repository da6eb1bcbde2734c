"""Suggestion source: Korean for a Japanese place whose Japanese form is known.

Korean writes a Japanese place name by transcribing its Japanese reading (the Korean
standard for Japanese) and a place suffix by its Sino-Korean word: 長崎県 "Nagasaki
Prefecture" is 나가사키현, 千歳市 지토세시, 西表島 이리오모테섬, 福岡 후쿠오카.  A place
qualifies when its Japanese form is kanji (with an optional suffix of
data/ja_place_suffixes.tsv) and its English name, without the suffix word, is the Hepburn
of the name's reading -- so the name is read in Japanese: 釜山 "Busan" (read ふざん) and
北京 "Beijing" (ぺきん) are not, and get nothing from here.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..extract.candidates import Candidate
from ..model import Category, Role
from ..text.lexicon import table
from .forms import fill_missing
from .names.hangul_for_japanese import _kana_to_korean
from .names.japanese import japanese_reading
from .names.kana import hepburn, romaji_key, to_hiragana

CONFIDENCE = 0.7
KANJI = regex.compile(r"^[\p{Han}々ヶ]+$")


@lru_cache(maxsize=1)
def _suffixes() -> list[tuple[str, str, str]]:
    """(suffix, English word, Korean), longest suffix first."""
    rows = [(r["suffix"], r["en"], r["ko"]) for r in table("ja_place_suffixes")]
    return sorted(rows, key=lambda r: -len(r[0]))


def korean_place(ja: str, english: str, reading: str = "") -> tuple[str, str] | None:
    """(Hangul, how) for a Japanese place, else None."""
    if not KANJI.match(ja):
        return None
    words = english.replace("-", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for suffix, en_word, ko in [*_suffixes(), ("", "", "")]:
        if suffix and not (ja.endswith(suffix) and len(ja) > len(suffix)):
            continue
        stem = ja[: len(ja) - len(suffix)] if suffix else ja
        name = [w for w in words if not (en_word and w.lower() == en_word.lower())]
        if not name or (suffix and len(name) == len(words) and not ja.endswith(suffix)):
            continue
        kana = to_hiragana(reading[: len(reading)]) if reading and not suffix else japanese_reading(stem, name=False)
        if not kana or romaji_key(hepburn(kana)) != romaji_key(" ".join(name)):
            continue
        hangul = _kana_to_korean([kana])
        if not hangul:
            return None
        return hangul + ko, f"the Japanese reading of {stem} ({kana}) transcribed" + (
            f", {suffix} as {ko}" if suffix else "")
    return None


def add_japanese_place_forms(candidates: list[Candidate]) -> int:
    added = 0
    for cand in candidates:
        if cand.category is not Category.PLACE or any(f.lang == "ko" for f in cand.forms):
            continue
        ja = next((f for f in cand.forms if f.lang == "ja"), None)
        english = next((f.text for f in cand.forms if f.lang == "en" and f.role is Role.PREFERRED), "")
        if ja is None or not english:
            continue
        found = korean_place(ja.text, english, ja.reading)
        if found:
            added += fill_missing(cand, {"ko": found[0]}, "transcription:place", CONFIDENCE,
                                  f"Korean transcription of the Japanese place {ja.text} '{english}': {found[1]}")
    return added
