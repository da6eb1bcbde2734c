"""Suggestion source: Japanese and Korean composed from the parts of a bilateral name.

Names of meetings, agreements and dialogues between countries are compounds that both
languages build the same way from the same parts, with each language's conventions:
"Japan-South Korea summit" is 日韓首脳会談 and 한일 정상회담, "Japan-U.S.-ROK Trilateral
Indo-Pacific Dialogue" 日米韓インド太平洋対話 and 한미일 인도태평양 대화.  The parts and
their renderings are the general bilingual table (`data/bilingual_concepts.tsv`, the
aligner's keyword concepts); the country pair comes first, Japan first in Japanese (日韓,
日米韓) and Korea first in Korean (한일, 한미일), as each language writes it.

A name is composed only when every content word of it is covered by the table (longest
keys first; "of", "and", "the" and other function words aside), when it names a country
pair or group of the table and at least one other part, and when no part is repeated.
An event, agreement or policy without a country pair is composed too when it is a plain
compound of two or more parts with no function word ("defense white paper" 防衛白書,
방위백서), at a lower confidence: its official name often adds a word.
The Japanese joins the parts without spaces; the Korean puts a space after the country
pair and joins the rest.  Anything else gets nothing: a name the table cannot cover is
not guessed.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..extract.candidates import Candidate
from ..model import Category, Role
from ..text.lexicon import words
from .caching import cached
from .forms import fill_missing, lacking
from .vocab import EN_FUNCTION_WORDS, ROWS, Concept

#: dashes and slashes between words; what is no letter, digit, apostrophe or space
_DASHES = regex.compile(r"[-‐‑–—/]")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}' ]+")

#: categories whose names are composed this way
COMPOSED = frozenset({Category.EVENT, Category.AGREEMENT, Category.POLICY, Category.INSTITUTION, Category.OTHER})
#: a composition is a guess from parts: below every dictionary source
CONFIDENCE = 0.5
#: the longest English key of the table, in words
MAX_KEY_WORDS = 6
#: words that say that several countries take part, not which ("Trilateral", "bilateral")
GROUP_WORDS = words("en_align_words", list="compose_group")
#: prepositions after which English names the part Japanese and Korean put first
#: ("Memorandum on cooperation" = 協力覚書): a name with one is not composed
INVERTING = words("en_align_words", list="compose_inverting")
#: heads whose Japanese/Korean depends on the kind of thing ("agreement": 合意 or 協定)
AMBIGUOUS = words("en_align_words", list="compose_ambiguous")


@lru_cache(maxsize=1)
def _en_index() -> dict[tuple[str, ...], Concept]:
    """English key (words) -> the first concept of the table with it."""
    idx: dict[tuple[str, ...], Concept] = {}
    for c in ROWS:
        if not c.ja or not c.ko:
            continue
        for k in c.en:
            idx.setdefault(tuple(k.split()), c)
    return idx


def _words(english: str) -> list[str]:
    s = english.casefold().replace("’", "'")
    s = _DASHES.sub(" ", s)
    s = _NOT_WORD.sub(" ", s)
    return [w for w in s.split() if w]


@cached(maxsize=16384)
def compose(english: str) -> tuple[str, str, str] | None:
    """(ja, ko, the parts as read) for a bilateral name the table covers, else None."""
    toks = _words(english)
    idx = _en_index()
    parts: list[tuple[Concept, int]] = []      # concept, which of its English keys was read
    i = 0
    while i < len(toks):
        for n in range(min(MAX_KEY_WORDS, len(toks) - i), 0, -1):
            c = idx.get(tuple(toks[i:i + n]))
            if c is not None:
                break
        else:
            if toks[i] in INVERTING and parts:
                return None                    # "Memorandum on cooperation": the order turns; no guess
            if toks[i] in EN_FUNCTION_WORDS:
                i += 1
                continue
            return None                    # a word the table does not cover: no guess
        if n == 1 and toks[i] in GROUP_WORDS:
            i += 1          # "Trilateral" says how many, not which countries (the TCS is 日中韓)
            continue
        if " ".join(toks[i:i + n]) in AMBIGUOUS:
            return None                    # "US-Japan agreement": 日米合意 or 日米協定? no guess
        parts.append((c, c.en.index(" ".join(toks[i:i + n]))))
        i += n
    concepts = [p for p, _ in parts]
    countries = [p for p in concepts if p.country]
    rest = [(p, k) for p, k in parts if not p.country]
    if not countries and len(rest) >= 2 and len({p.id for p in concepts}) == len(concepts) and \
            not any(t in EN_FUNCTION_WORDS or t in GROUP_WORDS for t in toks):
        # no country pair (nor a word saying several take part): a compound of two or more
        # parts, modifier first in all three languages ("security dialogue" 安全保障対話
        # 안전보장대화: Korean may write a proper
        # noun's or a technical term's words together, 한글 맞춤법 제49–50항)
        return ("".join(_rendering(p.en, p.ja, k) for p, k in rest),
                "".join(_rendering(p.en, p.ko, k) for p, k in rest), " + ".join(p.id for p, _ in rest))
    if len(countries) != 1 or not rest or len({p.id for p in concepts}) != len(concepts) \
            or concepts[0] is not countries[0]:
        return None
    group = countries[0]
    if len(group.countries) < 2:
        return None                        # one country ("Japanese summit") is no bilateral name
    ja = group.ja[0] + "".join(_rendering(p.en, p.ja, k) for p, k in rest)
    ko = group.ko[0] + " " + "".join(_rendering(p.en, p.ko, k) for p, k in rest)
    return ja, ko, " + ".join([group.id, *(p.id for p, _ in rest)])


#: a compound without a country pair is a weaker guess (its official name often adds a word)
COMPOUND_CONFIDENCE = 0.4
#: the categories whose names may be composed without a country pair (an organisation's
#: name is its own: "Naval Academy" is no 海軍アカデミー)
COMPOUND_CATEGORIES = frozenset({Category.EVENT, Category.AGREEMENT, Category.POLICY})


@lru_cache(maxsize=1)
def _country_ids() -> frozenset[str]:
    return frozenset(c.id for c in ROWS if c.country)


def _rendering(en: tuple[str, ...], forms: tuple[str, ...], k: int) -> str:
    """The form for the English key read: the k-th when the row pairs its keys one to
    one ("declaration|joint declaration" = "宣言|共同宣言"), else the first."""
    return forms[k] if len(en) == len(forms) else forms[0]


def add_composed_forms(candidates: list[Candidate]) -> int:
    """Fill the Japanese and/or Korean a bilateral name lacks; returns forms added."""
    added = 0
    for cand in lacking(candidates, COMPOSED):
        english = next((f.text for f in cand.forms if f.lang == "en" and f.role is Role.PREFERRED), "")
        found = compose(english) if english else None
        if found is None:
            continue
        bilateral = any(p in found[2].split(" + ") for p in _country_ids())
        if not bilateral and cand.category not in COMPOUND_CATEGORIES:
            continue      # a compound without a country pair: only an event's, agreement's or policy's name
        ja, ko, parts = found
        added += fill_missing(cand, {"ja": ja, "ko": ko}, "composition",
                              CONFIDENCE if bilateral else COMPOUND_CONFIDENCE,
                              f"composed from the parts of '{english}' ({parts}) by the bilingual table, "
                              + ("country pair first as each language writes it" if bilateral else
                                 "modifier first as all three languages write a compound; the official name may differ"))
    return added
