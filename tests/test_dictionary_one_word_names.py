"""One-word cities and companies, and firms' legal forms, in the dictionary sources
(`jmdict_source`, `jmdict_korean`, `named_compounds`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents import read_document
from glossary.extract.candidates import Candidate, Form
from glossary.model import Category
from glossary.pipeline import analyse
from glossary.text import jmdict

DATA = Path(__file__).parent / "data" / "align"
needs_dictionary = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")



@needs_dictionary
def test_a_city_is_the_dictionary_word_glossed_with_its_very_spelling():
    """"Osaka" also matches, long vowels aside, names read Ōsaka and Osaka (大坂, 小坂): the
    JMdict word glossed "Osaka (city, prefecture)", which Japanese writes far more often, is it."""
    cands = analyse(read_document(DATA / "city_glossed_by_its_spelling.txt"))
    ja = {c.name: [f.text for f in c.forms if f.lang == "ja"] for c in cands}
    assert ja["Kobe"] == ["神戸"] and ja["Osaka"] == ["大阪"]


@needs_dictionary
def test_a_companys_one_word_is_the_company_and_its_legal_form_is_left_out():
    """"Hitachi" is JMnedict's company 日立 and also a province (常陸) and surnames: an
    organisation is the company; "Toyota Motor Corp." is the company "Toyota Motor"."""
    cands = analyse(read_document(DATA / "companies_by_one_word_and_legal_form.txt"))
    ja = {c.name: [f.text for f in c.forms if f.lang == "ja"] for c in cands}
    assert ja["Hitachi"] == ["日立"] and ja["Toyota Motor Corp."] == ["トヨタ自動車"]


@needs_dictionary
def test_a_firms_legal_form_is_no_part_of_its_named_compound():
    """`named_compounds`: "Toyota Motor Corp." is the name and the head Motor (자동차), its
    legal form aside: 도요타자동차."""
    cands = analyse(read_document(DATA / "companies_by_one_word_and_legal_form.txt"))
    ko = {c.name: [f.text for f in c.forms if f.lang == "ko"] for c in cands}
    assert ko["Toyota Motor Corp."] == ["도요타자동차"]


@needs_dictionary
@pytest.mark.parametrize("category", [Category.INSTITUTION, Category.EVENT])
def test_a_name_that_spells_the_words_reading_is_never_read_in_sino_korean(category):
    """`jmdict_korean`: "Kobe" taken for an organisation is 神戸 (the dictionary word) but
    not 신호 ("signal"), its Sino-Korean reading: the English is the reading, a proper name."""
    from glossary.align.jmdict_source import add_jmdict_forms

    cand = Candidate(category, [Form("en", "Kobe")], 0.5)
    add_jmdict_forms([cand])
    assert not [f.text for f in cand.forms if f.lang == "ko" and f.text == "신호"]


@needs_dictionary
def test_only_an_abbreviated_legal_form_is_left_out_of_the_look_up():
    """"Valmora Corp." is looked up as "Valmora" too; "East Valmora Company" is not "East
    Valmora" (the word Company is often part of a name)."""
    from glossary.align.jmdict_source import _english_forms

    assert _english_forms(Candidate(Category.INSTITUTION, [Form("en", "Valmora Corp.")], 0.5)) == \
        ["Valmora Corp.", "Valmora"]
    assert _english_forms(Candidate(Category.INSTITUTION, [Form("en", "East Valmora Company")], 0.5)) == \
        ["East Valmora Company"]
