"""Statutes, ordinances and treaties cited in Japanese and Korean notes (extract/cjk_statutes.py,
align/statutes.py), and firms named as a note's author in katakana or Latin letters."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.align.statutes import COMPOSED, statute_match
from glossary.documents import read_document
from glossary.extract.cjk import extract_cjk
from glossary.extract.cjk_statutes import cut_law_number, statute_names
from glossary.pipeline import analyse
from glossary.text import jmdict

DATA = Path(__file__).parent / "data" / "align"
needs_dictionary = pytest.mark.skipif(not jmdict.available(), reason="jamdict-data is not installed")


def _forms(cands, english, lang):
    c = next(c for c in cands if any(f.lang == "en" and f.text == english for f in c.forms))
    return {f.text: f for f in c.forms if f.lang == lang}


@pytest.mark.parametrize("cited, name", [
    ("外国貿易及び養蜂法(昭和31年法律第77号)第12条", "外国貿易及び養蜂法"),     # the number and the article
    ("樽島の日を定める条例(平成18年尾主林県条例第9号)", "樽島の日を定める条例"),
    ("沿岸灯火施設の保全及び管理に関する条例(2019年)", "沿岸灯火施設の保全及び管理に関する条例"),  # its year
    ("館報(2019年)", "館報(2019年)"),                                    # no law: the year stays
])
def test_a_law_number_is_no_part_of_the_name(cited, name):
    assert cut_law_number(cited) == name


@pytest.mark.parametrize("title, lang, names", [
    ("樽島の日を定める条例", "ja", ["樽島の日を定める条例"]),
    ("다루섬의 달 조례", "ko", ["다루섬의 달 조례"]),                       # spaces: one name, not its words
    ("타르빅 사건 피해조사 및 희생자 등 지원에 관한 특별법", "ko", ["타르빅 사건 피해조사 및 희생자 등 지원에 관한 특별법"]),
    # a law implementing an article of an agreement names the agreement too
    ("漁業に関する樽国と尾国との間の協定第二条の実施に伴う措置に関する法律", "ja",
     ["漁業に関する樽国と尾国との間の協定第二条の実施に伴う措置に関する法律", "漁業に関する樽国と尾国との間の協定"]),
    ("新たな協定", "ja", []),                 # a headline's noun phrase, no relative clause: no law
    ("樽国が結んだ協定", "ja", []),            # a sentence (が)
    ("民法", "ja", []),                      # two kanji without a law number: maybe no law
    ("다루섬 주민이 만든 조례", "ko", []),      # a verb form before the head
])
def test_statute_names(title, lang, names):
    assert [t for t, _ in statute_names(title, lang)] == names


def test_notes_give_statute_terms_without_their_numbers():
    terms = extract_cjk(read_document(DATA / "one_statute_per_citing_clause.txt"))
    statutes = {(t.footnote, t.text) for t in terms if t.kind == "statute"}
    assert statutes == {(1, "沿岸灯火施設の保全及び管理に関する法律"),
                        (2, "타르빅 사건 피해조사 및 희생자 등 지원에 관한 특별법"),
                        (3, "港湾料金法"), (3, "民法")}               # (a law cited after ; too)
    texts = {t.text for t in terms}
    assert "법률 제12345호" not in texts and not any("第99号" in t for t in texts)


@needs_dictionary
@pytest.mark.parametrize("cjk, lang, english, ok", [
    ("外国貿易及び養蜂法", "ja", "Foreign Trade and Beekeeping Act", True),      # glosses
    ("樽島の日を定める条例", "ja", "Tarushima Day Ordinance of 2006", True),     # a reading and 日 "day"
    ("다루섬의 달 조례", "ko", "Daruseom Month Ordinance", True),               # 달 "month"
    ("다루섬의 달 조례", "ko", "Daruseom Day Ordinance", False),                # not the day
    ("樽島の日を定める条例", "ja", "Tarushima Day Act", False),                  # an act is no ordinance
    ("外国貿易及び養蜂法", "ja", "Foreign Trade Act", False),                   # a part says nothing
])
def test_composition_of_a_statute_name(cjk, lang, english, ok):
    m = statute_match(cjk, lang, english)
    assert (m is not None) == ok and (not ok or m[0] == COMPOSED), m


@pytest.fixture(scope="module")
def composed():
    return analyse(read_document(DATA / "statute_composed_from_its_parts.txt"))


@needs_dictionary
@pytest.mark.parametrize("english, lang, form", [
    ("Foreign Trade and Beekeeping Act", "ja", "外国貿易及び養蜂法"),
    ("Tarushima Day Ordinance of 2006", "ja", "樽島の日を定める条例"),
    ("Daruseom Month Ordinance", "ko", "다루섬의 달 조례"),
])
def test_statutes_paired_by_composition(composed, english, lang, form):
    forms = _forms(composed, english, lang)
    assert list(forms) == [form] and "composition" in forms[form].evidence
    # two ordinances in one sentence: each takes its own
    assert "다루섬의 달 조례" not in _forms(composed, "Tarushima Day Ordinance of 2006", "ko")


@pytest.fixture(scope="module")
def one_each():
    return analyse(read_document(DATA / "one_statute_per_citing_clause.txt"))


@pytest.mark.parametrize("english, lang, form", [
    ("Brell Lantern Act of 2011", "ja", "沿岸灯火施設の保全及び管理に関する法律"),
    ("Special Act on Tarvik Victims", "ko", "타르빅 사건 피해조사 및 희생자 등 지원에 관한 특별법"),  # the sentence's only act
])
def test_the_only_statute_of_the_clause_and_of_the_note(one_each, english, lang, form):
    forms = _forms(one_each, english, lang)
    assert list(forms) == [form] and "one statute" in forms[form].evidence


def test_no_pair_when_the_clause_names_two_laws(one_each):
    # note 3 holds two laws and its clause names two: only composition may pair them
    assert "民法" not in _forms(one_each, "Harbour Fees Act", "ja")


def test_a_firm_before_a_title_is_an_institution():
    terms = extract_cjk(read_document(DATA / "firm_author_in_katakana_or_latin.txt"))
    got = {(t.text, t.lang) for t in terms if t.kind == "institution"}
    assert {("樽木アニメーション", "ja"), ("KTV엔터테인먼트", "ko")} <= got


def test_names_that_only_look_like_statutes_are_none():
    """A head written first needs its complement ("Act on …"): "Act East Policy" is a
    policy; a head after "of" ("the Rule of Law") names no statute; a real name is one."""
    from glossary.align.statutes import _english_statute

    assert _english_statute("Act East Policy") is None and _english_statute("the Rule of Law") is None
    assert _english_statute("Act on the Protection of Valmoran Harbours")[0] == "act"
    assert _english_statute("Brell Day Ordinance")[0] == "ordinance"
