"""Suggestion source: JMdict and JMnedict (EDRDG) for entries the article gives no form for.

English -> Japanese by the dictionary's English glosses (`text.jmdict`): an institution,
agreement, event, policy, publication or place whose English name (or an alias) is a
gloss of an entry -- strictly: the whole gloss, brackets aside -- gets its headword (when
several entries qualify, the one wordfreq says modern Japanese writes most); a person
whose full name is a JMnedict person's romanized name gets the name in kanji, and a
Japanese person the Korean transcription of that name, family name first.

Guards: acronyms, lower-case single words and single English words that general English
uses often ("Government", "Embassy") are not looked up; a single word matches only a
JMdict word or one JMnedict place, company or organisation; a gloss qualified by another
country ("national assembly (esp. France)") does not count, nor does an English name
that names a country other than Japan ("Korean Ministry of Foreign Affairs"); a person
needs two or more words; when JMnedict has several people of that name, the one with dates
(a person of note) and listed first is suggested with a lower confidence and the others
named in the evidence; a name that is not Japanese must be written in the dictionary's order.
"""
from __future__ import annotations

import sys
from dataclasses import replace

import regex

from ..extract.candidates import Candidate, Form
from ..extract.vocab import LEGAL_FORMS
from ..model import Category, Role
from ..text import jmdict
from ..text.scripts import HAN as _HAN
from ..text.lexicon import alternation
from .caching import cached
from .jmdict_gloss import (ABBREVIATED, DOMINANCE, JAPAN_FIRST, KATAKANA_ONLY, capitalised, closest_senses, dominant,
                           foreign_qualifier, foreign_sense, ja_frequency, of_the_past, one_per_spelling,
                           qualified_senses, strict_entries, strict_gloss, unbracketed, by_loose_gloss)
from .jmdict_korean import _gloss_name, _japanese_romaji, _korean_from
from .loanwords import loanword_match
from .state_institutions import apposed_owner
from .brackets import abbreviation
from ..extract.general import zipf
from .dictionary import country_mentions

#: "Japan", "Japanese"; an acronym
_JAPAN = regex.compile(r"\bJapan(?:ese)?\b")
_ACRONYM = regex.compile(r"[A-Z]{3,6}")

#: categories looked up by English gloss
GLOSS_CATEGORIES = frozenset({Category.INSTITUTION, Category.AGREEMENT, Category.EVENT, Category.POLICY,
                              Category.PUBLICATION, Category.PLACE, Category.OTHER})
#: a one-word English name at least this common in general English is not looked up
COMMON_ZIPF = 4.0
#: confidence of a headword found by its gloss (a dictionary, but the sense may differ):
#: measured on dev (tasks.py eval --calibration), JMdict words were right 5 times in 6,
#: JMnedict names 9 in 10
GLOSS_CONFIDENCE = {"jmdict": 0.6, "jmnedict": 0.7}
#: Japan is the article's country when its mentions are at least this share of the top one's
JAPAN_SHARE = 0.8
#: how often Japanese must write a place's name (wordfreq, per word: once in a million) for it
#: to be the form of a one-word entry the article does not make a place
PLACE_FOR_OTHER_FREQUENCY = 1e-6
#: confidence of a JMnedict person found by full name
PERSON_CONFIDENCE = 0.75
#: ... when JMnedict has other people of that name (the one chosen: dated, listed first)
AMBIGUOUS_PERSON_CONFIDENCE = 0.45
#: a country other than Japan named in English (then a Japanese institution is not it)
OTHER_COUNTRY = regex.compile(
    r"\b(?:Korea|Korean|ROK|DPRK|China|Chinese|PRC|Taiwan|Taiwanese|U\.?S\.?|American|United States|"
    r"Russia|Russian|Britain|British|UK|France|French|Germany|German|India|Indian|Australia|Australian)\b")


OF_JAPAN = regex.compile(r"(?:the\s+)?(.+?)\s+of\s+Japan")


def add_jmdict_forms(candidates: list[Candidate], *, people: bool = True) -> int:
    """Japanese (and Korean from it) for candidates without them; returns forms added.
    `people=False` leaves person entries for a later call."""
    if not _ready():
        return 0
    about_japan = _about_japan(candidates)
    added = 0
    for cand in candidates:
        if not people and cand.category is Category.PERSON:
            continue
        have = {f.lang for f in cand.forms}
        if "ja" in have and cand.category is Category.PERSON:
            added += _complete_family_name(cand)
            continue
        if "ja" in have and "ko" in have:
            continue
        found = loose = None
        if "ja" not in have:
            found = (_person(cand) or _titled_person_by_gloss(cand)) if cand.category is Category.PERSON else (
                _by_gloss(cand) if cand.category in GLOSS_CATEGORIES
                and (about_japan or not _state_body(cand) or _names_japan(cand) or _names_other_country(cand))
                and (cand.category is not Category.INSTITUTION or apposed_owner(cand) in (None, "JP")) else None)
            if found is None and about_japan and cand.category is Category.INSTITUTION:
                found = _by_acronym(cand)
            if found is None and cand.category is Category.PERSON:
                found = loose = _thing_taken_for_person(cand)     # (no Korean by the rules for people)
            if found is None:      # (no Korean read from a loose match's kanji: 元寇 is no 원구 "sphere")
                found = loose = by_loose_gloss(cand.category, _english_forms(cand), about_japan)
            if found is not None:
                entry, english, evidence, confidence = found
                cand.forms.append(Form("ja", entry.headword, Role.PREFERRED, f"dictionary:{entry.source}",
                                       confidence, evidence, reading=entry.reading))
                added += 1
        if "ko" not in have and found is not None and found is not loose:
            added += _korean_from(cand, found[0], found[1])
    return added


_STATE: dict[str, bool] = {}


def _ready() -> bool:
    """The index is there (built now if needed, with a note on stderr: it takes about half
    a minute, once).  A cache directory that cannot be written means no dictionary
    suggestions, said once; extraction goes on."""
    if "ready" in _STATE:
        return _STATE["ready"]
    if not jmdict.available():
        _STATE["ready"] = False
        return False
    path = jmdict.index_path()
    try:
        if not path.exists():
            print(f"glossary: building the JMdict/JMnedict index once (about 35 s): {path}", file=sys.stderr)
        jmdict.ensure_index()
        _STATE["ready"] = True
    except OSError as exc:
        print(f"glossary: warning: no dictionary suggestions: cannot build the index in {path.parent} "
              f"({exc.strerror or exc}); set $GLOSSARY_CACHE_DIR to a writable directory", file=sys.stderr)
        _STATE["ready"] = False
    return _STATE["ready"]


def _about_japan(candidates: list[Candidate]) -> bool:
    """Is Japan the country the article is about?  Japan's mentions are at least
    JAPAN_SHARE of the most-mentioned country's.  When not (an article on Korea, on the
    US Congress), a generic institution name ("Ministry of Foreign Affairs", "Supreme
    Court") is the other country's, and JMdict -- a dictionary of Japanese -- has Japan's."""
    counts = country_mentions(candidates)
    if not counts:
        return True
    return counts["JP"] >= JAPAN_SHARE * max(counts.values())


#: the head of a state body's name: every country has one ("Ministry of Foreign Affairs")
STATE_BODY = regex.compile(rf"\b(?:{alternation('en_align_words', list='state_body')})\b")


def _state_body(cand: Candidate) -> bool:
    return cand.category is Category.INSTITUTION and any(
        STATE_BODY.search(f.text) for f in cand.forms if f.lang == "en")


def _names_japan(cand: Candidate) -> bool:
    return any(_JAPAN.search(f.text) for f in cand.forms if f.lang == "en")


def _names_other_country(cand: Candidate) -> bool:
    """An institution named with its country, not Japan ("United States Army"): only its
    names that say so are looked up (`_by_gloss_of`), so the state-body guard is not needed."""
    return _foreign_institution(cand.category, _english_of(cand))


def _foreign_institution(category: Category, english_forms: tuple[tuple[str, Role], ...]) -> bool:
    """An institution one of whose English names names a country other than Japan."""
    return category is Category.INSTITUTION and any(OTHER_COUNTRY.search(text) for text, _ in english_forms)


def _by_acronym(cand: Candidate):
    """An organisation the article names only by its acronym ("LDP", no spelled-out form),
    in an article on Japan: JMdict's entries glossed with the acronym all name one thing whose initials it
    is ("Liberal Democratic Party"); that name is looked up as `_by_gloss` would."""
    if any(f.lang == "en" and " " in f.text.strip() for f in cand.forms):
        return None      # the article spells it out ("NISA" is its own savings account, not JMdict's agency)
    for f in cand.forms:
        if f.lang != "en" or not _ACRONYM.fullmatch(f.text):
            continue      # (two letters, "US", "UN", gloss too many words to tell anything)
        names = set()
        for e in jmdict.ja_for_english(f.text):
            glosses = e.standard_glosses()
            if f.text in glosses:
                # an English name, capitalised (not "conjugate diameter pair", not the
                # romanized "Nihon Housou Kyoukai": Japanese writes that one as NHK)
                names.update(g for g in glosses if g != f.text and abbreviation(g) == f.text
                             and capitalised(g) and not _japanese_romaji(g))
        if len(names) != 1:
            continue
        name = names.pop()
        found = _by_gloss(Candidate(category=cand.category, confidence=cand.confidence,
                                    forms=[Form("en", name, Role.PREFERRED)]))
        if found is not None:
            entry, _english, evidence, confidence = found
            return entry, f.text, f"{evidence}; JMdict spells out '{f.text}' so", confidence
    return None


def _english_forms(cand: Candidate) -> list[str]:
    """The English forms worth looking up: preferred first; no acronyms (TCS, SCM and DOS
    are glosses of unrelated words) and no lower-case single words."""
    return list(_lookup_forms(_english_of(cand)))


def _english_of(cand: Candidate) -> tuple[tuple[str, Role], ...]:
    """The candidate's English forms, (text, role): all that `_by_gloss` and `_person` read of it."""
    return tuple((f.text, f.role) for f in cand.forms if f.lang == "en")


#: a legal form of at most this many letters is an abbreviation (Corp, Inc, Ltd, Co)
ABBREVIATED_LEGAL_FORM = 4


@cached(maxsize=16384)
def _lookup_forms(english: tuple[tuple[str, Role], ...]) -> tuple[str, ...]:
    """`_english_forms` of a candidate's English (text, role) pairs."""
    forms = [text for text, role in english if role is Role.PREFERRED]
    forms += [text for text, role in english if role is not Role.PREFERRED
              and role is not Role.DEPRECATED and role is not Role.ABBREVIATION]
    out = []
    for f in forms:
        if (f.upper() == f and f.lower() != f) or (" " not in f and f[:1].islower()) \
                or not any(c.isalpha() for c in f):
            continue      # an acronym (all its letters capitals), a lower-case word, no letters
        out.append(f)
    # "Ministry of Defense of Japan" is JMdict's "Ministry of Defense": Japan's is the one it has
    out += [m.group(1) for f in out if "Japan" in f and (m := OF_JAPAN.fullmatch(f) or JAPAN_FIRST.fullmatch(f))]
    # "Valmora Motor Corp." is JMnedict's company "Valmora Motor": an abbreviated legal form
    # left out (a word is often part of the name: "East India Company" is no "East India")
    out += [f.rsplit(" ", 1)[0] for f in out if " " in f and (last := f.rsplit(" ", 1)[1]) in LEGAL_FORMS
            and (last.endswith(".") or len(last) <= ABBREVIATED_LEGAL_FORM)]
    # the most specific name first: "House of Representatives" before its alias "Lower House"
    return tuple(sorted(dict.fromkeys(out), key=lambda f: -len(f.split())))



def _by_gloss(cand: Candidate):
    return _by_gloss_of(cand.category, _english_of(cand))


@cached(maxsize=16384)
def _by_gloss_of(category: Category, english_forms: tuple[tuple[str, Role], ...]):
    """`_by_gloss` of an entry of this category with these English (text, role) forms."""
    # an institution of another country: only its names that say whose it is are looked up
    # ("United States Army" is JMdict's アメリカ陸軍; the alias "Ministry of Foreign Affairs" of
    # "Ministry of Foreign Affairs of the Republic of Korea" would be Japan's 外務省)
    # (an event, a treaty or a place is named once: "Vietnam War" is ベトナム戦争)
    foreign = _foreign_institution(category, english_forms)
    for english in _lookup_forms(english_forms):
        words = english.split()
        if len(english) < 3 or foreign_qualifier(english) or (foreign and not OTHER_COUNTRY.search(english)):
            continue      # "Senkaku Islands (Taiwan)": the name another country uses
        common = len(words) == 1 and zipf(english) >= COMMON_ZIPF
        if common and category not in (Category.INSTITUTION, Category.PUBLICATION):
            continue      # a place ("Korea" is no コリア) or a common noun
        entries = list(strict_entries(english))
        katakana = all(KATAKANA_ONLY.match(e.headword) for e in entries)   # (spellings of one foreign name)
        if category is Category.EVENT and english != english.casefold() and not foreign_sense(english):
            # an event English capitalises is often a common noun in the dictionary (冷戦
            # "cold war"): its lower-case glosses count too, and usage ranks them below --
            # unless the dictionary knows the capitalised name only as another country's
            # (then the common noun is not it: "Memorial Day (US)" is not 記念日 "memorial day")
            entries += [e for e in strict_entries(english.casefold()) if e not in entries]
        if common:
            # a word general English uses often ("Government", "Embassy") is looked up only
            # for the katakana that spells it, and only for an organisation or a publication:
            # a company's or a site's name (グーグル "Google")
            entries = [e for e in entries if KATAKANA_ONLY.match(e.headword)
                       and loanword_match(e.headword, english) is not None]
        if len(words) == 1:
            # one word: a JMdict word or a JMnedict place/company/organisation, one headword
            entries = [e for e in entries if e.source == "jmdict" or e.kind in ("place", "company", "organization")
                       or (common and e.kind == "unclass") or (e.kind == "work" and category is Category.PUBLICATION)]
            entries = _spelled_word(entries, english) or entries
            if category is Category.INSTITUTION:
                # an organisation's one word is the company's or organisation's name when one
                # such headword is found: 日立 "Hitachi" (company), not the province 常陸
                bodies = [e for e in entries if e.kind in ("company", "organization")]
                entries = bodies if len({e.headword for e in bodies}) == 1 else entries
            names = {e.headword for e in entries if e.source == "jmnedict"}
            # (several places of the name: only one Japanese writes far more often; so too
            # for katakana spellings of one foreign name and nothing else: サムスン over サムソン
            # "Samsung", but no ニンテンドー for 任天堂 "Nintendo")
            if len(names) > 1 and not ((category is Category.PLACE or katakana)
                                       and dominant([e for e in entries if e.source == "jmnedict"],
                                                     any(e.source == "jmdict" for e in entries))):
                continue
            if category is not Category.PLACE:
                # a place's name for what is no place by the article only when Japanese writes
                # it often: a lone surname is no village that shares its reading
                # (or when the dictionary says what the place is: 延暦寺 "Enryaku-ji (temple in Kyoto)")
                entries = [e for e in entries if e.kind != "place" or _described(e, english) or
                           ja_frequency(e.headword) >= PLACE_FOR_OTHER_FREQUENCY]
        if foreign:   # (JMnedict's ネーヴィー "United States Navy, US Navy, Navy" spells "Navy" alone)
            entries = [e for e in entries if not KATAKANA_ONLY.match(e.headword)
                       or loanword_match(e.headword, english) is not None]
        if not entries:
            continue
        # among the strict matches, the one modern Japanese writes far more often (wordfreq):
        # ホワイトハウス over 白亜館; none when two are close (衆議院 / 下院 for "House of
        # Representatives", 慶応大学 / 慶應義塾大学): the editor decides
        # a katakana name with and without its middle dot is one spelling (ゴールドマン・サックス
        # and ゴールドマンサックス): the dotted one, as names are written
        entries = one_per_spelling(entries)
        # a JMnedict short form ("Nihon University (abbr)": 日大) only when no full form fits
        full = [e for e in entries if not all(ABBREVIATED.search(g) for g in e.glosses if strict_gloss(g, english))]
        entries = full or entries
        if category is Category.INSTITUTION:      # a body of the past is not today's
            entries = [e for e in entries if not of_the_past(e, english)]
            if not entries:
                continue
        if qualified_senses(english) > 1:
            continue      # "Democratic Party (esp. DPJ ...)", "Democratic Party (formed in 2016 ...)":
                          # the dictionary's own remarks say whose; usage cannot choose
        # (an institution's name several bodies bear -- 衆議院, 下院 -- is left to the editor)
        pool = entries if category is Category.INSTITUTION else closest_senses(entries, english)
        ranked = sorted({e.headword: e for e in pool}.values(), key=lambda e: -ja_frequency(e.headword))
        if len(ranked) > 1 and ja_frequency(ranked[0].headword) < DOMINANCE * ja_frequency(ranked[1].headword):
            continue
        entry = ranked[0]
        others = ", ".join(e.headword for e in entries if e is not entry)[:80]
        what = "JMdict" if entry.source == "jmdict" else f"JMnedict ({entry.kind})"
        evidence = (f"{what}: {entry.headword} ({entry.reading}) is glossed '{english}'"
                    + (f"; also {others}" if others else ""))
        return entry, english, evidence, GLOSS_CONFIDENCE[entry.source]
    return None


def _described(entry, english: str) -> bool:
    """A gloss of the entry that is the English name carries the dictionary's remark on
    what it names ("Enryaku-ji (temple in Kyoto)"), not the bare reading a village or a
    family shares ("Kabuki")."""
    return any("(" in g and strict_gloss(g, english) for g in entry.standard_glosses())


def _spelled_word(entries: list, english: str) -> list:
    """[the JMdict word glossed with exactly this spelling] when Japanese writes it DOMINANCE
    times more often than every other headword found: 京都 "Kyoto (city, prefecture)" over
    the names read Kyōtō that the spelling without macrons also matches (協東, 京当); []
    otherwise."""
    exact = [e for e in entries if e.source == "jmdict"
             and any(unbracketed(g) == english for g in e.standard_glosses())]
    if not exact:
        return []
    best = max(exact, key=lambda e: ja_frequency(e.headword))
    top = ja_frequency(best.headword)
    others = [ja_frequency(e.headword) for e in entries if e.headword != best.headword]
    return [best] if top > 0 and all(top >= DOMINANCE * f for f in others) else []


def _person(cand: Candidate):
    return _person_of(_lookup_forms(_english_of(cand)))


@cached(maxsize=16384)
def _person_of(english_forms: tuple[str, ...]):
    """`_person` of a candidate whose English forms worth looking up are these."""
    from .names.kana import romaji_key

    for english in english_forms:
        if len(english.split()) < 2:
            continue
        people = jmdict.names_for_romaji(english, kinds=frozenset({"person"}), limit=5)
        if not people:
            continue
        # one person in kanji and in katakana (金正日, キムジョンイル: one gloss): Japanese
        # writes an East Asian person in the kanji
        in_kanji = {next(iter(e.glosses), "") for e in people if _HAN.search(e.headword)}
        people = [e for e in people if _HAN.search(e.headword) or next(iter(e.glosses), "") not in in_kanji]
        # ... and in katakana with and without the dot between the names: with it
        dotted = {e.headword.replace("・", "") for e in people if "・" in e.headword}
        people = [e for e in people if "・" in e.headword or e.headword not in dotted]
        # homonyms: the spelling whose given name usually reads so goes first (富市 reads
        # とみいち and nothing else; 富一 also とみかず), then one JMnedict gives dates (a
        # person of note), then JMnedict's own order; the same person written in old and new
        # characters (佐藤栄作, 佐藤榮作: one gloss, one set of dates) is one person
        given = {e.entry_id: _given_name_part(e.headword, e.reading) if len(people) > 1 else (0.5, "")
                 for e in people}
        typical = {k: share for k, (share, _tail) in given.items()}
        best = max(typical.values())
        pool = [e for e in people if typical[e.entry_id] == best]
        # ... and of those, the given name modern Japanese writes most (wordfreq)
        top = max(ja_frequency(given[e.entry_id][1]) for e in pool)
        pool = [e for e in pool if ja_frequency(given[e.entry_id][1]) == top]
        pool = [e for e in pool if _dated(e)] or pool
        entry = pool[0]
        others = len({next(iter(e.glosses), e.headword) for e in people}) - 1
        if others and all(typical[e.entry_id] * TYPICAL_MARGIN <= best for e in people
                          if next(iter(e.glosses), e.headword) != next(iter(entry.glosses), entry.headword)):
            others = 0      # the others' given names seldom read so: the usual spelling is meant
        name = _gloss_name(entry)
        if not _japanese_romaji(english) and romaji_key(name) != romaji_key(english):
            continue        # "Yuna Kim" is not written "Kim Yuna": no order to trust for a foreign name
        if not _japanese_romaji(english):
            entry = _western_spelling(entry, english)
        evidence = f"JMnedict person {entry.headword} ({entry.reading}): '{next(iter(entry.glosses), '')}'"
        if not others:
            return entry, english, evidence, PERSON_CONFIDENCE
        evidence += (f"; JMnedict knows {others} other {'person' if others == 1 else 'people'} of this name "
                     f"({', '.join(dict.fromkeys(e.headword for e in people if e is not entry))}): check which is meant")
        return entry, english, evidence, AMBIGUOUS_PERSON_CONFIDENCE
    return None


def _western_spelling(entry, english: str):
    """A Western person JMnedict writes in katakana without the dot between the names
    (ディックチェニー) gets the dot, the dictionary's own katakana kept: where each name's
    usual spelling (foreign_names) joins to the headword, else after a given-name spelling
    the headword starts with (ディック・チェニー), else before a surname spelling it ends with."""
    from .foreign_names import first_name_katakana, katakana_for_name, surname_katakana

    head = entry.headword
    if "・" in head or not KATAKANA_ONLY.match(head):
        return entry
    words = katakana_for_name(english)
    if words is not None and words[0].replace("・", "") == head:
        return replace(entry, headword=words[0])
    parts = english.split()
    for given in first_name_katakana(parts[0]):
        if head.startswith(given) and len(head) > len(given):
            return replace(entry, headword=given + "・" + head[len(given):])
    for family in surname_katakana(parts[-1]):
        if head.endswith(family) and len(head) > len(family):
            return replace(entry, headword=head[:-len(family)] + "・" + family)
    return entry


#: a family name alone, as Japanese headlines write people (岸田首相, 河野外相)
FAMILY_NAME_ONLY = regex.compile(r"\p{Han}{1,3}")


def _complete_family_name(cand: Candidate) -> int:
    """A person the article's notes name by family name alone (河野 of 河野外相) -- or its
    text by given name alone ("Ashikaga Takauji (尊氏)") -- whose full English name is a
    JMnedict person's, written with that family (given) name (河野太郎 "Kono Taro", 足利尊氏):
    the full name becomes the preferred Japanese form, and its Korean transcription the
    preferred Korean one where the Korean was that one name's alone (다카우지 -> 아시카가
    다카우지); the one-name forms stay as aliases.  Only one person of that name in JMnedict
    -- or only one written with the article's kanji (足利義政, not its homonym 足利義正)."""
    ja = [f for f in cand.forms if f.lang == "ja"]
    if not ja or not all(FAMILY_NAME_ONLY.fullmatch(f.text) for f in ja):
        return 0
    found = _person(cand)
    if found is not None and found[3] != PERSON_CONFIDENCE:
        found = _homonym_written_so(found[1], tuple(f.text for f in ja))
    if found is None:
        return 0
    entry, english, evidence, confidence = found
    family = next((f for f in ja if entry.headword.startswith(f.text) and len(entry.headword) > len(f.text)), None)
    given = None if family is not None else \
        next((f for f in ja if entry.headword.endswith(f.text) and len(entry.headword) > len(f.text)), None)
    if family is None and given is None:
        return 0
    ko_before = [f for f in cand.forms if f.lang == "ko"]
    # (the Korean of the family name alone: transcribed, or a note's 기시다 of 「기시다 총리 …」)
    surname_ko = all((f.origin == "transcription" or f.origin.startswith("footnote:")) and " " not in f.text
                     for f in ko_before)
    demote = {id(f) for f in ja} | ({id(f) for f in ko_before} if surname_ko else set())
    cand.forms[:] = [replace(f, role=Role.ALIAS) if id(f) in demote and f.role is Role.PREFERRED else f
                     for f in cand.forms]
    part, which = (family, "family") if family is not None else (given, "given")
    cand.forms.append(Form("ja", entry.headword, Role.PREFERRED, f"dictionary:{entry.source}",
                           min(confidence, part.confidence),
                           f"{evidence}; the article's {part.text} is its {which} name", reading=entry.reading))
    return 1 + (_korean_from(cand, entry, english) if surname_ko else 0)


def _homonym_written_so(english: str, kanji: tuple[str, ...]):
    """(entry, english, evidence, confidence) of the one JMnedict person of this name whose
    name in kanji begins or ends with one of the article's one-name forms, else None."""
    people = {e.headword: e for e in jmdict.names_for_romaji(english, kinds=frozenset({"person"}), limit=10)
              if any(len(e.headword) > len(k) and (e.headword.startswith(k) or e.headword.endswith(k))
                     for k in kanji)}
    if len(people) != 1:
        return None
    entry = next(iter(people.values()))
    return entry, english, (f"JMnedict person {entry.headword} ({entry.reading}): '{next(iter(entry.glosses), '')}', "
                            f"the one of that name written with the article's kanji"), PERSON_CONFIDENCE


def _titled_person_by_gloss(cand: Candidate):
    """A person JMdict glosses under a title ("Emperor Meiji" is 明治天皇): a form of two
    words or more that is a whole gloss of a word entry (not a JMnedict name: those are
    read by `_person`)."""
    for english in _english_forms(cand):
        if len(english.split()) < 2:
            continue
        entries = [e for e in strict_entries(english) if e.source == "jmdict"]
        if len({e.headword for e in entries}) == 1:
            entry = entries[0]
            return entry, english, f"JMdict: {entry.headword} ({entry.reading}) is glossed '{english}'", \
                GLOSS_CONFIDENCE["jmdict"]
    return None


#: JMnedict's kinds of names of things, not people
THING_KINDS = frozenset({"place", "organization", "company", "product", "work"})
#: confidence of such a thing for an entry taken for a person: below a gloss match of the
#: right category (on dev: 2 right of 4, the wrong ones a disputed name and a mis-cut entry)
THING_CONFIDENCE = 0.6


def _thing_taken_for_person(cand: Candidate):
    """An entry taken for a person whose English name of two words or more is the whole
    gloss of JMnedict names of a place, organisation, company, product or work only -- of no
    person and no other kind of name ("Valmora Castle" 城, a shrine, a program): that
    thing's headword (when spellings differ, the one Japanese writes far more often).  No Korean is
    derived from it (`add_jmdict_forms`): the person's transcription rules do not apply."""
    for english in _english_forms(cand):
        if len(english.split()) < 2:
            continue
        entries = list(strict_entries(english))
        if not entries or any(e.source != "jmnedict" or e.kind not in THING_KINDS for e in entries) \
                or _japanese_person_shaped(english):
            continue
        ranked = sorted({e.headword: e for e in one_per_spelling(entries)}.values(),
                        key=lambda e: -ja_frequency(e.headword))
        top = ja_frequency(ranked[0].headword)
        if len(ranked) > 1 and not (top and top >= DOMINANCE * ja_frequency(ranked[1].headword)):
            continue      # (spellings wordfreq does not tell apart: the editor chooses)
        entry = ranked[0]
        return entry, english, (f"JMnedict ({entry.kind}): {entry.headword} ({entry.reading}) is glossed "
                                f"'{english}', and no person is"), THING_CONFIDENCE
    return None


def _japanese_person_shaped(english: str) -> bool:
    """Two words JMnedict knows as a family name and a given name (each at least twice), in
    either order ("Tanaka Yumi", "Yumi Tanaka"): a person's name, whatever place shares it."""
    words = english.split()
    if len(words) != 2:
        return False
    counts = [jmdict.name_kind_counts(w) for w in words]
    family = [c.get("surname", 0) >= PERSON_SHAPED_NAMES for c in counts]
    given = [sum(c.get(k, 0) for k in ("given", "masc", "fem")) >= PERSON_SHAPED_NAMES for c in counts]
    return (family[0] and given[1]) or (given[0] and family[1])


#: a word is a family (given) name for `_japanese_person_shaped` when JMnedict has it so this often
PERSON_SHAPED_NAMES = 2


#: a homonym is ruled out when its given name reads so this many times less often
TYPICAL_MARGIN = 3.0
_GIVEN = frozenset({"given", "masc", "fem", "unclass"})


@cached(maxsize=4096)
def _given_name_part(headword: str, reading: str) -> tuple[float, str]:
    """The person's given name in characters and how usual its reading is for them: the
    share of JMnedict's given-name readings of those characters that are this one (邦彦
    read くにお: none of くにひこ, くにひろ, くによし; 富市 read とみいち: all).  The headword
    is cut where the rest is a given name whose reading ends the full reading; (0.5, "")
    when no cut is found."""
    # (a family name of two characters first: the commonest cut)
    for k in sorted(range(1, len(headword)), key=lambda k: (k != 2, k)):
        tail = headword[k:]
        given = [e.reading for e in jmdict.entries_for_ja(tail) if e.headword == tail and e.kind in _GIVEN]
        here = [r for r in given if reading.endswith(r) and len(r) < len(reading)]
        if here:
            return (given.count(here[0]) + 0.5) / (len(given) + 1.0), tail
    return 0.5, ""


def _dated(entry) -> bool:
    """A JMnedict person entry with dates of birth or death in its gloss ("(1969.6.29-)")."""
    return bool(regex.search(r"\((?:\d{3,4}[\d.]*)?-(?:\d{3,4}[\d.]*)?\)", next(iter(entry.glosses), "")))
