"""Country pickers: a web form's list of country names copied into an article's text.

A crawled page keeps a subscription or shipping form's `<select>` of countries as plain text
("Afghanistan Albania Algeria American Samoa Andorra ..."): some two hundred names that are
no places the article speaks of.  A run of at least MIN_RUN country names (CLDR's English territory names, data/en_countries.tsv)
with at most MAX_GAP_WORDS other words between two of them and no sentence end is such a
list; a candidate every mention of which lies inside one is dropped (a country the article
also names elsewhere keeps its entry).
"""
from __future__ import annotations

from functools import cache

import regex

from ...documents import Document
from ..candidates import Candidate

#: at least this many country names in a row make a picker (a sentence lists a handful)
MIN_RUN = 12
#: ... with at most this many other words between two of them ("Congo, Democratic Republic of")
MAX_GAP_WORDS = 4
#: a line shorter than this cannot hold MIN_RUN country names
MIN_LINE = 100
_GAP = regex.compile(r"[^.!?;:\n]{0,80}")
_WORD = regex.compile(r"\p{L}+")
#: a quick test a picker passes: eight capitalised words in a row, one space apart
_CAPITALISED_RUN = regex.compile(r"(?:[A-Z][a-z]+ ){8}")


@cache
def _country_names() -> regex.Pattern:
    """Country and territory names: CLDR's English ones (Babel) and data/en_countries.tsv."""
    from babel import Locale

    from ..vocab import COUNTRIES

    cldr = Locale("en").territories
    found = {n for code, n in cldr.items() if code.isalpha()} | set(COUNTRIES)   # (not "001" World)
    names = sorted((n for n in found if len(n) > 3 and n[:1].isupper()), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(n) for n in names) + r")(?![\p{L}\p{N}])")


def picker_spans(text: str) -> dict[int, list[tuple[int, int]]]:
    """{line number (1-based): [(first col, last col) (1-based, inclusive)]} of the country pickers of `text`."""
    out: dict[int, list[tuple[int, int]]] = {}
    for n, line in enumerate(text.split("\n"), 1):
        if len(line) < MIN_LINE or _CAPITALISED_RUN.search(line) is None:
            continue
        runs, run = [], []
        for m in _country_names().finditer(line):
            gap = line[run[-1].end():m.start()] if run else ""
            if run and (len(_WORD.findall(gap)) > MAX_GAP_WORDS or not _GAP.fullmatch(gap)):
                runs.append(run)
                run = []
            run.append(m)
        runs.append(run)
        spans = [(r[0].start() + 1, r[-1].end()) for r in runs if len(r) >= MIN_RUN]
        if spans:
            out[n] = spans
    return out


def drop_picker_places(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` without those named only inside a country picker of `doc`."""
    spans = picker_spans(doc.text)
    if not spans:
        return candidates

    def inside(m) -> bool:
        return any(a <= m.col <= b for a, b in spans.get(m.line, ()))

    return [c for c in candidates if not c.mentions or not all(inside(m) for m in c.mentions)]
