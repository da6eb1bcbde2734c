"""Categories of English names by their head word (issue 11): codes, scriptures, restorations
and revolts by the heads of data/en_heads.tsv; a would-be person of two words whose last is
a common English word and no one's name; a policy's owner after "of" (fixtures under
tests/data/families/, placeholder names)."""
from __future__ import annotations

from pathlib import Path

from glossary.documents import read_document
from glossary.extract.english import extract_english

DATA = Path(__file__).resolve().parent / "data" / "families"


def extract(name: str) -> dict[str, str]:
    """preferred English form -> category."""
    return {c.forms[0].text: c.category.value for c in extract_english(read_document(DATA / name))}


def test_codes_scriptures_annals_restorations_rebellions_and_edicts_have_their_heads_kind():
    """`categories`: "Code" and "Edict" head policies, "Sutra" and "Annals" publications,
    "Restoration" and "Rebellion" events; none of these names is a person's."""
    got = extract("heads_of_codes_scriptures_and_revolts.txt")
    assert got["Tarvik Restoration"] == "event" and got["Kessa Rebellion"] == "event"
    assert got["Kessin Sutra"] == "publication" and got["Ostrin Annals"] == "publication"
    assert got["Brell Penal Code"] == "policy" and got["Valmo Edict"] == "policy"


def test_two_words_ending_in_a_common_noun_no_one_is_named_make_no_person():
    """`names`: "Valmora Bridge", "Ostrin Market" end in a common English noun no dictionary
    knows as a word of people's names, after a word no dictionary knows as one either: a
    thing's name, kind other; a dictionary's given name ("Naoto") or family name ("Kim")
    first still makes a person of "Naoto Farm", "Kim Body"."""
    got = extract("common_noun_last_no_person.txt")
    assert got["Valmora Bridge"] == "other" and got["Ostrin Market"] == "other"
    assert got["Naoto Farm"] == "person" and got["Kim Body"] == "person"


def test_a_policy_of_a_capital_or_a_country_leaves_its_owner_out():
    """`names`: "the Valmora Policy of Seoul" is the Valmora Policy, held by Seoul (a city
    a dictionary knows), and "the Kessin Doctrine of Japan" the Kessin Doctrine; the head
    alone keeps its "of": "the Constitution of Japan"."""
    got = extract("policy_of_a_capital.txt")
    assert got["Valmora Policy"] == "policy" and got["Kessin Doctrine"] == "policy"
    assert "Valmora Policy of Seoul" not in got and "Kessin Doctrine of Japan" not in got
    assert got["Seoul"] == "place" and got["Constitution of Japan"] == "policy"


def test_roads_squares_and_airports_are_places():
    """`categories`: Road, Square and Airport head places (en_heads)."""
    got = extract("place_heads_of_streets_and_airports.txt")
    assert got["Valmora Airport"] == "place" and got["Kessa Road"] == "place" and got["Ostrin Square"] == "place"
