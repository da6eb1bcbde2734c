"""Word tests and patterns that several rule families of English extraction use.

Hyphen splitting, country names inside a span, acronyms, title words (with a time prefix
or hyphenated: "Then-Finance", "Secretary-General"), verb shapes, ordinals, and the
memoised matching key of a form.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ...text.lexicon import ordered, words
from ...text.normalize import key as _normalize_key
from ...model import Category
from ..aliases import COUNTRY_NAME
from ..vocab import COUNTRIES, DEMONYMS, FAMILY_NAMES, TITLE_WORDS


# A form ending in a dotted abbreviation keeps its period: "U.S.", "Samsung Co.".
DOTTED_END = regex.compile(r"(?:\b\p{Lu}\.){2,}$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr)\.$")


#: endings of nouns that name a kind of person ("Officials", "Critics", "Rapporteur", "Ombudsman")
AGENT_SUFFIXES = tuple(sorted(words("en_function_words", list="agent_suffix")))



# A hyphen between two names ("US-China", "SPD-FDP"), not inside a word
# ("Moo-hyun", "multi-domain").
NAME_HYPHEN = regex.compile(r"[-‐‑–]\s?(?=\p{Lu})")


# Any hyphen (with an optional space after it).
ANY_HYPHEN = regex.compile(r"[-‐‑–]\s?")


# Spelled ordinals: "the Ninth Trilateral Summit" names the series "Trilateral Summit".
ORDINAL_WORDS = words("en_function_words", list="ordinal")

# Cardinal numbers in words: "Two" alone, or "Trillion" after a number ("one Trillion U.S."), is no name.
CARDINALS = words("en_function_words", list="cardinal")

# Prefixes a title word takes with a hyphen and stays a title: "Co-Chair".
ROLE_PREFIXES = words("en_function_words", list="role_prefix")

# Abbreviations of "page" ("p. 12", "pp 3-4", "Pg 88"): a page reference ends a name.
PAGE_ABBREVIATIONS = words("en_function_words", list="page_abbreviation")


# Heads of names an ordinal belongs to (the Second World War is not one of a series of
# "World Wars" the way "the Ninth X Summit" is one of the "X Summit" meetings).
ORDINAL_NAMED_HEADS = words("en_heads", list="ordinal_named")

#: heads that name a company's industry: after common words alone ("New Energy") a field a
#: longer name lists, not a company of its own
INDUSTRY_HEADS = words("en_heads", list="industry", column="word")
#: the head after a business group's own name: "SK Group" and "SK" are one group
GROUP_HEADS = words("en_heads", list="group", column="word")
#: the last two words of a publisher's name: "X University Press" publishes, no periodical
PUBLISHER_HEADS = words("en_heads", list="publisher", column="word")


def _alt(name: str, lst: str) -> str:
    """A regex alternation of the words of one list of `data/NAME.tsv`, in file order."""
    return "|".join(regex.escape(w) for w in ordered(name, list=lst))


# A lower-case verb in the past tense ("dissolved", "said"), after a subject.
PAST_VERB = regex.compile(r"^\p{Ll}+ed$|^(?:" + _alt("en_function_words", "past_irregular") + r")$")


# A gerund or adverb heading a title-case line ("Expanding ...", "Rapidly ...").
VERBISH = regex.compile(r"^\p{Lu}\p{Ll}+(?:ing|ly|ed)$")


# The categories whose names may have such a parenthesised other name.
# Kinds of names whose longer forms keep their kind ("Nordic Iron Gate" after "Iron Gate exercise").
_SERIES_KINDS = frozenset({Category.EVENT, Category.POLICY, Category.AGREEMENT})


#: verbs that introduce what a person says or argues ("X argues", "X's analysis shows")
REPORTING_VERBS = words("en_reporting_verbs")


# The matching key of a form (normalize.key), memoised: forms recur within and across articles.
match_key = lru_cache(maxsize=65536)(_normalize_key)


#: how many characters next to a quote are looked at for the words around it
_NEAR = 200


@lru_cache(maxsize=16384)
def _country_names(text: str) -> tuple[tuple[str, int], ...]:
    """COUNTRY_NAME matches in a span's text: (name, start)."""
    return tuple((m.group(), m.start()) for m in COUNTRY_NAME.finditer(text))


def _has_dash(text: str) -> bool:
    return "-" in text or "–" in text or "‐" in text or "‑" in text


def _hyphen_split(rx, text: str) -> list[str]:
    """rx.split(text) for a pattern that starts with a hyphen (NAME_HYPHEN, ANY_HYPHEN):
    without a hyphen in the text there is nothing to split."""
    if "-" in text or "–" in text or "‐" in text or "‑" in text:
        return rx.split(text)
    return [text]


# A number that can end a name: "301", "2030", "2.0" (see NUMBERED_HEADS).
NAME_NUMBER = regex.compile(r"^\p{N}+(?:\.\p{N}+)?$")


# An East Asian personal name with a hyphenated given name: "Choi Min-jun", "Lee Ha-eun".
HYPHEN_GIVEN_NAME = regex.compile(r"^\p{Lu}\p{Ll}{1,5} \p{Lu}\p{Ll}+-\p{Ll}+$")


def _person_shape(words: list[str]) -> bool:
    """Two or three words that look like a person's name: a hyphenated given name, or a
    common East Asian family name first or last ("Choi Min-jun", "Kim Min Su", "Akiko Sato")."""
    if not 2 <= len(words) <= 3:
        return False
    if HYPHEN_GIVEN_NAME.match(" ".join(words)):
        return True
    return (words[0] in FAMILY_NAMES or words[-1] in FAMILY_NAMES) and \
        all(w[:1].isupper() and w[1:].islower() and w not in COUNTRIES for w in words)


def _head_title(w: str) -> str:
    """An all-capital head word in its title case ("VISION" -> "Vision"), else w."""
    return w.title() if len(w) > 3 and w.isupper() else w


# A time prefix glued to a title: "Then-Finance Minister", "Ex-President", "Former-".
TIME_PREFIX = regex.compile(r"^(?:then|ex|former)-", regex.I)


@lru_cache(maxsize=16384)
def _title_part(w: str, vocab: frozenset[str]) -> bool:
    """A title word of `vocab`, also with a time prefix ("Then-Finance") or as a hyphenated
    compound of title words ("Secretary-General", "Vice-Chairman")."""
    if w in vocab:
        return True
    if "-" not in w:
        return False
    m = TIME_PREFIX.match(w)
    if m:
        return _title_part(w[m.end():], vocab)
    head, _, rest = w.partition("-")
    if head.lower() in ROLE_PREFIXES:
        return _title_part(rest, vocab)      # "Co-Chair", "Co-Director"
    parts = w.split("-")
    return parts[-1] in vocab and all(p in TITLE_WORDS for p in parts)


#: a plural whose singular is this common in English is a kind of people or things
GENERIC_PLURAL_ZIPF = 3.5


@lru_cache(maxsize=16384)
def generic_plural(w: str) -> bool:
    """A capitalised plural of a common English noun ("Scholars", "Researchers",
    "Representatives", "Activities") or of a nation's people ("Scotsmen"): a kind of
    people or things, never one name."""
    if len(w) < 5 or not w.endswith(("s", "men")) or not w[:1].isupper() or not w[1:].islower():
        return False
    from ..general import zipf

    low = w.lower()
    if w[:-1] in DEMONYMS:
        return True         # "Singaporeans": a nation's people
    from ..general import dictionary_adjective

    if dictionary_adjective(w[:-1]):
        return True         # "Confucians", "Taoists": followers, by the dictionary
    if low.endswith("men"):
        return w[:-3] in language_names() or w[:-3] in DEMONYMS   # "Scotsmen": a nation's people
    stems = [low[:-1]]
    if low.endswith("ies"):
        stems.append(low[:-3] + "y")
    elif low.endswith("es"):
        stems.append(low[:-2])
    return any(zipf(st) >= GENERIC_PLURAL_ZIPF for st in stems)


#: the endings of a nation's people's or a creed's followers' nouns (not "Statistics", "Ethics")
PEOPLE_SUFFIXES = ("ist", "ian", "ean", "ite", "ese")


def people_plural(w: str) -> bool:
    """A capitalised plural naming a nation's people or a creed's followers ("Koreans",
    "Confucians", "Taoists"): before names it says what they are ("the Taoists Valmo and
    Kessinzi"), it is no word of theirs."""
    if len(w) < 5 or not w.endswith("s") or not w[:1].isupper() or not w[1:].islower():
        return False
    from ..general import dictionary_adjective

    return w[:-1] in DEMONYMS or (w[:-1].endswith(PEOPLE_SUFFIXES) and dictionary_adjective(w[:-1]))


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """The English names of languages (CLDR, through Babel): "English", "Korean", "Tagalog"."""
    from babel import Locale

    return frozenset(n for n in Locale("en").languages.values() if " " not in n)


from ..categories import ROMAN_NUMERAL  # noqa: E402  (a Roman numeral is no acronym)


#: a model designation, not a name: letters, digits and a letter suffix ("F-15K", "AH-64E",
#: "F-4D/E") or digits and a letter ("4D", "200K", "5G"); "G7", "K2" and "COVID-19" are names
DESIGNATION = regex.compile(r"(?:[A-Z]{1,3}-?\d+[A-Z]{1,2}|\d+[A-Z]{1,2})(?:/[A-Z]{1,2})*")


def _is_designation(w: str) -> bool:
    return bool(DESIGNATION.fullmatch(w))


#: an acronym written with full stops ("U.N.", "E.U."), as AP style writes some
DOTTED_ACRONYM = regex.compile(r"(?:\p{Lu}\.){2,}")


def _dotted_acronym(w: str) -> bool:
    """`w` is an acronym written with full stops, standing alone ("the U.N. said"; not a
    country, "U.S.", which is a place)."""
    return DOTTED_ACRONYM.fullmatch(w) is not None and w not in COUNTRIES


@lru_cache(maxsize=65536)
def _is_acronym(w: str) -> bool:
    if ROMAN_NUMERAL.match(w):
        return False   # "Part II", "chapters III and IV"
    letters = [ch for ch in w if ch.isalpha()]
    return len(letters) >= 1 and len(w) >= 2 and all(ch.isupper() for ch in letters) and \
        (len(letters) >= 2 or any(ch.isdigit() for ch in w)) and "." not in w
