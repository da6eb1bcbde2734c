"""Person cues of English extraction: a possessive after "in X", a reporting verb or an
apposition after a name whose surname is a common word."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents import read_document
from glossary.text import jmdict

DATA = Path(__file__).parent / "data" / "align"
needs_dictionary = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")



def test_a_persons_name_owning_something_after_in_is_no_place():
    """`names`: "cited in Lena Korvath's book" -- "in" before a person-shaped name that owns
    what follows is no place cue ("in Valmora City" still is)."""
    from glossary.extract.english import extract_english

    got = {c.forms[0].text: c.category.value
           for c in extract_english(read_document(DATA.parent / "families" / "person_owning_after_in.txt"))}
    assert got["Lena Korvath"] == "person" and got["Valmora City"] == "place"


def test_a_common_noun_surname_of_a_reported_person_keeps_the_person():
    """`names`: "Kwame Young, a trade adviser, said" and "Aoife Bell said" are people though
    Young and Bell are common words no dictionary gives as names; "Valmora Bridge" is none."""
    from glossary.extract.english import extract_english

    got = {c.forms[0].text: c.category.value
           for c in extract_english(read_document(DATA.parent / "families" / "common_noun_surname_reported.txt"))}
    assert got["Kwame Young"] == "person" and got["Aoife Bell"] == "person" and got["Valmora Bridge"] == "other"


def test_a_family_name_in_capitals_before_the_given_name_is_a_person():
    """`shouting`: reference works and official lists set East Asian family names in capitals
    ("CHOI Min-su (OPP) 41.2%"): the person, in title case; an English word in capitals before
    a title-case word ("AN Overview") and a word no list gives as a family name stay."""
    from glossary.extract.english import extract_english

    got = {c.forms[0].text: c.category.value for c in
           extract_english(read_document(DATA.parent / "families" / "family_name_in_capitals_before_given_name.txt"))}
    for name in ("Park Ji-hoon", "Choi Min-su", "Yoon Ch'ang-Ho", "Tanaka Hiroshi"):
        assert got.get(name) == "person", (name, got)
    assert not any(k.startswith(("An Overview", "Kessin Report", "Gao", "Nam", "Park Hyatt")) for k in got)
    assert "GAO Report" in got and "NAM Summit" in got


def test_a_census_given_name_that_is_also_a_common_word_starts_a_person():
    """`names`: "Bill Tarvik" is a person though "Bill" is a common word (and a head noun of
    laws) that JMnedict lists unclassified: the US census's first names know it; a common word
    few people bear ("Will Power", "Hope Springs") starts no person."""
    from glossary.extract.english import extract_english

    got = {c.forms[0].text: c.category.value for c in
           extract_english(read_document(DATA.parent / "families" / "given_name_that_is_a_common_word.txt"))}
    assert got.get("Bill Tarvik") == "person" and got.get("Mark Ostrin") == "person"
    assert got.get("Will Power") != "person" and got.get("Hope Springs") != "person"


def test_census_given_names_leave_out_family_names_places_and_rare_common_words():
    from glossary.extract.general import census_given_name

    assert census_given_name("William") and census_given_name("Bill") and census_given_name("Deborah")
    assert not census_given_name("Will") and not census_given_name("Hope")      # common words, rare names
    assert not census_given_name("Kim") and not census_given_name("Lee")        # East Asian family names
    assert not census_given_name("Virginia") and not census_given_name("Tarvik")


def test_a_country_picker_copied_from_a_web_form_names_no_places():
    """A crawled page keeps a form's list of some two hundred countries as text: none of them
    is a place the article speaks of; a country the article names in a sentence keeps its
    entry, and the person and the place of the sentence stay."""
    from glossary.extract.english import extract_english

    got = {c.forms[0].text: c.category.value for c in
           extract_english(read_document(DATA.parent / "families" / "country_picker_in_a_crawled_page.txt"))}
    assert got.get("Japan") == "place" and got.get("Canada") == "place" and got.get("Mira Ostrin") == "person"
    assert not {"Afghanistan", "Albania", "Belgium", "Zimbabwe", "Bosnia and Herzegovina", "Norway"} & set(got), got
