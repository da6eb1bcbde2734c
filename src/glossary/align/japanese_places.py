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
from .caching import cached
from .forms import fill_missing
from .names.hangul_for_japanese import _kana_to_korean
from .names.japanese import japanese_reading
from .names.kana import hepburn, romaji_key, to_hiragana

CONFIDENCE = 0.7
KANJI = regex.compile(r"^[\p{Han}々ヶ]+$")


#: the categories named like places: a transcribed Japanese name and a Sino-Korean head
NAMED = frozenset({Category.INSTITUTION, Category.PUBLICATION})


@lru_cache(maxsize=2)
def _suffixes(name: str = "ja_place_suffixes") -> list[tuple[str, str, str]]:
    """(suffix, English word, Korean), longest suffix first; Korean with its space before
    it when the file says so (data/ja_name_heads.tsv)."""
    rows = [(r["suffix"], r["en"], (" " if r.get("space") == "yes" else "") + r["ko"]) for r in table(name)]
    return sorted(rows, key=lambda r: -len(r[0]))


@cached(maxsize=16384)
def korean_place(ja: str, english: str, reading: str = "", heads: str = "ja_place_suffixes") -> tuple[str, str] | None:
    """(Hangul, how) for a Japanese place (or, with heads="ja_name_heads", an institution
    or publication named like one, with a head Korean renders: 靖国神社 야스쿠니 신사,
    日本経済新聞 니혼게이자이신문), else None."""
    if not KANJI.match(ja):
        return None
    words = english.replace("-", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for suffix, en_word, ko in [*_suffixes(heads), ("", "", "")]:
        if suffix and not (ja.endswith(suffix) and len(ja) > len(suffix)):
            continue
        stem = ja[: len(ja) - len(suffix)] if suffix else ja
        name = [w for w in words if not (en_word and w.lower() == en_word.lower())]
        if not name or (suffix and len(name) == len(words) and not ja.endswith(suffix)):
            continue
        kana = to_hiragana(reading[: len(reading)]) if reading and not suffix else japanese_reading(stem, name=False)
        if not kana or romaji_key(hepburn(kana)) != romaji_key(" ".join(name)):
            continue
        if not suffix and heads != "ja_place_suffixes":
            continue        # a whole name read in Japanese: 参政党 is 참정당, 講談社 고단샤 -- no rule tells
        words = _kana_words(kana, name)
        place = heads == "ja_place_suffixes" and len(words) == 1
        # (a place's kanji tell where a long い is: 新潟 にい|がた 니가타, the standard's short vowel)
        hangul = _kana_to_korean(words, [stem] if place else None, long_i=place)
        if not hangul:
            return None
        hangul = hangul.replace(" ", "")     # one name: 日本経済 Nihon Keizai 니혼게이자이
        return hangul + ko, f"the Japanese reading of {stem} ({kana}) transcribed" + (
            f", {suffix} as {ko.strip()}" if suffix else "")
    return None


def _kana_words(kana: str, words: list[str]) -> list[str]:
    """The reading cut where the English name's words are ("Nihon Keizai": にほん|けいざい),
    so that each word starts as a word does in Korean transcription (게이자이, not 케이자이);
    the whole reading when the words do not divide it."""
    out, rest = [], kana
    for i, word in enumerate(words):
        want = romaji_key(word)
        if i == len(words) - 1:
            cut = len(rest) if romaji_key(hepburn(rest)) == want else -1
        else:
            cut = next((j for j in range(1, len(rest)) if romaji_key(hepburn(rest[:j])) == want
                        and rest[j] not in "ゃゅょぁぃぅぇぉっー"), -1)
        if cut < 0:
            return [kana]
        out.append(rest[:cut])
        rest = rest[cut:]
    return out if not rest else [kana]


def add_japanese_place_forms(candidates: list[Candidate]) -> int:
    added = 0
    for cand in candidates:
        if cand.category is not Category.PLACE and cand.category not in NAMED or any(
                f.lang == "ko" for f in cand.forms):
            continue
        ja = next((f for f in cand.forms if f.lang == "ja"), None)
        english = next((f.text for f in cand.forms if f.lang == "en" and f.role is Role.PREFERRED), "")
        if ja is None or not english:
            continue
        place = cand.category is Category.PLACE
        found = korean_place(ja.text, english, ja.reading, "ja_place_suffixes" if place else "ja_name_heads")
        if found:
            added += fill_missing(cand, {"ko": found[0]}, "transcription:place" if place else "transcription:name",
                                  CONFIDENCE, f"Korean transcription of the Japanese {'place' if place else 'name'} "
                                  f"{ja.text} '{english}': {found[1]}")
    return added
