"""The rule families of English extraction, each one switchable for an ablation run.

    GLOSSARY_EXTRACT_WITHOUT=salience,credits glossary extract FILE
    python3 tasks.py eval --without salience

A family that is off contributes no candidates; everything else runs unchanged, so the
difference in the evaluation table is that family's contribution.  Families are named
here once; `enabled(name)` refuses a name that is not one of them.
"""
from __future__ import annotations

import os

from ..errors import InputError

#: name -> what the family does (shown by `tasks.py eval --help` and in the README)
FAMILIES: dict[str, str] = {
    "acronyms": "acronym definitions in both orders (Schwartz-Hearst), lower-case defined terms",
    "quotes": "quoted and italic names and titles; cited titles in notes",
    "lowercase": "lower-case names with a cue: so-called, numbered events, year+agreement, bold",
    "salience": "phrases the article uses far more often than general English (wordfreq)",
    "names": "capitalised-span chunker: names with heads, connectors, numbered instruments",
    "roles": "role titles split from the person they precede, kept as evidence",
    "single-names": "one-word names: rare words always capitalised mid-sentence",
    "credits": "bylines, credit lines and front-matter authors as people",
    "compounds": "lower-case heads after names (X summit, Y administration)",
    "aliases": "grouping: surnames, title+surname, short forms, parenthesised aliases",
}
ENV = "GLOSSARY_EXTRACT_WITHOUT"


def disabled() -> frozenset[str]:
    """The families switched off by GLOSSARY_EXTRACT_WITHOUT (comma-separated)."""
    names = frozenset(n.strip() for n in os.environ.get(ENV, "").split(",") if n.strip())
    unknown = names - FAMILIES.keys()
    if unknown:
        raise InputError(f"{ENV}: unknown rule family {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(FAMILIES)})")
    return names
