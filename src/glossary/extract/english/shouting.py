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

from ...text.lexicon import words
from ..general import dictionary_lower_word, zipf
from ..vocab import COMMON_ACRONYMS, STOPWORDS

#: two or more words in capitals (letters only, an apostrophe or hyphen inside), over one
#: line end, a one-letter word between two ("IS A BASIC")
#: (possessive: linear on a 200,000-letter line of capitals)
CAPS_RUN = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{Lu}{2,}+(?:['’\-]\p{Lu}++)*+"
                         r"(?:(?:[ \-]++|\n(?!\n))(?:\p{Lu}[ \-]++)?\p{Lu}{2,}+(?:['’\-]\p{Lu}++)*+)++"
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
    """`text` with its runs of words in capitals in title case (same length) -- in lower
    case when the run is a clause in capitals (a verb of its own: "ATTENDANCE IS A COURSE
    REQUIREMENT"), but for the words the article writes in title case -- and a single
    common word in capitals ("QUIZ:", "PREFACE") in title case: emphasis or a label, no
    acronym.  `titled`, when given, returns the words the article writes in title case."""
    if CAPS_WORD_HINT.search(text):
        text = LABEL_LINE.sub(lambda m: CAPS_ANY_WORD.sub(_label_word, m.group()), text)
        text = CAPS_WORD.sub(_label_word, text)
    if not CAPS_HINT.search(text):
        return text

    def fix(m: regex.Match) -> str:
        words = regex.split(r"([ \-\n]+)", m.group())
        if not any(_common(w) for w in words[::2] if len(w) > 2):
            if titled is None or not _name_run(words[::2], titled()):
                return m.group()          # "ROK US", "NATO G7": acronyms side by side
            new = "".join(w if k % 2 else w[:1] + w[1:].lower() for k, w in enumerate(words))
            return new if len(new) == len(m.group()) else m.group()
        if titled is not None and any(w.lower() in _auxiliaries() for w in words[2::2]):
            known = titled()
            out = [w if k % 2 else _clause_word(w, known) for k, w in enumerate(words)]
        else:
            out = [w if k % 2 else _word(w, k == 0) for k, w in enumerate(words)]
        new = "".join(out)
        return new if len(new) == len(m.group()) else m.group()
    return CAPS_RUN.sub(fix, text)


#: one word in capitals as a label: first on its line (after markup) and before a colon
#: ("QUIZ:", "**TIME:**"), or alone on its line ("PREFACE") -- not inside a sentence, where
#: it may be an acronym ("(SOFA)", "CARE said")
CAPS_WORD = regex.compile(r"(?m)^[ \t*_#>\-]*+\K\p{Lu}{4,}+(?=[*_]*+:|[ \t*_]*+$)")
CAPS_WORD_HINT = regex.compile(r"\p{Lu}{4}")
#: a line that starts with a label in capitals ("READING: TARVIK, PREFACE"): its words in
#: capitals are the items of a schedule, not acronyms
LABEL_LINE = regex.compile(r"(?m)^[ \t*_#>\-]*+\p{Lu}{4,}+[*_]*+:[^\n]*")
CAPS_ANY_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{4,}+(?![\p{L}\p{N}])")


def _label_word(m: regex.Match) -> str:
    """A word in capitals as a label: in title case when it is an English word a dictionary
    writes in lower case ("QUIZ", "PREFACE", "TIME"; not "NATO", "ASEAN")."""
    w = m.group()
    if w in COMMON_ACRONYMS or w in _known_acronyms() or not dictionary_lower_word(w.lower()):
        return w
    return w[:1] + w[1:].lower()


def _clause_word(word: str, titled: Set[str]) -> str:
    """A word of a clause in capitals: lower case, but a word the article writes in title
    case (a name) and a short word English does not use (an acronym)."""
    low = word.lower()
    if low in titled:
        return word[:1] + low[1:]
    if len(word) <= ACRONYM_LEN and not _common(word):
        return word
    return low if len(low) == len(word) else word


@lru_cache(maxsize=1)
def _auxiliaries() -> frozenset[str]:
    return words("en_function_words", list="auxiliary")


@lru_cache(maxsize=1)
def _known_acronyms() -> frozenset[str]:
    return words("en_acronyms", column="word")
