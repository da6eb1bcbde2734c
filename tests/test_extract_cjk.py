"""Japanese/Korean footnote terms: titles, the named terms inside them, authors, positions."""
from __future__ import annotations

from pathlib import Path

import pytest

from glossary.extract import cjk
from glossary.extract.cjk import extract_cjk

from _minidoc import build_document

DATA = Path(__file__).parent / "data" / "align"

BODY = "An English sentence cites a note.1\n"


def terms_of(note: str, body: str = BODY):
    doc = build_document(body + "1. " + note + "\n")
    return doc, extract_cjk(doc)


def triples(terms, kinds=None):
    return {(t.kind, t.lang, t.text) for t in terms if kinds is None or t.kind in kinds}


# --- whole notes -------------------------------------------------------------------------------

NOTE_CASES = [
    pytest.param(
        "Ministry of Foreign Affairs, “第3回日中海洋対話の開催,” June 12, 2023.",
        {("title", "ja", "第3回日中海洋対話の開催"), ("event", "ja", "日中海洋対話")},
        id="ja-dialogue-numbering-and-furniture-stripped"),
    pytest.param(
        "“대법원 어업권 판결 관련 정부 입장,” Example Daily, 2021.",
        {("title", "ko", "대법원 어업권 판결 관련 정부 입장"), ("institution", "ko", "대법원"), ("term", "ko", "어업권")},
        id="ko-title-nouns"),
    pytest.param(
        "河野太郎、山田花子(編) “日本外交の現場” (Tokyo: Example Press, 2022).",
        {("person", "ja", "河野太郎"), ("person", "ja", "山田花子"), ("title", "ja", "日本外交の現場")},
        id="ja-author-list-outside-quotes-two-persons"),
    pytest.param(
        "“문재인 대통령, 런던서 스가 총리와 회담,” Example News, 2021.",
        {("person", "ko", "문재인"), ("person", "ko", "스가")},
        id="ko-names-next-to-titles"),
    pytest.param(
        "“2030年民主党代表選挙 山本一郎 政策集,” https://example.org/policy.pdf",
        {("event", "ja", "民主党代表選挙"), ("institution", "ja", "民主党")},
        id="ja-year-stripped-party-split-off-election"),
    pytest.param(
        "防衛省『令和3年版防衛白書』2021年。",
        {("title", "ja", "令和3年版防衛白書"), ("term", "ja", "防衛白書")},
        id="ja-year-edition-stripped"),
    pytest.param(
        "「河野外相、鄭義溶外交部長官と電話会談」『朝日新聞』2021年2月。",
        {("person", "ja", "河野"), ("person", "ja", "鄭義溶"), ("institution", "ja", "外交部")},
        id="ja-name-office-and-title-glued"),
    pytest.param(
        "「日韓首脳会談　尹大統領、岸田首相に協力要請」『読売新聞』2023年3月17日。",
        {("person", "ja", "尹"), ("person", "ja", "岸田")},
        id="ja-korean-family-name-in-one-kanji-before-a-title"),
    pytest.param(
        "「申源湜国防相、木原防衛相と会談」『産経新聞』2024年6月2日。",
        {("person", "ja", "申源湜"), ("person", "ja", "木原")},
        id="ja-defence-minister-titles"),
    pytest.param(
        "국방부, 『2022 국방백서』, 2023년 2월.",
        {("institution", "ko", "국방부"), ("term", "ko", "국방백서")},
        id="ko-noun-ending-in-seo-kept-whole"),
    pytest.param(
        "“総理 ‘経済外交’ の行方は? 専門家に聞く,” Example Shimbun, 2024.",
        {("term", "ja", "経済外交"), ("term", "ja", "専門家")},
        id="ja-inner-quote-term-and-particles"),
    pytest.param(
        "田中一郎 “外交の記録” わが歩み、わが道 (Tokyo: Example, 2020).",
        {("title", "ja", "“外交の記録” わが歩み、わが道")},
        id="ja-quoted-title-joined-with-bare-subtitle"),
    pytest.param(
        "김철수·박영희 편, “한일 안보 협력의 미래” (Seoul: Example, 2019).",
        {("person", "ko", "김철수"), ("person", "ko", "박영희"), ("title", "ko", "한일 안보 협력의 미래")},
        id="ko-author-list-with-role-mark"),
    pytest.param(
        "발모라국제교류연맹, 「한일 청년 교류 보고서」, 2031.",
        {("institution", "ko", "발모라국제교류연맹")},
        id="ko-author-slot-word-too-long-for-a-name-is-a-body"),
    pytest.param(
        "樽木文化交流基金『事業報告書』2031年。",
        {("institution", "ja", "樽木文化交流基金")},
        id="ja-author-slot-run-too-long-for-a-name-is-a-body"),
    pytest.param(
        "樽木海洋研究所『年報』; 케신해양연구처, 「한일 공동 조사」, 2031.",
        {("institution", "ko", "케신해양연구처")},
        id="ko-author-slot-body-after-a-semicolon"),
    pytest.param(
        "樽木家文書館所蔵「日韓往復書簡」。",
        {("institution", "ja", "樽木家文書館")},
        id="ja-archive-held-by-cut-off-the-body"),
    pytest.param(
        "윤재호 케신상공회의소 회장 방일, 『발모라일보』, 2031년.",
        {("title", "ko", "윤재호 케신상공회의소 회장 방일"), ("term", "ko", "케신상공회의소")},
        id="ko-bare-headline-before-the-paper-is-a-title"),
    pytest.param(
        "「樽木節記念式典」『樽木新聞』2031年。",
        {("event", "ja", "樽木節")},
        id="ja-the-day-a-ceremony-is-held-for"),
]

#: author slots that stay persons (a Korean name of 3 syllables; a Japanese one of 4 kanji)
PERSON_AUTHOR_CASES = [
    pytest.param("윤재호, 「한일 청년 교류 보고서」, 2031.", ("person", "ko", "윤재호"), id="ko-name"),
    pytest.param("樽木和也『日韓交流史』2031年。", ("person", "ja", "樽木和也"), id="ja-name"),
]


@pytest.mark.parametrize("note,expected", PERSON_AUTHOR_CASES)
def test_a_name_in_the_author_slot_stays_a_person(note, expected):
    _, terms = terms_of(note)
    assert expected in triples(terms)
    assert not any(t.kind == "institution" for t in terms)


@pytest.mark.parametrize("note,expected", NOTE_CASES)
def test_note_terms(note, expected):
    _, terms = terms_of(note)
    assert expected <= triples(terms)


def test_terms_carry_their_title():
    _, terms = terms_of("Ministry, “第3回日中海洋対話の開催,” 2023.")
    events = [t for t in terms if t.kind == "event"]
    # the series and the numbered meeting, both carrying the title
    assert {e.text for e in events} == {"日中海洋対話", "第3回日中海洋対話"}
    for event in events:
        assert event.title == "第3回日中海洋対話の開催"
        assert event.footnote == 1


def test_furniture_is_not_a_term():
    _, terms = terms_of("“第5回日韓財務対話の開催(結果),” 2023.")
    texts = {t.text for t in terms}
    assert "開催" not in texts and "結果" not in texts


def test_a_word_of_position_after_a_place_is_cut_off():
    """A headline's 男女群島沖 ("off the Danjo Islands") names the islands; 沖 alone after a
    one-character place stays (沖 is then the name's own)."""
    _, terms = terms_of("「哨戒機が領空に接近 長崎・五島列島沖」, 2024.")
    texts = {t.text for t in terms}
    assert "五島列島" in texts and "五島列島沖" not in texts


def test_no_cjk_no_terms():
    _, terms = terms_of("Ministry of Foreign Affairs, “Japan-China Summit Meeting,” 2024.")
    assert terms == []


def test_positions_point_at_the_text():
    doc, terms = terms_of("河野太郎、山田花子(編) “日本外交の現場” (Tokyo: Example Press, 2022).")
    assert terms
    for t in terms:
        line = doc.lines[t.line - 1]
        assert line[t.col - 1:t.col - 1 + len(t.text)] == t.text, t


def test_positions_on_fixture_files():
    from glossary.documents import read_document

    for path in (DATA / "plain_maritime.txt", DATA / "markdown_finance.md"):
        doc = read_document(str(path))
        terms = extract_cjk(doc)
        assert terms, path
        for t in terms:
            assert doc.lines[t.line - 1][t.col - 1:t.col - 1 + len(t.text)] == t.text, (path, t)


# --- language of Han-only strings ---------------------------------------------------------------

LANG_CASES = [
    pytest.param("“外交青書,” 2023.", "ja", 0.6, id="han-only-note-document-says-nothing-ja-default"),
    pytest.param("“外交青書” の概要, 2023.", "ja", 0.85, id="han-title-kana-in-note"),
    pytest.param("“外交白書,” 외교부 발간, 2023.", "ko", 0.85, id="han-title-hangul-in-note"),
]


@pytest.mark.parametrize("note,lang,min_conf", LANG_CASES)
def test_han_only_language_from_context(note, lang, min_conf):
    _, terms = terms_of(note)
    (title,) = [t for t in terms if t.kind == "title"]
    assert title.lang == lang
    assert title.confidence >= min_conf - 1e-9
    assert title.confidence < 0.99  # never as sure as a title with kana or Hangul


# --- Korean particles ----------------------------------------------------------------------------

PARTICLE_CASES = [
    pytest.param("정부는", "정부", id="topic-particle"),
    pytest.param("한국의", "한국", id="genitive"),
    pytest.param("일본에서", "일본", id="locative-two-syllables"),
    pytest.param("이시바", "이시바", id="name-ending-in-ba-untouched"),
    pytest.param("김정은", "김정은", id="three-syllable-name-keeps-eun"),
    pytest.param("윤석열이", "윤석열", id="subject-particle-after-full-name"),
    pytest.param("총리와", "총리", id="comitative"),
    pytest.param("한국", "한국", id="no-particle"),
    pytest.param("이", "이", id="one-syllable-never-stripped"),
    pytest.param("나라로", "나라", id="instrumental-ro"),
]


@pytest.mark.parametrize("word,stem", PARTICLE_CASES)
def test_strip_particle(word, stem):
    assert cjk._strip_particle(word) == stem


# --- regexes (each named one, with why) ----------------------------------------------------------

REGEX_CASES = [
    pytest.param(cjk.QUOTED_SPAN, "“日韓関係,” 2023", "日韓関係,", id="quoted-curly"),
    pytest.param(cjk.QUOTED_SPAN, "『保守の遺言』 (Tokyo)", "保守の遺言", id="quoted-double-corner"),
    pytest.param(cjk.QUOTED_SPAN, "‘not a title’", None, id="single-quotes-are-not-titles"),
    pytest.param(cjk.JA_NUMBERING, "第12回日韓", "第12回", id="numbering-round"),
    pytest.param(cjk.JA_NUMBERING, "2024年自民党", "2024年", id="numbering-year"),
    pytest.param(cjk.JA_NUMBERING, "日韓対話", None, id="numbering-none"),
    pytest.param(cjk.JA_FURNITURE_TAIL, "対話の開催", "の開催", id="furniture-held"),
    pytest.param(cjk.KO_VERBAL_ENDING, "다짐해야", "해야", id="verbal-must"),
    pytest.param(cjk.KO_VERBAL_ENDING, "대법원", None, id="noun-not-verbal"),
    pytest.param(cjk.AUTHOR_ROLE, "倉田(編)", "(編)", id="editor-mark"),
    pytest.param(cjk.INNER_QUOTE, "日韓 ‘安全保障’ の将来", "‘安全保障’", id="inner-quote"),
    pytest.param(cjk.JA_CHUNK, "識者に聞いた", "識者", id="chunk-ends-at-particle"),
]


@pytest.mark.parametrize("pattern,text,match", REGEX_CASES)
def test_regexes(pattern, text, match):
    m = pattern.search(text)
    if match is None:
        assert m is None
    else:
        assert m is not None and (m.group("q") if "q" in pattern.groupindex else m.group(0)) in (match, match.strip("‘’"))


# --- held-out lessons, on new notes ----------------------------------------------------------

LESSON_CASES = [
    pytest.param("経済省「海洋安全保障戦略について」2020年4月2日.",
                 {("title", "ja", "海洋安全保障戦略について"), ("term", "ja", "海洋安全保障戦略")}, set(),
                 id="corner-brackets-no-date-no-brackets-furniture-stripped"),
    pytest.param("防衛省「防衛力強化に関する基本方針」2023年1月.",
                 {("term", "ja", "防衛力強化に関する基本方針")}, set(),
                 id="noun-phrase-title-is-a-term-whole"),
    pytest.param("外務省「第5回日中韓防衛相会議（概要）」2021年3月1日.",
                 {("title", "ja", "第5回日中韓防衛相会議（概要）"), ("event", "ja", "日中韓防衛相会議")}, set(),
                 id="han-only-note-is-japanese"),
    pytest.param("국방부, 「한미 국방장관 회의 결과」, 2022년 5월.",
                 {("institution", "ko", "국방부"), ("term", "ko", "회의")}, {"person"},
                 id="ministry-is-no-author-and-hoeui-keeps-its-ui"),
    pytest.param("「한미일 외교장관 3년 만에 서울서 회동」, 한국일보, 2024년.",
                 set(), {"person"},
                 id="country-list-and-office-word-are-no-names"),
]


@pytest.mark.parametrize("note,expected,absent_kinds", LESSON_CASES)
def test_heldout_lessons(note, expected, absent_kinds):
    _, terms = terms_of(note)
    assert expected <= triples(terms)
    assert not [t for t in terms if t.kind in absent_kinds]


def test_han_only_note_is_japanese_in_a_korean_document():
    body = "A sentence.1 Another.2\n"
    doc = build_document(body + "1. 외교부, 「한일 외교장관 회담 결과」, 2023년.\n"
                         "2. 外務省「日韓外相会談」2023年5月1日.\n")
    terms = extract_cjk(doc)
    assert {t.lang for t in terms if t.footnote == 2} == {"ja"}


def test_single_author_before_corner_title_is_a_weak_person():
    """A lone name before a corner-bracketed title is weak evidence of an author; before a
    book's title, whose imprint follows it (place, publisher, year), it is the author's
    slot of the book citation: an entry's worth, though no role mark says so."""
    _, terms = terms_of("山田太郎『外交の論理』2010年.")
    (person,) = [t for t in terms if t.kind == "person"]
    assert person.text == "山田太郎" and person.confidence <= cjk.SINGLE_AUTHOR_CONFIDENCE
    _, terms = terms_of("山田太郎『外交の論理』(東京出版, 2010).")
    (person,) = [t for t in terms if t.kind == "person"]
    assert person.text == "山田太郎" and person.confidence == cjk.BOOK_AUTHOR_CONFIDENCE


def test_institution_before_corner_title_is_no_person():
    _, terms = terms_of("内閣官房「経済安全保障推進法の概要」2022年.")
    assert not [t for t in terms if t.kind == "person"]


# --- compound terms, sources and units (round 3) ------------------------------------------------
# (note text, terms that must be among the extracted (kind, lang, text), why)

COMPOUND_CASES = [
    pytest.param("外務省「第5回日豪首脳会談」2021年.",
                 {("event", "ja", "第5回日豪首脳会談"), ("event", "ja", "日豪首脳会談")},
                 id="ja-numbered-meeting-and-its-series"),
    pytest.param("「제3차 한미일 외교장관회의 결과」, 2024년.",
                 {("event", "ko", "제3차 한미일 외교장관회의"), ("event", "ko", "한미일 외교장관회의")},
                 id="ko-ordinal-country-list-event-phrase"),
    pytest.param("「ソフト・パワー戦略の概要」2022年.", {("term", "ja", "ソフト・パワー戦略")},
                 id="ja-katakana-joined-by-middle-dot-is-one-chunk"),
    pytest.param("「LG전자 북미 공장 증설」, 2024년.", {("term", "ko", "LG전자")},
                 id="ko-latin-letters-glued-to-hangul"),
    pytest.param("「아세안+3 정상회의 개막」, 2024년.", {("term", "ko", "아세안+3")},
                 id="ko-plus-number-stays-on-the-word"),
    pytest.param("「한일 외교장관 도쿄서 회담」, 2024년.", {("term", "ko", "도쿄")},
                 id="ko-colloquial-locative-seo-stripped-as-extra-term"),
    pytest.param("経済産業省「台湾向け半導体輸出の現状」2023年.", {("term", "ja", "台湾")},
                 id="ja-verb-stem-before-ke-dropped"),
    pytest.param("한국해양수산개발원 해양정책연구소, 「북극항로 전망」, 2024년.",
                 {("institution", "ko", "한국해양수산개발원"), ("institution", "ko", "해양정책연구소")},
                 id="ko-author-organisation-and-its-unit-split"),
    pytest.param("「반도체 수출 급증」, 동아일보, 2024년 3월.", {("publication", "ko", "동아일보")},
                 id="ko-newspaper-after-the-title"),
    # (a book's publisher is an institution, as the seed's gold counts Kodansha)
    pytest.param("田中一郎『海洋国家の戦略』(有信堂, 2018).", {("institution", "ja", "有信堂")},
                 id="ja-publisher-in-brackets-after-the-title"),
]


@pytest.mark.parametrize("note,expected", COMPOUND_CASES)
def test_compound_terms_sources_and_units(note, expected):
    _, terms = terms_of(note)
    assert expected <= triples(terms), triples(terms)


def test_verb_stem_is_not_kept_on_the_chunk():
    _, terms = terms_of("経済産業省「台湾向け半導体輸出の現状」2023年.")
    assert "台湾向" not in {t.text for t in terms}


def test_a_name_with_a_space_is_not_split_unless_both_parts_are_institutions():
    _, terms = terms_of("일본 외무성, 「한일 관계 전망」, 2024년.")
    assert "일본" not in {t.text for t in terms if t.kind == "institution"}


def test_a_bare_run_keeps_no_closing_bracket_it_does_not_open():
    """"his birth name, Takada Makoto (高田誠)": the run is 高田誠, not "高田誠)"; a bracket the
    run opens itself stays ("ニュース速報(VIP)")."""
    _doc, terms = terms_of("An article revealed his birth name to be Takada Makoto (高田誠). Another board is ニュース速報(VIP) here.")
    texts = {t.text for t in terms}
    assert not any(t.endswith((")", "）")) and "(" not in t for t in texts)
    assert any(t.startswith("高田誠") for t in texts)


def test_a_middle_dot_joins_a_foreign_name_in_katakana_but_lists_kanji_authors():
    _doc, terms = terms_of("ブレン・オラ「港湾条約再考」『歴史学研究』2006年.")
    assert ("person", "ja", "ブレン・オラ") in triples(terms)
    _doc, terms = terms_of("山田太郎・鈴木花子「港湾条約再考」『歴史学研究』2006年.")
    assert {("person", "ja", "山田太郎"), ("person", "ja", "鈴木花子")} <= triples(terms)


def test_the_place_before_a_publisher_is_no_part_of_its_name():
    _doc, terms = terms_of("山田太郎『港湾条約の研究』(東京: 岩波書店, 1998), 23.")
    texts = {t.text for t in terms if t.kind in ("institution", "publication")}
    assert "岩波書店" in texts and not any(":" in t or "：" in t for t in texts)


def test_a_name_quoted_inside_a_quoted_title_is_a_term():
    """「『X』の…」: Japanese quotes a name within a quotation with 『』; the name is a term."""
    _, terms = terms_of("港湾庁「『青島の灯台』の文化財指定について」2024年.")
    assert "青島の灯台" in {t.text for t in terms}


def test_two_noun_chunks_joined_by_no_are_a_phrase_of_their_own():
    """尖閣諸島の国有化を…: the の-phrase is a term besides its parts; one that goes on with
    への (首里城の世界遺産一覧表への記載) is no phrase of its own."""
    _, terms = terms_of("「久米島諸島の国有化を閣議決定」2012年.")
    texts = {t.text for t in terms}
    assert {"久米島諸島の国有化", "久米島諸島", "国有化"} <= texts
    _, terms = terms_of("「首里城の世界遺産一覧表への記載について」2023年.")
    assert "首里城の世界遺産一覧表" not in {t.text for t in terms}


def test_each_citation_of_a_mixed_note_has_its_own_language():
    """A note citing a Japanese and a Korean work: the Japanese newspaper in the first
    citation is Japanese although the note has Hangul (the second citation's)."""
    from glossary.documents import read_document

    doc = read_document(str(DATA / "note_citing_works_in_two_languages.md"))
    langs = {t.text: t.lang for t in extract_cjk(doc)}
    assert langs["読売新聞"] == "ja"
    assert langs["韓国、防衛白書に抗議"] == "ja"
    assert langs["동아일보"] == "ko"
    assert langs["日 방위백서 독도 영유권 주장"] == "ko"


@pytest.mark.parametrize("note, absent", [
    pytest.param("「新首相、米大統領と電話」『毎日新聞』2017年5月。", {"新", "米"}, id="prefix-and-country-abbreviation"),
    pytest.param("「李明博大統領が竹島上陸　韓国大統領で初」『朝日新聞』2012年8月10日。", {"韓国"}, id="country-before-title"),
])
def test_no_person_from_a_title_prefix_or_a_country(note, absent):
    _, terms = terms_of(note)
    assert not {t.text for t in terms if t.kind == "person"} & absent


def test_a_verb_ending_in_seo_is_no_term():
    _, terms = terms_of("「외교부, 보고서 발표해서 논란」, 『연합뉴스』, 2023.")
    texts = {t.text for t in terms}
    assert "보고서" in texts and not texts & {"발표해서", "발표해"}


def test_a_company_named_by_its_legal_form_inside_a_title():
    """A company's legal form (株式会社, data) inside a title's chunk sets the company off
    from what follows (its plant)."""
    _doc, terms = terms_of("経済産業省「オストリン電力ホールディングス株式会社ヴァルモラ第一原子力発電所における処理水の"
                           "処分に関する基本方針」2021年。")
    assert {("institution", "ja", "オストリン電力ホールディングス"), ("term", "ja", "ヴァルモラ第一原子力発電所")} <= triples(terms)


def test_the_author_of_a_later_citation_in_a_note_is_read_as_the_first_ones():
    """"…; 対馬市「観光統計」": a body before the title of the note's second citation is its
    author, as 鳥取県 is the first one's; "김대중·오부치 게이조, 「…」": a Japanese name in
    Hangul, family and given names apart, is a person of the author list."""
    from glossary.documents import read_document

    got = triples(extract_cjk(read_document(DATA / "note_later_citation_authors.md")), {"institution", "person"})
    assert ("institution", "ja", "鳥取県") in got and ("institution", "ja", "対馬市") in got
    assert ("person", "ko", "김대중") in got and ("person", "ko", "오부치 게이조") in got


def test_a_citation_in_han_alone_beside_one_in_hangul_is_japanese():
    """"외교부, 「…」; 外務省「日韓外相会談」": beside a Korean citation, one in Han characters
    alone is Japanese (Korean titles are written in Hangul): 外務省 is ja; a citation of its
    own before the note's first quoted title ("大阪地方裁判所 判決、2022年; 「…」") keeps its
    court."""
    from glossary.documents import read_document

    got = triples(extract_cjk(read_document(DATA / "bilingual_note_han_only_citation.md")))
    assert ("institution", "ja", "外務省") in got and ("institution", "ko", "外務省") not in got
    assert ("institution", "ja", "大阪地方裁判所") in got


def test_a_compound_peeled_of_its_last_dictionary_words_names_what_it_is_about():
    """韓国海軍艦艇 "Korean navy vessels" names the navy (韓国海軍, a body by its head) and
    火器管制レーダー照射事案 "fire-control radar irradiation incident" the radar (a loanword
    ends what is left): terms of their own beside the whole compounds.  A compound of a named
    kind keeps its head: no 日韓防衛相 of 日韓防衛相会談."""
    from glossary.documents import read_document

    got = {(t.kind, t.text) for t in extract_cjk(read_document(DATA / "compound_peeled_of_its_last_words.txt"))}
    assert ("institution", "韓国海軍") in got and ("term", "韓国海軍艦艇") in got
    assert ("term", "火器管制レーダー") in got
    _doc, meeting = terms_of("防衛省「日韓防衛相会談の概要」2031年6月1日.")
    assert "日韓防衛相" not in {t.text for t in meeting}
