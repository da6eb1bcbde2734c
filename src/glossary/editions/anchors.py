"""Anchors: what a sentence and its translation share whatever the script.

    text_anchors(text, lang) -> set[str]

* `n:<value>` a number of two digits or more, as written in any script's digits
  (NFKC: full-width digits are digits), thousands separators dropped (`1,000` = `1000`);
* `m:<month>` a month: an English month name (data/en_calendar.tsv) or `12月`/`12월`;
* `l:<word>` a word in Latin letters (`G7`, `NATO`, `COVID-19`): editions keep acronyms
  and many product names in Latin letters;

the caller adds footnote markers (`fn:<n>`), note numbers (`note:<n>`), termbase entries
found on both sides (`e:<entry id>`) and names harvested across scripts (`h:<key>`).
"""
from __future__ import annotations

import unicodedata
from functools import cache

import regex

from ..text.lexicon import ordered

#: a number: digits with optional thousands separators and decimals
NUMBER_RE = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
#: a month written with digits in Japanese or Korean (12月, 12월)
CJK_MONTH_RE = regex.compile(r"(?<!\d)(?P<month>1[0-2]|0?[1-9])\s?[月월]")
#: a word in Latin letters (with digits and inner hyphens), two characters or more
LATIN_WORD_RE = regex.compile(r"(?<![\p{Latin}\d])[\p{Latin}][\p{Latin}\d]*(?:[-.][\p{Latin}\d]+)*(?![\p{Latin}\d])")
#: an English month name or abbreviation
MONTH_WORD_RE = regex.compile(r"\b\p{Lu}\p{Ll}{2,8}\b\.?")


@cache
def _months() -> dict[str, int]:
    names = ordered("en_calendar", list="month")
    full = names[:12]
    out = {name.casefold(): i + 1 for i, name in enumerate(full)}
    for name in names[12:]:
        prefix = name.rstrip(".").casefold()[:3]
        for i, f in enumerate(full):
            if f.casefold().startswith(prefix):
                out[name.casefold()] = i + 1
    return out


def text_anchors(text: str, lang: str) -> set[str]:
    text = unicodedata.normalize("NFKC", text)
    out: set[str] = set()
    for m in NUMBER_RE.finditer(text):
        value = m.group().replace(",", "")
        if len(value.split(".")[0]) >= 2:
            out.add("n:" + value)
    for m in LATIN_WORD_RE.finditer(text):
        word = m.group()
        if len(word) >= 2:
            out.add("l:" + word.casefold())
    if lang == "en":
        months = _months()
        for m in MONTH_WORD_RE.finditer(text):
            k = months.get(m.group().casefold())
            if k and m.group() != "May" or (k and m.group() == "May" and _dated(text, m)):
                out.add(f"m:{k}")
    else:
        for m in CJK_MONTH_RE.finditer(text):
            out.add(f"m:{int(m.group('month'))}")
    return out


#: "May" is a month only next to a day or year number ("May 5", "5 May", "May 2024")
DATED_RE = regex.compile(r"\d\s*$|^\s*\d")


def _dated(text: str, m: regex.Match) -> bool:
    return bool(DATED_RE.search(text[max(0, m.start() - 4):m.start()]) or DATED_RE.search(text[m.end():m.end() + 4]))
