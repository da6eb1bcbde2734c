"""Other names of one thing (review 11, finding 11): a romanised name in brackets after a
place or a quoted thing ("Dokdo (Takeshima)"), a company or a business group named by its
first word, an acronym after a name spelled out ("X FTA" and "X free trade agreement").
Fixtures under tests/data/families/, placeholder names."""
from __future__ import annotations

from pathlib import Path

from glossary.documents import read_document
from glossary.extract.english import extract_english

DATA = Path(__file__).resolve().parent / "data" / "families"


def extract(name: str) -> dict[str, tuple[str, list[str]]]:
    """every English form -> (category, all English forms of its candidate)."""
    out = {}
    for c in extract_english(read_document(DATA / name)):
        forms = [f.text for f in c.forms if f.lang == "en"]
        for f in forms:
            out[f] = (c.category.value, forms)
    return out


def test_a_romanised_name_in_brackets_is_the_other_name():
    """After a place and after a quoted name; not a place the dictionary knows (where it
    is) nor a news agency."""
    got = extract("romanised_other_name_in_brackets.txt")
    assert got["Baekdo"] == ("place", ["Baekdo", "Tarushima"])
    assert got["Valmora Wave"] == ("other", ["Valmora Wave", "Sonryu"])
    assert got["Gimpo"][1] == ["Gimpo"] and got["Busan"][1] == ["Busan"]
    assert "Seoul" not in got["Gimpo"][1] and "Yonhap" not in got["Busan"][1]


def test_a_company_named_by_its_first_word():
    """The one company name starting with the word; the group's when a group is named
    too; none when two companies start with it."""
    got = extract("company_named_by_its_first_word.txt")
    assert got["Kessinmark"][1] == ["Kessinmark Electronics", "Kessinmark"]
    assert got["Tarvikon"][1] == ["Tarvikon Group", "Tarvikon"] and got["Tarvikon"][0] == "institution"
    assert got["Brellcorp"][1] == ["Brellcorp"]


def test_an_acronym_after_a_name_and_its_spelled_out_form_are_one():
    got = extract("acronym_spelled_out_after_a_name.md")
    assert got["Valmora–Ostrin FTA"] == got["Valmora–Ostrin free trade agreement"]
    assert got["Valmora–Ostrin FTA"][0] == "agreement"
    assert "Valmora–Ostrin FTA talks" not in got["Valmora–Ostrin FTA"][1]
