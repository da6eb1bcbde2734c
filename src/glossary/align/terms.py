"""Keyword evidence for terms that are not persons: numbered events and `+N` groups, the
country an institution belongs to, and the transcribed part of a company name.

    numbered_keyword_match(cjk, english)   # 第9回日中韓サミット = "Ninth Trilateral Summit"
    country_compatible(term, english)      # 外務省 is never Korea's foreign ministry
"""
from __future__ import annotations

import unicodedata

import regex

from ..extract.candidates import CjkTerm
from ..text.lexicon import alternation, ordered
from . import vocab
from .caching import cached
from .keywords import CJK_IGNORED, _cjk_spans, _en_spans, en_tokens, keyword_match
from .persons import LOAN_SHAPED

__all__ = ["numbered_keyword_match", "country_compatible", "loan_core", "CJK_ORDINAL", "CJK_PLUS_N"]


# Patterns used on every call of small helpers below (compiled once).
_DIGITS = regex.compile(r"[0-9]+")

# A company's legal form around a transcribed name: ベリデイン株式会社, 주식회사 ….
_COMPANY_FORM = regex.compile(r"^(?:株式会社|주식회사)|(?:株式会社|주식회사|社)$")


#: a company's letters before its transcribed name, as both languages keep them (SK하이닉스, LG이노텍)
LATIN_PREFIX = regex.compile(r"^[A-Z]{1,4}(?:&[A-Z])?\s?(?=[\p{Hangul}\p{Katakana}])")


@cached(maxsize=16384)
def loan_core(text: str) -> str:
    """The transcribed-name part of a term (ベリデイン of ベリデイン株式会社; SK하이닉스 whole, its
    letters kept for `loanword_match`), '' when none."""
    core = _COMPANY_FORM.sub("", text)
    m = LATIN_PREFIX.match(core)
    return core if LOAN_SHAPED.fullmatch(core[m.end():] if m else core) else ""


# An ordinal at the head of a CJK event name: 第9回, 第11次, 제9차, 제28회.
CJK_ORDINAL = regex.compile(r"^(?:第|제)\s*(?P<n>[0-9０-９]+)\s*(?:回|次|차|회)\s*")

# An ordinal at the head of an English name: "Ninth", "9th", "the 28th".
EN_ORDINAL = regex.compile(r"^(?:the\s+)?(?P<w>\p{L}+|[0-9]+(?:st|nd|rd|th))\s+", regex.I)

#: ordinal words (first ... twentieth) -> their number
_ORDINAL_WORDS = {w.casefold(): i for i, w in enumerate(ordered("en_function_words", list="ordinal"), 1)}

# "+N" glued to a CJK name (아세안+3) and its English forms ("ASEAN+3", "ASEAN Plus Three").
CJK_PLUS_N = regex.compile(r"\+(?P<n>[0-9]+)$")

EN_PLUS_N = regex.compile(r"(?i)(?:\+|\s+plus\s+)(?P<n>[0-9]+|" + alternation("en_align_words", list="number") + r")\b")

#: number words (one ... ten) -> their number
_NUMBER_WORDS = {w: i for i, w in enumerate(ordered("en_align_words", list="number"), 1)}


def _number(s: str) -> int:
    return int(s) if s.isdecimal() else _NUMBER_WORDS.get(s.casefold(), -1)


def _en_ordinal(english: str) -> tuple[int, str] | None:
    m = EN_ORDINAL.match(english)
    if not m:
        return None
    w = m.group("w").casefold()
    n = _ORDINAL_WORDS.get(w)
    if n is None and w[:1].isdigit():
        n = int(_DIGITS.match(w).group(0))
    return None if n is None else (n, english[m.end():])


@cached(maxsize=65536)
def numbered_keyword_match(cjk: str, english: str, context: tuple[str, ...] = ()):
    """`keyword_match`, with ordinals: 第9回日中韓サミット = "Ninth Trilateral Summit" when the
    numbers agree and the rest matches; a numbered CJK event never matches an English name
    without the same number (one meeting is not the series), nor the reverse."""
    plus = CJK_PLUS_N.search(cjk)
    if plus:  # 아세안+3 = "ASEAN+3" / "ASEAN Plus Three": the numbers agree, the rest matches
        en_plus = EN_PLUS_N.search(english)
        if en_plus is None or _number(en_plus.group("n")) != int(plus.group("n")):
            return None
        cjk, english = cjk[:plus.start()], english[:en_plus.start()] + english[en_plus.end():]
        if not english.strip():
            return None
    m = CJK_ORDINAL.match(cjk)
    en = _en_ordinal(english)
    if m is None:
        return keyword_match(cjk, english, context)
    if en is None:
        return None
    if int(unicodedata.normalize("NFKC", m.group("n"))) != en[0]:
        return None
    return keyword_match(cjk[m.end():], en[1], context)


#: the country an institution named without one belongs to, by the language it is named in
_OWN_COUNTRY = {"ja": "JP", "ko": "KR"}

#: country concepts (of `vocab`) that include each country: a pair names both
_INCLUDES = {code: frozenset(c.id for c in vocab.ROWS if code in c.countries) for code in _OWN_COUNTRY.values()}


@cached(maxsize=65536)
def _en_countries(english: str) -> frozenset[str]:
    return frozenset(c.id for _, _, c, _ in _en_spans(tuple(en_tokens(english))) if c.country)


@cached(maxsize=16384)
def _cjk_has_country(text: str) -> bool:
    return any(c.country for _, _, c, _ in _cjk_spans(CJK_IGNORED.sub("", text)))


def country_compatible(term: CjkTerm, english: str) -> bool:
    """An institution named without a country (外務省, 외교부) is the country of its language's:
    it never pairs with an English name of another country's institution (外務省 is not the
    "Ministry of Foreign Affairs of the Republic of Korea")."""
    own = _OWN_COUNTRY.get(term.lang)
    if own is None or _cjk_has_country(term.text):
        return True
    countries = _en_countries(english)
    return not countries or bool(countries & _INCLUDES[own])
