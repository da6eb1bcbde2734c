"""Suggestions for entries whose Japanese or Korean form the article does not give.

Runs after alignment, over the candidates of one document.  Each source proposes forms
for the languages a candidate lacks; the first source that answers for a language wins
(sources are tried from the most to the least reliable).  Every form is a suggestion:
role alias (preferred when the entry has no form in that language), its origin naming
the source, a confidence below the article's own forms, and one line of evidence.

Sources:
- `dictionary:cldr` -- places that are countries or territories (`dictionary.py`);
- `dictionary:wordfreq-ko` -- Korean people by name, from the Korean word-frequency list
  (`names/known_korean.py`).
"""
from __future__ import annotations

from ..extract.candidates import Candidate, Form
from ..model import Category, Role
from .dictionary import add_dictionary_forms
from .names.known_korean import known_korean_name


def add_suggestions(candidates: list[Candidate]) -> int:
    """Add suggested ja/ko forms to `candidates` (in place); returns how many were added."""
    added = add_dictionary_forms(candidates)
    for cand in candidates:
        if cand.category is Category.PERSON:
            added += _korean_person(cand)
    return added


def _english(cand: Candidate) -> str:
    for f in cand.forms:
        if f.lang == "en" and f.role is Role.PREFERRED:
            return f.text
    return ""


def _korean_person(cand: Candidate) -> int:
    if any(f.lang == "ko" for f in cand.forms):
        return 0
    english = _english(cand)
    if not english:
        return 0
    found = known_korean_name(english)
    if found is None:
        return 0
    hangul, confidence, evidence = found
    cand.forms.append(Form("ko", hangul, Role.PREFERRED, "dictionary:wordfreq-ko", confidence, evidence))
    return 1
