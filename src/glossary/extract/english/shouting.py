"""Text in capitals: a headline or a name set in ALL CAPS read in ordinary case.

Web pages and converted encyclopedia articles set titles in capitals ("IN GRATITUDE TO THE
REPUBLIC OF KOREA AND DONGGUK UNIVERSITY", "the ROK ARMED FORCES").  Read as written every
word is an acronym.  A run of two or more words in capitals that holds at least one
ordinary English word (by wordfreq) is rewritten in title case before the rule families
run -- function words in lower case, and a short word English does not use (ROK, NATO)
kept in capitals as the acronym it is.  The rewrite keeps every character's position
(same length), so mentions stay where they are in the file.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..general import zipf
from ..vocab import STOPWORDS

#: two or more words in capitals (letters only, an apostrophe or hyphen inside)
#: (possessive: linear on a 200,000-letter line of capitals)
CAPS_RUN = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{2,}+(?:['’\-]\p{Lu}++)*+(?:[ \-]++\p{Lu}{2,}+(?:['’\-]\p{Lu}++)*+)++"
                         r"(?![\p{L}\p{N}])")
#: the cheap test
CAPS_HINT = regex.compile(r"(?<!\p{Lu})\p{Lu}{2,}+[ \-]++\p{Lu}{2}")
#: a word at least this common in English (Zipf) is an ordinary word, not an acronym
WORD_ZIPF = 3.5
#: a word of at most this many letters that English hardly uses stays in capitals (ROK, DPRK)
ACRONYM_LEN = 4


@lru_cache(maxsize=4096)
def _common(word: str) -> bool:
    return zipf(word.lower()) >= WORD_ZIPF


@lru_cache(maxsize=4096)
def _word(word: str, first: bool) -> str:
    low = word.lower()
    if low in STOPWORDS and not first:
        return low
    if len(word) <= ACRONYM_LEN and not _common(word):
        return word
    title = "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
    return title if len(title) == len(word) else word


def unshout(text: str) -> str:
    """`text` with its runs of words in capitals in title case (same length)."""
    if not CAPS_HINT.search(text):
        return text

    def fix(m: regex.Match) -> str:
        words = regex.split(r"([ \-]+)", m.group())
        if not any(_common(w) for w in words[::2] if len(w) > 2):
            return m.group()              # "ROK US", "NATO G7": acronyms side by side
        out = [w if k % 2 else _word(w, k == 0) for k, w in enumerate(words)]
        new = "".join(out)
        return new if len(new) == len(m.group()) else m.group()
    return CAPS_RUN.sub(fix, text)
