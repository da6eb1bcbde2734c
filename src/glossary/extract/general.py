"""How common a word or phrase is in general English: the `wordfreq` package.

wordfreq (Robyn Speer, Apache-2.0 code, CC-BY-SA data) merges word frequencies from
Wikipedia, subtitles, news, books, web text and Twitter into one Zipf scale per language:
zipf = log10(occurrences per billion words); 7 is "the", 3 a word seen once in a million
words, 0 unknown.  It is the general-English yardstick of two rule families:

* `single-names`: a one-word name mid-sentence is taken when the word is rare in general
  English (a surname, a coined site or group name), or when it is fairly common yet the
  article never writes it in lower case (a company, a platform);
* `salience`: a lower-case phrase is a term when the article uses it far more often than
  general English does.

The word lists load on first use (about 0.2 s); lookups are memoised.
"""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=65536)
def zipf(text: str) -> float:
    """The Zipf frequency of `text` (a word or phrase, any case) in English; 0.0 unknown.
    For a phrase wordfreq combines the frequencies of its words (as if they were
    independent), so the figure is an upper bound of the phrase's own frequency."""
    from wordfreq import zipf_frequency

    return zipf_frequency(text, "en")


def per_word(z: float) -> float:
    """A Zipf figure as a relative frequency (occurrences per word of text)."""
    return 10 ** (z - 9)



#: a usage tag at the start of a gloss: "(uk) ", "(abbr) "
_LEADING_TAG = re.compile(r"^(?:\([^)]*\)\s*)+")

#: JMnedict kinds of a person's name
_PERSON_NAME_KINDS = ("surname", "given", "masc", "fem", "person")

#: JMnedict kinds of an organisation's name
ORGANISATION_KINDS = frozenset({"company", "organization"})


@lru_cache(maxsize=4096)
def dictionary_brand(word: str) -> bool:
    """Does a Japanese dictionary write `word` as the name of a company or organisation?
    JMnedict lists it as a company or organisation glossed exactly so (ディズニー "Disney",
    ソニー "Sony"), or JMdict's headword is the name itself in Latin letters (Ｆａｃｅｂｏｏｋ,
    Ｇｏｏｇｌｅ: Japanese writes a brand so).  A capitalised word general English also uses
    ("Christian", "Monday") is neither.  False when the dictionary is not installed."""
    import unicodedata

    from ..text import jmdict

    if not word[:1].isupper() or not jmdict.available():
        return False
    entries = [*jmdict.ja_for_english(word), *jmdict.names_for_romaji(word, kinds=ORGANISATION_KINDS, limit=5)]
    for e in entries:
        if unicodedata.normalize("NFKC", e.headword) == word:
            return True
        # (a gloss may open with a usage tag: "(uk) Hyundai (car company)")
        if e.kind in ORGANISATION_KINDS and any(_LEADING_TAG.sub("", g).split(" (")[0] == word for g in e.glosses):
            return True
    return False


#: an unclassified JMnedict name is a given name when English uses the word less than this
UNCLASSIFIED_GIVEN_ZIPF = 4.7

#: JMnedict kinds of a given name (not "unclass", which holds common nouns too: ハウス "House")
PERSONAL_KINDS = frozenset({"masc", "fem", "given"})


@lru_cache(maxsize=4096)
def dictionary_place(word: str) -> bool:
    """Does a Japanese dictionary gloss `word` as a place?  A JMdict or JMnedict entry
    glosses it qualified by a country or a kind of place ("Busan (South Korea)", "Osaka
    (city, prefecture)", "Shimane (prefecture)"), or JMdict's own entry glosses it alone
    while JMnedict lists it as a place (東京 "Tokyo").  A surname JMnedict also lists as some
    small place has no such gloss.  False when the dictionary is not installed."""
    from ..text import jmdict
    from .vocab import COUNTRIES, FAMILY_NAMES, GEO_WORDS

    if not word[:1].isupper() or word in FAMILY_NAMES or not jmdict.available():
        return False
    entries = jmdict.ja_for_english(word, limit=10)
    if any(g == f"{word} (language)" for e in entries for g in e.glosses):
        return False             # "English": a language (and a river)
    for e in entries:
        for g in e.glosses:
            head, _, rest = g.partition(" (")
            if head != word or e.kind not in ("word", "place"):
                continue
            what = rest.rstrip(")").split(",")[0].strip()
            if what in COUNTRIES:
                return True      # "Seoul (South Korea)", "Busan (South Korea)"
            if e.kind != "word":
                continue         # (JMnedict's "Obama (city)", "Toyota (city)": a town of a surname's name)
            if what and any(w.title() in GEO_WORDS for w in what.split()):
                return True      # JMdict's own "Osaka (city, prefecture)"
            if not what:         # ... or "Tokyo" alone, which JMnedict lists as a place more than as a person
                kinds = jmdict.name_kind_counts(word)
                if kinds.get("place", 0) >= max(1, sum(kinds.get(k, 0) for k in _PERSON_NAME_KINDS)):
                    return True
    return False


@lru_cache(maxsize=4096)
def dictionary_given_name(word: str) -> bool:
    """Does a Japanese dictionary transcribe `word` as a foreign personal name?  JMnedict
    has a name in katakana glossed exactly so (ジェフリー "Jeffrey", テレサ "Theresa"), which
    makes the word a given name before a surname that is also a common word ("Jeffrey
    Mass", "Theresa May").  False when the dictionary is not installed."""
    from ..text import jmdict
    from ..text.scripts import is_katakana_word

    if not word[:1].isupper() or not word.isalpha():
        return False
    if census_given_name(word):
        return True
    if not jmdict.available():
        return False
    if any(is_katakana_word(e.headword) and any(g.split(" (")[0] == word for g in e.glosses)
           for e in jmdict.names_for_romaji(word, kinds=PERSONAL_KINDS, limit=5)):
        return True
    # an unclassified name ("カール" Karl) when English uses the word little otherwise
    # (the unclassified names hold common nouns too: ハウス "House")
    return zipf(word.lower()) < UNCLASSIFIED_GIVEN_ZIPF and any(
        e.source == "jmnedict" and is_katakana_word(e.headword) and any(g.split(" (")[0] == word for g in e.glosses)
        for e in jmdict.ja_for_english(word, kinds=frozenset({"unclass"}), limit=10))


#: a census given name that is also a common English word (zipf at least COMMON_WORD_GIVEN_ZIPF:
#: "Will", "Hope", "Major", "Summer") counts only when at least this share of people bear it
#: (percent): "Bill", "Mark", "Rose" do
COMMON_WORD_GIVEN_SHARE = 0.1
COMMON_WORD_GIVEN_ZIPF = 4.5


@lru_cache(maxsize=1)
def _census_given_names() -> dict[str, float]:
    from ..text.lexicon import mapping

    return {name: float(share) for name, share in mapping("en_given_names", "name", "percent").items()}


@lru_cache(maxsize=4096)
def census_given_name(word: str) -> bool:
    """Is `word` a given name by the US census's first-name files (data/en_given_names.tsv)?
    Not when it is an East Asian family name ("Kim", "Lee": data/family_names.tsv), a place a
    dictionary knows ("Virginia", "Jordan"), or a common English word few people are named
    ("Will", "Hope"): JMnedict's katakana names miss given names it lists unclassified
    ("William", "Charles", "Paul")."""
    share = _census_given_names().get(word)
    if share is None or word.casefold() in _family_names() or dictionary_place(word):
        return False
    return share >= COMMON_WORD_GIVEN_SHARE or zipf(word.lower()) < COMMON_WORD_GIVEN_ZIPF


#: JMnedict kinds of a person's full name (historical people are "person"; many are "unclass")
PERSON_KINDS = frozenset({"person", "unclass"})


@lru_cache(maxsize=4096)
def dictionary_person(name: str) -> bool:
    """Does JMnedict know a person by this romanised full name ("Sugawara no Michizane" 菅原道真)?
    False when the dictionary is not installed."""
    from ..text import jmdict

    if not jmdict.available():
        return False
    return bool(jmdict.names_for_romaji(name, kinds=PERSON_KINDS, limit=1))


@lru_cache(maxsize=4096)
def dictionary_surname(word: str) -> bool:
    """Does JMnedict know `word` as a family name ("Kim" キム) and not as a
    company's ("Honda", "Nissan")?  False when the dictionary is not installed."""
    from ..text import jmdict

    if not word[:1].isupper() or not word.isalpha() or not jmdict.available():
        return False
    kinds = {e.kind for e in jmdict.names_for_romaji(word, limit=10)}
    return "surname" in kinds and "company" not in kinds


@lru_cache(maxsize=4096)
def dictionary_surname_only(word: str) -> bool:
    """Does JMnedict know `word` as a family name and as nothing else (no place, no given
    name, no company: "Xi" 習, a foreign leader's surname in katakana), and English not as a word in lower case?  A
    one-word name so known is a person even without a cue.  False without the dictionary."""
    from ..text import jmdict

    if not word[:1].isupper() or not word.isalpha() or not jmdict.available() or dictionary_lower_word(word.lower()):
        return False
    kinds = {e.kind for e in jmdict.names_for_romaji(word, limit=10)}
    return kinds == {"surname"}


#: a dictionary gloss that says its word is Korean ("hanbok (traditional Korean dress)")
KOREAN_GLOSS = "Korea"


@lru_cache(maxsize=4096)
def dictionary_loanword(word: str) -> bool:
    """Is the lower-case English `word` a word English took from Japanese or Korean, by the
    dictionary?  A JMdict entry is glossed with it ("daimyo (Japanese feudal lord)" 大名,
    "zaibatsu" 財閥) and either its reading is the word in Hepburn romanisation
    (だいみょう: a Japanese loan; a word Japanese took from another language and English
    uses rarely, "pagoda", passes too) or that gloss names Korea ("hanbok (traditional
    Korean dress)": a Korean one).  False when the dictionary
    is not installed."""
    from ..text import jmdict
    from ..text.kana import hepburn, romaji_key

    if not word.isalpha() or not word.islower() or not jmdict.available():
        return False
    key = romaji_key(word)
    for e in jmdict.ja_for_english(word, limit=8):
        if e.source != "jmdict" or not any(g == word or g.startswith(word + " (") for g in e.glosses):
            continue
        matching = [g for g in e.glosses if g == word or g.startswith(word + " (")]
        if romaji_key(hepburn(e.reading)).replace(" ", "") == key or any(KOREAN_GLOSS in g for g in matching):
            return True
    return False


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    from ..text.lexicon import words

    return frozenset(w.casefold() for w in words("family_names"))


#: JMnedict kinds a word of a person's name is listed under
NAME_WORD_KINDS = PERSONAL_KINDS | PERSON_KINDS | {"surname"}


@lru_cache(maxsize=4096)
def dictionary_name_word(word: str) -> bool:
    """Does a dictionary know `word` as a word of people's names: a JMnedict name glossed
    exactly so ("Hicks" ヒックス, "Grace" グレイス), or an East Asian family name
    (data/family_names.tsv)?  Without the dictionary: the family names only."""
    from ..text import jmdict

    if word.casefold() in _family_names():
        return True
    if not jmdict.available():
        return False
    return any(e.source == "jmnedict" and any(g.split(" (")[0] == word for g in e.glosses)
               for e in jmdict.ja_for_english(word, kinds=NAME_WORD_KINDS, limit=30))


#: JMnedict kinds of a word of someone's own name ("unclass" aside: it holds common nouns
#: too, コード "Code", ハウス "House")
OWN_NAME_KINDS = PERSONAL_KINDS | {"surname", "person"}


@lru_cache(maxsize=4096)
def dictionary_own_name_word(word: str) -> bool:
    """Does JMnedict translate the romanised `word` as a given name or a family name, of any
    reading (直人 "Naoto", ブラウン "Brown"), or is it an East Asian family name
    (data/family_names.tsv)?  Unlike `dictionary_name_word`, an unclassified name does not
    count.  Without the dictionary: the family names only."""
    from ..text import jmdict

    if word.casefold() in _family_names():
        return True
    if not jmdict.available():
        return False
    kinds = jmdict.name_kind_counts(word)
    return any(kinds.get(k) for k in OWN_NAME_KINDS)


@lru_cache(maxsize=1)
def _adjective_suffixes() -> tuple[str, ...]:
    from ..text.lexicon import words

    return tuple(sorted(words("en_function_words", list="adjective_suffix"), key=len, reverse=True))


@lru_cache(maxsize=4096)
def dictionary_adjective(word: str) -> bool:
    """Is the capitalised `word` an English adjective or a follower's noun made from a name
    ("Confucianist", "Neolithic", "Portuguese"): it ends in one of English's suffixes that
    make such words (data/en_function_words.tsv, list adjective_suffix), a Japanese
    dictionary translates it as a common word (JMdict) and knows it neither as a word of
    people's names ("White", "Fish": `dictionary_name_word`) nor as a brand?  Not a name of
    its own, then.  False when the dictionary is not installed."""
    from ..text import jmdict

    if not word[:1].isupper() or not word.isalpha() or not jmdict.available():
        return False
    if word.casefold().endswith(_adjective_suffixes()) and dictionary_word(word) and \
            not dictionary_name_word(word) and not dictionary_brand(word):
        return True
    return place_adjective(word)


@lru_cache(maxsize=1)
def _place_adjective_suffixes() -> tuple[str, ...]:
    from ..text.lexicon import words

    return tuple(sorted(words("en_function_words", list="place_adjective_suffix"), key=len, reverse=True))


@lru_cache(maxsize=4096)
def place_adjective(word: str) -> bool:
    """Is the capitalised `word` an adjective or a people's noun made from the name of a
    place a Japanese dictionary knows ("Okinawan", "Ryukyuans", "Tokyoite": the place and
    one of English's endings for it, data/en_function_words.tsv, list
    place_adjective_suffix; "-n" only after a vowel), and no place or name of its own?"""
    w = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    for suffix in _place_adjective_suffixes():
        stem = w[:-len(suffix)]
        if not w.endswith(suffix) or len(stem) < 3 or (suffix == "n" and stem[-1] not in "aeiou"):
            continue
        if dictionary_place(stem) and not dictionary_place(w) and not dictionary_name_word(w) \
                and not dictionary_brand(w):
            return True
    return False


@lru_cache(maxsize=4096)
def dictionary_verb(word: str, limit: int = 10) -> bool:
    """Does JMdict translate the verb "to <word>" (a gloss of a JMdict entry is exactly
    that, "to visit" 訪ねる) among its first `limit` entries for the word (a word used
    mostly as a noun, "support", has its verb further down)?  False when the dictionary is
    not installed."""
    from ..text import jmdict

    if not jmdict.available():
        return False
    want = "to " + word.lower()
    return any(e.source == "jmdict" and any(g.lower().split(" (")[0] == want for g in e.glosses)
               for e in jmdict.ja_for_english(word, limit=limit))


@lru_cache(maxsize=4096)
def dictionary_lower_word(word: str) -> bool:
    """Does JMdict gloss an entry with `word` exactly as written, in lower case ("quiz",
    "preface"; "NATO" is glossed in capitals)?  False when the dictionary is not installed."""
    return word.islower() and _glossed_exactly(word, "jmdict", 10)


@lru_cache(maxsize=4096)
def dictionary_common_noun(word: str) -> bool:
    """Is the capitalised `word` an English common noun written with a capital only because
    it opens a sentence: JMdict glosses it, or its singular, in lower case ("Excavators",
    "Inducement"), no dictionary knows it as a word of people's names ("Smith" is one) and
    it is no word English took from Japanese or Korean ("Karoshi": a term of its own)?
    False when the dictionary is not installed."""
    low = word.lower()
    if not word[:1].isupper() or not low.isalpha() or dictionary_name_word(word) or dictionary_loanword(low):
        return False
    return dictionary_lower_word(low) or (low.endswith("s") and dictionary_lower_word(low[:-1]))


@lru_cache(maxsize=4096)
def dictionary_title(phrase: str) -> bool:
    """Does JMdict (not JMnedict) gloss an entry with the capitalised `phrase` exactly as
    written, before any bracketed remark ("Democratic Party (esp. DPJ ...)", "Liberal
    Party", "Supreme Court")?  Such a phrase is a name of its own -- of some party, some
    court -- not only a shortening of a longer name that ends in it.  False when the
    dictionary is not installed."""
    return " " in phrase and phrase[:1].isupper() and _glossed_exactly(phrase, "jmdict", 10)


@lru_cache(maxsize=4096)
def dictionary_word(word: str) -> bool:
    """Does JMdict translate `word` as a common word (any entry of JMdict, not JMnedict,
    glossed with it)?  False when the dictionary is not installed."""
    from ..text import jmdict

    return jmdict.available() and any(e.source == "jmdict" for e in jmdict.ja_for_english(word, limit=10))


#: a romanised word in lower case is a name when English hardly uses it (Zipf below this)
ROMANIZED_NAME_ZIPF = 2.0


@lru_cache(maxsize=4)
def _romanized(least: int, most: int, vowels: str):
    """A pattern of `least` to `most` (0: any number of) romanised syllables (Hepburn or Revised Romanization,
    McCune-Reischauer without marks, the usual name spellings): an onset of the systems,
    one to three of `vowels` (the name spellings' "wh" of "Kyung-wha" an onset too), an optional final (RR's k, l, m, n, ng, p, t) that no vowel
    follows."""
    import regex

    after = vowels.replace("w", "")
    syllable = (r"(?:(?:ch|sh|ts|kk|tt|pp|ss|jj|wh|[kgnhbpmr]y|[bcdfghjkmnprstwyz])?"
                rf"[{vowels}]{{1,3}}(?:ng|[klmnpt](?![{after}]))?)")
    return regex.compile(rf"{syllable}{{{least},{most or ''}}}")


@lru_cache(maxsize=8192)
def romanized_word(word: str) -> bool:
    """Is the lower-case `word` (letters a-z only) spelled in romanised Japanese or Korean
    syllables throughout (Hepburn, Revised Romanization, McCune-Reischauer without marks):
    "gyeonggi", "shimonoseki", "jeolla" (RR writes ㄹㄹ "ll"); not "washington"?"""
    return _romanized(1, 0, "aeiouwy").fullmatch(word.replace("ll", "lr")) is not None


@lru_cache(maxsize=4096)
def romanized_name_word(word: str) -> bool:
    """Is the lower-case `word` a romanised Japanese or Korean word English does not use, of
    two syllables or more ("valmogung", "kessindae"): Hepburn or Revised Romanization
    syllables throughout, rare in English (wordfreq) and no word JMdict translates?"""
    return len(word) >= 5 and word.isalpha() and word.islower() and \
        bool(_romanized(2, 0, "aeiouwyāēīōū").fullmatch(word)) and zipf(word) < ROMANIZED_NAME_ZIPF and \
        not dictionary_word(word)


@lru_cache(maxsize=4096)
def hyphenated_given_name(word: str) -> bool:
    """Is `word` a Korean given name written with a hyphen, one romanised syllable on each
    side ("Ji-hoon", "Soo-jin", "Jae-In")?  Not an English compound of a name and a
    modifier ("Valmora-led", "Kim-era", "Seoul-based": the modifier is no syllable of
    that shape, or the first part is longer than one)."""
    parts = word.split("-")
    one = _romanized(1, 1, "aeiouwy")
    return len(parts) == 2 and parts[0][:1].isupper() and parts[0][1:].islower() and \
        (parts[1].islower() or parts[1].istitle()) and \
        all(p.isascii() and p.isalpha() and one.fullmatch(p.lower()) for p in parts) and \
        zipf(word.replace("-", "")) < ROMANIZED_NAME_ZIPF     # not an English word ("Co-op", "Re-run")


@lru_cache(maxsize=4096)
def korean_name_first(word: str, given: str) -> bool:
    """Is `word` a Korean surname written before a hyphenated given name ("An Cheol-min",
    "Do Jong-hwan", "So Yeon-hee"): one romanised syllable in title case, then a given name
    of `hyphenated_given_name`'s shape?  (The surname may be an English function word, or a
    word the article also writes in lower case: "Park", "Lee" in their usual spellings.)"""
    return len(word) <= 5 and word.isascii() and word.istitle() and word.isalpha() and \
        (_romanized(1, 1, "aeiouwy").fullmatch(word.lower()) is not None or word.casefold() in _family_names()) and \
        hyphenated_given_name(given)



def romanized_phrase(text: str) -> bool:
    """Is `text` a phrase of romanised Japanese or Korean ("Gaikō no genba kara", "Hanil
    gwangye-ui jaeguseong"): two to twelve words, each of romanised syllables only (marks
    and apostrophes aside), most of them no English word?  An English title fails on its
    consonant clusters ("From the Front Line") or its common words."""
    import unicodedata

    words = [w for w in text.replace("-", " ").split() if w]
    if not 2 <= len(words) <= 12:
        return False
    plain = ["".join(ch for ch in unicodedata.normalize("NFD", w.lower()) if ch.isascii() and ch.isalpha())
             for w in words]
    syllables = _romanized(1, 0, "aeiouwy")
    if not all(p and syllables.fullmatch(p) for p in plain):
        return False
    return sum(1 for p in plain if zipf(p) < ROMANIZED_NAME_ZIPF + 1) * 2 >= len(plain)


@lru_cache(maxsize=4096)
def romanized_compound(first: str, tail: str) -> str | None:
    """What a hyphenated word "<first>-<tail>" with a lower-case tail is when the tail is a
    Japanese or Korean word for a kind of place or building (data/romanized_heads.tsv:
    "Valmo-dera" a temple, an institution; "Ostrin-dong" a place) or an honorific
    ("Tarvik-san": "honorific"); None for any other tail -- an English compound
    ("Tokyo-based", "Japan-bashing"), a romanised phrase ("Valmo-teki"), the second
    syllable of a Korean given name ("Geun-hye") -- and after an English first part
    ("Machine-gun", "Can-do")."""
    if _english_word(first):
        return None
    return _romanized_heads().get(tail.lower())


def _english_word(word: str) -> bool:
    """A very common English word ("Machine", "Can"), or a common one a dictionary
    translates and knows as no name ("Maxim"; not "Osaka", "Gyeonggi")."""
    z = zipf(word)
    return z >= ENGLISH_WORD_ZIPF or (z >= ENGLISH_FIRST_ZIPF and dictionary_word(word) and not dictionary_proper(word))


#: a first part at least this common in English may be an English word (see _english_word)
ENGLISH_FIRST_ZIPF = 3.0
#: ... and at least this common is one, whatever a dictionary of names says (JMnedict
#: glosses given names with English words: 真知音 "Machine")
ENGLISH_WORD_ZIPF = 4.5


@lru_cache(maxsize=4096)
def dictionary_proper(word: str) -> bool:
    """Does JMnedict gloss a name (of any kind: place, person, company ...) exactly so?"""
    return _glossed_exactly(word, "jmnedict", 20)


def _glossed_exactly(text: str, source: str, limit: int) -> bool:
    """Does an entry of `source` ("jmdict" or "jmnedict") among the first `limit` for
    `text` have a gloss that is `text` exactly as written, before any bracketed remark?
    False when the dictionary is not installed."""
    from ..text import jmdict

    return jmdict.available() and any(
        e.source == source and any(g.split(" (")[0] == text for g in e.glosses)
        for e in jmdict.ja_for_english(text, limit=limit))


@lru_cache(maxsize=1)
def _romanized_heads() -> dict[str, str]:
    from ..text.lexicon import mapping

    return mapping("romanized_heads", "word", "category")
