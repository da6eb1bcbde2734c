"""People the extractor took for things: suggested forms as for a person.

An entry the extraction made an institution, a place or a publication is sometimes a
person the dictionary knows by that very name: "Oda Nobunaga" (JMnedict 織田信長), "Dogen"
(道元, the one person JMnedict names so).  The suggestion sources that write people's
names (JMnedict's people, the transcriptions, the Korean name rules) look only at person
entries; `as_people` hands them such an entry as a person -- a view sharing the entry's
list of forms, so what they add is the entry's -- and leaves its category alone (the
extraction's decision).

An entry is read so when it lacks a Japanese or a Korean form and its preferred English
name is
- two words or more that JMnedict gives a person (`jmdict_source._person_of`) and that
  JMnedict does not also give a place, a work or a body of the entry's category
  (`jmdict_source._by_gloss_of`); or
- one word that is the one name of exactly one JMnedict person and not mostly a family
  name (`one_name_people.one_name_person`: "Dogen", not "Yasuda").
"""
from __future__ import annotations

from ..extract.candidates import Candidate
from ..model import Category, Role
from .caching import cached

#: the categories a person is taken for
THING_CATEGORIES = frozenset({Category.INSTITUTION, Category.PLACE, Category.PUBLICATION})


def as_people(candidates: list[Candidate]) -> list[Candidate]:
    """`candidates`, each entry that names a person of the dictionary (see above) replaced
    by a person view of it sharing its forms."""
    out = []
    for cand in candidates:
        if cand.category in THING_CATEGORIES and not {"ja", "ko"} <= {f.lang for f in cand.forms}:
            english = next((f.text for f in cand.forms if f.lang == "en" and f.role is Role.PREFERRED), "")
            if english and dictionary_person(english, cand.category):
                cand = Candidate(Category.PERSON, cand.forms, cand.confidence, cand.mentions, cand.note)
        out.append(cand)
    return out


@cached(maxsize=16384)
def dictionary_person(english: str, category: Category = Category.INSTITUTION) -> bool:
    """The English name is one JMnedict person's, and no thing of `category` the dictionaries know."""
    from .jmdict_source import _by_gloss_of, _person_of
    from .one_name_people import ONE_WORD, one_name_person

    if ONE_WORD.fullmatch(english):
        return one_name_person(english) is not None
    if len(english.split()) < 2:
        return False
    if _person_of((english,)) is None:
        return False
    thing = _by_gloss_of(category, ((english, Role.PREFERRED),))
    # (the gloss lookup finds the person too, or a JMdict word for him: 豊太閤 "Toyotomi Hideyoshi")
    return thing is None or thing[0].source == "jmdict" or thing[0].kind == "person"
