"""Japanese and Korean citation shapes in notes (authors and publishers of books, a particle
after a name's head) and what alignment makes of them (an article's own gloss leads, a
body's country set beside its name, a place the dictionary cannot tell)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from glossary.documents import read_document
from glossary.extract.cjk import extract_cjk, strip_particle
from glossary.extract.cjk_books import book_imprints
from glossary.model import Category, Role
from glossary.pipeline import analyse

DATA = Path(__file__).parent / "data" / "align"


def _holding(cands, lang, text):
    return next(c for c in cands if any(f.lang == lang and f.text == text for f in c.forms))


def _preferred(cand, lang):
    return next(f.text for f in cand.forms if f.lang == lang and f.role is Role.PREFERRED)


# --- the imprint of a book citation ------------------------------------------------------------

#: (note, the publisher of its imprint, or None) -- a newspaper in quotes and its date, a
#: bracket left open or a year alone are no imprint
IMPRINT_CASES = [
    # Japanese style: full-width brackets and colon, the year with 年
    ("樽木和也『港の記憶』（東京：樽木統計協会、2021年）、12頁。", "樽木統計協会"),
    # Korean style: half-width brackets, "place: publisher, year"
    ("윤재호, 『항만의 기억』 (서울: 한빛문제연구소, 2019), 45쪽.", "한빛문제연구소"),
    # no place, an era year
    ("樽木和也『港の記憶』（ケシン書房、平成11年）。", "ケシン書房"),
    # without brackets, right after the title's own closing bracket
    ("樽木和也『港の記憶』ケシン書房、2021年。", "ケシン書房"),
    ("「港の記憶」『樽木新聞』2021年5月1日。", None),
    ("樽木和也『港の記憶』（東京：樽木書房、2021年", None),
    ("윤재호, 『항만의 기억』, 2019.", None),
    ("「항만 물동량 급증」, 케신일보, 2024년 3월.", None),     # the newspaper of an article
    ("樽木和也『港の記憶』（東京：樽木新聞、2021年）。", None),   # a newspaper's name: the source
]


def test_the_imprint_after_a_title_names_the_publisher():
    for note, publisher in IMPRINT_CASES:
        title = re.search(r"『[^』]*』|「[^」]*」", note)
        imprints = book_imprints(note, [title.span()])
        assert [i.publisher for i in imprints] == ([publisher] if publisher else []), note


def test_a_book_citation_names_its_author_and_publisher():
    """`윤재호, 『…』 (서울: 한빛문제연구소, 2019)` and `樽木和也『…』（東京：樽木統計協会、2021年）`:
    the imprint makes the note a book's citation, so the lone name before the title is its
    author (sure enough to make an entry) and the name in the imprint its publisher, whatever
    that name ends in."""
    got = {(t.kind, t.lang, t.text): t.confidence
           for t in extract_cjk(read_document(DATA / "book_citations_name_author_and_publisher.txt"))}
    assert got[("person", "ja", "樽木和也")] >= 0.55 and got[("person", "ko", "윤재호")] >= 0.55
    assert ("institution", "ko", "한빛문제연구소") in got and ("institution", "ja", "樽木統計協会") in got
    assert not any(text in ("東京", "서울") for _kind, _lang, text in got)


def test_an_author_named_only_in_a_note_and_a_publisher_the_body_names():
    """The Japanese author makes an entry (romanized); the Korean publisher pairs with the
    body's "Hanbit Research Institute", whose English leaves out 문제 ('issues')."""
    cands = analyse(read_document(DATA / "book_citations_name_author_and_publisher.txt"))
    author = _holding(cands, "ja", "樽木和也")
    assert author.category is Category.PERSON and author.name == "Taruki Kazuya"
    assert _holding(cands, "ko", "한빛문제연구소").name == "Hanbit Research Institute"


# --- particles -----------------------------------------------------------------------------------

#: (word, the word without its particle): a particle after a name's head goes; a noun whose
#: last syllable looks like a particle stays whole
PARTICLE_CASES = [
    ("신한일어업협력협정의", "신한일어업협력협정"),   # …협정 + 의, not …협 + 정의 'justice'
    ("위원회의", "위원회"),                         # …위원회 + 의, not 위원 + 회의 'meeting'
    ("국회의", "국회"),
    ("정상회의", "정상회의"),                       # a meeting: the noun stays whole
    ("사회정의", "사회정의"),                       # 'social justice'
    ("민주주의", "민주주의"),
]


def test_a_particle_after_a_names_head_is_stripped():
    assert [strip_particle(w) for w, _ in PARTICLE_CASES] == [stem for _, stem in PARTICLE_CASES]


# --- an article's own gloss ---------------------------------------------------------------------

def test_the_articles_gloss_leads_over_a_fragment_of_a_note():
    """The article writes "(Japanese: 日韓漁業協力協定; Korean: 한일어업협력협정)" after one name of
    the agreement; another of its names holds 日韓漁業協力協定 from a note: it is that
    agreement, so the article's Korean leads there too, not a piece of a book's title (and
    never with the genitive 의 of that title)."""
    cands = analyse(read_document(DATA / "inline_gloss_beats_a_note_fragment.txt"))
    treaty = next(c for c in cands if any(f.text == "Japan–South Korea Fisheries Cooperation Agreement"
                                          for f in c.forms))
    assert _preferred(treaty, "ko") == "한일어업협력협정"
    assert _preferred(treaty, "ja") == "日韓漁業協力協定"
    assert not any(f.lang == "ko" and f.text.endswith("의") for c in cands for f in c.forms)


# --- whose body --------------------------------------------------------------------------------

def test_a_release_header_sets_the_country_beside_the_ministry():
    """"Ministry of Foreign Affairs, Republic of Korea · Press Release": Korea's ministry
    (외교부), though the article names Japan as often as Korea -- not Japan's 外務省."""
    cands = analyse(read_document(DATA / "release_header_names_the_ministry_country.html"))
    ministry = next(c for c in cands if c.name == "Ministry of Foreign Affairs")
    forms = {(f.lang, f.text) for f in ministry.forms}
    assert ("ja", "外務省") not in forms and ("ko", "외무성") not in forms
    assert ("ko", "외교부") in forms


# --- a place the dictionary cannot tell ------------------------------------------------------------

def test_a_place_read_so_only_now_and_then_is_not_dominant():
    """JMnedict has two places read はしま, 飯島 and 羽島; wordfreq writes 飯島 far more often --
    as いいじま, a common name: the frequency says nothing of the place read はしま, so no
    place is suggested for "Hashima" (the island the article means is neither)."""
    from glossary.align import jmdict_source
    from glossary.extract.candidates import Candidate, Form
    from glossary.text import jmdict

    if not jmdict.available():
        pytest.skip("jamdict-data is not installed")
    cand = Candidate(category=Category.PLACE, confidence=0.9, forms=[Form(lang="en", text="Hashima")])
    found = jmdict_source._by_gloss(cand)
    assert found is None or found[0].headword != "飯島"


# --- rulings, minutes and statutes -------------------------------------------------------------

def test_a_court_glued_to_its_rulings_date_and_a_committee_inside_minutes_are_terms():
    """"広島高等裁判所平成17年1月19日判決": a date inside a run of kanji cuts it -- the court
    before it is a term, the kind of document after it none; "第198回国会衆議院予算委員会会議録
    第3号": the sitting's number and the minutes' issue are no part of the committee, and the
    House it belongs to is a body of its own; a statute's number in brackets is no part of
    its name."""
    doc = read_document(DATA / "japanese_court_rulings_and_diet_minutes.txt")
    terms = {(t.text, t.kind) for t in extract_cjk(doc)}
    assert ("広島高等裁判所", "institution") in terms and ("東京地方裁判所", "institution") in terms
    assert ("大阪地裁", "institution") in terms
    assert ("衆議院予算委員会", "institution") in terms and ("衆議院", "institution") in terms
    texts = {t for t, _ in terms}
    assert "外国貿易管理法" in texts
    assert not texts & {"判決", "法律", "国会衆議院予算委員会"}
    cands = analyse(doc)
    assert _preferred(_holding(cands, "en", "Tokyo District Court"), "ja") == "東京地方裁判所"
    house = _holding(cands, "en", "House of Representatives")
    assert "衆議院" in {f.text for f in house.forms if f.lang == "ja"}
    assert "衆議院予算委員会" not in {f.text for f in house.forms}


def test_a_committee_cited_by_its_minutes_in_korean_is_a_term():
    """"제370회 국회 외교통일위원회회의록 제2호": the minutes (회의록) are no part of the
    committee's name, and a sitting's or an issue's number is no term."""
    doc = read_document(DATA / "korean_assembly_minutes.txt")
    terms = {(t.text, t.kind) for t in extract_cjk(doc)}
    assert ("외교통일위원회", "institution") in terms
    texts = {t for t, _ in terms}
    assert not texts & {"외교통일위원회회의록", "제370회", "제2호"}
