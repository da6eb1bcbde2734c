"""Reading documents: encodings, bad input, structure (body / headings / notes / trailer)
and footnote markers.  Fixtures: tests/data/documents/ (one file per edge case; the
encoded ones are made by tests/data/documents/make_fixtures.py)."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import documents as D
from glossary.documents import decode_bytes, parse_document, read_document
from glossary.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "documents"
SEED = ROOT / "seeds" / "000_409e99854556560e.txt"
GOLD = ROOT.parent / "shared" / "eval" / "seed-gold.json"


def markers(doc):
    return [(m.n, m.line, m.col, m.text) for m in doc.markers]


def kinds(doc):
    return {s.line: s.kind for s in doc.segments}


# ---------------------------------------------------------------------------------------
# The seed article against the gold annotation
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    return read_document(SEED)


@pytest.fixture(scope="module")
def gold():
    if not GOLD.exists():
        pytest.skip("shared gold file not available")
    return json.loads(GOLD.read_text(encoding="utf-8"))


def test_seed_markers_match_gold(seed, gold):
    starts = [0]
    for ln in seed.lines:
        starts.append(starts[-1] + len(ln) + 1)
    got = {m.n: (m.line, starts[m.line - 1] + m.col - 1) for m in seed.markers}
    want = {f["n"]: (f["marker_line"], f["marker_char_offset"]) for f in gold["footnotes"]}
    assert got == want
    assert len(seed.markers) == 27
    # each marker's digits end the gold context string
    for f in gold["footnotes"]:
        m = seed.marker(f["n"])
        line = seed.lines[m.line - 1]
        assert line[: m.col - 1 + len(m.text)].endswith(f["marker_context"])


def test_seed_notes_match_gold(seed, gold):
    assert [n.n for n in seed.notes] == list(range(1, 28))
    for f in gold["footnotes"]:
        note = seed.note(f["n"])
        assert note.text == f["text"]
        assert list(range(note.line, note.end_line + 1)) == f["source_lines"]


def test_seed_layout(seed, gold):
    k = kinds(seed)
    assert [ln for ln, kind in k.items() if kind == "heading"] == [7, 13, 21, 30]
    assert [ln for ln, kind in k.items() if kind == "trailer"] == [66, 67]
    assert all(k[i] == "body" for i in range(1, 37) if i not in (7, 13, 21, 30))
    assert all(k[i] == "note" for i in range(37, 66))
    assert seed.encoding == "utf-8"
    assert seed.warnings == ()
    assert gold["meta"]["source_lines"] == len(seed.lines)


def test_seed_no_year_or_ordinal_taken(seed):
    # "December 201820": the marker is "20" (col of the "2" after "2018"), the year stays
    m20 = seed.marker(20)
    line = seed.lines[m20.line - 1]
    assert line[m20.col - 5: m20.col - 1] == "2018" and m20.text == "20"
    seg = next(s for s in seed.segments if s.line == m20.line)
    assert "December 2018  " in seg.text and "201820" not in seg.text
    for m in seed.markers:
        assert not line.startswith("th", m.col) and len(m.text) <= 2


def test_seed_note_segments(seed):
    notes = [s for s in seed.segments if s.kind == "note"]
    assert len(notes) == 29                       # 27 notes, note 1 has 3 physical lines
    first = notes[0]
    assert (first.line, first.col, first.footnote) == (37, 4, 1)
    assert first.text.startswith("* Professor")
    assert (notes[1].line, notes[1].col, notes[1].footnote) == (38, 1, 1)
    n10 = next(s for s in notes if s.footnote == 10)
    assert n10.col == 5 and n10.text.startswith("石破茂")


def test_segments_blank_markers_only(seed):
    """Segment text = the line with marker characters replaced by spaces, same columns."""
    by_line = {}
    for m in seed.markers:
        by_line.setdefault(m.line, []).append(m)
    for s in seed.segments:
        line = seed.lines[s.line - 1]
        original = line[s.col - 1: s.col - 1 + len(s.text)]
        assert len(original) == len(s.text)
        blanked = {m.col - s.col + k for m in by_line.get(s.line, []) for k in range(len(m.text))}
        for k, (a, b) in enumerate(zip(original, s.text)):
            assert b == (" " if k in blanked else a)


def test_report_shape(seed):
    rep = seed.report()
    assert rep["encoding"] == "utf-8" and rep["notes"] == 27
    assert rep["markers"][0] == {"n": 1, "line": 1, "col": 849}
    assert rep["markers"][1] == {"n": 2, "line": 2, "col": 285}


# ---------------------------------------------------------------------------------------
# Encodings
# ---------------------------------------------------------------------------------------

ENCODED = [
    pytest.param("ja_cp932.txt", "cp932", "日本と韓国の関係", id="ja-cp932: Shift_JIS lead bytes, not valid UTF-8"),
    pytest.param("ja_euc_jp.txt", "euc-jp", "日本と韓国の関係", id="ja-euc-jp: also decodes as cp949, but into jamo/Greek"),
    pytest.param("ja_utf8_sig.txt", "utf-8-sig", "日本と韓国の関係", id="ja-utf-8-sig: BOM decides, BOM dropped"),
    pytest.param("ja_utf16_le_bom.txt", "utf-16", "日本と韓国の関係", id="ja-utf-16-le: FF FE BOM"),
    pytest.param("ko_cp949.txt", "cp949", "한일 관계의 새로운 출발", id="ko-cp949: decodes as euc-jp kanji too; Hangul wins"),
    pytest.param("ko_euc_kr.txt", "cp949", "한일 관계의 새로운 출발", id="ko-euc-kr: a subset of cp949, reported as cp949"),
    pytest.param("ko_utf16_be_bom.txt", "utf-16", "한일 관계의 새로운 출발", id="ko-utf-16-be: FE FF BOM"),
    pytest.param("ko_utf8.txt", "utf-8", "한일 관계의 새로운 출발", id="ko-utf-8: plain UTF-8"),
]


@pytest.mark.parametrize("name, encoding, title", ENCODED)
def test_encodings(name, encoding, title):
    doc = read_document(DATA / name)
    assert doc.encoding == encoding
    assert doc.segments[0].kind == "heading" and doc.segments[0].text == title
    assert not doc.text.startswith("\ufeff")
    assert [m.n for m in doc.markers] == [1, 2, 3]
    assert [n.n for n in doc.notes] == [1, 2, 3]
    assert doc.warnings == ()


SHORT_JA = ["石破茂首相は所信表明演説で日韓関係の重要性を強調した。",
            "外務省「日韓首脳会談」", "ガイドブックを読んだ。", "東京と大阪の天気はどうですか"]
SHORT_KO = ["이시바 총리는 한일 관계를 강조했다.", "외교부 “한일 정상회담”", "서울의 날씨는 맑음", "대법원 판결"]


@pytest.mark.parametrize("text", SHORT_JA, ids=[f"ja-short-{i}" for i in range(len(SHORT_JA))])
@pytest.mark.parametrize("codec, name", [("cp932", "cp932"), ("euc-jp", "euc-jp")], ids=["cp932", "euc-jp"])
def test_short_japanese_detected(text, codec, name):
    """Even one short line of Japanese is told from Korean: kana and level-1 kanji score."""
    decoded, enc = decode_bytes(text.encode(codec))
    assert (decoded, enc) == (text, name)


@pytest.mark.parametrize("text", SHORT_KO, ids=[f"ko-short-{i}" for i in range(len(SHORT_KO))])
def test_short_korean_detected(text):
    """EUC-KR bytes also decode as EUC-JP kanji; common Hangul syllables score higher."""
    decoded, enc = decode_bytes(text.encode("euc-kr"))
    assert (decoded, enc) == (text, "cp949")


def test_cp949_extension_syllables():
    """CP949 (UHC) syllables outside EUC-KR, e.g. 똠 and 펲, still decode as cp949 in context."""
    text = "똠양꿍 요리를 먹었다. 한국 음식과 태국 음식을 비교했다."
    assert decode_bytes(text.encode("cp949")) == (text, "cp949")


def test_bomless_utf16():
    text = "Plain ASCII article in UTF-16 without a BOM.\n"
    assert decode_bytes(text.encode("utf-16-le")) == (text, "utf-16-le")
    assert decode_bytes(text.encode("utf-16-be")) == (text, "utf-16-be")


def test_line_ends_and_nfc():
    lf = read_document(DATA / "bracket_markers.txt")
    for name in ("crlf.txt", "cr_only.txt"):
        doc = read_document(DATA / name)
        assert "\r" not in doc.text
        assert doc.lines == lf.lines and markers(doc) == markers(lf)
        assert doc.segments == lf.segments
    nfd = read_document(DATA / "nfd.txt")
    assert unicodedata.is_normalized("NFC", nfd.text)
    assert nfd.segments[0].text.startswith("한국 대법원")
    assert [m.n for m in nfd.markers] == [1, 2]


# ---------------------------------------------------------------------------------------
# Bad input: a clear, one-line InputError naming the file
# ---------------------------------------------------------------------------------------

BAD = [
    pytest.param("empty.txt", "empty file", id="empty: zero bytes"),
    pytest.param("bom_only.txt", "empty file", id="bom-only: a UTF-8 BOM and nothing else"),
    pytest.param("binary.bin", "binary file", id="binary: PNG header with NUL bytes"),
    pytest.param("undecodable.txt", "cannot decode", id="undecodable: invalid in every encoding"),
    pytest.param("no-such-file.txt", "no such file", id="missing file"),
    pytest.param(".", "directory", id="a directory"),
]


@pytest.mark.parametrize("name, message", BAD)
def test_bad_input(name, message):
    path = DATA / name
    with pytest.raises(InputError) as err:
        read_document(path)
    text = str(err.value)
    assert message in text and str(path) in text and "\n" not in text
    assert err.value.path == str(path)


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)
    with pytest.raises(InputError, match=r"file too large: 0\.0 MB \(limit"):
        read_document(path, max_bytes=1000)
    assert read_document(path, max_bytes=5000).lines


def test_too_large_env(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)
    monkeypatch.setenv(D.MAX_BYTES_ENV, "0.001")
    with pytest.raises(InputError, match="file too large"):
        read_document(path)
    monkeypatch.setenv(D.MAX_BYTES_ENV, "lots")
    with pytest.raises(InputError, match="number of megabytes"):
        read_document(path)


def test_control_characters_refused():
    with pytest.raises(InputError, match="control characters"):
        decode_bytes(b"text\x01\x02\x03\x04\x05\x06 more" * 10, path="x.txt")


# ---------------------------------------------------------------------------------------
# Structure of the fixture articles
# ---------------------------------------------------------------------------------------


def test_markdown_footnotes():
    doc = read_document(DATA / "markdown_footnotes.md")
    assert doc.format == "markdown"
    # numbered in order of first reference when labels are not all numeric
    assert [(n.n, n.label) for n in doc.notes] == [(1, "1"), (2, "gsomia"), (3, "3"), (4, "4")]
    assert [(m.n, m.line, m.text) for m in doc.markers] == [
        (1, 3, "[^1]"), (2, 3, "[^gsomia]"), (3, 10, "[^3]"), (4, 10, "[^4]")]
    note1 = doc.note(1)
    assert note1.text.endswith("May 7, 2023,\nhttps://www.mofa.go.jp/a_o/na/kr/page1e_000001.html")
    assert (note1.line, note1.col, note1.end_line) == (5, 7, 6)
    headings = [(s.line, s.col, s.text) for s in doc.segments if s.kind == "heading"]
    assert headings == [(1, 3, "Japan and South Korea Under New Leadership"),
                        (8, 4, "The Economic Security Dialogue")]
    assert kinds(doc)[12] == "body"          # "13 summit meetings and No. 533": no marker
    assert doc.warnings == ()


def test_bracket_markers():
    doc = read_document(DATA / "bracket_markers.txt")
    assert [(m.n, m.line, m.text) for m in doc.markers] == [
        (1, 3, "[1]"), (2, 3, "[2]"), (3, 7, "[3]"), (4, 7, "[4]"), (1, 7, "[1]")]
    assert [(n.n, n.line, n.col) for n in doc.notes] == [(1, 11, 5), (2, 12, 5), (3, 13, 5), (4, 14, 5)]
    k = kinds(doc)
    assert (k[1], k[5], k[9]) == ("heading", "heading", "heading")   # "Notes" is a heading
    seg = next(s for s in doc.segments if s.line == 3)
    assert "[1]" not in seg.text and "every year    ." in seg.text
    assert doc.warnings == ()                 # a repeated reference is not out of order


def test_superscript_markers():
    doc = read_document(DATA / "superscript_markers.txt")
    assert [(m.n, m.text) for m in doc.markers] == [(1, "¹"), (2, "²"), (3, "³")]
    seg = next(s for s in doc.segments if s.line == 3)
    assert "12 km² in total" in seg.text     # a unit, not a second marker 2


def test_markers_without_notes():
    doc = read_document(DATA / "markers_without_notes.txt")
    assert doc.notes == ()
    assert [m.n for m in doc.markers] == [1, 2, 3]          # a clean 1, 2, 3 run; not G7
    assert len(doc.warnings) == 3 and all("has no note" in w for w in doc.warnings)


def test_notes_without_markers():
    doc = read_document(DATA / "notes_without_markers.txt")
    assert [n.n for n in doc.notes] == [1, 2] and doc.markers == ()
    assert "no note markers found in the body" in doc.warnings
    assert any("note 2 has no marker" in w for w in doc.warnings)


def test_numbered_list_is_body():
    """A numbered list at the end, no citations, no markers: body text, not notes."""
    doc = read_document(DATA / "numbered_list_body.txt")
    assert doc.notes == () and doc.markers == ()
    assert [s.kind for s in doc.segments] == ["heading", "body", "body", "body", "body"]


def test_notes_out_of_order():
    doc = read_document(DATA / "notes_out_of_order.txt")
    assert [n.n for n in doc.notes] == [1, 2, 4, 3]
    assert [m.n for m in doc.markers] == [1, 2, 3, 4]
    assert doc.warnings == ("line 6: note 3 out of order (after note 4)",)


def test_multiline_last_note_and_trailer():
    doc = read_document(DATA / "multiline_last_note.txt")
    assert doc.note(1).text == 'Ministry of Foreign Affairs, "The 12th Japan-ROK Security Dialogue,"\nApril 17, 2023.'
    # note 2's first line ends inside a quote: the next line continues it
    assert doc.note(2).end_line == 6
    assert [s.line for s in doc.segments if s.kind == "trailer"] == [7, 8]


def test_trailer_after_blank_line():
    """Notes not separated by blank lines; a blank line then a paragraph: trailer."""
    doc = read_document(DATA / "trailer_after_blank.txt")
    assert [(n.n, n.end_line) for n in doc.notes] == [(1, 2), (2, 3)]
    assert [s.line for s in doc.segments if s.kind == "trailer"] == [5]


def test_markdown_undefined_label():
    doc = read_document(DATA / "markdown_undefined.md")
    assert [(m.n, m.col) for m in doc.markers] == [(1, 38), (1, 105)]    # repeat reference kept
    assert doc.warnings == ("line 3, col 74: marker [^ghost] has no note",
                            "line 6: note 2 has no marker in the body")
    body = next(s for s in doc.segments if s.line == 3)
    assert "[^" not in body.text                                          # all references blanked
    assert [(s.line, s.kind) for s in doc.segments[-2:]] == [(8, "heading"), (10, "body")]


def test_japanese_note_style():
    """（注1） and ※3 references; 注1 / ※3 note prefixes."""
    doc = read_document(DATA / "ja_notes_style.txt")
    assert [(m.n, m.text) for m in doc.markers] == [(1, "（注1）"), (2, "（注2）"), (3, "※3")]
    assert [(n.n, n.col) for n in doc.notes] == [(1, 4), (2, 4), (3, 4)]
    assert doc.note(3).text.startswith("産経新聞") and doc.warnings == ()


def test_numbered_sections_are_not_notes():
    """'1. Introduction' section titles over paragraphs with years: not a notes section."""
    doc = read_document(DATA / "numbered_sections.txt")
    assert doc.notes == () and doc.markers == ()
    assert {s.kind for s in doc.segments} == {"body"}


@pytest.mark.parametrize("transform, encoding", [
    pytest.param(lambda b: b"\xef\xbb\xbf" + b, "utf-8-sig", id="seed with a UTF-8 BOM"),
    pytest.param(lambda b: b.replace(b"\n", b"\r\n"), "utf-8", id="seed with CRLF"),
    pytest.param(lambda b: b.decode().encode("utf-16"), "utf-16", id="seed in UTF-16 with BOM"),
])
def test_seed_variants(tmp_path, seed, transform, encoding):
    path = tmp_path / "seed.txt"
    path.write_bytes(transform(SEED.read_bytes()))
    doc = read_document(path)
    assert doc.encoding == encoding
    assert markers(doc) == markers(seed) and doc.notes == seed.notes and doc.segments == seed.segments


def test_wrapped_paragraphs():
    doc = read_document(DATA / "wrapped_paragraphs.txt")
    k = kinds(doc)
    assert k[1] == "heading" and k[11] == "heading"
    assert k[6] == "body"                    # short last line of a wrapped paragraph
    assert [(m.n, m.line) for m in doc.markers] == [(1, 4), (2, 8), (3, 9)]
    assert doc.note(1).text.endswith("Announcement\nof the Government Position,\" March 6, 2023.")


def test_glued_data_is_not_a_marker():
    doc = read_document(DATA / "glued_data.txt")
    line = doc.lines[0]
    contexts = ["since 2023.1", "August 2024.2", "(pp.12-14).3", "In 2019,4", "(January 2024)5", "May 2023.6"]
    assert [m.n for m in doc.markers] == [1, 2, 3, 4, 5, 6]
    for m, ctx in zip(doc.markers, contexts):
        assert line[: m.col - 1 + len(m.text)].endswith(ctx)
    assert doc.warnings == ()


# ---------------------------------------------------------------------------------------
# Markers in small texts (table-driven)
# ---------------------------------------------------------------------------------------

NOTES_1_TO_5 = "\n\n" + "\n".join(f"{n}. Source {n}, “Title,” 2024." for n in range(1, 6)) + "\n"

MARKER_CASES = [
    pytest.param("End of sentence.1 Next.2", [(1, "1"), (2, "2")], id="after full stop"),
    pytest.param("He said “yes.”1 Then,2 and", [(1, "1"), (2, "2")], id="after closing quote and comma"),
    pytest.param("Dialogue (January 2024)1 and (May 2023).2", [(1, "1"), (2, "2")],
                 id="after closing bracket, with a year inside"),
    pytest.param("In December 20181 the incident.", [(1, "1")], id="year with marker glued on"),
    pytest.param("In 2023 and 2024 there were 13 summits.1", [(1, "1")], id="bare years and counts are data"),
    pytest.param("The 60th anniversary.1 The 2nd time.2", [(1, "1"), (2, "2")], id="ordinals are data"),
    pytest.param("The “8. 15 Doctrine” was new.1", [(1, "1")], id="'8. 15' is a name, not markers"),
    pytest.param("See No. 533 and No.4 here.1", [(1, "1")], id="No. 533 is data; No.4 out of sequence"),
    pytest.param("The G7 summit.1 Then Japan.2", [(1, "1"), (2, "2")], id="G7 is a name"),
    pytest.param("It cost 1,000 yen.1 At 10:30 it rained.2", [(1, "1"), (2, "2")],
                 id="thousands separator and clock time are data"),
    pytest.param("Growth was 3.5% in Korea.1 The F-35 jets.2", [(1, "1"), (2, "2")],
                 id="decimals, percentages and model numbers are data"),
    pytest.param("See https://example.com/page3 for it.1", [(1, "1")], id="digits in URLs are not markers"),
    pytest.param("Ref [1] and [2] then [1] again.", [(1, "[1]"), (2, "[2]"), (1, "[1]")], id="bracketed, repeat allowed"),
    pytest.param("Superscripts¹ and more² here.", [(1, "¹"), (2, "²")], id="superscript digits"),
    pytest.param("Word glued Korea1 and Japan2 here.", [(1, "1"), (2, "2")], id="glued to a word"),
    pytest.param("Sentence.1 Another.3 Then.2", [(1, "1"), (3, "3"), (2, "2")],
                 id="out of sequence: the increasing run, then the one strong marker of a note it left out"),
    pytest.param("Sentence.1 Tokyo,3 and Seoul,3 met.2", [(1, "1"), (2, "2")],
                 id="out of sequence: two candidates for the left-out note, neither is taken"),
    pytest.param("Sentence.1 Korea3 rose.2", [(1, "1"), (2, "2")],
                 id="out of sequence: a weak shape (glued to a word) is not taken out of order"),
    pytest.param("Start.3 Next.4 End.5", [(3, "3"), (4, "4"), (5, "5")],
                 id="markers may start past note 1 (an excerpt)"),
    pytest.param("It happened.9", [], id="number without a note is not a marker"),
    pytest.param("See p.3 and Vol.4 of it.1 Then.2", [(1, "1"), (2, "2")],
                 id="a number after p. / Vol. is a page or volume"),
]


@pytest.mark.parametrize("body, expected", MARKER_CASES)
def test_marker_cases(body, expected):
    doc = parse_document(body + NOTES_1_TO_5)
    assert [(m.n, m.text) for m in doc.markers] == expected


def test_marker_columns_exact():
    doc = parse_document("Text.12 more" + "\n\n" + "\n".join(f"{n}. N “T,” 2024." for n in range(1, 13)))
    m = doc.marker(12)
    assert (m.line, m.col, m.text) == (1, 6, "12")
    assert doc.segments[0].text == "Text.   more"


# ---------------------------------------------------------------------------------------
# Regexes (table-driven; one explanation per case)
# ---------------------------------------------------------------------------------------

REGEX_CASES = [
    # NOTE_NUMBER_RE
    pytest.param(D.NOTE_NUMBER_RE, "12. Ministry of", "12", id="note-number: 'N. '"),
    pytest.param(D.NOTE_NUMBER_RE, "3) Source", "3", id="note-number: 'N) '"),
    pytest.param(D.NOTE_NUMBER_RE, "[4] Source", "4", id="note-number: '[N]'"),
    pytest.param(D.NOTE_NUMBER_RE, "（5）出典", "5", id="note-number: full-width parentheses"),
    pytest.param(D.NOTE_NUMBER_RE, "2024.10.1 was", None, id="note-number: a date is not a number prefix"),
    pytest.param(D.NOTE_NUMBER_RE, "3.5% growth", None, id="note-number: a decimal is not"),
    # MD_NOTE_DEF_RE
    pytest.param(D.MD_NOTE_DEF_RE, "[^1]: Source", "1", id="md-def: numeric label"),
    pytest.param(D.MD_NOTE_DEF_RE, "[^gsomia]: Source", "gsomia", id="md-def: word label"),
    pytest.param(D.MD_NOTE_DEF_RE, "    [^1]: Source", None, id="md-def: 4-space indent is code"),
    # CARET / BRACKET / SUPERSCRIPT
    pytest.param(D.CARET_MARKER_RE, "text[^3] more", "3", id="caret: markdown reference"),
    pytest.param(D.BRACKET_MARKER_RE, "text [12] more", "12", id="bracket: numeric reference"),
    pytest.param(D.BRACKET_MARKER_RE, "[3](http://x)", None, id="bracket: a markdown link is not"),
    pytest.param(D.BRACKET_MARKER_RE, "[2024]", None, id="bracket: four digits is a year"),
    pytest.param(D.SUPERSCRIPT_MARKER_RE, "word.¹²", "¹²", id="superscript: two digits"),
    pytest.param(D.SUPERSCRIPT_MARKER_RE, "10³", None, id="superscript: after a digit is a power"),
    # GLUED_MARKER_RE
    pytest.param(D.GLUED_MARKER_RE, "nations.”1 Ishiba", "1", id="glued: after closing quote"),
    pytest.param(D.GLUED_MARKER_RE, "held,5 and", "5", id="glued: after comma"),
    pytest.param(D.GLUED_MARKER_RE, "2024)19 and", "19", id="glued: after bracket"),
    pytest.param(D.GLUED_MARKER_RE, "May 2023.7", "7", id="glued: after a year's full stop"),
    pytest.param(D.GLUED_MARKER_RE, "the 60th year", None, id="glued: ordinal runs into letters"),
    pytest.param(D.GLUED_MARKER_RE, "cost 1,000 yen", None, id="glued: thousands separator"),
    pytest.param(D.GLUED_MARKER_RE, "In 2019,4 the", "4", id="glued: comma + one digit after a year"),
    pytest.param(D.GLUED_MARKER_RE, "at 10:30 am", None, id="glued: clock time"),
    pytest.param(D.GLUED_MARKER_RE, "the F-35 jet", None, id="glued: a dash is data"),
    pytest.param(D.GLUED_MARKER_RE, "rate 3.5% now", None, id="glued: decimal"),
    pytest.param(D.GLUED_MARKER_RE, "The 8. 15 Doctrine", None, id="glued: spaced digits are not glued"),
    pytest.param(D.GLUED_MARKER_RE, "示した。1", "1", id="glued: after Japanese full stop"),
    pytest.param(D.GLUED_MARKER_RE, '{"index":1,"x"', None, id="glued: a JSON value after its key is data"),
    # YEAR_GLUED_MARKER_RE
    pytest.param(D.YEAR_GLUED_MARKER_RE, "December 201820 on", "20", id="year-glued: 2018 + 20"),
    pytest.param(D.YEAR_GLUED_MARKER_RE, "in (20241) the", "1", id="year-glued: after a bracket"),
    pytest.param(D.YEAR_GLUED_MARKER_RE, "in 2018 on", None, id="year-glued: a bare year"),
    pytest.param(D.YEAR_GLUED_MARKER_RE, "seq=369840", None, id="year-glued: an id is not a year"),
    # URL_RE
    pytest.param(D.URL_RE, "see https://a.jp/x?y=1, then", "https://a.jp/x?y=1,", id="url: http(s)"),
    pytest.param(D.URL_RE, "see www.korea.net/a", "www.korea.net/a", id="url: www."),
    # NOTES_HEADING_RE
    pytest.param(D.NOTES_HEADING_RE, "Notes", "Notes", id="notes-heading: English"),
    pytest.param(D.NOTES_HEADING_RE, "## References", "## References", id="notes-heading: markdown"),
    pytest.param(D.NOTES_HEADING_RE, "각주", "각주", id="notes-heading: Korean"),
    pytest.param(D.NOTES_HEADING_RE, "Notes on the summit", None, id="notes-heading: a title is not"),
    # CJK_NOTE_MARKER_RE
    pytest.param(D.CJK_NOTE_MARKER_RE, "発表した（注12）。", "12", id="cjk-marker: full-width (注N)"),
    pytest.param(D.CJK_NOTE_MARKER_RE, "始まった※3。", "3", id="cjk-marker: reference mark"),
    pytest.param(D.CJK_NOTE_MARKER_RE, "注目された", None, id="cjk-marker: 注 in a word"),
    pytest.param(D.NOTE_NUMBER_RE, "注1 外務省", "1", id="note-number: Japanese 注N"),
    # MARKER_HINT_RE
    pytest.param(D.MARKER_HINT_RE, "no digits here", None, id="hint: nothing to look at"),
    pytest.param(D.MARKER_HINT_RE, "word¹", "¹", id="hint: a superscript"),
    # SEPARATOR_RE
    pytest.param(D.SEPARATOR_RE, "* * *", "* * *", id="separator: spaced asterisks"),
    pytest.param(D.SEPARATOR_RE, "--", None, id="separator: two dashes are not"),
    # NOTE_COMPLETE_RE
    pytest.param(D.NOTE_COMPLETE_RE, "Title,” 2024, https://x.jp/a", "https://x.jp/a", id="note-complete: URL"),
    pytest.param(D.NOTE_COMPLETE_RE, "Title,” October 1, 2024.", "2024.", id="note-complete: year and full stop"),
    pytest.param(D.NOTE_COMPLETE_RE, "(Tokyo: Kodansha)", ")", id="note-complete: closing bracket"),
    pytest.param(D.NOTE_COMPLETE_RE, "Ministry, “The 14th Dialogue", None, id="note-complete: open quote"),
    # PAGE_FURNITURE_RE
    pytest.param(D.PAGE_FURNITURE_RE, "Page 4 of 4", "Page 4 of 4", id="furniture: page x of y"),
    pytest.param(D.PAGE_FURNITURE_RE, "- 12 -", "- 12 -", id="furniture: page number"),
    pytest.param(D.PAGE_FURNITURE_RE, "© 2024 JIIA", "© 2024 JIIA", id="furniture: copyright"),
    # QUOTED_LINE_RE
    pytest.param(D.QUOTED_LINE_RE, "“Expectations for Ishiba”", "“Expectations for Ishiba”", id="quoted: whole line"),
    pytest.param(D.QUOTED_LINE_RE, "“A,” Times, 2024.", None, id="quoted: a citation is not"),
    # SENTENCE_END_RE / SENTENCE_BREAK_RE / BULLET_RE
    pytest.param(D.SENTENCE_END_RE, "as a whole.”", ".”", id="sentence-end: full stop + quote"),
    pytest.param(D.SENTENCE_END_RE, "relations since 2023", None, id="sentence-end: heading has none"),
    pytest.param(D.SENTENCE_BREAK_RE, "It is. Then we", ". T", id="sentence-break: inside a line"),
    pytest.param(D.BULLET_RE, "- item", "- ", id="bullet: dash"),
    pytest.param(D.BULLET_RE, "2. item", "2. ", id="bullet: numbered"),
    # LINE_END_RE / CONTROL_RE
    pytest.param(D.LINE_END_RE, "a\r\nb", "\r\n", id="line-end: CRLF"),
    pytest.param(D.LINE_END_RE, "a\u2028b", "\u2028", id="line-end: LINE SEPARATOR"),
    pytest.param(D.CONTROL_RE, "a\x01b", "\x01", id="control: SOH"),
    pytest.param(D.CONTROL_RE, "a\tb\x0c", None, id="control: tab and form feed are text"),
]


@pytest.mark.parametrize("pattern, text, expected", REGEX_CASES)
def test_regexes(pattern, text, expected):
    m = pattern.search(text)
    if expected is None:
        assert m is None
        return
    assert m is not None
    groups = m.groupdict()
    for name in ("digits", "n", "label"):
        if groups.get(name) is not None:
            assert groups[name] == expected
            return
    assert m.group() == expected


# ---------------------------------------------------------------------------------------
# Robustness and speed
# ---------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,”)[]^:1234567890\n\r\t#*-한日あ¹²")), max_size=300))
def test_parse_never_raises(text):
    doc = parse_document(text)
    for s in doc.segments:
        line = doc.lines[s.line - 1]
        assert len(line) >= s.col - 1 + len(s.text)
    for m in doc.markers:
        assert doc.lines[m.line - 1][m.col - 1: m.col - 1 + len(m.text)] == m.text


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200))
def test_decode_never_crashes(data):
    try:
        text, enc = decode_bytes(data)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert enc in {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp932", "euc-jp", "cp949", "cp1252"}
        parse_document(text)


def test_one_megabyte_parses():
    """A 1 MB article (the seed's body 45 times, its notes once) keeps its 27 notes and their
    markers; how fast is `bench/bench_extract.py`'s "parse, one 1 MB article" (≤ 1 s)."""
    seed = SEED.read_text(encoding="utf-8")
    body, notes = seed.split("\n1. * Professor", 1)
    text = "\n".join([body] * 45) + "\n1. * Professor" + notes
    assert len(text) > 1_000_000
    doc = parse_document(text)
    assert len(doc.notes) == 27 and doc.marker(27) is not None


# A property: in generated articles full of numbers that are data, every inserted marker
# is found at its place and nothing else is taken for one.
_DATA_PHRASES = ["in 2023", "13 summit meetings", "the 60th anniversary", "the G7 summit",
                 "poll No. 533", "the “8. 15 Doctrine”", "1,000 troops", "at 10:30",
                 "3.5% growth", "the F-35 deal", "since 1965", "(March 2023)", "p. 50",
                 "Korea’s 2nd term", "a 20-year plan", "https://ex.com/a/2024/10/137_383409.html"]
_ENDINGS = [".", ",", ".”", ")", "", "?"]


@st.composite
def _article(draw):
    n_markers = draw(st.integers(min_value=1, max_value=30))
    parts, expected = [], []
    line = 1
    text_lines: list[str] = []
    current = ""
    for n in range(1, n_markers + 1):
        for _ in range(draw(st.integers(0, 3))):
            current += "Officials met " + draw(st.sampled_from(_DATA_PHRASES)) + " and talked. "
        end = draw(st.sampled_from(_ENDINGS))
        if end == ")":
            current += "The dialogue (January 2024)"
        elif end == "":
            current += "The incident in December " + draw(st.sampled_from(["2018", "2019", "1998"]))
        else:
            current += "They agreed on a plan" + end
        expected.append((n, line, len(current) + 1))
        current += str(n) + " "
        if draw(st.booleans()):
            text_lines.append(current.rstrip())
            current = ""
            line += 1
    if current:
        text_lines.append(current.rstrip())
    notes = [f"{n}. Ministry of Foreign Affairs, “Title {n},” October {n % 28 + 1}, 2024." for n in range(1, n_markers + 1)]
    return "\n".join(text_lines + notes) + "\n", expected


@settings(max_examples=150, deadline=None)
@given(_article())
def test_generated_articles_markers_exact(article):
    text, expected = article
    doc = parse_document(text)
    assert [(m.n, m.line, m.col) for m in doc.markers] == expected
    assert len(doc.notes) == len(expected) and doc.warnings == ()


def test_a_marker_cited_out_of_order_is_linked_and_named_in_a_warning():
    text = ("The ministry met in Tokyo.1 The later report came first.3 Then the talks began.2\n"
            "1. Ministry of Foreign Affairs, “Talks,” May 1, 2024.\n"
            "2. Ministry of Defense, “Meeting,” May 2, 2024.\n"
            "3. Cabinet Office, “Report,” May 3, 2024.\n")
    doc = parse_document(text)
    assert [m.n for m in doc.markers] == [1, 3, 2]
    assert [w for w in doc.warnings if "out of order" in w] == ["line 1, col 57: marker 3 cited out of order"]


def test_an_english_article_saved_as_windows_1252_is_read():
    """Word and Outlook on Western Windows save curly quotes and dashes as Windows-1252:
    sparse high bytes that read as typography, not as CJK."""
    doc = read_document(str(DATA / "en_cp1252.txt"))
    assert doc.encoding == "cp1252"
    assert "Prime Minister’s “policy speech” — delivered" in doc.text
    assert [m.n for m in doc.markers] == [1, 2]


# ---------------------------------------------------------------------------------------
# Reading: regular files only, the input limit (issue 10, section 6)
# ---------------------------------------------------------------------------------------

def _socket_file(tmp_path: Path) -> Path:
    import os
    import socket

    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    cwd = os.getcwd()
    os.chdir(tmp_path)        # AF_UNIX names are limited to 108 bytes: bind a relative one
    try:
        s.bind("s.txt")
    finally:
        os.chdir(cwd)
        s.close()
    return tmp_path / "s.txt"


def test_special_files_are_refused_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    cases = [(fifo, "named pipe"), (_socket_file(tmp_path), "socket"), (Path("/dev/zero"), "character device")]
    for path, kind in cases:
        for read in (D.read_bytes, read_document):
            with pytest.raises(InputError) as err:
                read(path)        # a FIFO opened for reading would block here forever
            assert kind in str(err.value) and err.value.path == str(path)


def test_a_file_swapped_for_a_fifo_after_the_stat_is_refused_by_fstat(tmp_path, monkeypatch):
    """The race: os.stat saw a regular file, then a FIFO took its name.  The open does not
    block (O_NONBLOCK) and fstat refuses it."""
    import os

    from glossary.documents import reader

    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    monkeypatch.setattr(reader, "require_regular_file", lambda path: None)
    with pytest.raises(InputError, match="named pipe"):
        D.read_bytes(fifo)


def test_read_bytes_reads_a_regular_file_within_the_limit(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 5000)
    assert D.read_bytes(path) == b"x" * 5000
    assert D.read_bytes(path, max_bytes=5000) == b"x" * 5000
    with pytest.raises(InputError, match="file too large"):
        D.read_bytes(path, max_bytes=4999)


def test_a_huge_limit_allocates_nothing_for_it(tmp_path, monkeypatch):
    """100,000 MB is a limit, not a buffer: the read is the file's size."""
    path = tmp_path / "a.txt"
    path.write_bytes(b"Tokyo " * 100)
    monkeypatch.setenv(D.MAX_BYTES_ENV, "100000")
    assert D.max_input_bytes() == 100000 * 1024 * 1024
    assert D.read_bytes(path) == b"Tokyo " * 100
    assert read_document(path).text.startswith("Tokyo")


def test_a_file_without_a_size_is_read_in_chunks_up_to_the_limit():
    """/proc files announce size 0: they are read in chunks, and the limit still holds."""
    assert b"Name:" in D.read_bytes("/proc/self/status")
    with pytest.raises(InputError, match="file too large"):
        D.read_bytes("/proc/self/status", max_bytes=10)


@pytest.mark.parametrize("value", ["inf", "1e400", "-1", "0", "nan", "abc", "-inf", "0x10"])
def test_a_bad_input_limit_is_a_usage_error_naming_the_variable(tmp_path, monkeypatch, value):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Tokyo\n")
    monkeypatch.setenv(D.MAX_BYTES_ENV, value)
    with pytest.raises(InputError) as err:
        D.read_bytes(path)
    assert "$GLOSSARY_MAX_INPUT_MB" in str(err.value) and repr(value) in str(err.value)
    assert err.value.exit_code == 2


@pytest.mark.parametrize("value, limit", [("1", 1024 * 1024), ("0.5", 512 * 1024), (" 2 ", 2 * 1024 * 1024)])
def test_good_input_limits(monkeypatch, value, limit):
    monkeypatch.setenv(D.MAX_BYTES_ENV, value)
    assert D.max_input_bytes() == limit


@pytest.mark.parametrize("cut", [1, 2])
def test_a_truncated_utf8_file_is_utf8_with_a_warning(tmp_path, cut):
    """A multi-byte character cut at the end: UTF-8 without it, said in a warning -- not
    a CP932 or EUC reading of the whole file."""
    path = tmp_path / "cut.txt"
    path.write_bytes("石破茂 met Yoon Suk Yeol. 日本と韓国".encode("utf-8")[:-cut])
    doc = read_document(path)
    assert doc.encoding == "utf-8" and doc.text == "石破茂 met Yoon Suk Yeol. 日本と韓"
    assert any("UTF-8" in w and "cut" in w for w in doc.warnings), doc.warnings


@pytest.mark.parametrize("data, text", [
    pytest.param(b"abc\xe6\x97", "abc", id="ascii-then-two-of-three-bytes"),
    pytest.param("日本".encode("utf-8") + b"\xe6", "日本", id="one-of-three-bytes"),
    pytest.param("Seoul ".encode("utf-8") + b"\xf0\x9f\x98", "Seoul ", id="three-of-four-bytes"),
])
def test_truncated_utf8_decodes_as_utf8(data, text):
    assert D.decode.decode_with_warnings(data, "x")[:2] == (text, "utf-8")
    assert D.decode.decode_with_warnings(data, "x")[2]


def test_invalid_utf8_in_the_middle_is_not_a_truncation():
    """Only an incomplete sequence at the very end is a cut; a bad byte elsewhere is not."""
    data = "日本と韓国の関係".encode("cp932")
    text, enc, warnings = D.decode.decode_with_warnings(data, "x")
    assert enc == "cp932" and not warnings


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_korean_with_few_nuls(tmp_path, codec):
    """Korean in UTF-16 has NULs only in its spaces and punctuation (and a few syllables
    such as 대, U+B300): still UTF-16, for `extract` and for `check`/`find` alike."""
    path = tmp_path / "ko.txt"
    text = "윤석열 대통령은 도쿄에서 회담했다. 한일 관계의 새로운 출발.\n" * 3
    path.write_bytes(text.encode(codec))
    doc = read_document(path)
    assert doc.encoding == codec and doc.text == text
    assert D.read_text(path) == (text, ())


# ---------------------------------------------------------------------------------------
# Superscript note labels and HTML (<sup> references, footnote lists, entities)
# ---------------------------------------------------------------------------------------


def _note_texts(doc):
    return {n.n: n.text for n in doc.notes}


def test_superscript_note_labels():
    """¹ ² ³ as the labels of the notes, not only as the markers in the body."""
    doc = read_document(DATA / "superscript_note_labels.txt")
    assert [m.n for m in doc.markers] == [1, 2, 3]
    notes = _note_texts(doc)
    assert notes[1].startswith("河野洋平「慰安婦") and notes[3].startswith("「한일 공동선언」")
    assert doc.warnings == ()


def test_html_sup_markers_and_labels():
    """<sup>1</sup> in the body and as note labels; tags removed, lines kept."""
    doc = read_document(DATA / "html_sup_markers.txt")
    assert [(m.n, m.line, m.text) for m in doc.markers] == [(1, 2, "¹"), (2, 2, "²")]
    assert _note_texts(doc)[2].startswith("村山富市")
    body = next(s for s in doc.segments if s.line == 2)
    assert "<" not in body.text and "colonial rule & aggression." in body.text
    assert kinds(doc)[1] == "heading" and doc.warnings == ()
    # a column counts characters of the line once markup is removed
    m1 = doc.markers[0]
    assert doc.lines[m1.line - 1][:m1.col - 1].rstrip().endswith("The Kono Statement")


def test_html_footnote_list():
    """An <ol> in a footnotes container: each <li> is one note (even over two lines),
    back-links dropped, and the article text after the list is body again."""
    doc = read_document(DATA / "html_footnote_list.html")
    assert [(m.n, m.line) for m in doc.markers] == [(1, 7), (2, 7)]
    notes = _note_texts(doc)
    assert notes[1] == "河野洋平「慰安婦関係調査結果発表に関する\n内閣官房長官談話」1993年8月4日。"
    assert notes[2] == "村山富市「戦後50周年の終戦記念日にあたって」1995年8月15日。"   # no ↩
    assert kinds(doc)[15] == "body"
    assert "the Obuchi–Kim Declaration of 1998" in next(s.text for s in doc.segments if s.line == 15)
    assert not any(".fn" in s.text for s in doc.segments)          # <style> is not text
    assert kinds(doc)[6] == "heading"                               # <h1>


def test_html_symbol_references_link_by_href():
    """`*` / `**` references resolve through href="#id" to the note item with that id;
    a second list reusing the id gets the reference that precedes it."""
    doc = read_document(DATA / "html_symbol_references.html")
    assert [(m.n, m.line) for m in doc.markers] == [(1, 2), (2, 2), (3, 10)]
    notes = _note_texts(doc)
    assert notes[3].startswith("* Commission on Verification")
    assert kinds(doc)[7] == "body" and doc.warnings == ()


@pytest.mark.parametrize("text", [
    "See <https://example.org/a> and the <Asian Solidarity Conference> of 1992.\n",
    "Profits rose 3 <5 and x > 2 in 2019.\n",
])
def test_angle_brackets_that_are_not_html(text):
    doc = parse_document(text)
    assert doc.text == text.rstrip("\n") or doc.text == text


def test_html_entities_decoded_without_breaking_words():
    doc = parse_document("<p>Women&rsquo;s Tribunal &amp; the Obuchi&ndash;Kim Declaration&nbsp;(1998)</p>\n")
    assert doc.lines[0].strip() == "Women’s Tribunal & the Obuchi–Kim Declaration (1998)"


def test_bracketed_notes_with_a_cut_out_run():
    """[3] then [41] with only blank lines between (an excerpt dropped notes 4-40): one
    notes section; empty notes ("[2]") are notes too."""
    doc = read_document(DATA / "bracket_notes_gap.txt")
    assert [n.n for n in doc.notes] == [1, 2, 3, 41, 42]
    assert [m.n for m in doc.markers] == [1, 2, 3, 41, 42]
    assert _note_texts(doc)[42].startswith("沖縄県") and _note_texts(doc)[2] == ""


def test_control_bytes_and_one_high_byte_decode_as_cp1252():
    """Found by the property test: a few control bytes and one byte over 0x7f is text in
    CP1252 (the Western encoding the reader falls back to), not a crash."""
    text, enc = decode_bytes(b"\x01\x01\t\t     \xf5")
    assert enc == "cp1252" and text.endswith("õ")
    parse_document(text)


def test_notes_at_the_foot_of_each_page_as_pdf_to_text_writes_them():
    """"1 Venn Arlo, 『…』" under a page's body, a page number under the notes, the numbers
    running on over pages: notes, each linked to its marker glued to the body ("Tokyo.1")."""
    doc = read_document(DATA / "page_foot_notes.txt")
    assert [(n.n, n.line) for n in doc.notes] == [(1, 7), (2, 8), (3, 14), (4, 15)]
    assert doc.notes[0].text.startswith("Venn Arlo, 『港湾条約の研究』")
    assert [m.n for m in doc.markers] == [1, 2, 3, 4] and not doc.warnings
    k = kinds(doc)
    assert k[11] == "body" and k[14] == "note" and 9 not in k and 16 not in k   # page numbers skipped


def test_numbered_lines_without_markers_stay_body():
    doc = read_document(DATA / "numbered_lines_without_markers.txt")
    assert not doc.notes
    assert kinds(doc)[5] == "body"


def test_page_foot_notes_whose_number_stands_on_a_line_of_its_own():
    """A superscript note label comes out of a PDF as "3" alone, the note's text on the next
    line(s): still a note, the label line skipped, the wrapped text kept, the page number
    after the notes skipped."""
    doc = read_document(DATA / "page_foot_note_labels_alone.txt")
    assert [(n.n, n.line) for n in doc.notes] == [(1, 7), (2, 9), (3, 15), (4, 18)]
    assert " ".join(doc.notes[2].text.split()).endswith("Halvern University Press, 2004).")
    assert [m.n for m in doc.markers] == [1, 2, 3, 4] and not doc.warnings
    k = kinds(doc)
    assert 6 not in k and 10 not in k and k[12] == "body"


def test_page_foot_notes_whose_labels_lost_their_space():
    """"1Venn Arlo, …", "2「…」": a superscript label glued to the note's first character."""
    doc = read_document(DATA / "page_foot_notes_glued_labels.txt")
    assert [(n.n, n.line) for n in doc.notes] == [(1, 7), (2, 8), (3, 14), (4, 15)]
    assert doc.notes[0].text.startswith("Venn Arlo") and doc.notes[3].text.startswith("Ibid.")
    assert [m.n for m in doc.markers] == [1, 2, 3, 4] and kinds(doc)[11] == "body"


def test_page_foot_notes_run_together_on_one_line():
    """"1 Venn Arlo, …, 23. 2 「…」. 3 Ibid.,": after a note's full stop the next expected
    number starts the next note on the same line; each note is a segment of its own."""
    doc = read_document(DATA / "page_foot_notes_run_together.txt")
    assert [(n.n, n.line) for n in doc.notes] == [(1, 7), (2, 7), (3, 7), (4, 14), (5, 14)]
    assert doc.notes[1].text == "「港湾条約を批判す」『海港新報』1905年9月3日."
    assert " ".join(doc.notes[2].text.split()) == "Ibid., p. 4."
    assert doc.notes[0].text.endswith("1998), 23.")
    notes = [(s.line, s.footnote, s.text) for s in doc.segments if s.kind == "note"]
    assert (7, 2, "「港湾条約を批判す」『海港新報』1905年9月3日.") in notes and (14, 5, "Ibid., 17.") in notes
    assert [m.n for m in doc.markers] == [1, 2, 3, 4, 5] and not doc.warnings


def test_a_one_sentence_paragraph_ending_in_a_marker_is_body_not_a_heading():
    """A short paragraph of one sentence whose stop is followed by its note marker
    ("… by phone.[^1]", "[2]", "<sup>3</sup>", "⁴") is body text: the marker must not hide
    the stop that tells it from a heading (its names would go unextracted)."""
    doc = read_document(str(DATA / "one_sentence_paragraphs_with_markers.md"))
    kinds = {s.text.split()[0]: s.kind for s in doc.segments if s.kind != "note"}
    assert kinds == {"Phone": "heading", "Foreign": "body", "The": "body", "Both": "body", "A": "body"}


def test_markers_and_note_labels_with_brackets_escaped_by_pandoc():
    """Pandoc's Markdown writer escapes brackets: "1946.\\[1\\]" is marker 1, glued or not,
    and the notes are a numbered list under "References" with indented continuation lines."""
    doc = read_document(str(DATA / "pandoc_escaped_bracket_markers.md"))
    assert [(m.n, m.line) for m in doc.markers] == [(1, 3), (2, 3), (3, 5)] and not doc.warnings
    assert doc.notes[1].text.split()[-1] == "33–41." and [n.n for n in doc.notes] == [1, 2, 3]
    body = " ".join(s.text for s in doc.segments if s.kind == "body")
    assert "\\" not in body and "[1" not in body


def test_a_note_written_as_an_italic_line_is_a_note():
    """A note as an italic line after the text ("_[1] The commission ...", closed by a lone
    "_"): note 1, and the marker glued to a word ("investigations[1]") is linked to it."""
    doc = read_document(str(DATA / "italic_note_line_after_front_matter.md"))
    assert [(m.n, m.line) for m in doc.markers] == [(1, 5)] and not doc.warnings
    assert doc.notes[0].text.startswith("The commission was formed in 1948.")


def _linked(name: str):
    doc = read_document(str(DATA / name))
    body = " ".join(s.text for s in doc.segments if s.kind == "body")
    return doc, [m.n for m in doc.markers], body


def test_bracketed_series_of_markers_cite_every_note_they_list():
    """"[1,2]", "[3-5]" and "[6, 7]" cite each note they list or span (Vancouver style), and
    none of their digits or separators stays in the text."""
    doc, numbers, body = _linked("bracket_series_markers.txt")
    assert numbers == [1, 2, 3, 4, 5, 6, 7, 8] and not doc.warnings
    assert not any(ch.isdigit() or ch in "[]," for ch in body)


def test_glued_series_of_markers_but_not_numbers():
    """"spring.1,2" and "once.3–5" are markers 1-5; "1,500 ships" stays a number."""
    doc, numbers, body = _linked("glued_series_markers.txt")
    assert numbers == [1, 2, 3, 4, 5, 6] and not doc.warnings
    assert "1,500 ships" in body and "spring. " in body


def test_superscript_range_and_list_markers():
    """"¹⁻³" cites notes 1 to 3 and "⁴,⁵" notes 4 and 5; the comma goes with them."""
    doc, numbers, body = _linked("superscript_range_markers.txt")
    assert numbers == [1, 2, 3, 4, 5] and not doc.warnings
    assert body.rstrip().endswith("at once.")


def test_pandoc_superscript_markers_and_labels():
    """Pandoc's "^1^" is a marker in the text and a label in the notes; "km^2^" after a
    letter is an exponent."""
    doc, numbers, body = _linked("pandoc_superscript_markers.md")
    assert numbers == [1, 2] and [n.n for n in doc.notes] == [1, 2] and not doc.warnings
    assert doc.notes[1].text.startswith("「오스트린") and "km^2^" in body


def test_html_sup_series_and_a_note_list_on_one_line():
    """`<sup>1,2</sup>`, two adjacent `<sup>` links and `<sup>5&ndash;7</sup>` cite notes
    1-7 (not "34"), and a footnote list written on one line is seven notes."""
    doc, numbers, body = _linked("html_sup_series_one_line_list.html")
    assert numbers == [1, 2, 3, 4, 5, 6, 7] and not doc.warnings
    assert [n.text for n in doc.notes][1:3] == ["Ibid.", "「오스트린 항만청 성명」, 2020."]
    assert not any(ch.isdigit() for ch in body)


@pytest.mark.parametrize("name", ["fullwidth_bracket_markers.txt", "fullwidth_paren_markers.txt"])
def test_fullwidth_markers_and_labels(name):
    """Markers and labels typed in a Japanese input mode ("［１］", "（１）") are notes 1-3;
    the notes keep their own full-width digits ("２０１９年")."""
    doc, numbers, body = _linked(name)
    assert numbers == [1, 2, 3] and [n.n for n in doc.notes] == [1, 2, 3] and not doc.warnings
    assert doc.notes[0].text == "外務省「ヴァルモラ合意について」２０１９年。" and "１" not in body


def test_a_page_exported_on_one_line_reads_paragraph_by_paragraph():
    """A Google Docs HTML export holds the whole page on one line: each paragraph starts a
    line of its own, so the heading is a heading and the notes after the rule ("[1] …" in a
    <div><p>) are notes 1-3 linked to the <sup> references."""
    doc = read_document(str(DATA / "google_docs_export_one_line.html"))
    assert [m.n for m in doc.markers] == [1, 2, 3] and not doc.warnings
    assert [n.text for n in doc.notes] == ["外務省「ヴァルモラ合意について」2019年。", "「오스트린 항만청 성명」, 2020.",
                                           "Ostrin Daily, March 2, 2020."]
    kinds = [(s.kind, s.text) for s in doc.segments]
    assert kinds[0] == ("heading", "Valmora and Ostrin") and ("body", "Nothing came of it.") in kinds


def test_note_labels_alone_on_their_lines_after_a_notes_heading():
    """A page copied from a newsletter: under "Notes", each number stands alone and its text
    is the next paragraph; notes 1-3 hold the text, not the number."""
    doc = read_document(str(DATA / "note_labels_alone_on_their_lines.txt"))
    assert [m.n for m in doc.markers] == [1, 2, 3] and not doc.warnings
    assert [(n.n, n.line, n.text) for n in doc.notes][2] == (3, 15, "Ibid.")
    assert not any(s.text.strip() in ("1", "2", "3") for s in doc.segments)


def test_paren_markers_cite_notes_labelled_with_a_right_paren():
    """"spring.(1)" cites note "1)" when nothing else in the text is a marker."""
    doc = read_document(str(DATA / "paren_markers_with_right_paren_labels.txt"))
    assert [m.n for m in doc.markers] == [1, 2] and not doc.warnings


def test_a_page_number_after_labelled_notes_is_no_note_label():
    """A lone "9" after notes labelled "1." (a page number) leaves the notes as they are."""
    doc = read_document(str(DATA / "page_number_after_labelled_notes.txt"))
    assert [m.n for m in doc.markers] == [1, 2] and [n.n for n in doc.notes] == [1, 2] and not doc.warnings


def test_an_enumeration_in_parentheses_is_no_marker_when_notes_are_labelled_with_a_stop():
    """"(1) peace … (2) free trade" with notes labelled "1.": an enumeration, no markers."""
    doc = read_document(str(DATA / "enumeration_in_parentheses_is_no_marker.txt"))
    assert doc.markers == () and "(1) peace" in doc.segments[1].text


def test_digits_in_names_are_no_markers_in_an_article_without_notes():
    """No notes: "P5", "G7", "£3.8" are names and a price, not markers 5, 7, 8 (digits
    glued to words count only as a run from 1), and no warning says a note is missing."""
    doc = read_document(str(DATA / "digits_in_names_without_notes.txt"))
    assert doc.markers == () and doc.warnings == ()


def test_markdown_links_to_notes_on_their_own_lines_start_no_notes_section():
    """A scraped article whose inline runs stand on their own lines: "[6](#fn006-…)" is a
    link to a note (a marker; the note itself was not copied), not note 6's label, and the
    "6" of "(#B6-…)" is part of a link target, no marker; the paragraphs after them stay
    body text, and a line that ends in "(" or holds only a link is no heading."""
    doc = read_document(str(DATA / "markdown_link_markers_on_their_own_lines.md"))
    assert doc.notes == () and doc.warnings == ()
    kinds = {s.text.strip(): s.kind for s in doc.segments}
    assert kinds["The Valmora Council met in Ostrin in 1350 and agreed on a new code."] == "body"
    assert all(k == "body" for t, k in kinds.items() if t != "Harbours of Valmora")


def test_markdown_links_to_notes_in_the_body_and_as_labels_under_the_notes_heading():
    """"met in 1990.[1](#fn1)" cites note 1; under "## Notes", "[1](#fnref1)" alone on its
    line (the text on the next) and "[2](#fnref2). Text" are the labels of notes 1 and 2."""
    doc = read_document(str(DATA / "markdown_link_markers_inline_with_notes.md"))
    assert [m.n for m in doc.markers] == [1, 2] and doc.warnings == ()
    assert [n.n for n in doc.notes] == [1, 2]
    assert "Harbour Memoirs" in doc.notes[0].text and "Tarvik Talks" in doc.notes[1].text


def test_link_markers_and_notes_labelled_with_a_colon():
    """A hand-made page: markers are links to anchors ("[1](#1)", "[2](#two)") and the notes
    an HTML anchor holding "1: " before a link to the source; every marker finds its note."""
    doc = read_document(str(DATA / "link_markers_and_colon_labels.md"))
    assert [m.n for m in doc.markers] == [1, 2, 3] and doc.warnings == ()
    assert [n.n for n in doc.notes] == [1, 2, 3] and "Harbour Memoirs" in doc.notes[0].text


def test_a_timeline_of_years_with_colons_is_no_notes_section():
    """"2001: …" lines are a timeline, not notes labelled "1:" (a colon label has at most three digits)."""
    doc = read_document(str(DATA / "timeline_years_with_colons.txt"))
    assert doc.notes == () and all(s.kind != "note" for s in doc.segments)
    assert any(s.text.startswith("The Tarvik Council") and s.kind == "body" for s in doc.segments)


def test_note_labels_linking_back_to_their_markers_without_a_notes_heading():
    """A converted page: the body cites "[1](#FN000001)", and the note is "[1](#ref_FN000001)"
    alone on its line, its text in the next paragraph, with no notes heading: the second
    link of a number is its note's label."""
    doc = read_document(str(DATA / "markdown_link_labels_linking_back_without_heading.md"))
    assert [m.n for m in doc.markers] == [1, 2, 3] and doc.warnings == ()
    assert [n.n for n in doc.notes] == [1, 2, 3]
    assert "大分史料" in doc.notes[0].text and "大友の歴史" in doc.notes[1].text and doc.notes[2].text == "Ibid., 20."


def test_caret_labels_alone_on_their_lines_with_indented_notes():
    """"[^1]" alone on its line (no colon), the note's text the indented paragraph after it:
    a footnote definition, as a converter writes it."""
    doc = read_document(str(DATA / "markdown_caret_labels_alone_with_indented_notes.md"))
    assert [m.n for m in doc.markers] == [1, 2] and doc.warnings == ()
    assert [n.n for n in doc.notes] == [1, 2] and "大分史料" in doc.notes[0].text
    assert all("[^" not in s.text for s in doc.segments if s.kind == "body")


def test_a_numbered_sections_decimal_number_is_no_marker():
    """"## 6.1 Valmora and Tarvik": the ".1" of a section number is no note marker glued to
    a full stop (a year's full stop before a marker, "in 2019.3", still is)."""
    doc = read_document(str(DATA / "numbered_section_headings.md"))   # (6.1, 6.2, 6.2.1)
    assert doc.markers == () and doc.warnings == ()
    from glossary.documents.patterns import GLUED_MARKER_RE
    assert [m.group("digits") for m in GLUED_MARKER_RE.finditer("was settled in 2019.3 Then")] == ["3"]


def test_an_html_footnote_reference_set_off_by_a_space_is_a_marker():
    """"followed him.<sup><a href="#fn3">3</a></sup>" and "in his time <sup><a href="#fn2">2</a></sup>"
    and "Ostrin<sup>…1…</sup>": every linked reference finds its `<li id>` note, the one set
    off from its word by a space too."""
    doc = read_document(str(DATA / "html_sup_links_set_off_by_a_space.md"))
    assert [m.n for m in doc.markers] == [1, 2, 3] and doc.warnings == ()


def test_a_marker_cited_twice_by_the_same_link_is_no_notes_label():
    """"[1](#fn1)" in a sentence and again alone on a line, with no notes: the second is the
    marker once more, not the label of a note that would swallow the paragraph after it."""
    doc = read_document(str(DATA / "markdown_link_marker_cited_twice_without_notes.md"))
    assert doc.notes == ()
    assert any("Ostrin council" in s.text and s.kind == "body" for s in doc.segments)


def test_pandoc_inline_notes_are_notes_and_markers():
    """Pandoc's inline notes ("text.^[Kessin, “Title,” (2017): 72.]", wrapped over lines,
    with a link inside) are notes 1-4 numbered in order, each marked where it stands; the
    body closes over them, so a wrapped "(2017): 72." line starts no notes section and the
    names after it stay body text.  `^[` in a code span or escaped is no note."""
    doc, numbers, body = _linked("pandoc_inline_notes.md")
    assert numbers == [1, 2, 3, 4] and [n.n for n in doc.notes] == [1, 2, 3, 4] and not doc.warnings
    assert doc.notes[0].text == "Brell Kessin, “Trouble with Valmora,” _Men and\nKessins_ 8, no. 3 (2017): 72."
    assert doc.notes[2].text == "See [the report](https://example.org/x) by the Kessin Institute."
    assert doc.notes[3].text == "外務省「ヴァルモラ合意について」2019年。"
    assert "The Ostrin Valley Music label protested, and Dravik Holm" in body
    assert "Ibid" not in body and "2017" not in body and "x^[1]" in body
    assert doc.format == "markdown" and [s.text for s in doc.segments if s.kind == "heading"][1] == "The Draft"


def test_an_xml_document_reads_as_its_text():
    """An XML document (a CNXML textbook module: a declaration and a namespace) has the tags
    of all its own elements removed, not only HTML's: an element inside running text
    (<term>, <emphasis>, <link>) vanishes so the name it holds reads whole; attribute words
    ("para id", "no-emphasis") never reach the text."""
    doc = read_document(str(DATA / "xml_textbook_module_with_inline_terms.xml"))
    text = " ".join(s.text for s in doc.segments)
    assert "prime minister Tarvik Ostrin and signed at Kessin Harbor." in text
    assert "called it a turning point." in text
    assert "para" not in text and "emphasis" not in text and "term-" not in text and "xmlns" not in text


def test_a_cms_json_answer_reads_as_its_prose():
    """A CMS's REST answer saved as JSON (and cut off inside its last string): the values are
    the text, escapes decoded, HTML inside them removed; keys, dates, URLs and slugs are not."""
    doc = read_document(str(DATA / "json_cms_answer_with_html_content.json"))
    text = "\n".join(s.text for s in doc.segments)
    assert "Valmora and Ostrin sign a harbor deal" in text
    assert "Prime Minister Tarvik Kessin of Valmora met the Ostrin Port Authority on Monday." in text
    assert "the Brell Channel’s fees" in text and "said the talks were rushed" in text
    for junk in ("rendered", "2024-05-02", "valmora-and-ostrin", "https", "slug", "\\u2019", "<p>"):
        assert junk not in text, junk


def test_a_json_record_cut_out_of_a_larger_file_reads_as_its_prose():
    """An excerpt of a JSON file that starts inside an object (no opening brace) is JSON too."""
    doc = read_document(str(DATA / "json_record_cut_out_of_a_larger_file.json"))
    text = "\n".join(s.text for s in doc.segments)
    assert "President TARVIK Min-jun (since 4 June 2025)" in text and "Republic of Valmora" in text
    assert '"text"' not in text and "Executive branch" not in text and "<em>" not in text


def test_xml_breaks_and_notes_keep_names_apart():
    """An empty element (TEI's <lb/>) and a note between two words are breaks, never glue:
    "Tarvik Ostrin" and "travelled" stay two words, the note does not join "Board"."""
    doc = read_document(str(DATA / "xml_breaks_and_notes_between_names.xml"))
    text = " ".join(" ".join(s.text.split()) for s in doc.segments)
    assert "Tarvik Ostrin travelled" in text and "Brell Valmo received" in text
    assert "Anna Kessin Mina Brell" in text and "BoardOstrin" not in text and "Board Ostrin" in text


def test_a_markdown_article_quoting_json_is_no_json():
    """JSON only when the text is JSON from where it starts: a Markdown article with a JSON
    code block and a glossary of '"Term": meaning' lines keeps all its prose."""
    doc = read_document(str(DATA / "json_quoted_in_a_markdown_article.md"))
    text = " ".join(s.text for s in doc.segments)
    assert "family-run groups such as the Kessin Group" in text
    assert "Anna Kessin met Mina Brell in Ostrin City." in text


def test_a_json_excerpt_cut_inside_an_escape_reads():
    """A lone half of a surrogate pair and an escape cut off at the end of an excerpt: the
    text is read (U+FFFD for the half, the cut escape dropped), and the values are apart."""
    doc = read_document(str(DATA / "json_cut_inside_escapes.json"))
    text = " ".join(s.text for s in doc.segments)
    assert "President Brell Kessin \ufffd in Ostrin." in text and "Mina Brell ’acted" in text
    assert "Ostrin Tarvik." in text and "\\u" not in text
