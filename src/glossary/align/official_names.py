"""Suggestion source: official Japanese and Korean names of international organisations,
treaties and zones (data/official_names_cjk.tsv, from the two foreign ministries' lists).

An entry whose English form is one of a row's English names or its acronym (matched on the
termbase's key: case, spacing, punctuation and a leading "the" aside; an acronym only as
written, in capitals) gets the row's Japanese and Korean names it lacks, origin `dictionary:mofa`.
"""
from __future__ import annotations

from functools import lru_cache

from ..extract.candidates import Candidate
from ..model import Category
from ..text.lexicon import table
from ..text.normalize import key as norm_key
from .caching import cached
from .forms import fill_missing, lacking, text_key

#: an official name from the ministries' lists: right for the thing, but an English name
#: may name something else in an article (a "Claims Agreement" of another pair)
CONFIDENCE = 0.85
CATEGORIES = frozenset({Category.INSTITUTION, Category.AGREEMENT, Category.EVENT, Category.POLICY,
                        Category.PLACE, Category.OTHER})


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, tuple[str, str, str]], dict[str, tuple[str, str, str]]]:
    """(name key -> (English, ja, ko), acronym as written -> the same)."""
    names: dict[str, tuple[str, str, str]] = {}
    acronyms: dict[str, tuple[str, str, str]] = {}
    for row in table("official_names_cjk"):
        forms = row["en"].split("|")
        value = (forms[0], row["ja"], row["ko"])
        for f in forms:
            if f.isupper() or (len(f) <= 5 and f[:1].isupper() and " " not in f and f != forms[0]):
                acronyms[f] = value
            else:
                names[norm_key(f)] = value
    return names, acronyms


@cached(maxsize=65536)
def official(english: str) -> tuple[str, str, str] | None:
    """(English name, ja, ko) of the organisation, treaty or zone `english` names."""
    names, acronyms = _rows()
    english = english.strip()
    bare = english[4:] if english.lower().startswith("the ") else english
    return acronyms.get(english) or names.get(text_key(bare))


def add_official_names(candidates: list[Candidate]) -> int:
    added = 0
    for cand in lacking(candidates, CATEGORIES):
        found = next((row for f in cand.forms if f.lang == "en" and (row := official(f.text))), None)
        if found is None:
            continue
        name, ja, ko = found
        added += fill_missing(cand, {"ja": ja, "ko": ko}, "dictionary:mofa", CONFIDENCE,
                              f"official name of the {name} in the foreign ministries' lists")
    return added
