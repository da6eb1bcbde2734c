"""Suggestion source: people known by one name -- monks, painters, emperors, philosophers.

Histories name many people by one name only (a Buddhist name, an art name, a Latinised
Chinese philosopher's name), and JMnedict lists the people of note among them as persons
with that name as the gloss, often with dates or what they were ("Dogen (Zen monk)
(1200-1253)").  A person entry whose one-word English name is the name part of the gloss of
exactly one JMnedict person (macrons and long vowels folded: "Saicho" is "Saichou") gets
that person's headword.

Not taken: a word JMnedict knows mostly as a family name (a family name alone is how an
article names a modern person after the first mention: "Yasuda said"); a word JMdict or JMnedict
also writes in katakana (a Western name: Japanese writes Napoleon ナポレオン, not its old kanji);
a name several JMnedict people share.

A given name alone ("Tadaoki": histories name a clan's people so once the clan is named)
that is no one person's one name -- or is one and the family name the article writes
completes it (広重 "Hiroshige", 歌川広重 with the "Utagawa school") -- gets the JMnedict
person whose full name is a family name
the article writes elsewhere (the first or last word of another person's or an
institution's English name: "Hosokawa clan", "Hosokawa Fujitaka") and that given name --
when exactly one such person is found (`CLAN_CONFIDENCE`).
"""
from __future__ import annotations

import regex

from ..extract.candidates import Candidate
from ..model import Category, Role
from ..text import jmdict
from ..text.jmdict.keys import name_key
from ..text.scripts import is_katakana_word
from .caching import cached
from .forms import fill_missing

CONFIDENCE = 0.6
#: a word JMnedict lists as a family name at least this many times, and more often than as a
#: given name, is taken for a family name mentioned alone
FAMILY_NAME_COUNT = 5
ONE_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+")
#: the gloss's name part: what comes before a bracketed description or dates
NAME_PART = regex.compile(r"^[^(]*")
GIVEN_KINDS = ("given", "masc", "fem")


#: confidence of a person found by a given name alone and a family name the article writes
CLAN_CONFIDENCE = 0.55
#: the English names whose words may be a family name the article writes
FAMILY_CATEGORIES = (Category.PERSON, Category.INSTITUTION)


def add_one_name_people(candidates: list[Candidate]) -> int:
    """Japanese for people named by one word and known to JMnedict; the forms added."""
    added = 0
    families = None
    for cand in candidates:
        if cand.category not in FAMILY_CATEGORIES or any(f.lang == "ja" for f in cand.forms):
            continue
        english = next((f.text for f in cand.forms if f.lang == "en" and f.role is Role.PREFERRED), "")
        if not ONE_WORD.fullmatch(english):
            continue
        found = one_name_person(english) if cand.category is Category.PERSON else None
        if found is not None and _given_name(english):
            # the one name is a given name and the article writes the family: the full name
            # of the same person (広重 "Hiroshige" with "Utagawa" in the article: 歌川広重)
            families = _article_families(candidates) if families is None else families
            clan = _clan_person(english, families)
            if clan is not None and clan.headword.endswith(found[0]) and clan.headword != found[0]:
                added += _add_clan_person(cand, english, families)
                continue
        if found is not None:
            added += fill_missing(cand, {"ja": found[0]}, "dictionary:jmnedict", CONFIDENCE, found[1])
        elif _given_name(english):
            # (an entry taken for an institution, "Tadaoki", is a person when the name is one)
            families = _article_families(candidates) if families is None else families
            added += _add_clan_person(cand, english, families)
    return added


def _add_clan_person(cand: Candidate, given: str, families: frozenset[str]) -> int:
    """The person `family_named_person` finds, in kanji, and in Korean as Korean writes a
    Japanese person (the JMnedict romanization transcribed, family name first: the article's
    one name alone would leave the family out)."""
    from .jmdict_korean import _korean_form

    entry = _clan_person(given, families)
    if entry is None:
        return 0
    gloss = next(iter(entry.glosses), "")
    why = (f"JMnedict person {entry.headword}: '{gloss}', the one person named '{given}' with a family "
           f"name the article writes")
    added = fill_missing(cand, {"ja": entry.headword}, "dictionary:jmnedict", CLAN_CONFIDENCE, why)
    korean = _korean_form(Category.PERSON, entry, NAME_PART.match(gloss).group().strip())
    if korean is not None and not any(f.lang == "ko" for f in cand.forms):
        text, _role, origin, confidence, evidence = korean
        added += fill_missing(cand, {"ko": text}, origin, min(confidence, CLAN_CONFIDENCE), evidence)
    return added


@cached(maxsize=4096)
def _given_name(word: str) -> bool:
    """JMnedict knows the word as a personal name, and not mostly as a family name (the
    test of `one_name_person`: "Watanabe" said alone is a family name)."""
    counts = jmdict.name_kind_counts(word)
    family = counts.get("surname", 0)
    if family >= FAMILY_NAME_COUNT and family > sum(counts.get(k, 0) for k in GIVEN_KINDS):
        return False
    return any(counts.get(k) for k in (*GIVEN_KINDS, "unclass", "person"))


def _article_families(candidates: list[Candidate]) -> frozenset[str]:
    """The words that may be a Japanese family name in the article: the first and last word
    of each English name of several words of a person or an institution ("Hosokawa clan",
    "Hosokawa Fujitaka", "Fujitaka Hosokawa")."""
    from .names.hangul_for_japanese import romaji_is_japanese

    out = set()
    for cand in candidates:
        if cand.category not in FAMILY_CATEGORIES:
            continue
        for f in cand.forms:
            words = f.text.split() if f.lang == "en" else []
            if len(words) >= 2:
                out.update(w for w in (words[0], words[-1]) if ONE_WORD.fullmatch(w) and romaji_is_japanese(w))
    return frozenset(out)


def family_named_person(given: str, families: frozenset[str]) -> tuple[str, str] | None:
    """(headword, evidence) of the one JMnedict person named by one of `families` and
    `given` (family name first or last), or None when none or several are."""
    entry = _clan_person(given, families)
    if entry is None:
        return None
    return entry.headword, (f"JMnedict person {entry.headword}: '{next(iter(entry.glosses), '')}', the one person "
                            f"named '{given}' with a family name the article writes")


def _clan_person(given: str, families: frozenset[str]):
    """The one JMnedict person entry `family_named_person` describes, or None."""
    found = {}
    for family in sorted(families):
        if family != given:
            for e in _people_named(family, given):
                found.setdefault(e.headword, e)
    return next(iter(found.values())) if len(found) == 1 else None


@cached(maxsize=16384)
def _people_named(family: str, given: str) -> tuple:
    """The JMnedict person entries whose name is `family` `given`, either order; not a name
    JMdict or JMnedict writes in katakana (a Western one)."""
    want = {name_key(f"{family} {given}"), name_key(f"{given} {family}")}
    return tuple(e for e in jmdict.names_for_romaji(f"{family} {given}", kinds=frozenset({"person"}), limit=10)
                 if not is_katakana_word(e.headword)
                 and name_key(NAME_PART.match(next(iter(e.glosses), "")).group().strip()) in want)


@cached(maxsize=4096)
def one_name_person(word: str) -> tuple[str, str] | None:
    """(headword, evidence) of the one JMnedict person named `word`, or None."""
    counts = jmdict.name_kind_counts(word)
    if not counts.get("person"):
        return None
    family = counts.get("surname", 0)
    if family >= FAMILY_NAME_COUNT and family > sum(counts.get(k, 0) for k in GIVEN_KINDS):
        return None
    want = name_key(word)
    found = {(e.source, e.entry_id): e for e in (*jmdict.names_for_romaji(word, limit=20),
                                                 *jmdict.ja_for_english(word, limit=20))}
    named = [e for e in found.values()
             if any(name_key(NAME_PART.match(g).group().strip()) == want for g in e.glosses)]
    if any(is_katakana_word(e.headword) for e in named):
        return None
    people = {e.headword: e for e in named if e.kind == "person"}
    if len(people) != 1:
        return None
    entry = next(iter(people.values()))
    return entry.headword, (f"JMnedict person {entry.headword} ({entry.reading}): "
                            f"'{next(iter(entry.glosses), '')}', the one person it names '{word}'")
