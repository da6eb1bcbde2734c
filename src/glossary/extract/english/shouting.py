"""Text in capitals: a headline or a name set in ALL CAPS read in ordinary case.

Web pages and converted encyclopedia articles set titles in capitals ("IN GRATITUDE TO THE
REPUBLIC OF KOREA AND DONGGUK UNIVERSITY", "the ROK ARMED FORCES").  Read as written every
word is an acronym.  A run of two or more words in capitals that holds at least one
ordinary English word (by wordfreq) is rewritten in title case before the rule families
run -- function words in lower case, and a short word English does not use (ROK, NATO)
kept in capitals as the acronym it is.  A short run of words English does not use is a
name in capitals when the article writes at least half of its words in title case
elsewhere ("KENTARO VALMO" over a paragraph on "Mr Valmo"): every word is then title-cased.  The
rewrite keeps every character's position (same length), so mentions stay where they are in
the file.
"""
from __future__ import annotations

from collections.abc import Callable, Set
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
#: most words of a run read as a name in capitals ("KENTARO VALMO", "HARALD OSTRIN BRENN")
NAME_RUN_WORDS = 4
#: a word in title case elsewhere in the article (for name runs)
TITLED_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}+(?![\p{L}\p{N}])")


def titled_words(text: str) -> frozenset[str]:
    """The words `text` writes in title case ("Valmo"), lower-cased."""
    return frozenset(w.lower() for w in TITLED_WORD.findall(text))


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


def _name_run(words: list[str], titled: Set[str]) -> bool:
    """A run of at most NAME_RUN_WORDS words of which at least half appear in title case in
    the article (and a word of three letters or more)."""
    long = [w for w in words if len(w) > 2]
    return bool(long) and len(words) <= NAME_RUN_WORDS and 2 * sum(w.lower() in titled for w in words) >= len(words)


def unshout(text: str, titled: Callable[[], Set[str]] | None = None) -> str:
    """`text` with its runs of words in capitals in title case (same length); `titled`, when
    given, returns the words the article writes in title case (asked only for a run of words
    English does not use)."""
    if not CAPS_HINT.search(text):
        return text

    def fix(m: regex.Match) -> str:
        words = regex.split(r"([ \-]+)", m.group())
        if not any(_common(w) for w in words[::2] if len(w) > 2):
            if titled is None or not _name_run(words[::2], titled()):
                return m.group()          # "ROK US", "NATO G7": acronyms side by side
            new = "".join(w if k % 2 else w[:1] + w[1:].lower() for k, w in enumerate(words))
            return new if len(new) == len(m.group()) else m.group()
        out = [w if k % 2 else _word(w, k == 0) for k, w in enumerate(words)]
        new = "".join(out)
        return new if len(new) == len(m.group()) else m.group()
    return CAPS_RUN.sub(fix, text)
