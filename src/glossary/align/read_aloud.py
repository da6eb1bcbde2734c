"""Suggestion source: Korean for a Japanese proper name that the English reads aloud.

Korean writes a Japanese temple, shrine, work or other named thing by transcribing its
Japanese reading (the Korean standard for Japanese): 延暦寺 "Enryakuji" 엔랴쿠지, 清水寺
"Kiyomizu-dera" 기요미즈데라, 葉隠 "Hagakure" 하가쿠레.  An entry qualifies when it is not a
person, lacks Korean, has a Japanese form in kanji that JMnedict lists as a proper name
(a place, a work, an unclassified name -- not a person's, a family's or a company's name,
which other sources read), and one of its English names is the Hepburn spelling of that
name's reading: two independent agreements (the dictionary's reading, the article's
English).  A name ending in a head Korean reads in Sino-Korean (a party's, a ministry's,
a society's: data/cjk_align_heads.tsv `bridgeable_head`), or of a publisher, newspaper or
shrine (`source_head`: 中公新書 is 주코신서, 神社 신사), gets nothing here, nor does a name in
katakana (a loanword is no Japanese reading), a name that is also a JMdict word (阿弥陀
"Amida": Korean has a word of its own, 아미타) or a family name (徳川 "Tokugawa" is a
house, and an entry so named is more often the house or a person than a place).
"""
from __future__ import annotations

import regex

from ..extract.candidates import Candidate
from ..model import Category, Role
from ..text import jmdict
from ..text.lexicon import alternation
from .caching import cached
from .foreign_names import FAMILY_KINDS, GIVEN_KINDS
from .forms import fill_missing
from .japanese_places import _kana_words
from .names.hangul_for_japanese import _kana_to_korean
from .names.kana import hepburn, romaji_key, to_hiragana

#: a transcription two sources agree on; below the article's own forms and a place's rule
CONFIDENCE = 0.6
ORIGIN = "dictionary:jmnedict+transcription"
#: JMnedict kinds not read here: people, families and firms have their own sources (a
#: place, a work, a station, an unclassified name ... are read)
NOT_READ = GIVEN_KINDS | FAMILY_KINDS | {"person", "company", "organization"}
#: the end of a name Korean reads in Sino-Korean, and of a publisher's, a paper's or a shrine's
_READ_HEAD = regex.compile(r"(?:" + alternation("cjk_align_heads", list="bridgeable_head") + "|"
                           + alternation("cjk_align_heads", list="source_head") + r")$")
#: two characters or more of kanji (with the iteration mark and the small ヶ of place names)
#: and kana, at least one kanji
_KANJI_NAME = regex.compile(r"(?=.*\p{Han})[\p{Han}々ヶ\p{Hiragana}]{2,}")


def add_read_aloud_korean(candidates: list[Candidate]) -> int:
    """Korean for non-person entries named by a Japanese proper name read aloud in English."""
    added = 0
    for cand in candidates:
        if cand.category is Category.PERSON or any(f.lang == "ko" for f in cand.forms):
            continue
        english = tuple(f.text for f in sorted(cand.forms, key=lambda f: f.role is not Role.PREFERRED)
                        if f.lang == "en")
        for ja in (f for f in sorted(cand.forms, key=lambda f: f.role is not Role.PREFERRED) if f.lang == "ja"):
            found = korean_read_aloud(ja.text, english)
            if found is not None:
                added += fill_missing(cand, {"ko": found[0]}, ORIGIN, CONFIDENCE, found[1])
                break
    return added


@cached(maxsize=16384)
def korean_read_aloud(ja: str, english: tuple[str, ...]) -> tuple[str, str] | None:
    """(Hangul, evidence) for the Japanese name `ja` when an English name of `english` is its
    JMnedict reading in Hepburn; else None."""
    if not _KANJI_NAME.fullmatch(ja) or _READ_HEAD.search(ja) or not jmdict.available():
        return None
    entries = [e for e in jmdict.entries_for_ja(ja) if e.headword == ja]
    if any(e.source == "jmdict" or e.kind in FAMILY_KINDS | GIVEN_KINDS | {"person"} for e in entries):
        return None      # a word of the language too (阿弥陀, 禅: Korean has its own word for it), or a
        #                  family name (徳川, 田中: the entry is a person's or a house's, not a place's)
    for e in entries:
        if e.source != "jmnedict" or e.headword != ja or e.kind in NOT_READ or not e.reading:
            continue
        kana = to_hiragana(e.reading)
        for name in english:
            words = name.split()
            if words and words[0].casefold() == "the":
                words = words[1:]
            if not words or romaji_key(hepburn(kana)) != romaji_key(" ".join(words)):
                continue
            hangul = _kana_to_korean(_kana_words(kana, [w.replace("-", "") for w in words]))
            if hangul:
                return hangul, (f"Korean transcription of the Japanese name {ja} ({e.reading}, JMnedict "
                                f"{e.kind}), which the English '{name}' reads aloud")
    return None
