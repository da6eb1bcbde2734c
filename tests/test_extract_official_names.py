"""Long official names (review 11, finding 5): where a name goes on over "and", a comma
list, "for the <year>", a capitalised "Against", "for Fiscal Year", and where it stops
(an owner body's possessive, an owner after "on the", a table cell's verb).  One fixture
per edge case under tests/data/families/, placeholder names."""
from __future__ import annotations

from pathlib import Path

from glossary.documents import read_document
from glossary.extract.english import extract_english

DATA = Path(__file__).resolve().parent / "data" / "families"


def extract(name: str) -> dict[str, tuple[str, list[str]]]:
    """preferred English form -> (category, all English forms)."""
    return {c.forms[0].text: (c.category.value, [f.text for f in c.forms])
            for c in extract_english(read_document(DATA / name))}


def test_a_field_named_in_common_words_goes_on_over_and():
    """An industry word ("Energy") after common words alone is a field the long name lists,
    not a company ending there; after a proper name it is a company of its own."""
    got = extract("long_name_and_after_an_industry_word.txt")
    assert got["Clean Energy and Marine Technology Development Organization"][0] == "institution"
    assert "Clean Energy" not in got and "Marine Technology Development Organization" not in got
    assert "Ostrin Energy" in got and "Tarvik Development Organization" in got


def test_a_committee_list_ends_in_common_words_and_its_head():
    """A list of portfolios, then common words before the head, is one committee; bodies'
    own heads in a list ("the Army, Navy and Air Force") make no one name."""
    got = extract("committee_list_before_a_compound_head.txt")
    assert got["Fibers, Tools and Machinery Competitiveness Committee"][0] == "institution"
    assert not any(k.startswith(("Tools and", "Army,")) for k in got)


def test_a_year_after_for_the_is_part_of_the_name():
    got = extract("dated_complement_after_for_the.txt")
    assert got["Valmora Association for the 2031 World Exposition"][0] == "institution"
    assert "Valmora Association" not in got


def test_a_legal_form_ends_one_company_no_person():
    got = extract("legal_form_ends_one_company.txt")
    assert got["Ostrin Semiconductor Manufacturing Co."][0] == "institution"
    assert not any(v[0] == "person" for v in got.values())


def test_a_capitalised_against_after_the_stays_inside_the_name():
    """Running text capitalises "Against" only inside a name; a table cell's title case
    without "the" does not join ("Negative Sentiment Towards ...")."""
    got = extract("capitalised_preposition_inside_a_name.md")
    assert got["Violence Against Workers in Conflict Network Japan"][0] == "institution"
    assert "Conflict Network Japan" not in got
    assert not any("Towards" in k for k in got)


def test_an_act_for_a_fiscal_year_is_the_act_and_a_fiscal_year_alone_nothing():
    got = extract("act_for_a_fiscal_year.txt")
    assert got["Valmora Defense Authorization Act for Fiscal Year 2031"][0] == "policy"
    assert not any(k.startswith("Fiscal Year") for k in got)


def test_a_body_owned_by_a_body_is_two_names():
    """"the Assembly's X Committee": the owner body and the committee, and the possessive
    starts a list inside the committee's name like "the" does."""
    got = extract("body_owned_by_a_body.txt")
    assert got["Valmora Assembly"][0] == "institution"
    assert got["Fisheries Oversight Committee"][0] == "institution"
    assert got["Foreign Affairs and Unification Committee"][0] == "institution"
    assert not any("'s" in k for k in got) and "Unification Committee" not in got


def test_an_owner_after_on_the_is_no_complement():
    got = extract("owner_after_on_the.txt")
    assert got["Valmora Strategic Command"][0] == "institution" and "KCG" in got
    assert not any(k.endswith("on the KCG") for k in got)


def test_a_verb_before_an_acronym_is_no_part_of_the_name():
    got = extract("verb_before_an_acronym_in_a_table.md")
    assert got["VFO Agreement on Fishing Quotas"][0] == "agreement"
    assert "Support VFO Agreement on Fishing Quotas" not in got
    assert "Ostrin Trade Agreement" in got


def test_an_instrument_goes_on_over_a_second_complement_and_names_it():
    got = extract("instrument_with_a_second_complement.txt")
    assert got["Memorandum of Cooperation on the Trilateral Maritime Cooperation Framework"][0] == "agreement"
    assert got["Trilateral Maritime Cooperation Framework"][0] == "policy"
    assert "Memorandum of Cooperation" not in got


def test_an_en_dash_before_a_multiword_party_keeps_the_first_party():
    """(review 11, finding 14) "X–Republic of Y Joint Declaration" is read as with a hyphen."""
    got = extract("second_party_after_an_en_dash.txt")
    assert got["Valmora–Republic of Ostrin Joint Declaration of 1998"][0] == "agreement"
    assert "Valmora–Republic of Ostrin Joint Declaration" in got["Valmora–Republic of Ostrin Joint Declaration of 1998"][1]
    assert not any(k.startswith("Ostrin Joint") for k in got)
