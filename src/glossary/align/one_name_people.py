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


def add_one_name_people(candidates: list[Candidate]) -> int:
    """Japanese for people named by one word and known to JMnedict; the forms added."""
    added = 0
    for cand in candidates:
        if cand.category is not Category.PERSON or any(f.lang == "ja" for f in cand.forms):
            continue
        english = next((f.text for f in cand.forms if f.lang == "en" and f.role is Role.PREFERRED), "")
        found = one_name_person(english) if ONE_WORD.fullmatch(english) else None
        if found is not None:
            added += fill_missing(cand, {"ja": found[0]}, "dictionary:jmnedict", CONFIDENCE, found[1])
    return added


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
