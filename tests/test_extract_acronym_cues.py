"""Acronyms defined without brackets (review 11, finding 7): a row of a two-column acronym
list, "X stands for Y", "dubbed X, for 'Y'": one concept, the acronym its abbreviation,
the category taken from the long form.  Fixtures under tests/data/families/."""
from __future__ import annotations

from pathlib import Path

from glossary.documents import read_document
from glossary.extract.acronyms import find_acronyms
from glossary.extract.english import extract_english
from glossary.model import Role

DATA = Path(__file__).resolve().parent / "data" / "families"


def extract(name: str) -> dict[str, tuple[str, dict[str, str], int]]:
    """preferred English form -> (category, {form: role}, number of mentions)."""
    return {c.forms[0].text: (c.category.value, {f.text: f.role.value for f in c.forms}, len(c.mentions))
            for c in extract_english(read_document(DATA / name))}


def test_a_row_of_an_acronym_table_defines_the_acronym():
    """The acronym skips a word of its long form (no initials test would link them): the row
    does; every later use of the acronym is a mention of the one concept."""
    got = extract("acronym_list_as_a_table.md")
    cat, forms, n = got["Comprehensive and Progressive Agreement for Valmora-Tarvik Partnership"]
    assert cat == "agreement" and forms["CPVTP"] == Role.ABBREVIATION.value and n == 4
    cat, forms, _ = got["Kessin Institute for International Ocean Policy"]
    assert cat == "institution" and "KIOP" in forms
    assert "CPVTP" not in got and "KIOP" not in got


def test_stands_for_and_a_quoted_for_define_the_acronym():
    """A coined long form without a head is a programme's; a bare ", for" defines only a
    quoted long form whose words spell the acronym."""
    got = extract("acronym_stands_for.txt")
    cat, forms, n = got["Bridges, Roads and Trade"]
    assert cat == "policy" and "BRT" in forms and n == 3
    cat, forms, n = got["Valmora Allied Logistics Reserve"]
    assert cat == "policy" and "VALOR" in forms and n == 3
    assert "BRT" not in got and "VALOR" not in got
    assert not any(a.short == "NATO" for a in find_acronyms('and NATO, for "all we know", is absent'))


def test_a_table_row_that_is_no_acronym_list_defines_nothing():
    assert find_acronyms("| Acronym | Full name |") == []
    assert find_acronyms("| KIOP | 2019 | 3.5 |") == []
    assert find_acronyms("| SPS | Ostrin |") == []


def test_a_body_named_in_the_plural_keeps_its_plural_name():
    """The singular of a plural long form is preferred for a kind of document an acronym
    stands for (Agreements), never for a body whose name ends in a plural (Affairs, Forces)."""
    got = extract("acronym_of_a_plural_body_name.txt")
    cat, forms, _ = got["Ministry of Coastal Affairs"]
    assert cat == "institution" and forms["MCA"] == Role.ABBREVIATION.value
    assert "Ministry of Coastal Affair" not in forms
    cat, forms, _ = got["Ostrin's Maritime Self-Defense Forces"]
    assert cat == "institution" and "OMSDF" in forms
    assert not any(t.endswith("Defense Force") for t in forms)
    cat, forms, _ = got["Mutual Logistics Agreement"]
    assert cat == "agreement" and "Mutual Logistics Agreements" in forms
