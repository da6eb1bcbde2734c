"""Matching at a position of a long line in time independent of the line's length.

The `regex` module's `pattern.match(text, pos)` costs time proportional to
`len(text) - pos` even when the match is a few characters long (it prepares the whole
rest of the string).  On a one-line article of megabytes, called once per name, that is
quadratic: 1 MB took 2 s, 4 MB 20 s.  Every anchored match at a position of a segment's
text therefore goes through `match_near`, which bounds the end of the search.
"""
from __future__ import annotations

#: how far past the position an anchored pattern may look; far more than any pattern
#: used with it can match (names, parenthesised aliases, quoted titles: < 200 characters)
REACH = 1024


def match_near(pattern, text: str, pos: int, reach: int = REACH):
    """`pattern.match(text, pos)`, looking at most `reach` characters past `pos`."""
    return pattern.match(text, pos, min(len(text), pos + reach))
