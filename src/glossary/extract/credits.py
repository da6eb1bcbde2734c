"""Rule family `credits`: the people a byline or credit line names.

The document reader marks bylines, credit lines and front-matter authors as segments of
kind "credit" that hold only the names ("Kim Ji-yoon, Lim Bo-young").  Each item shaped
like a person's name (two to four capitalised words, hyphenated given names and name
particles allowed) is a person; an item of one word ("Volunteer", "Reuters") is not.
"""
from __future__ import annotations

import regex

from ..text.lexicon import ordered

#: separators between the names of a credit list
SEPARATOR = regex.compile(r"\s*(?:,|;|&|/|·|\band\b|\bwith\b)\s*")
#: one word of a person's name: capitalised (with inner hyphens/apostrophes/periods) or a particle
NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.|" + "|".join(ordered("name_particles")) + r")$")


def credited_people(text: str) -> list[tuple[str, int]]:
    """(name, start) of each person a credit segment's text names."""
    out: list[tuple[str, int]] = []
    pos = 0
    for piece in SEPARATOR.split(text):
        start = text.find(piece, pos) if piece else -1
        if start < 0:
            continue
        pos = start + len(piece)
        name = piece.strip(" .*_")
        words = name.split()
        if 2 <= len(words) <= 4 and all(NAME_WORD.match(w) for w in words) and words[0][:1].isupper():
            out.append((name, text.find(name, start)))
    return out
