"""General English vocabulary for the rule-based entity extractor.

The lists themselves are data: `src/glossary/data/*.tsv` (each row with its source), read
by `glossary.text.lexicon`; this module gives them their names and types.  Only general
knowledge lives there: title words, head nouns that name kinds of institutions /
agreements / events / policies / publications, country names and their short forms,
demonyms, months and days, and function words.  Nothing is specific to any one article.
"""
from __future__ import annotations

from ..model import Category
from ..text.lexicon import mapping, ordered, words


def _cat(value: str) -> Category:
    return Category(value)


#: Honorifics and offices that precede a person's name ("Prime Minister Suga").
#: Multi-word titles are sequences of these tokens.
TITLE_WORDS = words("en_titles", where=("in_title", "yes"))
#: Title words that can stand first in a person span ("Minister Kim" but not "Party Kim").
TITLE_HEADS = words("en_titles", where=("starts", "yes"))
#: The last word of a title: a span "Vice Foreign Minister" is a title only if it ends here.
TITLE_ENDS = words("en_titles", where=("ends", "yes"))
#: Title words that are family names too when they end a person's name ("Mary Major").
TITLE_SURNAMES = words("en_titles", where=("surname", "yes"))
#: titles held in a country, "Ambassador to Japan" before the holder's name
POSTED_TITLES = words("en_titles", where=("posted", "yes"))

#: Head nouns (capitalised, last word of a name) and the category they give.
HEAD_CATEGORY: dict[str, Category] = {w: _cat(c) for w, c in mapping("en_heads", "word", "category", list="category").items()}

#: A modifier and a head that make a common noun, not a name: "Fiscal Year", "New Year".
#: Two words that head a name together though neither does alone: "Defense White Paper".
COMPOUND_HEADS: dict[str, Category] = {w: _cat(c) for w, c in mapping("en_heads", "word", "category", list="compound_head").items()}

COMMON_COMPOUNDS: frozenset[str] = frozenset(
    f"{w} {h}" for w, h in mapping("en_heads", "word", "category", list="common_compound").items())

#: Publication heads that are common nouns: never a name on their own ("the Report"),
#: unlike a newspaper's one-word name ("Economist").
REPORT_HEADS = words("en_heads", list="report")

#: Heads a name may end with a number after: "Executive Order 14012", "Section 301",
#: "Resolution 2231", "Vision 2030", "Agenda 2063".
NUMBERED_HEADS = words("en_heads", list="numbered")

#: Lower-case event heads a name's possessive makes a name of ("Masakado’s revolt").
OWNED_EVENT_HEADS = words("en_lower_heads", list="owned_event")

#: Heads a possessive owner starts the name of, whoever the owner is ("X's Day", "Parents' Day").
OWNED_HEADS = words("en_heads", list="owned")

#: Heads that come before the name: "Operation Tomodachi", "Exercise Blue Tide", "Fort Bragg".
LEADING_HEADS: dict[str, Category] = {w: _cat(c) for w, c in mapping("en_heads", "word", "category", list="leading").items()}
#: Heads of a country's forces named with the country they are in ("U.S. Forces Japan").
STATIONED_HEADS = words("en_heads", list="stationed", column="word")
#: a company's legal form after its name ("Corp.", "Ltd", "NV"): "X Corp." and "X" are one company
LEGAL_FORMS = words("en_heads", list="legal_form", column="word")
#: words of an industry that end a company's name ("Valmora Air", "Brell Kogyo")
COMPANY_WORDS = words("en_heads", list="company_word", column="word")
#: Heads of a policy or a doctrine whose "of <country or city>" after a name names its holder
#: ("the Valmora Policy of Ostrin"), no part of the name.
OWNER_OF_HEADS = words("en_heads", list="owner_of", column="word")
#: Heads of buildings and sites: no complement after "on" ("the X Base on Okinawa").
FACILITY_HEADS = words("en_heads", list="facility", column="word")

#: Lower-case head nouns that make a named concept of the capitalised words before them
#: ("Camp Y summit", "DPJ leadership election", "US-China relations").
LOWER_HEAD_CATEGORY: dict[str, Category] = {w: _cat(c) for w, c in mapping("en_lower_heads", "word", "category", list="category").items()}

#: Lower-case heads whose capitalised modifier is part of the name and not a name itself.
PLACE_PLURAL_HEADS = words("en_lower_heads", list="place_plural")
#: Lower-case heads that only make a name after a person ("Obama administration") or a
#: demonym ("French government"), never after a bare country ("US administration").
GOVERNMENT_HEADS = words("en_lower_heads", list="government")
#: heads of a country's diplomatic missions: "the Japanese embassy (in Seoul)"
MISSION_HEADS = words("en_lower_heads", list="mission")

#: Lower-case words that may stand between the capitalised words and a lower-case head.
#: Anything in STOPWORDS, verbs and adverbs are excluded by `english`; this list adds
#: words that look like modifiers but break a name.
NOT_MODIFIERS = words("en_function_words", list="not_modifier")

#: Words that name a kind of document or action in a cited title and come before the
#: real name: "Signing of the X Agreement", "Regarding the X".
TITLE_PREFIXES = tuple(p + " " for p in ordered("en_function_words", list="title_prefix"))

#: Words that take an "of"-complement inside a name ("Republic of Korea", "Minister of
#: Defense", "Session of the Diet") besides the head nouns above.
OF_TAKERS = words("en_heads", list="of_taker")

#: Fields of study and teaching ("a doctorate in Political Science", "professor of X
#: History"): the last word of a field's name, which names no organisation.
FIELD_WORDS = words("en_heads", list="field_of_study")

#: Heads of institutions named with their campus: "University of X at Y".
CAMPUS_HEADS = words("en_heads", list="campus")

#: Countries and their short forms -> canonical code.  Multi-word names first matter
#: only to the regex built from this table (longest alternative wins).
COUNTRIES: dict[str, str] = mapping("en_countries", "name", "code")

#: Demonyms (adjectives of nationality): never entities by themselves.
DEMONYMS = words("en_geo", list="demonym")
#: an adjective of nationality -> the country it names (ISO 3166 code): "Japanese" JP
DEMONYM_COUNTRY: dict[str, str] = mapping("en_demonym_countries", "demonym", "code")

#: Geographic words: a span made of these and compass points is a place, not a person.
GEO_WORDS = words("en_geo", list="geo")

#: Geographic words that are common nouns: alone ("the Line", "the Coast") not a place.
GENERIC_GEO = words("en_geo", list="geo", where=("generic", "yes"))

MONTHS = words("en_calendar", list="month")
DAYS = words("en_calendar", list="day")

#: Function words and sentence openers: never the first word of a name.
STOPWORDS = words("en_function_words", list="stopword")

#: Abbreviations whose final period does not end a sentence.
ABBREVIATIONS = words("en_abbreviations", list="no_sentence_end")

#: Verbs and prepositions after which a capitalised word is a place ("visited Seoul").
PLACE_CUES = words("en_function_words", list="place_cue")

#: Domains of news sites: "Politico.com", "Politico.com" are publications.
NEWS_DOMAINS = ordered("en_acronyms", list="news_domain")

#: Common acronyms and initialisms that name kinds of things, not named entities
#: ("an ICBM", "GDP growth", "DNA tests").  An undefined one is never a term of its own;
#: one defined in the text ("Widget Board (WB)") still is.
COMMON_ACRONYMS = words("en_acronyms", list="common")

#: Prefixes of ship names: "USS Enterprise", "HMS Queen Elizabeth".
VESSEL_PREFIXES = words("en_acronyms", list="vessel_prefix")

#: Last words of ship names in romanised Japanese: "... Maru".
VESSEL_SUFFIXES = words("en_acronyms", list="vessel_suffix")

#: Common East Asian family names (romanised): general knowledge that makes "Choi X-y,
#: Korea's envoy" a person rather than a place.  Korean, Japanese, Chinese.
FAMILY_NAMES = words("family_names")
