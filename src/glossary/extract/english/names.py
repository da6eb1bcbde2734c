"""Rule family `names`: the capitalised-span chunker and the classification of a span.

Capitalised spans are runs of capitalised words, joined over "of (the)", "for", "on",
"and" when the words around make one name ("Ministry of Economy, Trade and Industry",
"Status of Forces Agreements"), and over "No. 12" in a numbered instrument.  Each span
is classified, in this order: country (or chain of countries), person with a title (the
title is stripped: "Prime Minister X Y" -> "X Y"; see `roles`), name with a head noun,
acronym, publication site, geographic name, or an unknown name (a person when it looks
like one, a place after "in/to/at", or only a reference to something already known).
A sentence-initial word, a month or a day is not a name by itself; a body line that is
a headline is read like a heading.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ...text.lexicon import words
from ..general import (census_given_name, dictionary_adjective, dictionary_title, dictionary_common_noun, dictionary_given_name, dictionary_own_name_word, dictionary_person, dictionary_brand, dictionary_place, dictionary_name_word,
                       dictionary_lower_word, dictionary_surname, dictionary_verb, dictionary_word, hyphenated_given_name, korean_name_first, romanized_compound, zipf as general_zipf)
from ...model import Category
from ..aliases import _singular, group_key
from ..categories import POSSESSIVES, _head_word as _head_word_of, category_of_head, head_of, is_geographic
from ..vocab import (COMPOUND_HEADS, COMMON_COMPOUNDS, COMPANY_WORDS, FACILITY_HEADS, MISSION_HEADS, STATIONED_HEADS, CAMPUS_HEADS, COMMON_ACRONYMS, COUNTRIES, DAYS, DEMONYMS, FIELD_WORDS,
                     GENERIC_GEO, GOVERNMENT_HEADS, GEO_WORDS, HEAD_CATEGORY,
                     LEADING_HEADS,
                     LOWER_HEAD_CATEGORY, MONTHS, NUMBERED_HEADS, OF_TAKERS, OWNED_HEADS, OWNER_OF_HEADS, PLACE_CUES, REPORT_HEADS,
                     STOPWORDS, TITLE_ENDS, TITLE_HEADS, TITLE_WORDS, VESSEL_PREFIXES, VESSEL_SUFFIXES)
from ..credits import outlet_words
from .segments import _Raw, _SegCtx
from .shared import (AGENT_SUFFIXES, CARDINALS, _dotted_acronym, GROUP_HEADS, INDUSTRY_HEADS, PUBLISHER_HEADS, generic_plural, language_names, people_plural, ROMAN_NUMERAL, _country_names, _has_dash, _head_title, _hyphen_split, _is_acronym, _is_designation, _person_shape,
                     _title_part, ANY_HYPHEN, NAME_HYPHEN, NAME_NUMBER, ORDINAL_NAMED_HEADS, ORDINAL_WORDS,
                     PAST_VERB, REPORTING_VERBS, VERBISH)
from .roles import _headline_words, _plural_title, _portfolio_of, ROLE_NOUNS
from .single_names import ABSTRACT_NOUN_SUFFIXES, CLASS_NOUNS, SOLE_INSTITUTIONS, _companion
from .tokens import _ORDINAL_ENDS, _Tok, ORDINAL

#: a website named after its owner: "X Website", "X Official Website", "X Homepage" name X
SITE_NOUNS = words("en_lower_heads", list="site_noun")
SITE_MODIFIERS = words("en_lower_heads", list="site_modifier")

#: lower-case nouns for a span of time: a name right before one dates it ("the Showa era")
PERIOD_NOUNS = words("en_lower_heads", list="period_noun")


# The gaps `_Extractor._joinable` joins two capitalised runs over.
#: prepositions that go on inside a long official name once its head has taken a complement
#: ("Act on the Promotion of Measures against X", "Agreement between A and B concerning C")
COMPLEMENT_CONNECTORS = words("en_function_words", list="complement_connector")




_JOIN_GAPS = (["of"], ["of", "the"], ["of", "a"], ["of", "an"], ["for"], ["on"], ["for", "the"], ["for", "a"],
              ["on", "the"], ["and"], ["&"], [","], [",", "and"], ["to"], ["the"], ["by"], ["at"], ["in"], ["in", "the"],
              ["off"], ["/"],
              *([w] for w in sorted(COMPLEMENT_CONNECTORS)), *([w, "the"] for w in sorted(COMPLEMENT_CONNECTORS)),
              ["and", "on"], ["and", "for"])


#: a monarch's title after the era or reign name ("the Meiji Emperor")
REGNAL_TITLES = words("en_function_words", list="regnal_title")
#: the epithets of rulers after "the" ("Sejong the Great", "Pliny the Elder")
EPITHETS = words("en_function_words", list="epithet")
#: capitalised stopwords that end a name mid-sentence: "USA Today", "America First"
NAME_ADVERBS = words("en_function_words", list="name_adverb")


# "of"-gaps: "Ministry of X", "Session of the Y", "Creation of a New Z".
_OF_GAPS = (["of"], ["of", "the"], ["of", "a"], ["of", "an"])


# The first words of the one- and two-token gaps in _JOIN_GAPS.
_JOIN_FIRST1 = frozenset(gp[0] for gp in _JOIN_GAPS if len(gp) == 1)


_JOIN_FIRST2 = frozenset(gp[0] for gp in _JOIN_GAPS if len(gp) == 2)


# Words before a capitalised run that mark it as a common-noun name, never a person's
# name: "the Master Design and Action Plan" (not "Tanaka and Action Plan").
_DETERMINERS = words("en_function_words", list="determiner")
#: ... the ones before a kind of thing or person, not one named ("a Christian", "his Daoist
#: practice"; "the" names one: "the Hankyoreh")
_KIND_DETERMINERS = _DETERMINERS - {"the", "that", "this", "these"}


# Heads whose names go on with "for"/"on" + a complement: "Plan for a New X", "Act on
# Semiconductors", "Council for Y", "Consultation on Maritime Affairs".
_FOR_ON_HEADS = (Category.INSTITUTION, Category.EVENT, Category.POLICY, Category.AGREEMENT)


# The end of a cited title before its source: ',"' / '",' / "”," (note text).
CITED_SOURCE_BEFORE = regex.compile(r"(?:[,.]\s*[”\"]|[”\"]\s*,)$")


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 currency codes (CLDR via Babel): "USD", "KRW" are units, not names."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


#: an ISO 4217 code (CODE) written as a unit: before or after an amount ("KRW 5", "5 KRW",
#: "$6 million USD"), or beside another code with a slash ("USD/JPY")
CURRENCY_USE = (r"(?<![\p{L}\p{N}])CODE\s?[$¥€£₩]?\d|\d(?:[.,]\d+)?\s?(?:\p{Ll}+\s)?CODE(?![\p{L}])"
                r"|(?<![\p{L}])CODE/\p{Lu}{3}(?![\p{L}])|(?<![\p{L}])\p{Lu}{3}/CODE(?![\p{L}])")


#: a word in capitals at least this long and this common in English is a shouted word
#: ("UPDATE:", "ADDRESS"), not an acronym
SHOUTED_LEN, SHOUTED_ZIPF = 5, 4.0


@lru_cache(maxsize=4096)
def _shouted_word(text: str) -> bool:
    return len(text) >= SHOUTED_LEN and text.isalpha() and general_zipf(text.lower()) >= SHOUTED_ZIPF


def _as_person(text: str, cat: Category) -> tuple[str, str]:
    """(kind, person_name) of a one-word name: a person's surname joins the person's full
    name when the article has exactly one person of that name."""
    return ("person", text) if cat is Category.PERSON else ("name", "")


def _is_year(w: str) -> bool:
    return len(w) == 4 and w.isdigit() and w[:2] in ("17", "18", "19", "20")


def _head_of_word(w: str) -> str:
    """The head noun a (hyphenated) word ends a name with: the word itself when it is a
    head ("Government-General"), else its last part ("Cross-Border" -> "Border"; after an
    en dash too: "Valmora–Republic" -> "Republic")."""
    return w if w in HEAD_CATEGORY else w.replace("–", "-").rsplit("-", 1)[-1]


#: the marks of an era written after a year ("57 BCE", "935 AD")
ERA_MARKS = frozenset(words("en_calendar", list="era"))
#: ... or after a span of time ("the first millennium AD", "the fourth century BCE")
ERA_UNITS = frozenset(words("en_calendar", list="era_unit"))


#: the letters of grades and blood types ("a grade of B.", "type O.")
GRADE_LETTERS = frozenset(words("en_function_words", list="grade_letter"))


#: words after which a capital letter and a full stop is a grade, a type or a label, no initial
INITIAL_BLOCKERS = frozenset(words("en_function_words", list="initial_blocker"))
#: lower-case particles inside personal names ("de", "von", "bin": data/name_particles.tsv)
NAME_PARTICLES = frozenset(words("name_particles"))
#: a French or Italian article elided before a name ("d'Ostrin", "l’Valmo")
ELIDED_ARTICLE = regex.compile(r"^[dl]['’]\p{Lu}\p{Ll}")
#: nouns a grade letter follows ("a grade of B.", "type O.")
GRADE_NOUNS = frozenset(words("en_function_words", list="grade_noun"))


#: prose writes "and": an ampersand between capitalised words joins one name ("Daewoo
#: Shipbuilding & Marine Engineering", "Simon & Schuster") when one of its words is rarer
#: than this in general English (wordfreq's Zipf scale): "Green & Black" are colours
AMPERSAND_COMMON_ZIPF = 4.0


#: a possessive's owner this common in English can be a common noun inside a name ("voter"
#: 4.1, "people" 6.3); below it, unless the article writes it in lower case, it is a name
#: ("Abe" 3.6) that owns the organisation, and no part of its name
OWNER_ZIPF = 4.0
#: ... or, a plural a dictionary translates, at least this common ("Fishermen's Cooperative")
PLURAL_OWNER_ZIPF = 3.0
#: a hyphenated word whose every part English uses this often is no given name ("Post-War")
HYPHEN_WORD_ZIPF = 4.5
#: words after an ordinal in a numbered unit's name ("201st Flying Corps")
MAX_ORDINAL_UNIT_WORDS = 3
#: tokens looked ahead for the "and" that ends a list inside a name
LIST_LOOKAHEAD = 12
#: a would-be person whose every word is this common in English, and no name in a
#: dictionary, is a label ("Actual Period")
COMMON_NAME_WORD_ZIPF = 4.0
#: ... and a would-be person of two words each at least this common, neither a name the
#: dictionaries know, is a title of a work or a label in running text ("Spirited Away")
COMMON_PAIR_WORD_ZIPF = 3.5
#: ... and the last word of a would-be person of two words at least this common, no word of
#: people's names, after a word that is none either, is a thing's (see `_common_noun_last`)
COMMON_LAST_WORD_ZIPF = 3.5


def _common_words_only(words: list[str]) -> bool:
    """Two capitalised common English words of which no dictionary knows either as a word
    of people's names (JMnedict's names, the East Asian family names): a work's title, a
    drill's or a programme's name, not a person ("Iron Tide", "Slam Dunk")."""
    return len(words) == 2 and all(
        w.isalpha() and general_zipf(w.lower()) >= COMMON_PAIR_WORD_ZIPF and not dictionary_name_word(w)
        and not dictionary_given_name(w) for w in words)


def _abstract_noun_last(w: str) -> bool:
    """The last word of a span is an English abstract noun a dictionary glosses ("Forced
    Mobilization", "Rapid Expansion"; data/en_function_words.tsv abstract_noun_suffix): the
    name of a thing, no person's."""
    low = w.lower()
    return low.endswith(ABSTRACT_NOUN_SUFFIXES) and dictionary_lower_word(low) and not dictionary_name_word(w)


def _reported_on(c: _SegCtx, b: int) -> bool:
    """What follows token b speaks of a person: a reporting verb ("X said") or an apposition
    (", a trade adviser")."""
    toks = c.tokens
    nxt = toks[b + 1].text if b + 1 < len(toks) else ""
    nxt2 = toks[b + 2].text.lower() if b + 2 < len(toks) else ""
    return nxt in REPORTING_VERBS or (nxt == "," and nxt2 in _DETERMINERS)


def _common_noun_last(words: list[str]) -> bool:
    """Two capitalised words, the last a common English word (wordfreq; JMdict translates
    it in lower case) that no dictionary knows as a word of people's names
    (`dictionary_name_word`, and no given or family name of any reading), the first no
    such word either, and the two no person's name JMnedict knows: the name of a thing, not
    a person ("Valmora Bridge", "Ostrin Market"; not "Naoto Farm", "Kim Body", nor
    "Tamsin Fish": JMnedict transcribes "Fish" as a name)."""
    if len(words) != 2 or not all(w.isalpha() for w in words) or not words[1][1:].islower():
        return False     # (not an acronym after a brand: "Valmotalk ID")
    first, last = words
    return general_zipf(last.lower()) >= COMMON_LAST_WORD_ZIPF and dictionary_lower_word(last.lower()) and \
        not any(dictionary_name_word(w) or dictionary_own_name_word(w) for w in words) and \
        not dictionary_given_name(first) and not dictionary_person(f"{first} {last}")


#: a sentence-initial word in -ly this common in English is an adverb ("Politically, ...")
ADVERB_ZIPF = 3.0


def _unit_ordinal(c: _SegCtx, a: int, b: int) -> bool:
    """A spelled ordinal that numbers an organisation's unit: "First Valmora Command",
    "Third Field Army" (the rest of the span ends in an institution's head)."""
    toks = c.tokens
    return toks[a].text in ORDINAL_WORDS and \
        category_of_head(head_of([t.text for t in toks[a + 1:b + 1]])) is Category.INSTITUTION


def _place_named(name: str) -> bool:
    """A country or a city a dictionary knows (`dictionary_place`): "Japan", "Seoul"."""
    return name in COUNTRIES or dictionary_place(name)


def _campus(lw: list[str], rw: list[str]) -> bool:
    """Two runs over "at" that name one campus: "University of Valmora" + "Ostrin" (not
    "a talk at Ostrin", "... at Noon")."""
    return lw[0] in CAMPUS_HEADS and "of" in lw and len(rw) <= 2 and \
        not any(w in COUNTRIES or w in MONTHS or w in DAYS for w in rw)


def _owner(c: _SegCtx, b: int) -> bool:
    """Token b is a possessive's owner: "X's" (a capitalised common noun mid-sentence is
    part of a longer name or a heading, and neither owns anything)."""
    toks = c.tokens
    if b and toks[b - 1].text.lower() in _DETERMINERS:
        return False   # "our Nation's", "the Court's": a capitalised common noun's reference
    return b + 1 < len(toks) and toks[b + 1].text in ("'s", "’s") and toks[b + 1].start == toks[b].end


def _serial_after(c: _SegCtx, b: int) -> bool:
    """A number other than a year right after token b: "(QX 417)" is a type code and a
    serial number (a hull, a model), so the letters alone name no organisation."""
    toks = c.tokens
    if b + 1 >= len(toks) or c.text[toks[b].end:toks[b + 1].start] != " ":
        return False
    n = toks[b + 1].text
    return n.isdigit() and not (len(n) == 4 and n[:2] in ("18", "19", "20"))


#: a word rarer than this in English is a proper name's (wordfreq's Zipf scale): after "on"
#: a place, not a subject ("the X Museum on Ulsan-do", not "Conference on Disarmament"); in
#: front of a head, what makes a name one of its own ("Dokdo Research Institute")
PROPER_WORD_ZIPF = 2.5
#: both words of a classical Japanese name "<clan> no <given name>" are below this
#: ("Abe no Nakamaro": "Abe" 3.6) before the dictionary is asked
CLAN_NO_ZIPF = 4.0


def _complete_name(words: list[str]) -> bool:
    """A name of its own: capitalised words that are no connectors before its head ("X
    Research Institute"), not a bare head ("Institute") or a head's complement."""
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[0] not in HEAD_CATEGORY


#: a word at least this common in English is a common noun when capitalised inside a name
#: ("the Courses of Study", "the Cornerstone of Peace"), not a proper name of its own: Zipf 3 is a word
#: general English uses once in a million words (wordfreq)
COMMON_NOUN_ZIPF = 3.0
#: an acronym, "and", then a name with a word below this ("VTX and Ostrin Corp.") is two
#: organisations; with common words only ("PACT and Science Act": "science" 5.1), one name
NAMED_PARTNER_ZIPF = 4.5


def _common_word(w: str) -> bool:
    """A word of general English (Zipf >= COMMON_NOUN_ZIPF), not a country's name."""
    return w.isalpha() and w not in COUNTRIES and general_zipf(w.lower()) >= COMMON_NOUN_ZIPF


def _stationed(words: list[str]) -> bool:
    """One country's forces named with the country they are in: "U.S. Forces Japan"."""
    return len(words) >= 3 and words[0] in COUNTRIES and words[-2] in STATIONED_HEADS and \
        not any(w in COUNTRIES or w in GEO_WORDS for w in words[1:-1])


def _bracketed_tag(c: _SegCtx, a: int) -> bool:
    """Token a is a word in capitals alone in square brackets glued to the text after it, a
    script's or an editor's tag ("[LEAD]The minister said …", "…gifts.[REPORT]A team …")."""
    toks, text = c.tokens, c.text
    t = toks[a]
    return text[t.start - 1:t.start] == "[" and text[t.end:t.end + 1] == "]" and \
        text[t.end + 1:t.end + 2].isalpha()


def _unit_label(c: _SegCtx, a: int) -> bool:
    """Token a stands alone in round brackets: a column's unit ("Amount (KRW)") when it is a
    currency's code."""
    t, text = c.tokens[a], c.text
    return text[t.start - 1:t.start] == "(" and text[t.end:t.end + 1] == ")"


def _era_mark(c: _SegCtx, a: int, text: str) -> bool:
    """Token a is an era's mark after a year or a span of time ("935 AD", "57 BCE", "the
    first millennium AD"); "BC Hydro" is a name."""
    prev = c.tokens[a - 1].text if a else ""
    return text in ERA_MARKS and (prev[:1].isdigit() or prev.rsplit("-", 1)[-1] in ERA_UNITS)


def _joinable_symbol(c: _SegCtx, left: list[int], right: list[int], gap: list[str], lw: list[str],
                     rw: list[str]) -> bool:
    """Two runs over "&" or "/".  "&": one name; in a heading or a list only with a word rare
    in English (_rare_word_in).  "/": two names of one thing sharing its head, "the
    Senkaku/Diaoyu Islands" (not countries: "Japan/Korea")."""
    toks = c.tokens
    if gap == ["&"]:
        return not all(w in COUNTRIES for w in rw) and (_rare_word_in(lw + rw) or (
            not c.title_ctx and c.text[toks[left[1]].end:toks[right[0]].start] == " & "))
    return len(lw) == 1 and len(rw) >= 2 and c.text[toks[left[1]].end:toks[right[0]].start] == "/" and \
        lw[0] not in COUNTRIES and rw[0] not in COUNTRIES and \
        (_head_of_word(rw[-1]) in HEAD_CATEGORY or rw[-1] in GEO_WORDS)


#: the short prepositions of a name's complement that running text may capitalise too ("the
#: Valmora Chamber Of Commerce")
_OF_WORDS = ("of", "for", "on")


def _capitalised_connector(c: _SegCtx, k: int, a: int) -> bool:
    """Token k is a preposition of a name's complement ("against", "through", "of") that
    running text capitalises inside a name that starts at token a after "the", between
    capitalised words: "the Violence Against Women in War Network", "the Campaign Against
    Valmora Dams" (a heading, a headline or a title capitalises every long word: there it
    splits, as after a name's start without a determiner, "Sentiment Towards X")."""
    toks = c.tokens
    w = toks[k].text
    return not c.title_ctx and w[1:].islower() and (w.lower() in COMPLEMENT_CONNECTORS or w.lower() in _OF_WORDS) and \
        0 < a < k < len(toks) - 1 and \
        toks[a - 1].text.lower() in _DETERMINERS and \
        toks[k - 1].cap and toks[k + 1].cap and c.text[toks[k].end:toks[k + 1].start] == " " and \
        toks[k + 1].text.lower() not in STOPWORDS


def _list_ends_in_and(toks: list[_Tok], k: int) -> bool:
    """From k on, commas and capitalised words run to an "and" ("…, Trade, and Industry")."""
    for t in toks[k:k + LIST_LOOKAHEAD]:
        if t.text in ("and", "&"):
            return True
        if t.text != "," and not t.cap:
            return False
    return False


def _owned_head(toks: list[_Tok], k: int) -> bool:
    """The capitalised word at k, alone, is a head any possessive owner starts a name of
    ("Valentine's Day", "Parents' Day", "New Year's Eve")."""
    return toks[k].text in OWNED_HEADS and not (k + 1 < len(toks) and toks[k + 1].cap)


def _common_words(words: list[str]) -> bool:
    """Two or more capitalised common words ("Naval Education"): a list item after a comma
    made of them is the start of a name ("..., Naval Education and Training Command"), not
    a name of its own."""
    return len(words) >= 2 and all(_common_word(w) and w not in DEMONYMS for w in words)


def _after_the(c: _SegCtx, a: int) -> bool:
    """Token a follows "the"."""
    return a > 0 and c.tokens[a - 1].text.lower() == "the"


def _list_head(w: str) -> bool:
    """A head whose complement may be a list of words: an organisation, an agreement, a
    policy or an event ("Ministry of X, Y and Z", "Treaty on X, Y and Z")."""
    return HEAD_CATEGORY.get(_head_of_word(w)) in (Category.INSTITUTION, Category.AGREEMENT, Category.POLICY,
                                                    Category.EVENT)


def _body_head(w: str) -> bool:
    """`w` is the head of a body's name, or its plural ("Council", "Centers")."""
    return HEAD_CATEGORY.get(w) is Category.INSTITUTION or \
        (w.endswith("s") and w not in HEAD_CATEGORY and HEAD_CATEGORY.get(_singular(w)) is Category.INSTITUTION)


#: auxiliary verbs ("must", "will"): a headline's verb follows one
AUXILIARIES = words("en_function_words", list="auxiliary")


def _body_aim(gap: list[str], lw: list[str], last_h: str) -> bool:
    """A body's "for" and its aim go on in a headline as in a sentence: "The Valmora
    Foundation for Policy Research", "The Ostrin Council for Justice and Remembrance"."""
    if gap[0] == "for" and _body_head(last_h):
        return True
    # (the aim's own words, its second "for" and its country: "... for the Issues of X by Valmora")
    return gap[0] in ("and", "for", "by") and any(w == "for" and _body_head(lw[k - 1]) for k, w in enumerate(lw) if k)


def _early_join(toks: list[_Tok], left: list[int], right: list[int], g: int) -> bool | None:
    """What decides a join before the gap's words are read: a gap of more than two tokens (or
    none) joins nothing (see _JOIN_GAPS), nor does a day of the month alone after the gap
    ("the X Office on the 7th"); two plural owners of one head join (`_shared_head_owners`);
    None when neither."""
    if g > 2 or g < 1:
        return False
    if right[0] == right[1] and ORDINAL.match(toks[right[0]].text):
        return False
    if g == 2 and toks[left[1] + 1].text in ("'", "’") and toks[left[1] + 2].text == "and":
        return _shared_head_owners(toks, left, right)
    return None


def _shared_head_owners(toks: list[_Tok], left: list[int], right: list[int]) -> bool:
    """Two plural owners of one head: "the X Finance Ministers' and Central Bank Governors'
    Meeting" (the left run ends in a plural before its apostrophe, the right one in a head
    noun after a plural possessive of its own)."""
    last = toks[left[1]].text
    return last.endswith("s") and last[:1].isupper() and toks[right[1]].text in HEAD_CATEGORY and \
        any(t.text in ("'", "’") and toks[k - 1].text.endswith("s") for k, t in enumerate(toks[right[0]:right[1]], right[0]) if k)


def _joinable_for_on(gap: list[str], lw: list[str], rw: list[str], last_h: str) -> bool:
    """Two runs over "for"/"on" (the): a head that takes a complement ("Plan for X", "Act
    on Y", "Council for Justice and Remembrance" + "for the Issues ..."; the plural of a
    body's head too: "Centers for Disease Control")."""
    cat = HEAD_CATEGORY.get(last_h)
    if cat is None and _body_head(last_h):
        cat = Category.INSTITUTION
    if cat is None and gap[0] == "for" and any(w in ("for", "of", "on") for w in lw) and \
            not all(w in COUNTRIES for w in rw):
        last_h = head_of(lw) or last_h     # the name's head
        cat = HEAD_CATEGORY.get(last_h)
    elif cat is None and gap[0] == "on" and "of" in lw and \
            HEAD_CATEGORY.get(head_of(lw) or "") in (Category.AGREEMENT, Category.POLICY):
        last_h = head_of(lw) or last_h     # an instrument's second complement: "Memorandum of Cooperation on X"
        cat = HEAD_CATEGORY.get(last_h)
    # (not before a name of another kind: "nominated the X Mines for the Y List"; not a
    # place after a name of its own: "the X Museum on Y-island")
    if gap[0] == "on" and last_h in FACILITY_HEADS:
        return False        # a building or site, then where it is: "the X Air Base on Okinawa"
    if gap == ["for"] and any(_title_part(w, TITLE_ENDS) for w in lw):
        return True         # a title and its portfolio: "Minister (of State) for Foreign Affairs" (roles splits the name)
    return (cat in _FOR_ON_HEADS or (last_h in REPORT_HEADS and gap[0] == "on")) and \
        last_h not in ("Party", "Government") and \
        HEAD_CATEGORY.get(rw[-1]) not in (Category.OTHER, Category.PLACE) and \
        not (gap == ["on"] and _complete_name(lw) and len(rw) == 1 and
             general_zipf(rw[0].lower()) < PROPER_WORD_ZIPF)


def _joinable_complements(c: _SegCtx, right: list[int], gap: list[str], lw: list[str], rw: list[str]) -> bool:
    """Two runs over a preposition that goes on inside a long name (`_joinable_complement`),
    a second complement ("... and on Economic Co-operation"), or "by" and the country that
    ends a complement ("Issues of Military Sexual Slavery by Japan")."""
    if gap[0] in COMPLEMENT_CONNECTORS:
        return _joinable_complement(c, lw, rw)
    if gap in (["and", "on"], ["and", "for"]):
        return _joinable_complement(c, lw, rw) and any(w in ("on", "for") for w in lw)
    if gap == ["by"]:
        toks = c.tokens
        # (the country alone or with its epithet: "by Imperial Japan")
        party = rw[0] in COUNTRIES if len(rw) == 1 else (len(rw) == 2 and rw[1] in COUNTRIES and rw[0][1:].islower()
                                                          and rw[0] not in COUNTRIES and rw[0] not in GEO_WORDS)
        return party and any(w in ("of", "for", "on") for w in lw) and \
            HEAD_CATEGORY.get(head_of(lw) or "") in _FOR_ON_HEADS and \
            not (right[1] + 1 < len(toks) and toks[right[1] + 1].cap)
    return False


def _joinable_to_the(c: _SegCtx, left: list[int], right: list[int], g0: str) -> bool:
    """Two runs over "to" or "the": an organisation named by its aim ("Society to Protect
    the X"), the aim's object ("Society to Protect" + "the X"), a ruler's epithet
    ("Gwanggaeto the Great"), a gerund's object inside an act's complement ("Special Act on
    Strengthening" + "the" + "Competitiveness of X")."""
    toks = c.tokens
    if g0 == "to":
        return HEAD_CATEGORY.get(toks[left[1]].text) is Category.INSTITUTION and right[0] == right[1] and \
            toks[right[0]].text not in COUNTRIES and right[1] + 1 < len(toks) and \
            toks[right[1] + 1].text == "the" and not c.title_ctx
    if right[0] == right[1] and toks[right[0]].text in EPITHETS and left[1] - left[0] <= 2:
        return True
    if left[1] - left[0] >= 2 and toks[left[1] - 1].text == "to" and \
            HEAD_CATEGORY.get(toks[left[1] - 2].text) is Category.INSTITUTION:
        return True
    return _gerund_complement(toks, left) and not c.title_ctx


#: ... or one English uses at least this commonly in the singular
AGENT_ZIPF = 3.0


def _agent_plural(w: str) -> bool:
    """A capitalised plural of a noun for a kind of person: "Officials", "Critics",
    "Lawmakers", "Legislators" (a common plural, or one JMdict glosses or English uses in
    the singular)."""
    stem = w[:-1].lower()
    return w.endswith("s") and stem.endswith(AGENT_SUFFIXES) and \
        (generic_plural(w) or (w[1:].islower() and (dictionary_lower_word(stem) or general_zipf(stem) >= AGENT_ZIPF)))


def _gerund_complement(toks: list[_Tok], left: list[int]) -> bool:
    """The run ends in a gerund that is the complement of a head ("Act on Strengthening",
    "Committee for Promoting", "Law concerning Preventing"): its object follows."""
    k = left[1]
    w = toks[k].text
    return k - left[0] >= 2 and w.endswith("ing") and w[:1].isupper() and \
        (toks[k - 1].text in ("on", "for") or toks[k - 1].text in COMPLEMENT_CONNECTORS) and \
        HEAD_CATEGORY.get(_head_of_word(toks[k - 2].text)) in (Category.AGREEMENT, Category.POLICY, Category.INSTITUTION)


#: how many dictionary entries of a word to search for its verb sense before an acronym
#: ("Support WTO ...": "support" is mostly a noun)
VERB_LOOKUP_DEEP = 50


#: a portfolio of a committee's list is an English word at least this common (or an acronym)
PORTFOLIO_ZIPF = 3.0


def _portfolio_list(toks: list[_Tok], a: int, k: int) -> bool:
    """From token a, three or more portfolios, one word each (a common English word or an
    acronym; no body's own head but an industry: not "the Army, Navy and Air Force"), listed
    with commas and "and", then a body's head right after the last one, or after one or two
    common words: "Trade, Industry, Energy, SMEs and Startups Committee", "Materials, Parts
    and Equipment Competitiveness Committee" (k: where the next item starts)."""
    items, i, n = 0, a, len(toks)
    while i < n and i < a + 4 * LIST_LOOKAHEAD:
        w = toks[i].text
        if not toks[i].cap or not (w.isupper() or w.rstrip("s").isupper() or general_zipf(w.lower()) >= PORTFOLIO_ZIPF) \
                or w in COUNTRIES or (HEAD_CATEGORY.get(w) is Category.INSTITUTION and w not in INDUSTRY_HEADS):
            return False
        items += 1
        m = i + 1       # the head ends the list, maybe after one or two common words
        while m < n and m <= i + 3 and toks[m].cap:
            if HEAD_CATEGORY.get(_head_of_word(toks[m].text)) is Category.INSTITUTION:
                return items >= 3 and i + 1 >= k
            if not _common_word(toks[m].text):
                break
            m += 1
        j = i + 1
        while j < n and toks[j].text in (",", "and"):
            j += 1
        if j == i + 1 or j >= n:
            return False
        i = j
    return False


def _instrument_in(lw: list[str], rw: list[str]) -> bool:
    """An act's or an agreement's complement goes on over "in" to what is no place a
    dictionary or the country list knows: "Act on the Protection of Fishing Vessels" + "in"
    + "Distant Waters" (not "... in Valmora", "... in New York")."""
    if HEAD_CATEGORY.get(head_of(lw) or "") not in (Category.AGREEMENT, Category.POLICY) or \
            not any(w in ("on", "for", "of") for w in lw[1:]):
        return False
    name = " ".join(rw)
    return len(rw) >= 2 and name not in COUNTRIES and not dictionary_place(name) and \
        all(general_zipf(w.lower()) >= PROPER_WORD_ZIPF for w in rw)


def _cause_in(lw: list[str], rw: list[str]) -> bool:
    """After "the", a cause in common words, "in", then common words ending in a body's head
    (and maybe its country): one body named by its cause, "the Violence Against Women" +
    "in" + "War Network Japan", "the Women" + "in" + "Science Association" (not after a
    name: "the Valmora Group in Ostrin City Council")."""
    own = rw[:-1] if len(rw) > 2 and rw[-1] in COUNTRIES else rw
    return len(own) >= 2 and HEAD_CATEGORY.get(own[-1]) is Category.INSTITUTION and \
        all(_common_word(w) and HEAD_CATEGORY.get(w) is not Category.INSTITUTION and w not in DEMONYMS
            for w in (*lw, *own[:-1]))


def _joinable_complement(c: _SegCtx, lw: list[str], rw: list[str]) -> bool:
    """Two runs over a preposition of COMPLEMENT_CONNECTORS ("against", "concerning", ...):
    one long official name when the left one is an instrument, a body or a programme that
    has already taken its complement ("Act on Promotion of Measures" + "against" +
    "Declining Birthrate"; "Agreement between A and B" + "concerning the" + "Settlement
    of X"), or an agreement's head alone ("Agreement concerning X"); not before a
    country alone ("the Council for Victims against Valmora": a lawsuit's party)."""
    head = head_of(lw)
    cat = HEAD_CATEGORY.get(head or "")
    if cat not in (Category.AGREEMENT, Category.POLICY, Category.INSTITUTION):
        return False
    if " ".join(rw) in COUNTRIES or (len(rw) == 1 and rw[0] in DEMONYMS):
        return False
    took = any(w in ("of", "for", "on", "between") for w in lw[1:])
    return took or (len(lw) == 1 and cat is Category.AGREEMENT)


def _indefinite(c: _SegCtx, a: int) -> bool:
    """Does an indefinite article stand before the span at token a, maybe over other
    capitalised words joined by "and" or a comma ("is a Senior Fellow", "a Research Fellow
    and Visiting Scholar")?  What follows "a" is a kind of person, not one person's name."""
    toks = c.tokens
    k = a - 1
    while k >= 0 and a - k <= 8:
        w = toks[k].text
        if w in ("a", "an"):
            return True
        if not (toks[k].cap or w in ("and", ",")):
            return False
        k -= 1
    return False


def _clan_no_name(clan: str, given: str) -> bool:
    """'<clan> no <given name>' is one Japanese name of the classical form when a Japanese
    dictionary (JMnedict) knows the person so ("Sugawara no Michizane" 菅原道真): a party,
    a film or a rally named "<word> no <word>" is not one; two words English hardly uses
    (Zipf < CLAN_NO_ZIPF) first, so that "Japan no Longer" costs no lookup."""
    if not (clan.isalpha() and given.isalpha()) or max(general_zipf(clan), general_zipf(given)) >= CLAN_NO_ZIPF:
        return False
    return dictionary_person(f"{clan} no {given}")


#: the last word of a company named after its city is an English noun at least this common
TRADE_NOUN_ZIPF = 3.0


def _place_named_firm(words: list[str]) -> bool:
    """"Osaka Gas", "Nagoya Railroad", "Tokyo Electron": a city a dictionary knows, then
    capitalised words the last of which is an ordinary English noun (JMdict glosses it in
    lower case) that heads no other kind of name (no ministry, bay, era or election): a
    company named after its city -- neither a person (no given name first) nor the place."""
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    first, last = words[0], words[-1]
    if not last.isalpha() or not last[1:].islower() or last in HEAD_CATEGORY or last in GEO_WORDS or \
            last in TITLE_WORDS or last in COUNTRIES or last in DEMONYMS or last in MONTHS or last in DAYS:
        return False
    low = last.lower()
    if low in LOWER_HEAD_CATEGORY or low in PERIOD_NOUNS or general_zipf(low) < TRADE_NOUN_ZIPF or \
            generic_plural(last) or dictionary_adjective(last):
        return False     # ("the Valmora Socialist party", "Valmora Workers' Party": a part of a name)
    return dictionary_place(first) and not dictionary_given_name(first) and dictionary_lower_word(low) and \
        not dictionary_surname(last)


#: the word after a hyphen that makes a modifier of a name is this common in English
MODIFIER_TAIL_ZIPF = 3.0


def _english_tail(tail: str) -> bool:
    """The part after a name's hyphen is an English word ("-led", "-based", "-era",
    "-skeptic"): a modifier, not a name's syllables ("Kore-eda")."""
    return general_zipf(tail) >= MODIFIER_TAIL_ZIPF or dictionary_lower_word(tail)


def _korean_surname_at(c: _SegCtx, i: int) -> bool:
    """Token i is a Korean surname before a hyphenated given name, one space apart."""
    toks = c.tokens
    return i + 1 < len(toks) and len(toks[i].text) <= 5 and "-" in toks[i + 1].text and \
        toks[i + 1].start == toks[i].end + 1 and korean_name_first(toks[i].text, toks[i + 1].text)


def _rare_word_in(words: list[str]) -> bool:
    return any(w[:1].isalpha() and general_zipf(w) < AMPERSAND_COMMON_ZIPF for w in words)


def _dates_a_period(c: _SegCtx, b: int) -> bool:
    """The span ending at token b is followed by a noun for a span of time ("era",
    "period"): it dates that time ("the Meiji period onwards")."""
    toks = c.tokens
    return b + 1 < len(toks) and toks[b + 1].text in PERIOD_NOUNS and c.text[toks[b].end:toks[b + 1].start] == " "


def _after_a_number(toks: list[_Tok], a: int) -> bool:
    """Token a follows a number ("one Trillion", "5 Billion", "a Million")."""
    if a == 0 or toks[a - 1].kind != "word":
        return False
    prev = toks[a - 1].text.lower()
    return prev in CARDINALS or prev == "a" or prev[:1].isdigit()


#: the words before a periodical a writer writes for ("a columnist for", "contributing to")
OUTLET_CUES = words("en_lower_heads", list="outlet_cue")
#: what may follow an item of a list
LIST_ENDS = (",", ".", ";", "and", "or", ")", "&")
#: how many tokens of a list of periodicals are looked through back to its cue
OUTLET_LIST_TOKENS = 40


def _after_outlet_cue(c: _SegCtx, a: int) -> bool:
    """The span at token a is a periodical the writer writes for: a cue ("writes for",
    data list outlet_cue) stands before it, or before the list it is an item of ("contributing
    to A, B, The C and D"), over capitalised words, commas, "and" and "the" only."""
    toks = c.tokens
    k, seen = a - 1, 0
    while k >= 1 and seen < OUTLET_LIST_TOKENS and (toks[k].text in (",", "and", "&", "the", "The") or
                                                    (toks[k].cap and toks[k].kind == "word")):
        k, seen = k - 1, seen + 1
    return k >= 1 and f"{toks[k - 1].text} {toks[k].text}".lower() in OUTLET_CUES


def _who_follows(c: _SegCtx, k: int) -> bool:
    """Token k is "who" or "whose", maybe after a comma: a person was just named."""
    toks = c.tokens
    nxt = toks[k].text if k < len(toks) else ""
    nxt2 = toks[k + 1].text if k + 1 < len(toks) else ""
    return nxt == "," and nxt2 in ("who", "whose") or nxt in ("who", "whose")


def _qualifies_a_name(c: _SegCtx, a: int) -> bool:
    """Token a, an abbreviation with full stops, follows a capitalised word, or one and a
    comma: it qualifies that name ("Washington, D.C."), no name of its own."""
    toks = c.tokens
    k = a - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    return k >= 0 and toks[k].cap and c.text[toks[k].end:toks[a].start].strip() in ("", ",")


#: what goes between the countries of a list: ", ", " and ", ", and ", each maybe with "the "
_LIST_LINK = regex.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")
#: the words after a link that may name a country (the longest country name first)
_LIST_WORDS = regex.compile(r"\p{Lu}[\p{L}.'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’\-]*){0,3}")


def _country_list_after(text: str, e: int, words: list[str]) -> int:
    """An instrument or a meeting "of" a country goes on over the list of the other
    countries that made it: "the Joint Statement of Valmora, the Republic of Ostrin, and the
    United States" -> the end of the list (offset), or `e` when the name ends a country
    short of a list ending in "and"."""
    k = words.index("of", 1)
    if not any(" ".join(words[i:]) in COUNTRIES for i in range(k + 1, len(words))):
        return e
    end, pos, closed = e, e, False
    while not closed:
        link = _LIST_LINK.match(text, pos)
        if link is None:
            break
        m = _LIST_WORDS.match(text, link.end())
        if m is None:
            break
        cand = m.group().split()
        for n in range(len(cand), 0, -1):     # the longest run of its words that is a country
            name = " ".join(cand[:n])
            if name not in COUNTRIES and name.endswith("."):
                name = name[:-1]       # (the sentence's full stop, not an abbreviation's)
            if name in COUNTRIES:
                pos = link.end() + len(name)
                closed = "and" in link.group().split()
                end = pos if closed else end
                break
        else:
            break
    return end


def _initials(w: str) -> bool:
    """`w` is a person's initials written as one word, before the family name ("E.B.",
    "J.R.R."): two or three capitals each with a full stop (not a ship's prefix, "S.S.")."""
    return 4 <= len(w) <= 6 and _dotted_acronym(w) and w.replace(".", "") not in VESSEL_PREFIXES


def _acronym_pieces(tt: str) -> list[str]:
    """The pieces of a hyphenated token that may be acronyms of their own ("SPD-FDP" ->
    SPD, FDP).  A code is one name ("COVID-19", "F-35", "XQ-12B", not "COVID"); a final
    piece of one or two letters is a variant of the name before it ("JDAM-ER"), not a
    name; three or more capitalised syllables are one word spelled out or shouted
    ("GAHM-SAH-HAHM-NIDA"), no acronyms at all."""
    parts = ANY_HYPHEN.split(tt)
    if any(ch.isdigit() for p in parts for ch in p):
        return [tt]
    if len(parts) >= 3 and all(p.isalpha() and p.isupper() for p in parts):
        return []
    if len(parts) >= 2 and len(parts[-1]) <= 2 and parts[-1].isupper():
        return parts[:-1]
    return parts


class _Names:
    def _capitalised_spans(self, c: _SegCtx, suppressed: list[tuple[int, int]],
                           title_ranges: list[tuple[int, int]], named: list[tuple[int, int]],
                           cited: list[tuple[int, int]]) -> None:
        """Each capitalised span of a segment that no earlier rule covered, classified."""
        for a, b in self._spans(c):
            if a < b and people_plural(c.tokens[a].text) and c.tokens[a + 1].cap:
                a += 1   # "the Taoists Valmo and Kessinzi": what they are, then their names
            a2 = a
            while a2 < b and ((c.tokens[a2].text.lower() in STOPWORDS and c.tokens[a2].text[1:].islower()
                               and not self._the_ordinal(c, a2))
                              or (c.tokens[a2].text[-2:] in _ORDINAL_ENDS and ORDINAL.match(c.tokens[a2].text))):
                a2 += 1
            s, e = c.tokens[a2].start, c.tokens[b].end
            if (suppressed and any(x <= s and e <= y for x, y in suppressed)) or \
                    (named and any(x <= s and e <= y and (e == y or s == x) for x, y in named)):
                continue
            in_title = c.title_ctx or (bool(title_ranges) and any(x <= s and e <= y for x, y in title_ranges))
            self._cited = bool(cited) and any(x <= s and e <= y for x, y in cited)
            self._span(c, a, b, in_title)

    def _spans(self, c: _SegCtx) -> list[tuple[int, int]]:
        """The capitalised spans of a segment: (first, last) token of each run, runs
        merged over connectors (`_joinable`) and "between A and B" (`_join_between`)."""
        toks, text = c.tokens, c.text
        runs: list[list[int]] = []
        nxt, n = 0, len(toks)
        brands = self.brands
        # A run starts at a "startable" token: capitalised, not a month or a day, not a
        # capitalised function word ("The").  Only capitalised tokens can start a run: visit
        # those, in order, skipping the ones a previous run took (what stepping over every
        # token one by one would do)
        for i in (c.caps if c.caps is not None else [k for k, t in enumerate(toks) if t.cap]):
            if i < nxt:
                continue
            w = toks[i].text   # startable? (the token is capitalised)
            dated = w in MONTHS and self._dated_name(c, i)
            if _korean_surname_at(c, i):
                pass      # "An Cheol-min", "Do Jong-hwan": a surname that is also an English word
            elif (w in MONTHS and not dated) or (w in DAYS and not self._day_name(c, i)) or \
                    (w.lower() in STOPWORDS and (w[1:].islower() or len(w) == 1) and not self._the_ordinal(c, i)
                     and not (w in ORDINAL_WORDS and i + 1 < n and toks[i + 1].cap and
                              _unit_ordinal(c, i, self._run_end(c, i + 1)))):
                continue
            j = self._run_end(c, i + 1 if dated else i)
            if j + 1 < n and toks[j + 1].start == toks[j].end + 1:
                nt = toks[j + 1]
                if brands and brands.get(nt.text) == toks[j].text:
                    j += 1  # "AB widgets"
                elif nt.text[0].isdigit() and nt.kind == "word" and NAME_NUMBER.match(nt.text) and \
                        (_head_title(toks[j].text) in NUMBERED_HEADS or "." in nt.text or
                         (toks[j].text in HEAD_CATEGORY and j > i and len(nt.text) <= 4)):
                    j += 1  # "Executive Order 14012", "Section 301", "Civil Chamber 15", "Reform 2.0"
                    if j + 2 < n and toks[j + 1].text == "/" and toks[j + 1].start == toks[j].end and \
                            toks[j + 2].start == toks[j + 1].end and toks[j + 2].text.isdigit():
                        j += 2   # a session and its number: "Resolution 46/1"
            if j + 2 < n and toks[j + 1].text == "of" and _is_year(toks[j + 2].text) and \
                    (HEAD_CATEGORY.get(_head_of_word(toks[j].text)) in (Category.AGREEMENT, Category.POLICY) or
                     (j == i and HEAD_CATEGORY.get(toks[j].text) is Category.EVENT)) and \
                    text[toks[j].end:toks[j + 2].start] == " of " and "names" not in self.off:
                j += 2  # "Treaty of 1910", "Act of 1965", "the War of 1812": the year is part of the name
            if j > i and toks[j - 1].text in HEAD_CATEGORY and self._subject_after_name(c, j):
                runs.append([i, j - 1])   # "the X Foundation Oslo dissolved": "Oslo" is the subject
                runs.append([j, j])
            else:
                runs.append([i, j])
            nxt = j + 1
        # merge runs over connectors
        merged: list[list[int]] = []
        for r in runs:
            if merged and self._joinable(c, merged[-1], r):
                merged[-1][1] = r[1]
            else:
                merged.append(r)
        if "between" in text:
            merged = self._join_after_between(c, self._join_between(c, merged))
        return [(a, b) for a, b in merged]

    def _join_after_between(self, c: _SegCtx, merged: list[list[int]]) -> list[list[int]]:
        """A long name goes on after its "between A and B": "... concerning the Settlement of X"."""
        toks = c.tokens
        joined: list[list[int]] = []
        for r in merged:
            if joined and toks[joined[-1][1] + 1].text in COMPLEMENT_CONNECTORS and self._joinable(c, joined[-1], r):
                joined[-1][1] = r[1]
            else:
                joined.append(r)
        return joined

    def _dated_name(self, c: _SegCtx, i: int) -> bool:
        """Token i, a month, begins a name dated by the day it recalls: "March 1st
        Movement", "July 4 Joint Statement", "April 19 Revolution" — a day number and
        capitalised words ending in a head noun follow."""
        toks, text = c.tokens, c.text
        if i + 2 >= len(toks) or "names" in self.off:
            return False
        day = toks[i + 1].text
        if not ((day.isdecimal() and 1 <= int(day) <= 31) or ORDINAL.match(day) or day in ORDINAL_WORDS):
            return False
        j = i + 2
        while j < len(toks) and toks[j].cap and text[toks[j - 1].end:toks[j].start] == " ":
            j += 1
        return j > i + 2 and _head_word_of(toks[j - 1].text) in HEAD_CATEGORY

    def _day_name(self, c: _SegCtx, i: int) -> bool:
        """Token i, a weekday, begins a name: capitalised words ending in a head noun follow
        ("the Wednesday Demonstrations", "Black Monday" is not this)."""
        toks, text = c.tokens, c.text
        j = i + 1
        while j < len(toks) and toks[j].cap and text[toks[j - 1].end:toks[j].start] == " ":
            j += 1
        return j > i + 1 and _head_word_of(toks[j - 1].text) in HEAD_CATEGORY and "names" not in self.off

    def _run_end(self, c: _SegCtx, i: int) -> int:
        """The last token of the capitalised run that starts at token i: it goes on over
        capitalised words (not a month, a day or a function word), "No. 12", a possessive
        inside a name, a middle initial, a plural possessive."""
        toks, text = c.tokens, c.text
        n = len(toks)
        j = i
        while j + 1 < n:
            nt = toks[j + 1]
            gap = text[toks[j].end:nt.start]
            # a numbered instrument: "Cabinet Order No. 12", "Notice No. 7"
            if nt.text in ("No", "Nos") and gap == " " and j + 3 < n and toks[j + 2].text == "." and \
                    NAME_NUMBER.match(toks[j + 3].text) and text[toks[j + 2].end:toks[j + 3].start] == " " \
                    and "names" not in self.off:
                j += 3
                break
            if nt.cap and gap == " ":
                w = nt.text   # startable?
                if not (self._month(toks, j + 1) or self._weekday(toks, j + 1) or
                        (w.lower() in STOPWORDS and w[1:].islower())) or \
                        self._inner_ordinal(c, j + 1) or self._calendar_surname(toks, i, j) or \
                        (_capitalised_connector(c, j + 1, i) and "names" not in self.off) or \
                        self._adverb_last(c, j + 1):
                    j += 1
                    continue
            if nt.kind == "poss" and gap == "" and self._owner_inside(c, i, j):
                j += 2
                continue
            if gap == " " and (k := self._particle_join(c, j)) is not None:
                j = k
                continue
            # a Japanese name of the classical form "<clan> no <given name>" ("Ono no Komachi")
            if j == i and nt.text == "no" and gap == " " and j + 2 < n and toks[j + 2].cap and \
                    text[nt.end:toks[j + 2].start] == " " and _clan_no_name(toks[j].text, toks[j + 2].text) and \
                    "names" not in self.off:
                j += 2
                continue
            # a middle initial: "George W. Bush", "Peter J. Katzenstein"; or leading ones before
            # a name: "K. N. Ostrin", "J. Tarvik" (not "World War I. The ...")
            if nt.kind == "punct" and nt.text == "." and gap == "" and len(toks[j].text) == 1 and \
                    toks[j].text.isupper() and j + 2 < n and toks[j + 2].cap and \
                    text[nt.end:toks[j + 2].start] == " " and \
                    (j > i or self._leading_initial(c, i)):
                j += 2
                continue
            # a plural possessive inside a name: "Farmers' Union of X", "Veterans’ League"
            # (not a body's own body: "the Marine Corps' X Air Station" is two names)
            if nt.kind == "punct" and nt.text in "'’" and gap == "" and toks[j].text.endswith("s") and \
                    j + 2 < n and toks[j + 2].cap and text[nt.end:toks[j + 2].start] == " " and \
                    HEAD_CATEGORY.get(toks[j].text) is not Category.INSTITUTION and \
                    (self._owned_name_head(toks, j + 2, any_head=_plural_title(toks[j].text)) or
                     _owned_head(toks, j + 2)):
                j += 2      # (a meeting of office holders too: "Finance Ministers' Meeting")
                continue
            break
        return j

    def _owner_inside(self, c: _SegCtx, i: int, j: int) -> bool:
        """Token j, before a possessive, owns the name the run goes on with: a possessive
        inside a name ("Prime Minister's Office", "People's Congress", "Korea's Cyber
        Threats" in titles; after "X of", a country's too: "Castles of Spain's Golden Y");
        not a body's own body ("the Assembly's Defense Committee": two names)."""
        toks = c.tokens
        if not (j + 2 < len(toks) and toks[j + 2].cap and c.text[toks[j + 1].end:toks[j + 2].start] == " "):
            return False
        w = toks[j].text
        return w in TITLE_ENDS or _owned_head(toks, j + 2) or \
            (w not in COUNTRIES and self._common_owner(w) and HEAD_CATEGORY.get(w) is not Category.INSTITUTION and
             self._owned_name_head(toks, j + 2)) or \
            (j == i and w in COUNTRIES and i >= 2 and toks[i - 1].text == "of" and toks[i - 2].cap)

    def _particle_join(self, c: _SegCtx, j: int) -> int | None:
        """The last token of a name that goes on after token j over name particles ("Willem
        de Kessin", "Ursula von der Tarvik": data/name_particles.tsv) or with an elided
        article glued to a name ("Salon d'Ostrin"); None when none follows."""
        toks, text, n = c.tokens, c.text, len(c.tokens)
        if not toks[j].cap or "names" in self.off:
            return None
        k = j + 1
        while k < n and k - j <= 2 and toks[k].text in NAME_PARTICLES and text[toks[k - 1].end:toks[k].start] == " ":
            k += 1
        if k > j + 1 and k < n and toks[k].cap and toks[k].kind == "word" and text[toks[k - 1].end:toks[k].start] == " ":
            return k
        return j + 1 if j + 1 < n and ELIDED_ARTICLE.match(toks[j + 1].text) else None

    def _leading_initial(self, c: _SegCtx, i: int) -> bool:
        """The one-letter token i and its full stop start a person's name ("J. Tarvik", "K. N.
        Ostrin"): not "I." or "A.", not after an article or a form of "be" (a grade, a type,
        a plan, one letter of a grade or a type: "a C. Kessin was…", "type was O. Valmora",
        "a grade of B. Tarvik …" (after "of" only near a grade's noun: "the poems of C. Kessin");
        "the novels of J. R. Tarvik" keeps its initials), not an outline's label at the start
        of a heading ("B. Foreign Policy"), and the word after it no function word."""
        toks = c.tokens
        if i >= 2 and toks[i - 1].text == "." and len(toks[i - 2].text) == 1 and toks[i - 2].text.isupper():
            return False      # the middle of a run of initials the run before did not take
        prev = toks[i - 1].text.lower() if i and toks[i - 1].kind == "word" else ""
        single = not (i + 3 < len(toks) and len(toks[i + 2].text) == 1 and toks[i + 3].text == ".")
        graded = single and toks[i].text in GRADE_LETTERS and \
            (prev in INITIAL_BLOCKERS or any(toks[k].text.lower() in GRADE_NOUNS for k in range(max(0, i - 3), i)))
        return toks[i].text not in ("I", "A") and toks[i + 2].text.lower() not in STOPWORDS and not graded and \
            (c.seg.kind != "heading" or bool(c.text[:toks[i].start].strip(" \t#*>-"))) and \
            "names" not in self.off

    def _given_name(self, w: str) -> bool:
        """A foreign given name by the dictionary (`dictionary_given_name`), and no word the
        article or English uses otherwise: not a month, a day, a function word or a word the
        article writes in lower case."""
        return w not in MONTHS and w not in DAYS and w.lower() not in STOPWORDS and \
            w.lower() not in self.lower_vocab and "names" not in self.off and dictionary_given_name(w)

    def _calendar_surname(self, toks: list[_Tok], i: int, j: int) -> bool:
        """A month's or a day's name after a given name is a surname ("Theresa May",
        "Anna Friday"): the run is that one given name, and no date follows."""
        nxt = toks[j + 2].text if j + 2 < len(toks) else ""
        return j == i and not nxt[:1].isdigit() and self._given_name(toks[j].text)

    def _given_then_surname(self, words: list[str]) -> bool:
        """Two words, a given name and a capitalised word that is no head, title, country
        or function word: a person even when the surname is a common word ("Peter Long")."""
        words = [w for w in words if w not in NAME_PARTICLES]    # "Ursula von der Tarvik"
        if len(words) != 2 or len(words[1]) < 3 or not words[1].isalpha() or not words[1][:1].isupper():
            return False
        s = words[1]
        return s not in COUNTRIES and s not in DEMONYMS and s not in HEAD_CATEGORY and s not in TITLE_WORDS and \
            s.lower() not in CARDINALS and not generic_plural(s) and self._given_name(words[0])   # not "Pillar Two"

    @staticmethod
    def _month(toks: list[_Tok], k: int) -> bool:
        """Token k names a month: a month's name, or its three-letter form before a number
        ("Jun 2019"; "Azumi Jun" is a name)."""
        w = toks[k].text
        if w not in MONTHS:
            return False
        return len(w) > 3 or w == "May" or (k + 1 < len(toks) and toks[k + 1].text[:1].isdigit())

    @staticmethod
    def _weekday(toks: list[_Tok], k: int) -> bool:
        """Token k names a day: a day's name, or its three-letter form in a date ("Sun, 3
        March", "Sat 12"; "the Rising Sun flag" is no date)."""
        w = toks[k].text
        if w not in DAYS:
            return False
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        return len(w) > 3 or nxt in (",", ".") or nxt[:1].isdigit()

    def _join_between(self, c: _SegCtx, merged: list[list[int]]) -> list[list[int]]:
        """An agreement name goes on over "between A and (the) B" when A and B are
        countries: "Treaty of Amity between Japan and the Republic of Korea"."""
        toks = c.tokens
        out: list[list[int]] = []
        i = 0
        while i < len(merged):
            r = merged[i]
            if i + 2 < len(merged):
                a, b = merged[i + 1], merged[i + 2]
                g1 = [t.text for t in toks[r[1] + 1:a[0]]]
                g2 = [t.text for t in toks[a[1] + 1:b[0]]]
                words = [t.text for t in toks[r[0]:r[1] + 1]]
                if g1 == ["between"] and g2 in (["and"], ["and", "the"]) and \
                        self._between_parties(c, words, a, b):
                    out.append([r[0], b[1]])
                    i += 3
                    continue
            out.append(r)
            i += 1
        return out

    @staticmethod
    def _between_parties(c: _SegCtx, words: list[str], a: list[int], b: list[int]) -> bool:
        """Are runs a and b the two parties of a name that goes on over "between a and b"?
        An agreement's, or a body's or a programme's that has taken its complement, between
        two countries or two one-word names ("Treaty of Amity between Valmora and the
        Republic of Ostria", "Committee for the Promotion of Exchanges between Kessin and
        Brell")."""
        toks = c.tokens
        pa, pb = (c.text[toks[r[0]].start:toks[r[1]].end] for r in (a, b))
        cat = category_of_head(head_of(words))
        if cat is Category.AGREEMENT or \
                (cat in (Category.INSTITUTION, Category.POLICY) and any(w in ("of", "for", "on") for w in words[1:])):
            return all(p in COUNTRIES or (" " not in p and p not in DEMONYMS and toks[r[0]].text not in TITLE_WORDS)
                       for p, r in ((pa, a), (pb, b)))
        return False

    def _subject_after_name(self, c: _SegCtx, j: int) -> bool:
        """Token j, the last of a run, is a one-word name that is the subject of the next
        word (a past-tense verb) after a name with a head noun: "... Foundation Oslo
        dissolved" (and it is used elsewhere in the text on its own)."""
        toks = c.tokens
        prev = toks[j - 1].text
        return prev in HEAD_CATEGORY and HEAD_CATEGORY[prev] is not Category.PLACE and \
            toks[j].text[:1].isalpha() and toks[j].text not in HEAD_CATEGORY and j + 1 < len(toks) and toks[j + 1].kind == "word" and \
            PAST_VERB.match(toks[j + 1].text) is not None and self._occurs_twice(toks[j].text)

    @staticmethod
    def _adverb_last(c: _SegCtx, k: int) -> bool:
        """Token k, a capitalised adverb of time or order after a capitalised word in running
        text, is the last word of a name ("USA Today reported", "the America First
        movement"): English writes that adverb in lower case otherwise, and no capitalised
        word follows it (not a title's capitalised words: "Japan Today And Tomorrow")."""
        toks = c.tokens
        return not c.title_ctx and toks[k].text.lower() in NAME_ADVERBS and toks[k].text[1:].islower() and \
            not (k + 1 < len(toks) and toks[k + 1].cap and c.text[toks[k].end:toks[k + 1].start] == " ")

    @staticmethod
    def _inner_ordinal(c: _SegCtx, i: int) -> bool:
        """A spelled ordinal between two capitalised words is inside the name ("Valmora First
        Party", "Ostrava First Committee"), unlike one that ends it ("... Valmora First, ...")."""
        toks = c.tokens
        return toks[i].text in ORDINAL_WORDS and i + 1 < len(toks) and toks[i + 1].cap and \
            c.text[toks[i].end:toks[i + 1].start] == " " and toks[i + 1].text.lower() not in STOPWORDS

    @staticmethod
    def _the_ordinal(c: _SegCtx, i: int) -> bool:
        """A spelled ordinal after "the" and before a capitalised word starts a name
        ("the Second World War", "the Third Plenum"), unlike a sentence adverb ("First, ...")."""
        toks = c.tokens
        return toks[i].text in ORDINAL_WORDS and i > 0 and toks[i - 1].text in ("the", "The") and \
            i + 1 < len(toks) and toks[i + 1].cap and c.text[toks[i].end:toks[i + 1].start] == " "

    def _common_owner(self, w: str) -> bool:
        """A possessive's owner that can start a name: a common noun ("People's Congress",
        "Voter's Council"), not a rare word the article never writes in lower case, a
        person's or a place's name ("Roe's Reassessment Team")."""
        return w.lower() in self.lower_vocab or general_zipf(w) >= OWNER_ZIPF or w in TITLE_WORDS or w in ROLE_NOUNS or \
            (w.endswith(("men", "s")) and w[1:].islower() and general_zipf(w) >= PLURAL_OWNER_ZIPF
             and dictionary_word(w.lower()))   # a plural of people: "the Kessin Fishermen's Cooperative"

    @staticmethod
    def _owned_name_head(toks: list[_Tok], k: int, any_head: bool = False) -> bool:
        """After a possessive: does the capitalised run end in an institution head (any
        name's head, with `any_head`)? ("People's Congress", "People's Republic") -- not
        "Korea's Political Crisis"."""
        while k + 1 < len(toks) and toks[k + 1].cap:
            k += 1
        w = toks[k].text
        cat = HEAD_CATEGORY.get(w)
        return cat is Category.INSTITUTION or w == "Republic" or (any_head and cat is not None)

    def _joinable(self, c: _SegCtx, left: list[int], right: list[int]) -> bool:
        """Do two capitalised runs make one name over the gap (one of _JOIN_GAPS) between them?"""
        toks = c.tokens
        g = right[0] - left[1] - 1
        if g == 3 and _is_year(toks[right[0] - 1].text) and toks[left[1] + 2].text == "the" and \
                (toks[left[1] + 1].text == "for" or (toks[left[1] + 1].text == "of" and
                                                      HEAD_CATEGORY.get(toks[right[1]].text) is not Category.INSTITUTION)):
            # a dated complement: "Association for the 2025 World Exposition", "Committee of
            # the 2030 Games": the year is the first word of the name after "the" (not a
            # body's body: "the Panel of Experts of the 1718 Committee")
            return self._joinable(c, left, [right[0] - 1, right[1]])
        early = _early_join(toks, left, right, g)
        if early is not None:
            return early
        # quick test of the first gap word against _JOIN_GAPS (the full test follows)
        if toks[left[1] + 1].text not in (_JOIN_FIRST1 if g == 1 else _JOIN_FIRST2):
            return False
        if g == 1 and toks[left[1] + 1].text in ("to", "the"):
            return _joinable_to_the(c, left, right, toks[left[1] + 1].text)
        gap_toks = toks[left[1] + 1:right[0]]
        gap = [t.text for t in gap_toks]
        if not gap or any(t.kind not in ("word", "punct") for t in gap_toks):
            return False
        if gap not in _JOIN_GAPS:
            return False  # none of the rules below joins over another gap
        last_h = _head_of_word(toks[left[1]].text)
        lw = [t.text for t in toks[left[0]:left[1] + 1]]
        rw = [t.text for t in toks[right[0]:right[1] + 1]]
        if any(w in MONTHS or w in DAYS for w in rw[:1]):
            return False
        if gap[-1] == "and" and right[1] + 1 < len(toks) and toks[right[1] + 1].kind == "poss" and \
                c.text[toks[right[0]].start:toks[right[1]].end] in COUNTRIES:
            return False  # the owner of the next name: "the X Ministry and Valmora's Y Ministry"
        if gap in (["/"], ["&"]):
            return _joinable_symbol(c, left, right, gap, lw, rw)
        if c.title_ctx and gap != ["of"] and not _body_aim(gap, lw, last_h) and \
                group_key(c.text[toks[left[0]].start:toks[right[1]].end]) not in self.known:
            return False  # a headline capitalises everything: "Factions, Money and Doctrine"
        prev = toks[left[0] - 1].text.lower() if left[0] > 0 else ""
        if gap in _OF_GAPS:
            return self._joinable_of(c, left, right, lw, rw, prev)
        if gap == ["at"]:
            return _campus(lw, rw)
        if gap == ["off"]:  # an event head alone and the coast it was off: "Battle off Samar"
            return len(lw) == 1 and HEAD_CATEGORY.get(lw[0]) is Category.EVENT and not lw[0].endswith("s")
        if gap == ["in", "the"]:    # "Act on ... concerning Fisheries" + "in the" + "Exclusive Economic Zone"
            return _instrument_in(lw, rw)
        if gap == ["in"]:   # an event head alone and the country it is in: "War in Afghanistan"
            return (len(lw) == 1 and HEAD_CATEGORY.get(lw[0]) is Category.EVENT and not lw[0].endswith("s") and
                    c.text[toks[right[0]].start:toks[right[1]].end] in COUNTRIES) or _instrument_in(lw, rw) or \
                (prev in _DETERMINERS and _cause_in(lw, rw))
        if gap in (["for"], ["on"], ["for", "the"], ["for", "a"], ["on", "the"]):
            # (not an owner of what follows: "a briefing from X Command on the NCG's exercises")
            return _joinable_for_on(gap, lw, rw, last_h) and not \
                (right[1] + 1 < len(toks) and toks[right[1] + 1].kind == "poss")
        if gap in (["and"], [","], [",", "and"]):
            return self._joinable_and(c, left, right, gap, lw, rw, prev)
        return _joinable_complements(c, right, gap, lw, rw)

    def _joinable_of(self, c: _SegCtx, left: list[int], right: list[int], lw: list[str], rw: list[str],
                     prev: str) -> bool:
        """Two runs over "of (the/a/an)": "Ministry of X", "Session of the Y"; not a person
        and the place they are of."""
        toks = c.tokens
        last_h = _head_of_word(toks[left[1]].text)
        rlast = toks[right[1]].text
        if NAME_NUMBER.match(toks[left[1]].text):
            return False   # a numbered provision of an instrument: "Article 80" | "the Forces Act"
        if len(lw) >= 2 and lw[0].lower() in CARDINALS and last_h.endswith("s") and \
                HEAD_CATEGORY.get(_singular(last_h)) in (Category.INSTITUTION, Category.PLACE):
            return True    # a counted set of one kind: "the Three Kingdoms of Valmora"
        if last_h in OWNER_OF_HEADS and len(lw) >= 2 and _place_named(c.text[toks[right[0]].start:toks[right[1]].end]):
            return False   # a policy and who holds it: "the Valmora Policy" + "of Ostrin"
        if last_h in HEAD_CATEGORY or last_h in OF_TAKERS:
            # not two organisations, each with its own name: "the X Research Institute of the Y Foundation"
            # ("Standing Committee of the National X Congress" is one: its own words are common)
            return not (HEAD_CATEGORY.get(last_h) is Category.INSTITUTION and _complete_name(lw) and len(rw) >= 2
                        and HEAD_CATEGORY.get(_head_of_word(rlast)) is Category.INSTITUTION
                        and any(w in COUNTRIES or general_zipf(w.lower()) < PROPER_WORD_ZIPF for w in lw[:-1]))
        if c.text[toks[left[0]].start:toks[right[1]].end] in COUNTRIES:
            return True  # "United States of America"
        named = lw[next((k for k, w in enumerate(lw) if w not in TITLE_WORDS), len(lw)):]
        named = [w for w in named if w != "." and not (len(w) == 1 and w.isupper())]   # (middle initials: "Mark T. Hollis")
        if len(named) >= 2 and prev not in _DETERMINERS and \
                (all(self._name_like(w) for w in named) or (len(named) == 2 and korean_name_first(*named))):
            return False  # a person and the place they are of: "(Governor) Jane Roe of Example University"
        conn = next((k for k, w in enumerate(lw) if w in ("of", "for", "on") or
                     (w == "to" and k and HEAD_CATEGORY.get(lw[k - 1]) is Category.INSTITUTION)), 0)
        if conn and (lw[conn - 1] in HEAD_CATEGORY or lw[conn - 1] in OF_TAKERS):
            return True  # "Ministry of Defence" + "of Japan", "Plan for a Green Model" + "of Growth",
            #              "Group to Support the Victims" + "of X"
        if len(lw) == 1 and _agent_plural(lw[0]) and \
                (_head_of_word(rlast) in HEAD_CATEGORY or (head_of(rw) or "") in HEAD_CATEGORY):
            return False  # people of a named body: "Officials of the Valmora Fisheries Agency", "Critics of the X Accord",
            #               "Lawmakers of the Democratic Party of X"
        return (rlast in HEAD_CATEGORY and len(rw) >= 2 and not VERBISH.match(lw[0])) or \
            (prev == "the" and self._common_noun_name(c, left[0], lw, rw))

    def _reign_named(self, c: _SegCtx, a: int, words: list[str], text: str) -> bool:
        """"the Meiji Emperor", "the Kangxi Emperor": a monarch named by the era or reign
        and the title after it is a person."""
        if len(words) != 2 or words[1] not in REGNAL_TITLES or not _after_the(c, a) or \
                words[0] in COUNTRIES or words[0] in DEMONYMS or not words[0].isalpha():
            return False
        self.add(_Raw(text, c.seg, c.tokens[a].start, Category.PERSON, 2, "person", person_name=text))
        return True

    def _epithet_name(self, c: _SegCtx, a: int, words: list[str]) -> bool:
        """"(King) Sejong the Great": a ruler's name with its epithet, one person."""
        if len(words) < 3 or words[-2] != "the" or words[-1] not in EPITHETS:
            return False
        k = 0
        while k < len(words) - 3 and words[k] in TITLE_WORDS:
            k += 1          # a title before the name is the person's role
        toks = c.tokens
        name = c.text[toks[a + k].start:toks[a + len(words) - 1].end]
        self.add(_Raw(name, c.seg, toks[a + k].start, Category.PERSON, 2, "person", person_name=name))
        return True

    def _common_nouns_named(self, c: _SegCtx, a: int, words: list[str], text: str) -> bool:
        """"the Courses of Study" (see `_common_noun_name`) is a name of its own kind."""
        if len(words) < 3 or words[1] != "of" or not _after_the(c, a) or \
                not self._common_noun_name(c, a, words[:1], words[2:]):
            return False
        self.add(_Raw(text, c.seg, c.tokens[a].start, Category.OTHER, 2))
        return True

    def _common_noun_name(self, c: _SegCtx, a: int, lw: list[str], rw: list[str]) -> bool:
        """After "the", mid-sentence in running text, common nouns capitalised over "of"
        name one thing ("the Courses of Study", "the Rules of Engagement"): prose writes
        them in lower case unless they are a name.  Not a title ("the Governor of X"), a
        country or a place after "of"."""
        if c.title_ctx or len(lw) != 1 or not 1 <= len(rw) <= 2 or lw[0] in TITLE_WORDS or \
                self._is_sentence_initial(c, a):
            return False
        return all(w[:1].isupper() and _common_word(w) and w not in GEO_WORDS for w in (*lw, *rw))

    def _joinable_and(self, c: _SegCtx, left: list[int], right: list[int], gap: list[str], lw: list[str],
                      rw: list[str], prev: str) -> bool:
        """Two runs over "and", "&" or ",": a list inside one name ("Ministry of Economy,
        Trade and Industry", "Treaty of Peace and Friendship", "Master Design and Action Plan")."""
        toks = c.tokens
        last = toks[left[1]].text
        last_h = _head_of_word(last)
        rlast = toks[right[1]].text
        lw = [w.lower() if k and w.lower() in _OF_WORDS else w for k, w in enumerate(lw)]   # ("Chamber Of Commerce")
        # "Act on the Protection and Utilization of ...": a law's subject is a list too
        has_on = "of" not in lw[1:] and HEAD_CATEGORY.get(lw[0]) in (Category.AGREEMENT, Category.POLICY) and \
            len(lw) >= 3 and lw[1] in ("on", "for") and gap == ["and"]
        first_cat = HEAD_CATEGORY.get(toks[left[0]].text)
        if all(w in COUNTRIES for w in rw) or (len(rw) > 1 and rw[0] in COUNTRIES):
            return False   # "the Association of X and Australia", "the X House and U.S. Senate": a list
        if prev == "the" and _portfolio_list(toks, left[0], right[0]):
            return True    # "the Trade, Industry, Energy, SMEs and Startups Committee"
        conn = next((k for k, w in enumerate(lw) if w in ("of", "for", "on")), 0)
        if conn and _body_head(lw[conn - 1]) and len(rw) <= 2 and \
                gap != [","] and rlast not in HEAD_CATEGORY:
            return True    # "Korean Council for Justice and Remembrance"
        if conn and lw[conn - 1] in HEAD_CATEGORY and lw[conn] in ("for", "on") and len(rw) <= 2 and \
                gap == ["and"] and rlast not in HEAD_CATEGORY and \
                _common_words([w for w in lw[conn + 1:] if w not in ("the", "a")] + rw):
            return True    # an aim of common words: "Conference for the Free and Fair Vote"
        if "of" in lw[1:] and toks[left[0]].text in HEAD_CATEGORY and len(rw) <= 2 and \
                first_cat is Category.INSTITUTION:
            nxt = toks[right[1] + 1].text if right[1] + 1 < len(toks) else ""
            return gap != [","] or nxt in (",", "and")
        # (the last item of a list already running may end in a head: "... of Materials, Parts,
        # and Equipment Industries")
        last_item = gap == [",", "and"] and "," in lw
        if conn and _list_head(lw[conn - 1]) and len(rw) <= 2 and (rlast not in HEAD_CATEGORY or last_item) and \
                not any(w in COUNTRIES for w in rw):
            # a list after a name's head and its "for"/"on"/"of": "X Declaration for Peace,
            # Prosperity, and Unification", "Ministry of Economy, Trade, and Industry"
            nxt = toks[right[1] + 1].text if right[1] + 1 < len(toks) else ""
            if gap == [","]:     # (a list that ends in "and": not "X of Y, Toronto, August 1974")
                return nxt == "and" or (nxt == "," and _list_ends_in_and(toks, right[1] + 1))
            if gap == [",", "and"]:
                return any(t.text == "," for t in toks[left[0]:left[1] + 1])
        if gap in ([","], [",", "and"]):
            return False
        if ("of" in lw[1:] or has_on) and first_cat in (Category.AGREEMENT, Category.POLICY, Category.EVENT) and \
                len(rw) <= 2 and rlast not in HEAD_CATEGORY and rlast not in COUNTRIES:
            return True  # "Treaty of Peace and Friendship", "Law of War and Peace"
        if len(lw) == 1 and prev in _DETERMINERS and gap == ["and"] and general_zipf(lw[0].lower()) >= OWNER_ZIPF and \
                HEAD_CATEGORY.get(rlast) in (Category.AGREEMENT, Category.POLICY):
            return True  # a law named by what it rules: "the Assembly and Demonstration Act"
        return HEAD_CATEGORY.get(rlast) in (Category.AGREEMENT, Category.INSTITUTION, Category.EVENT,
                                            Category.POLICY) \
            and (last_h not in HEAD_CATEGORY or last_h in INDUSTRY_HEADS and _common_words(lw)) \
            and last not in COUNTRIES \
            and not any(w in TITLE_ENDS for w in lw) \
            and not (len(lw) == 1 and lw[0] in TITLE_WORDS) \
            and not (len(lw) == 1 and len(lw[0]) >= 3 and _is_acronym(lw[0]) and len(rw) >= 2 and
                     any(general_zipf(w.lower()) < NAMED_PARTNER_ZIPF for w in rw[:-1])) \
            and (prev != "," or _common_words(lw) or len(lw) == 1 and (lw[0] in DEMONYMS or _common_word(lw[0]))) \
            and (len(lw) == 1 or prev in _DETERMINERS or prev in POSSESSIVES or _common_words(lw) and prev == "," or
                 all(w.lower() in self.lower_vocab for w in lw))   # (an owner is a determiner: "the Assembly's X and Y Committee")

    def _span(self, c: _SegCtx, a: int, b: int, in_title: bool) -> None:
        """Classify the capitalised span a..b, in this order: leading words stripped, split
        at a capitalised preposition, a leading ordinal; then a country, a person after a
        role title (`roles`), a person with a title, a name with a head noun, another known
        shape (site, acronym, place, ...), or an unknown name."""
        toks = c.tokens
        initial = self._is_sentence_initial(c, a)
        a, initial = self._strip_leading(c, a, b, in_title, initial)
        if a > b:
            return
        if self._split_at_prepositions(c, a, b, in_title) or self._split_run_on(c, a, b, in_title):
            return
        a = self._leading_ordinal(c, a, b, in_title)
        if a > b:
            return
        words = [t.text for t in toks[a:b + 1]]
        s, e = toks[a].start, toks[b].end
        text = c.text[s:e]
        seg = c.seg
        single = a == b

        if self._outlet_item(c, a, b, in_title):
            return
        # sub-entities: countries anywhere, a parliament, acronyms, hyphen components
        person_like = not TITLE_WORDS.isdisjoint(words)
        self._named_inside(c, a, b, words, text)
        if self._country_span(c, a, b, words, text) or \
                ("roles" not in self.off and not single and self._posted_person(c, a, b, text)):
            return
        # 2. a person after a role title ("Deputy Secretary of Commerce Jane Doe")
        if "roles" not in self.off and not single and self._has_title_word(toks, a, b) and \
                (self._role_person(c, a, b, in_title) or self._title_of_organisation(c, a, b, in_title)
                 or self._organisation_then_title(c, a, b, in_title)):
            return
        if self._titled_span(c, a, b, words, text, in_title) or \
                self._organisation_then_person(c, a, b, words, in_title):
            return
        if len(words) == 3 and words[1] == "no":   # (joined by `_run_end` for a person the dictionary knows)
            self.add(_Raw(text, seg, s, Category.PERSON, 2, "person", person_name=text))
            return
        # 3. a name with a head noun
        head = head_of(words)
        cat = category_of_head(head) or (len(words) >= 3 and COMPOUND_HEADS.get(" ".join(words[-2:]))) or None
        if cat is Category.PUBLICATION and not single and " ".join(words[-2:]) in PUBLISHER_HEADS:
            cat = Category.INSTITUTION      # a publisher: "X University Press"
        # acronyms inside ("G20 Summit", "SPD-FDP", "NATO-related")
        brand = not single and self.brands.get(words[-1]) == words[-2]   # "AB widgets"
        if not brand:
            self._acronym_parts(c, a, b, words, text, head, cat, person_like)
        if cat is not None:
            self._headed_name(c, a, b, words, text, cat, in_title)
            return
        if _dates_a_period(c, b):
            return      # "the Showa era", "the Kofun period": a time, not a name of ours
        if self._known_shape(c, a, b, words, text, in_title):
            return
        self._unknown_name(c, a, b, words, text, in_title, initial, brand)

    def _strip_leading(self, c: _SegCtx, a: int, b: int, in_title: bool, initial: bool) -> tuple[int, bool]:
        """Strip leading function words, sentence-initial common words, heading gerunds:
        the new first token of the span and whether it starts a sentence."""
        toks = c.tokens
        while a <= b:
            w = toks[a].text
            wl = w.lower()
            if a < b and _korean_surname_at(c, a):
                break     # "So Yeon-hee": a surname, not the word "so"
            if a < b and _has_dash(w) and w.rsplit("-", 1)[-1][:1].islower() and \
                    romanized_compound(*w.rsplit("-", 1)) is None and not hyphenated_given_name(w) and \
                    _english_tail(w.rsplit("-", 1)[-1]):
                a += 1      # a modifier: "the Valmora-led Harbor Pact", "Ostrin-based X Group" (not "Valmo-ji Temple")
                continue
            if wl in CARDINALS and (a == b or _after_a_number(toks, a)):
                a += 1      # a number: "Two protests, two Chinas", "one Trillion U.S. dollars"
                continue
            if wl in STOPWORDS and (w[1:].islower() or len(w) == 1) and \
                    not (a < b and (self._the_ordinal(c, a) or _unit_ordinal(c, a, b))):  # "The", "In"; not "US"
                a += 1
                initial = True
                continue
            if a < b and (initial or in_title) and (wl in self.lower_vocab or VERBISH.match(w)) and \
                    group_key(c.text[toks[a].start:toks[b].end]) in self.known:
                break  # the whole span is a name seen with a cue: "Standing Committee of the X"
            rest_head = _head_of_word(toks[b].text) in HEAD_CATEGORY
            if a < b and (initial or in_title) and self._starts_with_country(c, a, b):
                break  # "United States Navy" at the start of a list item: "United" is no verb here
            if a < b and (initial or in_title) and not rest_head and \
                    (wl in self.lower_vocab or VERBISH.match(w)) and w not in COUNTRIES and \
                    w not in TITLE_WORDS and w not in DEMONYMS and w not in HEAD_CATEGORY and \
                    w not in OF_TAKERS:
                a += 1
                initial = False
                continue
            if a + 1 < b and in_title and wl in self.lower_vocab and w not in HEAD_CATEGORY and \
                    w not in OF_TAKERS and w not in TITLE_WORDS and w not in COUNTRIES and \
                    c.seg.kind == "note" and toks[a + 1].text not in HEAD_CATEGORY:
                a += 1  # "Assembly Votes to Lift Martial Law": "Lift" is a verb here
                continue
            if a < b and (in_title or initial) and VERBISH.match(w) and w not in HEAD_CATEGORY:
                a += 1
                continue
            if a < b and initial and self._imperative(c, a, b):
                a += 1      # "Visit Valmo Palace", "Watch Kessa's video", "Meet Tarvik Ostrin"
                initial = False
                continue
            break
        return a, initial

    @staticmethod
    def _imperative(c: _SegCtx, a: int, b: int) -> bool:
        """Is the sentence-initial word at `a` a verb in the imperative before a name?  The
        word is an English verb (a dictionary translates "to <word>") and no word of
        people's names; the next word is a capitalised one no dictionary translates, or a
        given name; and the span ends in no head noun, or in a building or site one is
        told to visit: "Visit Valmo Palace", "Meet Tarvik Ostrin" -- not "Free Trade
        Agreement", "Open Society Foundations" (a common word follows), "Save Valmora
        Party", "Watch Tower Society" (a party's or a society's name may start so).  Before an
        acronym a verb is one even before a head ("Support WTO Agreement on X")."""
        toks = c.tokens
        w, nxt = toks[a].text, toks[a + 1].text
        if not (w[:1].isupper() and w[1:].islower() and w.isalpha()) or w in LEADING_HEADS or \
                w in TITLE_WORDS or w in COUNTRIES or w in DEMONYMS or not nxt[:1].isupper():
            return False
        head = _head_of_word(toks[b].text)
        acronym = len(nxt) >= 2 and _is_acronym(nxt)   # "Support WTO Agreement on X": a verb and its object
        if head in HEAD_CATEGORY and head not in FACILITY_HEADS and not acronym:
            return False
        if not dictionary_verb(w, VERB_LOOKUP_DEEP if acronym else 10) or dictionary_name_word(w) or \
                dictionary_given_name(w) or (acronym and dictionary_adjective(w)):
            return False
        return acronym or not dictionary_word(nxt) or dictionary_given_name(nxt)

    @staticmethod
    def _starts_with_country(c: _SegCtx, a: int, b: int) -> bool:
        """The span's first two to four words are a country's name ("United States ...",
        "United Arab Emirates ...", "New Zealand ...")."""
        toks = c.tokens
        start = toks[a].start
        return any(c.text[start:toks[k].end] in COUNTRIES for k in range(a + 1, min(b, a + 3) + 1))

    def _split_at_prepositions(self, c: _SegCtx, a: int, b: int, in_title: bool) -> bool:
        """Split at capitalised prepositions inside a title-case span ("... Between ..."):
        the parts are spans of their own; True when it split.  A capital letter alone
        outside a title is a letter of the name ("Plan B", "Daesan A"), not the article."""
        toks = c.tokens
        for k in range(a + 1, b + 1):
            if in_title and k < b and toks[k].text[1:].islower() and \
                    (toks[k].text.lower() in REPORTING_VERBS or self._headline_verb(c, a, k)) and \
                    not any(c.text[toks[j].start:toks[k].end] in COUNTRIES for j in range(max(a, k - 3), k)):
                # (not a country's last word: "United States Congress")
                self._span(c, a, k - 1, in_title)     # a headline's verb: "Valmora Says Fisheries Talks Resume"
                self._span(c, k + 1, b, in_title)
                return True
            if toks[k].text.lower() in STOPWORDS and toks[k].text[:1].isupper() and toks[k].kind == "word" and \
                    (toks[k].text[1:].islower() or (len(toks[k].text) == 1 and in_title)) and \
                    not (toks[k].text == "No" and k + 1 <= b and toks[k + 1].text == ".") and \
                    not (k < b and self._inner_ordinal(c, k)) and \
                    not (k < b and not in_title and _capitalised_connector(c, k, a)) and \
                    not (k == b and not in_title and self._adverb_last(c, k)) and \
                    not (k == a + 1 == b and toks[k].text in MONTHS):   # a surname: "Theresa May"
                self._span(c, a, k - 1, in_title)
                if k + 1 <= b:
                    self._span(c, k + 1, b, in_title)
                return True
        return False

    def _headline_verb(self, c: _SegCtx, a: int, k: int) -> bool:
        """Token k of a headline is its verb after its subject: a verb in "-s" (a dictionary
        verb) right after a name the article names elsewhere too ("Ostrin Orders Review of
        Port Access": Ostrin is named in the article)."""
        w = c.tokens[k].text
        if not (w.endswith("s") and not w.endswith("ss") and dictionary_verb(w[:-1].lower())):
            return False
        subject = c.text[c.tokens[a].start:c.tokens[k - 1].end]
        return group_key(subject) in self.known or self._occurs_twice(subject)

    def _split_run_on(self, c: _SegCtx, a: int, b: int, in_title: bool) -> bool:
        """An "X of Y" name ends before an acronym after it ("U.S. Department of Justice
        FARA website"): the name and the acronym are spans of their own; a website named
        after its owner ("X Official Website", "X Homepage") is the owner's name.  True when
        it split."""
        toks = c.tokens
        if b > a and toks[b].text.lower() in SITE_NOUNS:
            k = b - 1
            if k > a and toks[k].text.lower() in SITE_MODIFIERS:
                k -= 1
            self._span(c, a, k, in_title)   # "Ministry of X Official Website": the ministry
            return True
        if b - a >= 3 and self._is_acronym(toks[b].text) and toks[b - 1].cap and not toks[b - 1].text.isupper() and \
                any(toks[k].text == "of" for k in range(a + 1, b - 1)):
            self._span(c, a, b - 1, in_title)
            self._span(c, b, b, in_title)
            return True
        return False

    def _leading_ordinal(self, c: _SegCtx, a: int, b: int, in_title: bool) -> int:
        """A leading ordinal stays only before the head ("214th Session"): the new first
        token (past b when nothing is left)."""
        toks = c.tokens
        if toks[a].text in ORDINAL_WORDS and a + 1 < b and not in_title and \
                toks[b].text not in ORDINAL_NAMED_HEADS and \
                category_of_head(head_of([t.text for t in toks[a + 1:b + 1]])) is Category.EVENT:
            # "the Ninth Pacific Summit": this meeting, and the series "Pacific Summit"
            rest = c.text[toks[a + 1].start:toks[b].end]
            self.add(_Raw(rest, c.seg, toks[a + 1].start, Category.EVENT, 2))
        # (a numbered unit or body keeps its number: "201st Flying Corps", "3rd Marine Division")
        w = toks[a].text
        if w[-2:] in _ORDINAL_ENDS and ORDINAL.match(w) and not (a < b and (toks[a + 1].text in HEAD_CATEGORY or (
                b - a <= MAX_ORDINAL_UNIT_WORDS and
                category_of_head(head_of([t.text for t in toks[a + 1:b + 1]])) is Category.INSTITUTION))):
            a += 1
        return a

    def _country_span(self, c: _SegCtx, a: int, b: int, words: list[str], text: str) -> bool:
        """1. a country, or a chain of countries ("US-China"), or demonyms; True when it was."""
        if text in COUNTRIES:
            self.add(_Raw(text, c.seg, c.tokens[a].start, Category.PLACE, 3, "place"))
            self._compound(c, a, b, text, "country")
            return True
        parts = _hyphen_split(NAME_HYPHEN, text)
        names = _country_names(text)
        if (len(parts) > 1 and all(p in COUNTRIES for p in parts)) or \
                (len(names) > 1 and " ".join(n for n, _ in names) == text):
            self._compound(c, a, b, text, "country")   # "US-China", "the U.S. North Korea summit"
            return True
        if words[-1] in DEMONYMS and all(w in DEMONYMS or w in GEO_WORDS for w in words):
            self._compound(c, a, b, text, "demonym")
            return True
        return False

    def _titled_span(self, c: _SegCtx, a: int, b: int, words: list[str], text: str, in_title: bool) -> bool:
        """2. a person with a title: [country/demonym] Title... Name, or an organisation
        before the title ("LDP Secretary-General X Y", "Acme Chairman X Y"); a bare title
        is nothing.  True when the span was one of these."""
        toks = c.tokens
        k = a
        while k <= b and (toks[k].text in COUNTRIES or toks[k].text in DEMONYMS) and k < b:
            k += 1
        t0 = k
        while k <= b and _title_part(toks[k].text, TITLE_WORDS):
            k += 1
        if k > t0 and _title_part(toks[k - 1].text, TITLE_ENDS):
            name_words = words[k - a:]
            if name_words and all(self._name_like(w) for w in name_words) and len(name_words) <= 4:
                self._titled_person(c, t0, k, b, text)
                return True
            if not name_words:
                return True  # a bare title
        if b - a >= 2 and not in_title and (not TITLE_ENDS.isdisjoint(words[1:-1]) or
                                            any("-" in w and _title_part(w, TITLE_ENDS) for w in words[1:-1])):
            for t1 in range(a + 1, b):
                if not _title_part(toks[t1].text, TITLE_HEADS) or toks[t1 - 1].text in TITLE_WORDS or \
                        _portfolio_of(c, t1, a):
                    continue
                k = t1
                while k <= b and _title_part(toks[k].text, TITLE_WORDS):
                    k += 1
                name_words = words[k - a:]
                if k > t1 and _title_part(toks[k - 1].text, TITLE_ENDS) and 1 <= len(name_words) <= 4 and \
                        all(self._name_like(w) for w in name_words):
                    self._span(c, a, t1 - 1, in_title)   # the organisation
                    self._titled_person(c, t1, k, b, text)
                    return True
        return False

    def _acronym_parts(self, c: _SegCtx, a: int, b: int, words: list[str], text: str, head: str | None,
                       cat: Category | None, person_like: bool) -> None:
        """Acronyms inside a span ("G20 Summit", "SPD-FDP", "NATO-related") are names too."""
        for t in c.tokens[a:b + 1]:
            tt = t.text
            parts = _acronym_pieces(tt) if _has_dash(tt) else [tt]
            for part in parts:
                if self._is_acronym(part) and part not in COUNTRIES and part != text and not _is_designation(part) and \
                        part not in COMMON_ACRONYMS and part not in VESSEL_PREFIXES and \
                        _head_title(part) not in HEAD_CATEGORY and not (head and head.isupper()) and \
                        not (part in currency_codes() and self._currency_in_use(part)):   # "JPY 500"
                    if len(words) == 2 and words[1] in GROUP_HEADS and part == words[0]:
                        continue    # "SK Group": the group's own name, no other body
                    if not (person_like or (cat is None and any(self._name_like(w) and not w.isupper() for w in words))):
                        self.add(_Raw(part, c.seg, t.start + t.text.find(part), Category.INSTITUTION, 2, "acronym"))

    def _headed_name(self, c: _SegCtx, a: int, b: int, words: list[str], text: str, cat: Category,
                     in_title: bool) -> None:
        """3. a name with a head noun (category `cat`), unless it is a head noun alone or only
        a reference (in a headline or a cited title)."""
        toks, seg, single = c.tokens, c.seg, a == b
        s, e = toks[a].start, toks[b].end
        if single and text in SOLE_INSTITUTIONS and not in_title:
            self.add(_Raw(text, seg, s, Category.INSTITUTION, 2))   # "the Diet"
            return
        if single and (cat is not Category.PUBLICATION or text in REPORT_HEADS or
                       not (a and toks[a - 1].text.lower() == "the")):
            return  # a head noun alone ("Agreement", "Ministry", "Report") is not a name, a
            # periodical's only after "the" ("the Herald"; not "Covers of Magazine X")
        if in_title and any(k >= 0 and toks[k].text.lower() in ("a", "an") and all(t.cap for t in toks[k + 1:a])
                            for k in (a - 1, a - 2)) and group_key(text) not in self.known:
            self.add(_Raw(text, seg, s, None, 0))   # a title's "A New X Partnership": a description
            return
        if cat in (Category.AGREEMENT, Category.EVENT) and "of" in words[1:-1] and not in_title:
            e = _country_list_after(c.text, e, words)    # "the Joint Statement of A, the Republic of B, and C"
            text = c.text[s:e]
        named = [w for w in words if not w.isdigit()]
        if len(named) >= 2 and f"{named[-2]} {named[-1]}" in COMMON_COMPOUNDS and head_of(words) == named[-1]:
            # "Fiscal Year 2024", "Happy New Year": common nouns (not an act's complement:
            # "X Act for Fiscal Year 2025" is the act)
            self.add(_Raw(text, seg, s, None, 0))
            return
        if in_title and group_key(text) not in self.known:
            # a known name at the end of a headline span: "Extend X Agreement" -> "X Agreement"
            for k2 in range(a + 1, b):
                sub = c.text[toks[k2].start:e]
                if toks[k2].cap and category_of_head(head_of(sub.split())) is cat and \
                        group_key(sub) in self.known:
                    text, s = sub, toks[k2].start
                    break
        if c.title_ctx and not single and group_key(text) not in self.known and \
                all(w.lower() in self.lower_vocab for w in words[:-1]):
            # a headline capitalises common nouns: "Energy Program", "Energy Transition
            # Policy" seen nowhere else as a name only refer to a known one, if any
            self.add(_Raw(text, seg, s, None, 0))
            return
        if self._cited and group_key(text) not in self.known:
            # inside a cited headline a capitalised phrase with a head noun is only a
            # reference ("Joint Press Statement by ...", "Trade Working Group")
            self.add(_Raw(text, seg, s, None, 0))
            return
        self._undated_form(c, s, b, words, text, cat)
        year = self._year_before(c, a) if cat is Category.EVENT and "names" not in self.off else None
        if year is not None:
            # "the 2014 General Election": the year is part of the event's name; the name
            # without it is another form of the same event
            self.add(_Raw(c.text[toks[year].start:e], seg, toks[year].start, cat, 3, links=[text]))
        self.add(_Raw(text, seg, s, cat, 3))
        self._named_complement(c, a, b, words)
        self._report_author(c, a, b, words, cat)
        self._government_leader(c, a, b, words)
        if words[-1].lower() in MISSION_HEADS or (head_of(words) or "").lower() in MISSION_HEADS:
            self._mission_place(c, s, b, text, cat)     # "the Japanese Consulate in New York",
            # "the Embassy of Valmora in Ostrin"
        self._place_link(c, b, text, cat)
        self._compound(c, a, b, text, "named")

    def _named_complement(self, c: _SegCtx, a: int, b: int, words: list[str]) -> None:
        """A name's complement after "on the"/"for the" that is a name of its own, ending in
        its own head: "Memorandum of Cooperation on the Trilateral Security Cooperation
        Framework" also names the framework."""
        k = next((k for k in range(1, len(words) - 3) if words[k] in ("on", "for") and words[k + 1] == "the"), 0)
        rest = words[k + 2:]
        if not k or not _complete_name(rest) or not all(w[:1].isupper() for w in rest) or \
                head_of(rest) != rest[-1] or f"{rest[-2]} {rest[-1]}" in COMMON_COMPOUNDS:
            return
        toks = c.tokens
        self.add(_Raw(c.text[toks[a + k + 2].start:toks[b].end], c.seg, toks[a + k + 2].start,
                      category_of_head(rest[-1]), 2))

    def _undated_form(self, c: _SegCtx, s: int, b: int, words: list[str], text: str, cat: Category) -> None:
        """The name without its year is another form: "Mutual Defense Treaty of 1953" (not a
        head alone: "Treaty", "War" of "the War of 1812" name nothing), unless the article
        names it with two years ("the X Treaty of 1876", "of 1910": two treaties);
        "Diplomatic Bluebook 2023", one year's edition of the "Diplomatic Bluebook"."""
        toks = c.tokens
        if len(words) > 3 and words[-2] == "of" and _is_year(words[-1]):
            undated = c.text[s:toks[b - 2].end]
            if self._one_year_of(undated):
                self.add(_Raw(undated, c.seg, s, cat, 3, links=[text]))
        elif len(words) > 2 and _is_year(words[-1]) and words[-2] in REPORT_HEADS:
            self.add(_Raw(c.text[s:toks[b - 1].end], c.seg, s, cat, 3, links=[text]))

    def _one_year_of(self, undated: str) -> bool:
        """The article writes "`undated` of YEAR" with one year only (memoised)."""
        hit = self._years_of.get(undated)
        if hit is None:
            years = set(regex.findall(regex.escape(undated) + r"\s+of\s+((?:1[5-9]|20)\d\d)(?!\d)", self._doc_text()))
            hit = self._years_of[undated] = len(years) <= 1
        return hit

    def _organisation_then_person(self, c: _SegCtx, a: int, b: int, words: list[str], in_title: bool) -> bool:
        """An organisation's name ending in its head, then a person's name with no word
        between ("chief of admissions at Tarvik Womans University Ola Brenn, ..."): two
        names; True when it split."""
        heads = [k for k, w in enumerate(words[:-2]) if HEAD_CATEGORY.get(w) is Category.INSTITUTION]
        if in_title or not heads or not 2 <= len(words) - 1 - heads[-1] <= 3:
            return False
        k = heads[-1]
        if _head_of_word(words[-1]) in HEAD_CATEGORY:
            return False    # the span ends in a head or a legal form: one name ("X Semiconductor Manufacturing Co.")
        if "of" in words[k + 1:] or not all(self._name_like(w) and not w.isupper() for w in words[k + 1:]):
            return False
        self._span(c, a, a + k, in_title)
        p = c.tokens[a + k + 1].start
        name = c.text[p:c.tokens[b].end]
        self.add(_Raw(name, c.seg, p, Category.PERSON, 2, "person", person_name=name))
        return True

    def _government_leader(self, c: _SegCtx, a: int, b: int, words: list[str]) -> None:
        """"the Arlo Venn Administration": the leader a government is named after is a
        person of their own (two or three words of a person's name before the head)."""
        if words[-1].lower() not in GOVERNMENT_HEADS or not 2 <= len(words) - 1 <= 3 or \
                not all(self._name_like(w) and not w.isupper() for w in words[:-1]):
            return
        if any(general_zipf(w.lower()) >= HYPHEN_WORD_ZIPF - 1 and not dictionary_name_word(w) for w in words[1:-1]):
            return      # "the Kessin Metropolitan Government": a city's, named by a common word
        name = c.text[c.tokens[a].start:c.tokens[b - 1].end]
        self.add(_Raw(name, c.seg, c.tokens[a].start, Category.PERSON, 2, "person", person_name=name))

    def _report_author(self, c: _SegCtx, a: int, b: int, words: list[str], cat: Category) -> None:
        """"Report of the Working Group on X": the body a report is of is an organisation
        of its own, besides the report."""
        if cat is not Category.PUBLICATION or len(words) < 3 or words[0] not in REPORT_HEADS or words[1] != "of":
            return
        k = a + (3 if words[2] == "the" else 2)
        rest = [t.text for t in c.tokens[k:b + 1]]
        if k <= b and c.tokens[k].cap and category_of_head(head_of(rest)) is Category.INSTITUTION:
            self.add(_Raw(c.text[c.tokens[k].start:c.tokens[b].end], c.seg, c.tokens[k].start,
                          Category.INSTITUTION, 3))

    @staticmethod
    def _year_before(c: _SegCtx, a: int) -> int | None:
        """The token of a year (1800-2099) right before token a, or None."""
        if a == 0:
            return None
        t = c.tokens[a - 1]
        if len(t.text) == 4 and t.text[:2] in ("18", "19", "20") and t.text.isdigit() and \
                c.text[t.end:c.tokens[a].start] == " ":
            return a - 1
        return None

    def _outlet_item(self, c: _SegCtx, a: int, b: int, in_title: bool) -> bool:
        """The span a..b is a periodical the writer writes for (`_after_outlet_cue`), a whole
        item of a list ("a columnist for The Atlantic", "contributing to X, First Things
        and Y": with the capitalised function word the span lost; not "contributed to
        English articles").  True when it was one."""
        toks = c.tokens
        if in_title or c.seg.kind != "body" or (b + 1 < len(toks) and toks[b + 1].text not in LIST_ENDS):
            return False
        while a > 0 and toks[a - 1].cap and toks[a - 1].text not in ("The", "A", "An") and \
                c.text[toks[a - 1].end:toks[a].start] == " ":
            a -= 1
        if not _after_outlet_cue(c, a) or c.text[toks[a].start:toks[b].end] in language_names():
            return False
        self.add(_Raw(c.text[toks[a].start:toks[b].end], c.seg, toks[a].start, Category.PUBLICATION, 3))
        return True

    def _acronym_no_name(self, c: _SegCtx, a: int, text: str) -> bool:
        """The acronym at token a (maybe with full stops: "U.N.", "P.M.") is a common one, a
        currency, a shouted word, a model, a word before a head noun, a serial, an era mark, a
        bracketed tag, a ship's prefix or a qualifier after a name ("Washington, D.C.")."""
        dotted = "." in text
        bare = text.replace(".", "") if dotted else text
        return bare in COMMON_ACRONYMS or (text in currency_codes() and (self._currency_in_use(text) or _unit_label(c, a))) or \
            _shouted_word(text) or \
            _is_designation(text) or (text.lower() in self.lower_vocab and self._lower_head_after(c, a)) or \
            _serial_after(c, a) or _era_mark(c, a, bare) or _bracketed_tag(c, a) or \
            (dotted and (bare in VESSEL_PREFIXES or _qualifies_a_name(c, a)))

    def _currency_in_use(self, code: str) -> bool:
        """The article writes the ISO 4217 code `code` as a unit somewhere: beside an amount
        ("NPR 500", "500 KRW", "USD1.2bn") or another code ("USD/JPY").  Without that the
        three capitals are an organisation's ("according to NPR", "the SDP"): ISO keeps
        more than 300 codes, living and withdrawn, and many spell a body's initials."""
        hit = self._currency_use.get(code)
        if hit is None:
            pattern = CURRENCY_USE.replace("CODE", regex.escape(code))
            hit = self._currency_use[code] = regex.search(pattern, self._doc_text()) is not None
        return hit

    def _known_shape(self, c: _SegCtx, a: int, b: int, words: list[str], text: str, in_title: bool) -> bool:
        """A span without a head noun of a shape that says what it is: a news site, an
        acronym, a geographic name, "X Country", a longer form of a known event, a person
        after a portfolio title, a ship.  True when it was one."""
        toks, seg, single = c.tokens, c.seg, a == b
        s, e = toks[a].start, toks[b].end
        if toks[a].kind == "site" or (single and toks[a].kind == "site"):
            self.add(_Raw(text, seg, s, Category.PUBLICATION, 3))
            return True
        if single and (self._is_acronym(text) or _dotted_acronym(text)):
            if self._acronym_no_name(c, a, text):
                # "an ICBM", "DNA tests"; "the BRIDGE initiative" (a word in capitals before a
                # head noun): a kind of thing or part of a longer name, not a name of its own
                self.add(_Raw(text, seg, s, None, 0))
                self._compound(c, a, b, text, "acronym")
                return True
            self.add(_Raw(text, seg, s, Category.INSTITUTION, 2, "acronym"))
            self._compound(c, a, b, text, "acronym")
            return True
        if is_geographic(words):
            if single and text in GENERIC_GEO:
                self.add(_Raw(text, seg, s, None, 0))  # "the Line", "the Coast": a common noun
                return True
            self.add(_Raw(text, seg, s, Category.PLACE, 2, "place"))
            self._compound(c, a, b, text, "place")
            return True
        if len(words) >= 2 and words[-1] in COUNTRIES and \
                (_stationed(words) or not any(w in COUNTRIES or w in GEO_WORDS for w in words[:-1])):
            # (not a title: "Minister of Foreign Affairs of the ROK" is a role, no institution)
            role = _title_part(words[0], TITLE_ENDS) and words[1] in ("of", "for")
            self.add(_Raw(text, seg, s, None, 0) if role else _Raw(text, seg, s, Category.INSTITUTION, 2))
            return True
        # a longer form of a known event or policy name: "Nordic Iron Gate" after "Iron Gate exercise"
        if not single and not in_title and words[-1] in self.known_last:
            for k2 in range(a + 1, b + 1):
                kc = self.known_cat.get(group_key(c.text[toks[k2].start:e]))
                if kc is not None and toks[k2].cap:
                    self.add(_Raw(text, seg, s, kc, 2))
                    return True
        # a person after a title with a portfolio list: "Minister of A, B and C Family Given"
        if 3 <= len(words) <= 4 and words[0] not in COUNTRIES and \
                all(self._name_like(w) and not w.isupper() for w in words[1:]) and not in_title:
            t0 = self._portfolio_title(c, a)
            if t0 is not None:
                self._titled_person(c, t0, a + 1, b, c.text[toks[t0].start:e])
                return True
        # a head before the name: "Operation Red Hat", "Exercise Blue Tide", "Fort Bragg"
        if not single and words[0] in LEADING_HEADS and words[1] != "of" and \
                all(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
            self.add(_Raw(text, seg, s, LEADING_HEADS[words[0]], 2))
            self._compound(c, a, b, text, "name")      # "the Camp Harlow summit"
            return True
        # ships: "USS X", "HMS Y", "Z Maru"
        if not single and (words[0] in VESSEL_PREFIXES or words[-1] in VESSEL_SUFFIXES):
            self.add(_Raw(text, seg, s, Category.OTHER, 2))
            return True
        return False

    def _named_inside(self, c: _SegCtx, a: int, b: int, words: list[str], text: str) -> None:
        """The countries a span (tokens a..b) names anywhere ("Valmora–Ostrin Summit"), and
        a parliament one of its bodies names: "the Lower House of the Diet" names the Diet too."""
        for name, start in _country_names(text):
            if name != text:
                self.add(_Raw(name, c.seg, c.tokens[a].start + start, Category.PLACE, 2, "place"))
        if len(words) >= 4 and words[-3:-1] == ["of", "the"] and words[-1] in SOLE_INSTITUTIONS:
            self.add(_Raw(words[-1], c.seg, c.tokens[b].start, Category.INSTITUTION, 2))

    def _romanized_compound(self, c: _SegCtx, a: int, text: str) -> bool:
        """A romanised name joined by a hyphen to a lower-case Japanese or Korean word
        ("Valmo-dera" a temple, "Ostrin-gung" a palace, "Brell-dong" a place; see
        general.romanized_compound) is a name, where an English word after the hyphen
        ("Tokyo-based") makes none; before an honorific ("Tarvik-san") the name is a
        person's."""
        if not _has_dash(text) or text.count("-") != 1:
            return False
        first, tail = text.split("-")
        kind = romanized_compound(first, tail) if tail[:1].islower() and first else None
        if kind is None:
            return False
        start = c.tokens[a].start
        if kind == "honorific":
            self.add(_Raw(first, c.seg, start, Category.PERSON, 2, "person", person_name=first))
            return True
        self.add(_Raw(text, c.seg, start, Category(kind), 2))
        return True

    def _unknown_name(self, c: _SegCtx, a: int, b: int, words: list[str], text: str, in_title: bool,
                      initial: bool, brand: bool) -> None:
        """4. unknown: a mixed-case name, a single word with a cue, a person, a place, or a
        reference to something known."""
        toks, seg, single = c.tokens, c.seg, a == b
        s, nxt_i = toks[a].start, b + 1
        self._korean_name_last(c, b, words)
        if self._unknown_with_cue(c, a, b, words, text, in_title, initial, brand) or \
                self._common_nouns_named(c, a, words, text) or self._epithet_name(c, a, words) or \
                self._reign_named(c, a, words, text):
            return
        if self._field_of_study(c, a, words) or self._portfolio_after_title(c, a, b):
            self.add(_Raw(text, seg, s, None, 0))   # "a doctorate in Political Science"
            return
        who = _who_follows(c, nxt_i)
        place_cue = self._place_cue(c, a, b, words, text, in_title)
        if place_cue and single and dictionary_brand(text):
            self.add(_Raw(text, seg, s, Category.INSTITUTION, 2))   # a company: "hard labor at Tarvikson"
            return
        if self._unknown_in_context(c, a, b, text, in_title) or self._firm_name(c, a, b, words, text):
            return
        if single and self._romanized_compound(c, a, text):
            return
        if single and ((_has_dash(text) and text.rsplit("-", 1)[-1][:1].islower()) or generic_plural(text)
                       or (text.endswith("s") and text[:-1] in COMMON_ACRONYMS)):
            self.add(_Raw(text, seg, s, None, 0))   # "DC-based", "Persons", "NGOs": no name
            return
        if single and dictionary_adjective(text):
            self.add(_Raw(text, seg, s, None, 0))   # "in Confucian terms": no name, but "the Norwegian navy"
            self._compound(c, a, b, text, "demonym")
            return
        if not single and not in_title and "roles" not in self.off and self._led_by_role(c, a):
            self.add(_Raw(text, seg, s, Category.INSTITUTION, 2))   # "director of Asia Policy Point"
            return
        # `single-names`: a one-word name in the body, of the rare or the common band
        band = self._lone_band(seg.kind, text, in_title) if single else None
        weak = in_title or (initial and single and not self._initial_name(c, a, b, text, band)
                            and not (band and dictionary_place(text)))
        if who and not in_title and not (single and generic_plural(text)):
            self.add(_Raw(text, seg, s, Category.PERSON, 3, "person", person_name=text))
        elif weak:
            self.add(_Raw(text, seg, s, None, 0, place_cue=place_cue))
        elif band and not place_cue and self._in_english(c, a):
            self._lone_single(c, a, b, text, band)
        elif single and text in language_names():
            self.add(_Raw(text, seg, s, None, 0))      # "in English": a language, not a place
        elif single:
            self.add(_Raw(text, seg, s, Category.PLACE if place_cue else None, 0, place_cue=place_cue))
        elif place_cue or dictionary_place(text):   # "New York hosted the talks": a city a dictionary knows
            self.add(_Raw(text, seg, s, Category.PLACE, 2, "place"))
        elif not _indefinite(c, a) and (self._person_words(c, a, b, words) or (self._given_then_surname(words) and (
                not initial or words[-1] in DAYS or words[-1] in MONTHS))):   # "Karl Friday argues"
            self._person_shaped(c, a, b, words, text)
        elif not in_title and TITLE_WORDS.isdisjoint(words) and dictionary_title(text):
            self.add(_Raw(text, seg, s, Category.OTHER, 2))   # "the Islamic State": a dictionary's entry
        else:
            self.add(_Raw(text, seg, s, None, 0))
        self._compound(c, a, b, text, "name")

    def _korean_name_last(self, c: _SegCtx, b: int, words: list[str]) -> None:
        """A Korean name (a surname, a hyphenated given name) ends the span: its holder is a
        person ("... for Public Relations Noh Kyu-duk": a heading's post and holder)."""
        toks = c.tokens
        if len(words) >= 3 and korean_name_first(words[-2], words[-1]) and toks[b].start == toks[b - 1].end + 1:
            name = c.text[toks[b - 1].start:toks[b].end]
            self.add(_Raw(name, c.seg, toks[b - 1].start, Category.PERSON, 2, "person", person_name=name))

    def _person_shaped(self, c: _SegCtx, a: int, b: int, words: list[str], text: str) -> None:
        """An unknown span shaped like a person's name: a person, unless a company's word, only
        common words or a common noun last ("joined Blue Tide"), or an occupation last after
        no given name ("is the Asia Digital Editor for": a post) say otherwise."""
        seg, s = c.seg, c.tokens[a].start
        if words[-1] in COMPANY_WORDS:      # "Valmora Air", "Brell Kogyo": a company
            self.add(_Raw(text, seg, s, Category.INSTITUTION, 1))
        elif _common_words_only(words) or (_common_noun_last(words) and not _reported_on(c, b)) or \
                (dictionary_lower_word(text.lower()) and not (b + 1 < len(c.tokens) and
                                                              c.tokens[b + 1].text in LOWER_HEAD_CATEGORY)):
            # ("the Golden Age": a phrase JMdict glosses; "the Rising Sun flag" is the compound's)
            # (but "Kwame Young said", "..., a trade adviser")
            self.add(_Raw(text, seg, s, Category.OTHER, 1))
        elif (words[-1] in ROLE_NOUNS and not census_given_name(words[0])) or \
                _headline_words(words, a > 0 and c.tokens[a - 1].text.lower() in AUXILIARIES):
            self.add(_Raw(text, seg, s, None, 0))      # (nor "Tarvik Likely to Visit ...": a headline's adverb)
        elif _abstract_noun_last(words[-1]) or (a and c.tokens[a - 1].text.lower() == "the" and not (
                b + 1 < len(c.tokens) and c.tokens[b + 1].text[:1].islower())):
            # "Forced Mobilization": a thing; "according to the Valmo Shoki": English puts no
            # article before a person's name (but "the Kessin Tarvik administration" has one)
            self.add(_Raw(text, seg, s, Category.OTHER, 1))
        else:
            self.add(_Raw(text, seg, s, Category.PERSON, 1, "person", person_name=text))

    def _lone_single(self, c: _SegCtx, a: int, b: int, text: str, band: str) -> None:
        """`single-names`: a one-word name of the rare or the common band, alone."""
        # (a company a Japanese dictionary names is no person: "Samsung said"; nor a city
        # it names: "Busan (South Korea)")
        cat = Category.INSTITUTION if dictionary_brand(text) or text in outlet_words() else \
            Category.PLACE if dictionary_place(text) else self._lone_category(c, a)
        nxt = c.tokens[b + 1].text if b + 1 < len(c.tokens) else ""
        if cat is Category.INSTITUTION and a and c.tokens[a - 1].text in _KIND_DETERMINERS and \
                nxt.isalpha() and nxt.islower() and nxt not in STOPWORDS and \
                not dictionary_brand(text) and text not in outlet_words():
            # "a Christian standpoint", "his Daoist practice": a word before a noun (not "by a Kessin, a monk")
            self.add(_Raw(text, c.seg, c.tokens[a].start, None, 0))
            return
        raw = self.add(_Raw(text, c.seg, c.tokens[a].start, cat, 1, *_as_person(text, cat)))
        self.lone.append(raw)
        if band == "common" and _owner(c, b):
            self.owners.add(text)          # an owner ("X's platform") is a name once
        elif band == "common":
            self.lone_common.append(raw)

    @staticmethod
    def _portfolio_after_title(c: _SegCtx, a: int, b: int) -> bool:
        """The span is the portfolio of a title before it and the clause ends after it:
        "Deputy Minister for Political Affairs," — no name of its own (one word is the place
        of an office: "Mayor of Gimhae")."""
        toks = c.tokens
        return b > a and a >= 2 and toks[a - 1].text in ("for", "of") and _title_part(toks[a - 2].text, TITLE_ENDS) and \
            (b + 1 >= len(toks) or toks[b + 1].text in (",", ";", ".", ")", "and"))

    def _heading_person(self, words: list[str]) -> bool:
        """Two or three words of a person's name whose last is the family name of someone the
        article names with a cue ("Finance Minister Valmo", "Mr Valmo"), the others given names:
        rare in English and no one's family name ("Kessin Meets Ostrin" is a headline)."""
        return 2 <= len(words) <= 3 and words[-1] in self.known_people and \
            all(self._name_like(w) and not w.isupper() for w in words) and \
            all(general_zipf(w.lower()) < COMMON_NOUN_ZIPF and w not in self.known_people for w in words[:-1])

    def _initial_name(self, c: _SegCtx, a: int, b: int, text: str, band: str | None) -> bool:
        """A sentence-initial word is no name by its capital, unless English hardly uses it
        ("Sunstein (2001) showed", not "Nonetheless" or "Officials") or it is a fairly
        common one a Japanese dictionary names as a company ("Toyota said ...")."""
        if band and _companion(c, a) and not text.endswith("ly"):
            return True       # "Kessa and I took a day trip": the writer's companion
        # (not a common noun English hardly uses: "Excavators and trucks crossed the field"; a
        # fairly common word that owns what follows and no dictionary writes in lower case is
        # a name: "Hamas's attack", not "Society's")
        return ((band == "rare" and not dictionary_common_noun(text)) or (band == "common" and dictionary_brand(text))
                or (band == "common" and _owner(c, b) and not dictionary_common_noun(text)
                    and not dictionary_lower_word(text.lower()))) \
            and not text.endswith("ly") and self._said_of_a_name(c, b) and self._in_english(c, a)

    def _field_of_study(self, c: _SegCtx, a: int, words: list[str]) -> bool:
        """The span after "in"/"of" names a field of study ("a doctorate in Political
        Science", "professor of European History"): a field word last, the words before it
        demonyms or words the article writes in lower case."""
        return words[-1] in FIELD_WORDS and a > 0 and c.tokens[a - 1].text in ("in", "of") and \
            all(w in DEMONYMS or w.lower() in self.lower_vocab for w in words[:-1])

    def _place_cue(self, c: _SegCtx, a: int, b: int, words: list[str], text: str, in_title: bool) -> bool:
        """The words around an unknown span say it is a place: "in X" / "to X", or "X,
        Country" ("Ube, Japan") unless X has a person's name shape ("Choi Min-jun, Korea's
        envoy"); not a numbered label ("in Band 3": a word the article writes in lower case)."""
        if in_title or (b > a + 1 and len(words[0]) == 1 and words[0].isupper() and words[1] == "."):
            return False    # (initials lead a person's name: "wrote to J. Tarvik")
        if a < b and words[-1] in COMPANY_WORDS:
            return False    # a company: "appeared from Brell Shoten", "flew to Valmora Air's hub"
        toks = c.tokens
        prev = toks[a - 1].text.lower() if a > 0 and toks[a - 1].kind == "word" else ""
        nxt = toks[b + 1].text if b + 1 < len(toks) else ""
        nxt2 = toks[b + 2].text if b + 2 < len(toks) else ""
        if a == b and nxt[:1].isdigit() and text.lower() in self.lower_vocab:
            return False
        if a < b and all(w.lower() in self.lower_vocab or not w[:1].isalpha() for w in words):
            return False    # "refer to Class Schedule": words the article writes in lower case
        # (a person's name after "to" is whom something is owed or said to: "according to
        # Lena Korvath", "wrote to Kim Min-jun"; a given name first says it is one)
        person = _person_shape(words) or (1 < len(words) <= 3 and dictionary_given_name(words[0])
                                          and not dictionary_place(text))
        if prev in PLACE_CUES:
            # (nor a person's before a possessive: "cited in Lena Korvath's book")
            return not ((prev == "to" or _owner(c, b)) and person)
        if prev == "of" and a >= 2 and toks[a - 2].text.islower() and \
                HEAD_CATEGORY.get(toks[a - 2].text.title()) is Category.PLACE:
            return True     # "the city of Ostrin", "the island of Kessa": the kind of place before "of"
        return nxt == "," and nxt2 in COUNTRIES and not person and not (a == b and self._sentence_adverb(c, a))

    def _person_words(self, c: _SegCtx, a: int, b: int, words: list[str]) -> bool:
        """Two to four words shaped like a person's name: name-like words (initials too),
        the last one name-like or a surname that is also a title word; not "Part II",
        "FIFA X", "Peter J" or a label of common words."""
        if len(words) == 2 and korean_name_first(*words):
            return True     # "An Cheol-min", "So Yeon-hee": the surname may be an English word
        name_words = [w for w in words if w != "." and w not in NAME_PARTICLES]   # ("Willem de Kessin")
        if len(name_words) < len([w for w in words if w != "."]) and not dictionary_given_name(name_words[0]) and \
                not _initials(name_words[0]):
            return False    # "Banco de Valmora", "Museo del Prado": a person's particles after a given name only
        if len(name_words) >= 3 and ROMAN_NUMERAL.match(name_words[-1]) and \
                any(dictionary_name_word(w) for w in name_words[:-1]):
            name_words = name_words[:-1]   # a generation or a reign: "Ichikawa Danjūrō V", "Louis Napoleon III"
        return 2 <= len(name_words) <= 4 and \
            all(self._name_like(w) or (len(w) == 1 and w.isupper()) for w in name_words[:-1]) and \
            (self._name_like(name_words[-1]) or self._surname_title_word(name_words[-1])) and \
            not ROMAN_NUMERAL.match(name_words[-1]) and \
            not any(len(w) > 2 and w.isupper() and not (k < len(name_words) - 1 and _initials(w))
                    for k, w in enumerate(name_words)) and \
            not (len(name_words[-1]) == 1 and words[-1] != ".") and \
            not dictionary_adjective(name_words[-1]) and \
            not self._common_words_label(c, a, b, name_words)

    @staticmethod
    def _common_words_label(c: _SegCtx, a: int, b: int, words: list[str]) -> bool:
        """A label, not a person: capitalised common English words no dictionary knows as
        a word of people's names, before a colon ("Actual Period: 1991") or alone on their
        line ("* Original Poster", a menu's "[One Short Bio](…)").  ("Theresa May" has a given name; "the Lost Decade"
        and "exercise, Valmora Shield," stand in a sentence.)"""
        toks = c.tokens
        nxt = toks[b + 1].text if b + 1 < len(toks) else ""
        alone = not c.text[:toks[a].start].strip(" \t*-•#>_[") and not c.text[toks[b].end:].strip(" \t*_.]()")
        if nxt != ":" and not alone:
            return False
        return all(w.isalpha() and general_zipf(w.lower()) >= COMMON_NAME_WORD_ZIPF and
                   not dictionary_name_word(w) for w in words)

    def _sentence_adverb(self, c: _SegCtx, a: int) -> bool:
        """"Politically, Japan …": a sentence's first word in -ly, an English word, before a
        comma is an adverb, not a place ("Ube, Japan")."""
        w = c.tokens[a].text
        return len(w) > 5 and w.endswith("ly") and general_zipf(w.lower()) >= ADVERB_ZIPF and \
            self._is_sentence_initial(c, a)

    def _lone_band(self, kind: str, text: str, in_title: bool) -> str | None:
        """`single-names`: the band of a one-word name (see `_lone_name`).  In a note only
        a rare word is a name of its own (a fairly common one may be an author's or a
        publisher's word), but a fairly common one counts as one more time the article
        writes the word alone ("... on Twitter": body, note; at the start of a note's
        sentence too: the body's mention is mid-sentence)."""
        if "single-names" in self.off or kind not in ("body", "note"):
            return None
        band = self._lone_name(text)
        if kind == "note":
            if band == "common" and not in_title:
                self.note_lone[text] += 1
            if in_title:
                return None
            # (a fairly common word a Japanese dictionary names as a company counts: "on Twitter")
            return band if band == "rare" or (band == "common" and dictionary_brand(text)) else None
        return band

    def _firm_name(self, c: _SegCtx, a: int, b: int, words: list[str], text: str) -> bool:
        """A name joined by an ampersand, one of its words rare in English, is a firm's
        ("Simon & Schuster", "Daewoo Shipbuilding & Marine Engineering"); so is a name a
        Japanese dictionary lists as a company's ("Tokyo Gas"), and one named after its
        city (`_place_named_firm`: "Nagoya Railroad")."""
        if a == b:
            return False
        nxt = c.tokens[b + 1].text if b + 1 < len(c.tokens) else ""
        if nxt in LOWER_HEAD_CATEGORY:
            return False     # a modifier of the lower-case head after it ("the Valmora Communist party")
        owner = b + 1 < len(c.tokens) and c.tokens[b + 1].kind == "poss"   # ("Valmora Women's Association")
        if not ((" & " in text and _rare_word_in(words)) or (_place_named_firm(words) and not owner) or
                (dictionary_brand(text) and not dictionary_place(text))):
            return False
        self.add(_Raw(text, c.seg, c.tokens[a].start, Category.INSTITUTION, 2))
        self._compound(c, a, b, text, "name")
        return True

    def _unknown_with_cue(self, c: _SegCtx, a: int, b: int, words: list[str], text: str, in_title: bool,
                          initial: bool, brand: bool) -> bool:
        """An unknown span that is a mixed-case name ("AB widgets") or a one-word name with
        a cue (`single-names`); True when it was."""
        toks, seg, single = c.tokens, c.seg, a == b
        s = toks[a].start
        nxt_i = b + 1
        if brand:
            self.add(_Raw(text, seg, s, Category.INSTITUTION, 2))
            return True
        if not single and not in_title and nxt_i < len(toks) and CLASS_NOUNS.get(toks[nxt_i].text) is Category.PUBLICATION \
                and c.text[toks[b].end:toks[nxt_i].start] == " " and not any(dictionary_place(w) for w in [text, *words]):
            # "the pages of Valmora Heritage magazine" (not "shipped to X Island daily")
            self.add(_Raw(text, seg, s, Category.PUBLICATION, 2))
            return True
        if single and not (nxt_i < len(toks) and toks[nxt_i].text in LOWER_HEAD_CATEGORY):
            cue = self._single_name_cue(c, a, initial, in_title)
            if cue is not None:
                self.add(_Raw(text, seg, s, cue, 2, *_as_person(text, cue)))
                return True
        return False

    @staticmethod
    def _led_by_role(c: _SegCtx, a: int) -> bool:
        """The span at token a follows "<role> of": "founder and director of X", "a
        professor of X" — X is what the person works for, an organisation."""
        toks = c.tokens
        if a < 2 or toks[a - 1].text != "of":
            return False
        w = toks[a - 2].text
        return w[:1].islower() and (w.title() in ROLE_NOUNS or w.title() in TITLE_ENDS)

    def _unknown_in_context(self, c: _SegCtx, a: int, b: int, text: str, in_title: bool) -> bool:
        """An unknown span read from what is around it: siblings of an acronym ("SPD-FDP"),
        the end of a headline span that is a known name, a note's cited source or one-word
        author.  True when it was one of these."""
        toks, seg, single = c.tokens, c.seg, a == b
        s, e = toks[a].start, toks[b].end
        hyph = _hyphen_split(NAME_HYPHEN, text)
        if len(hyph) > 1 and any(self._is_acronym(p) and p not in COUNTRIES for p in hyph) and not in_title:
            # "SPD-FDP": siblings of an acronym are names of the same kind
            for p in hyph:
                if not self._is_acronym(p) and p not in COUNTRIES and self._name_like(p):
                    self.add(_Raw(p, seg, s + text.find(p), Category.INSTITUTION, 1))
            self._compound(c, a, b, text, "acronym")
            return True
        if in_title and not single and self._heading_person(text.split()):
            # "Kentaro Valmo" over a paragraph on "Mr Valmo": the person's full name
            self.add(_Raw(text, seg, s, Category.PERSON, 2, "person", person_name=text))
            return True
        if in_title and group_key(text) not in self.known:
            for k2 in range(a + 1, b + 1):
                sub = c.text[toks[k2].start:e]
                if toks[k2].cap and sub not in COUNTRIES and group_key(sub) in self.known:
                    self.add(_Raw(sub, seg, toks[k2].start, None, 0))
                    return True
        if c.seg.kind == "note" and not in_title:
            before = c.text[:s].rstrip()
            after = c.text[e:].lstrip()
            if CITED_SOURCE_BEFORE.search(before) and (not after or after[0] in ",.;("):
                # '"Title," Source, date': the source of a cited piece
                self.add(_Raw(text, seg, s, Category.PUBLICATION, 2))
                return True
            if not before.strip("*† ") and after.startswith((",", ":")) and single:
                # 'Organisation, "Title," ...': a one-word author is an organisation
                self.add(_Raw(text, seg, s, Category.INSTITUTION, 2))
                return True
        return False

    def _name_like(self, w: str) -> bool:
        """A word that can be part of a person's name."""
        base = w.rstrip(".")
        if not base[:1].isupper() or base in COUNTRIES or base in DEMONYMS or (base in DAYS and len(base) > 3) or \
                (base in MONTHS and (len(base) > 3 or base == "May")):
            return False
        if base in HEAD_CATEGORY or base in TITLE_WORDS or base.lower() in STOPWORDS:
            return False
        if base.endswith("men") and generic_plural(base):
            return False    # "Scotsmen": a nation's people
        if "-" in base and any(p in COUNTRIES or p in DEMONYMS for p in base.split("-")):
            return False    # "Japan-Korea", "Sino-Korean": countries, not a person's name
        parts = base.split("-")
        if len(parts) == 2 and hyphenated_given_name(base):
            return True     # "So-hee", "Jae-in": a Korean given name, though "so" is a word of the article
        if len(parts) > 1 and all(p[:1].isupper() for p in parts):
            # a hyphenated given name ("Jae-In"): one syllable may be a common word of the
            # article; all of them common ("Post-War") is no name
            return not all(p.lower() in self.lower_vocab or
                           (general_zipf(p.lower()) >= HYPHEN_WORD_ZIPF and not dictionary_name_word(p))
                           for p in parts)
        return all(p.lower() not in self.lower_vocab or p[:1].islower() for p in parts) \
            or base.isupper()

    #: (the memoised function itself: no wrapper's frame per call)
    _is_acronym = staticmethod(_is_acronym)
