"""The category of a capitalised name from its head noun ("... Agreement" -> agreement)."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..model import Category
from ..text.lexicon import words
from .vocab import COUNTRIES, DEMONYMS, GEO_WORDS, HEAD_CATEGORY

#: Lower-case words that end the first segment of a name ("Ministry | of Foreign Affairs",
#: "Policy Speech | by ...", "Working Group | for ...").
SEGMENT_BREAKS = words("en_function_words", list="segment_break")
#: Lower-case words a name may contain besides SEGMENT_BREAKS-free connectors.
NAME_CONNECTORS = words("en_function_words", list="name_connector")
#: Possessive endings as separate tokens ("Japan" "'s" "Industrial Revolution").
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


#: a Roman numeral of I, V and X (parts, chapters, "World War II")
ROMAN_NUMERAL = regex.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
#: a year of the modern era written in full
_YEAR = regex.compile(r"^(?:1[6-9]|20)\d\d$")


def head_of(words: list[str]) -> str | None:
    """The head noun of a name given as words, or None.

    The last word when the name has no lower-case words but connectors ("Japan-Republic
    of Korea Joint Declaration"); otherwise the last word of the segment before the first
    preposition ("Ministry of Defence of Spain", "Agreement Between ...").
    """
    if not words:
        return None
    return _head_of(tuple(words))


@lru_cache(maxsize=16384)
def _head_of(words: tuple[str, ...]) -> str | None:
    """head_of, memoised by the words (names recur within and across articles)."""
    if len(words) > 3 and words[-2] == "of" and _YEAR.match(words[-1]):
        words = words[:-2]      # a trailing year: "Japan-Republic of Korea Joint Declaration of 1998"
    if len(words) > 3 and words[-2] == "/" and words[-1].isdigit() and words[-3].isdigit():
        words = words[:-2]  # a session and its number: "Resolution 46/1"
    if len(words) > 1 and not any(ch.isalpha() for ch in words[-1]):
        words = words[:-1]  # a trailing number: "Executive Order 14012", "Vision 2030"
        if len(words) > 2 and words[-1] == "." and words[-2] in ("No", "Nos"):
            words = words[:-2]  # "Cabinet Order No. 12"
    elif len(words) > 1 and ROMAN_NUMERAL.match(words[-1]):
        words = words[:-1]      # a trailing Roman numeral: "World War II", "Vatican II"
    last = _head_word(words[-1])
    plain = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_CONNECTORS or w in POSSESSIVES
                for w in words)
    if plain and last in HEAD_CATEGORY:
        return _instrument_head(words) or _event_of(words) or last
    for i, w in enumerate(words):
        if w.lower() in SEGMENT_BREAKS and i > 0:
            h = _head_word(words[i - 1])
            return h if h in HEAD_CATEGORY else None
    return last if last in HEAD_CATEGORY else None


def _instrument_head(words: tuple[str, ...]) -> str | None:
    """The head of an instrument or a body named with what it is about: an act's, an
    agreement's or a body's head before its first complement other than "of" ("Special Act
    on the Investigation of the Valmora Disaster" is an act, not a disaster; "Valmora
    Center for Global Partnership" a body, not an agreement; "Japan-Republic of Korea
    Joint Declaration" keeps its last word; "Memorandum of Cooperation on X" is a memorandum,
    an instrument's head before its "of")."""
    for i, w in enumerate(words):
        if i > 0 and w.lower() in SEGMENT_BREAKS and w.lower() != "of":
            h = _head_word(words[i - 1])
            if HEAD_CATEGORY.get(h) in (Category.AGREEMENT, Category.POLICY, Category.INSTITUTION):
                return h
            k = words.index("of") if "of" in words[1:i] else 0
            if k and HEAD_CATEGORY.get(_head_word(words[k - 1])) in (Category.AGREEMENT, Category.POLICY):
                return _head_word(words[k - 1])
            return None
    return None


def _event_of(words: tuple[str, ...]) -> str | None:
    """The head of an event or an instrument named "of" a place or a body with a head of its
    own: "Battle of Valmora Island" is a battle, "Declaration of the Ostrin Summit" a
    declaration, "Chronicles of the Three Kingdoms" a book (the head before the first "of")."""
    if "of" not in words[1:-1]:
        return None
    h = _head_word(words[words.index("of", 1) - 1])
    return h if HEAD_CATEGORY.get(h) in (Category.EVENT, Category.AGREEMENT, Category.POLICY, Category.PUBLICATION) else None


def _head_word(w: str) -> str:
    """'Cross-Border' -> 'Border'; 'Self-Defense' stays a word of its own."""
    if len(w) > 3 and w.isupper() and w.title() in HEAD_CATEGORY:
        return w.title()  # "VISION" in "Cooperation VISION 2020"
    if w in HEAD_CATEGORY:
        return w          # a hyphenated head of its own: "Government-General"
    if w.endswith("s") and HEAD_CATEGORY.get(w[:-1]) is Category.INSTITUTION:
        return w[:-1]     # the plural of an organisation's head: "Farmers Associations"
    w2 = w.replace("–", "-")     # (an en dash joins parties too: "Japan–Republic")
    return w2.rsplit("-", 1)[-1] if "-" in w2 and w2.rsplit("-", 1)[-1][:1].isupper() else w


def category_of_head(head: str | None) -> Category | None:
    return HEAD_CATEGORY.get(head) if head else None


def is_country(text: str) -> bool:
    return text in COUNTRIES


def is_geographic(words: list[str]) -> bool:
    """All words geographic or countries: 'Northeast Asia', 'Korean Peninsula'."""
    return bool(words) and all(w in GEO_WORDS or w in COUNTRIES for w in words) and \
        words[-1] not in DEMONYMS
