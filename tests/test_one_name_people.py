"""People known by one name (`align/one_name_people.py`): the one JMnedict person of that
name, never a family name mentioned alone nor a name Japanese writes in katakana."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents import read_document
from glossary.model import Category
from glossary.pipeline import analyse
from glossary.text import jmdict

DATA = Path(__file__).parent / "data" / "align"
needs_dictionary = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")


@needs_dictionary
def test_a_person_known_by_one_name_is_the_one_jmnedict_person_of_that_name():
    cands = analyse(read_document(DATA / "people_known_by_one_name.txt"))
    people = {c.name: c for c in cands if c.category is Category.PERSON}
    ja = {name: [f.text for f in c.forms if f.lang == "ja"] for name, c in people.items()}
    assert ja["Dogen"] == ["道元"] and ja["Saicho"] == ["最澄"]
    assert ja["Confucius"] == ["孔子"] and ja["Hiroshige"] == ["広重"]
    origin = next(f for f in people["Dogen"].forms if f.lang == "ja")
    assert origin.origin == "dictionary:jmnedict" and "1200-1253" in origin.evidence
    # the Japanese name read for its Korean transcription
    assert [f.text for f in people["Dogen"].forms if f.lang == "ko"] == ["도겐"]


@needs_dictionary
def test_a_family_name_alone_and_a_western_name_get_no_kanji():
    """JMnedict has a person 'Yasuda' (安寿田) but knows the word as a family name eleven
    times: a modern person named by family name; Napoleon is ナポレオン in JMdict (奈翁 is
    the old kanji)."""
    cands = analyse(read_document(DATA / "people_known_by_one_name.txt"))
    ja = {c.name: [f.text for f in c.forms if f.lang == "ja"] for c in cands}
    assert not ja.get("Yasuda") and "奈翁" not in ja.get("Napoleon", [])
