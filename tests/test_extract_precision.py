"""Precision of English extraction on unseen articles (issue 11): spans that run on past
the name, truncated spans, letters and codes taken for institutions.  One fixture per edge
case under tests/data/families/ (placeholder names); each test asserts what an editor
would see in the termbase and what must not become an entry."""
from __future__ import annotations

from pathlib import Path

from glossary.documents import read_document
from glossary.extract.english import extract_english

DATA = Path(__file__).resolve().parent / "data" / "families"


def extract(name: str) -> dict[str, tuple[str, list[str]]]:
    """preferred English form -> (category, all English forms)."""
    out = {}
    for c in extract_english(read_document(DATA / name)):
        forms = [f.text for f in c.forms]
        out[forms[0]] = (c.category.value, forms)
    return out


def test_a_url_of_any_scheme_is_markup_not_words():
    got = extract("url_schemes.md")
    # the folder and file names of a file:/// or ftp:// URL are no acronyms or names
    assert not {"QZXV", "KB7", "ZQRT"} & got.keys(), sorted(got)
    assert got["Harbor Defence Reform Plan"][0] == "policy"
    assert "Ministry of Defence" in " ".join(got)


def test_pieces_of_a_hyphenated_token_that_are_no_acronyms():
    got = extract("hyphenated_acronym_pieces.txt")
    assert "QRDM" in got                       # the kit's own name, also written alone
    assert "ER" not in got                     # "QRDM-ER": a variant, not an organisation
    assert {"SPD", "FDP"} <= got.keys()        # two parties joined by a hyphen are two names
    # a word spelled out in capital syllables has no acronyms in it
    assert not {"BLAH", "MOH", "DOH", "NIDA"} & got.keys(), sorted(got)


def test_a_portfolio_after_of_is_no_title_and_an_acronym_after_an_of_name_is_its_own():
    got = extract("portfolio_then_acronym.txt")
    # "Department of Justice": "Justice" is the portfolio, not a title before a person "QRA"
    assert "Ruritanian Department of Justice" in got, sorted(got)
    assert got["Ruritanian Department of Justice"][0] == "institution"
    assert not any(cat == "person" and "QRA" in " ".join(forms) for cat, forms in got.values())
    assert "QRA" in " ".join(f for _, forms in got.values() for f in forms)
    # (not one name "Bank of Ruritania BOR": the acronym after it is its short form)
    assert "Bank of Ruritania BOR" not in got and "BOR" in got["Bank of Ruritania"][1]
    # an honorific before a surname in capitals (Congressional Record style) is still a person
    assert any(cat == "person" and "DOE" in " ".join(forms) for cat, forms in got.values()), sorted(got)


def test_a_page_reference_ends_a_cited_title_and_a_publisher():
    got = extract("page_reference_after_publisher.md")
    assert got["Harborton University Press"][0] == "institution"
    assert not any("Pg" in k or "PG" in k for k in got), sorted(got)
    assert "Fire Across the Sea: The War and Ruritania, 1965–1975" in got


def test_a_prefixed_role_title_is_split_from_the_organisation_after_of():
    got = extract("prefixed_role_title.txt")
    assert got["Parliamentary Caucus on Ruritania"][0] == "institution", sorted(got)
    assert not any(k.startswith("Co-Chair") for k in got), sorted(got)
    assert got["Jane Roe"][0] == "person" and "Co-Chair Jane Roe" in got["Jane Roe"][1]


def test_script_labels_and_romanizations_in_a_labelled_bracket_are_no_names():
    got = extract("script_labelled_brackets.md")
    assert not {"Hanja", "Hangul", "Japanese"} & got.keys(), sorted(got)
    assert not any(k.startswith("Hangman") for k in got), sorted(got)
    assert "Harbor Army" in got and "Harbor Navy" in got and "Harbor Joint Staff" in " ".join(got)
    # an English gloss after the original is no romanization: it stays
    assert any("Harbor Union" in forms for _, forms in got.values()), sorted(got)


def test_a_number_word_is_no_name():
    got = extract("number_words.txt")
    assert not any(k.startswith(("Two", "Trillion")) for k in got), sorted(got)
    # a name that starts with a number word keeps it
    assert "One China" in got, sorted(got)
    assert "Three Kingdoms" in " ".join(got), sorted(got)


def test_a_name_before_era_or_period_dates_a_time_and_is_no_entry():
    got = extract("period_before_era.txt")
    assert not {"Harumi", "Quorra", "Paleolithic"} & got.keys(), sorted(got)
    # a dynasty is a ruling house (an institution head), a restoration an event: both stay
    assert "Ming dynasty" in got and "Harumi Restoration" in got, sorted(got)


def test_a_quantity_is_no_key_phrase():
    got = extract("salience_quantities.txt")
    assert "harbor dredging" in got                  # repeated far beyond English: a key phrase
    assert not any("billion" in k for k in got), sorted(got)   # a sum of money is no term


def test_a_website_named_after_its_owner_is_the_owner():
    got = extract("website_of_an_owner.md")
    assert not any("Website" in k for k in got), sorted(got)
    assert "Ministry of National Defense" in got and "Ruritania Navy" in got, sorted(got)
    assert "Jane Roe Presidential Library" in got, sorted(got)


def test_a_version_number_at_a_sentence_end_stays_whole():
    got = extract("version_number_at_sentence_end.txt")
    assert "Defense Reform 2.0" in got and "Defense Reform 2" not in got, sorted(got)


def test_an_acronym_long_form_never_crosses_a_bracket():
    got = extract("acronym_long_form_across_brackets.md")
    assert not any("(" in f or ")" in f for _, forms in got.values() for f in forms), sorted(got)
    assert "HPA" in got["Harbor Patrol Agency"][1]
