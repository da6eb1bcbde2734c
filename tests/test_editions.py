"""Aligning an article with its published edition (issue 17): sentence splitting, the
length model with anchors, the harvest, storing, inconsistencies, bad input, TMX.

Fixtures (one per edge case) in tests/data/edition_cases/: an English article
(energy.en.txt); its Japanese edition that merges two sentences (energy.ja-merged.txt),
the same edition in UTF-16 with CRLF line ends, a Korean edition that drops a paragraph
(energy.ko-dropped.txt), an empty edition and an edition of another article.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from conftest import sql_dump
from glossary import Glossary
from glossary.editions.lengths import Model, Unit, align_units
from glossary.editions.sentences import split_sentences
from glossary.errors import InputError
from glossary.model import Status

CASES = Path(__file__).parent / "data" / "edition_cases"
EN = CASES / "energy.en.txt"
JA = CASES / "energy.ja-merged.txt"
KO = CASES / "energy.ko-dropped.txt"


# -- sentences ----------------------------------------------------------------------------

SPLITS = [
    # (language, text, sentences, why)
    ("en", "Mr. Kim met Dr. Lee in the U.S. Capitol on Jan. 5. He left.",
     ["Mr. Kim met Dr. Lee in the U.S. Capitol on Jan. 5.", "He left."],
     "abbreviations (data/en_abbreviations.tsv) and a dotted acronym before a capital do not end a sentence"),
    ("en", 'He said "No." Then he left! J. Doe agreed.', ['He said "No."', "Then he left!", "J. Doe agreed."],
     "a closing quote after the period still ends it; an initial does not"),
    ("ja", "首相は「日本は変わる。必ず変わる。」と述べた。外相も同意した！本当か？",
     ["首相は「日本は変わる。必ず変わる。」と述べた。", "外相も同意した！", "本当か？"],
     "。 inside 「」 followed by と goes on; ！ and ？ end sentences without a space"),
    ("ja", "「日本は変わる。」首相はそう述べた。", ["「日本は変わる。」", "首相はそう述べた。"],
     "a whole quoted sentence ends at its closing bracket when no particle follows"),
    ("ko", '그는 "한국은 변한다."라고 말했다. 외교부는 3.5% 성장을 예상했다. 정말? 네.',
     ['그는 "한국은 변한다."라고 말했다.', "외교부는 3.5% 성장을 예상했다.", "정말?", "네."],
     "a quote glued to 라고 goes on; a decimal point is no full stop"),
]


@pytest.mark.parametrize("lang,text,expected,why", SPLITS, ids=[s[3][:40] for s in SPLITS])
def test_sentence_splitting(lang, text, expected, why):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == expected, why


# -- the length model ---------------------------------------------------------------------

def test_the_length_model_finds_a_merge_and_a_drop():
    # lengths in the ratio 1:0.4; the edition merges units 1 and 2 and drops unit 4
    src = [Unit(100), Unit(60), Unit(50), Unit(90), Unit(120), Unit(80)]
    tgt = [Unit(40), Unit(44), Unit(48), Unit(32)]
    beads = align_units(src, tgt, Model(0.4, 6.8 * 0.16, {}, {}))
    assert [b.kind for b in beads] == ["1-1", "2-1", "1-0", "1-1", "1-1"]


def test_an_anchor_decides_where_lengths_cannot():
    # two original units of equal length, one edition unit: which one the edition kept
    # is told only by the number both sides share
    src = [Unit(100, frozenset({"n:2030"})), Unit(100, frozenset({"n:40"}))]
    tgt = [Unit(40, frozenset({"n:40"}))]
    measured = Model.measure(src, tgt)
    assert measured.weights == {"n:40": 1.0} and measured.orphans == {"n:2030": 1.0}
    beads = align_units(src, tgt, Model(0.4, 6.8 * 0.16, measured.weights, measured.orphans))
    assert [(b.kind, b.i0) for b in beads] == [("1-0", 0), ("1-1", 1)]


# -- aligning the fixtures ------------------------------------------------------------------

@pytest.fixture
def g(tmp_path):
    with Glossary.open(tmp_path / "t.db", actor="tester") as glossary:
        yield glossary


def test_a_merged_sentence_is_a_2_1_pair_and_the_names_are_harvested(g):
    report = g.align_edition(str(EN), str(JA))
    assert report.lang == "ja" and report.lang_detected
    kinds = [p.kind for p in report.pairs]
    assert kinds.count("2-1") == 1 and kinds.count("1-1") == 7
    merged = next(p for p in report.pairs if p.kind == "2-1")
    assert merged.source.startswith("The two leaders") and "Sydney" in merged.source
    assert "シドニー" in merged.target
    got = {(h.english, h.form) for h in report.harvested}
    assert {("Kishida Fumio", "岸田文雄"), ("Anthony Albanese", "アンソニー・アルバニージー"),
            ("Sydney", "シドニー"), ("Japan Bank for International Cooperation", "国際協力銀行")} <= got
    # stored as suggestions with the edition as origin and the sentence as context
    [hit] = g.lookup("アンソニー・アルバニージー", lang="ja")
    term = hit.matched
    assert term.status is Status.SUGGESTED and term.origin == f"edition:{JA}"
    assert "アルバニージー" in term.context and "sentence pair" in term.evidence
    assert hit.entry.text("en") == "Anthony Albanese"


def test_a_dropped_paragraph_is_left_without_a_partner(g):
    report = g.align_edition(str(EN), str(KO), lang="ko")
    assert report.unaligned == (2, 0)
    dropped = {p.source for p in report.pairs}
    assert not any(s.startswith("The two leaders") or "Sydney" in s for s in dropped)
    assert all(p.kind == "1-1" for p in report.pairs) and len(report.pairs) == 7
    assert ("Anthony Albanese", "앤서니 앨버니지") in {(h.english, h.form) for h in report.harvested}


def test_a_utf16_crlf_edition_aligns_as_its_utf8_copy(tmp_path):
    with Glossary.open(tmp_path / "a.db") as a, Glossary.open(tmp_path / "b.db") as b:
        one = a.align_edition(str(EN), str(JA))
        two = b.align_edition(str(EN), str(CASES / "energy.ja-utf16-crlf.txt"))
    assert two.encodings[1].startswith("utf-16")
    assert [(p.source, p.target, p.kind) for p in one.pairs] == [(p.source, p.target, p.kind) for p in two.pairs]
    assert [(h.english, h.form) for h in one.harvested] == [(h.english, h.form) for h in two.harvested]


def test_the_korean_edition_after_the_japanese_one_extends_the_same_entries(g):
    g.align_edition(str(EN), str(JA))
    before = g.count()
    report = g.align_edition(str(EN), str(KO))
    entry = g.lookup("Anthony Albanese", lang="en")[0].entry
    assert {t.text for t in entry.terms_for("ko")} == {"앤서니 앨버니지"}
    assert {t.text for t in entry.terms_for("ja")} == {"アンソニー・アルバニージー"}
    assert report.new_entries == g.count() - before


def test_aligning_again_replaces_the_pairs_and_changes_nothing_else(g):
    g.align_edition(str(EN), str(JA))
    entries = [e for e in g.list()]
    g.align_edition(str(EN), str(JA))
    assert [e for e in g.list()] == entries
    assert len(g.editions()) == 1


def test_dry_run_stores_nothing(g, tmp_path):
    before = sql_dump(g.path)
    report = g.align_edition(str(EN), str(JA), dry_run=True)
    assert report.harvested and not report.stored
    assert sql_dump(g.path) == before


# -- approved terms: never replaced, contradictions reported ----------------------------

def test_an_edition_that_contradicts_an_approved_term_is_reported_and_the_term_untouched(g):
    entry = g.add("Sydney", category="place")
    g.set_term(entry.id, "ja", "シドニー市", approve=True)
    before = g.get(entry.id)
    report = g.align_edition(str(EN), str(JA))
    assert not report.ok
    [problem] = report.problems
    assert problem.kind == "different" and problem.found == "シドニー" and problem.expected == ("シドニー市",)
    assert "シドニー" in problem.context and problem.line == 5
    assert g.get(entry.id) == before


def test_the_cli_exits_1_on_an_inconsistency_and_0_otherwise(run_cli, tmp_path):
    db = tmp_path / "t.db"
    clean = run_cli("--db", db, "align-edition", EN, JA)
    assert clean.rc == 0, clean.stderr
    assert "Anthony Albanese = アンソニー・アルバニージー" in clean.stdout
    entry_id = run_cli("--db", db, "add", "Quad", "--category", "institution").stdout.strip() or "quad"
    run_cli("--db", db, "set", entry_id, "ja", "日米豪印", "--approve")
    bad = run_cli("--db", db, "align-edition", EN, JA, "--json")
    assert bad.rc == 1, bad.stderr
    import json

    data = json.loads(bad.stdout)
    assert data["ok"] is False and data["problems"][0]["found"] == "クアッド"
    assert data["problems"][0]["expected"] == ["日米豪印"]


# -- bad input: one line, exit 2, nothing stored -------------------------------------------

@pytest.mark.parametrize("edition,message", [
    (EN, "the edition is in English"),
    (CASES / "empty.ja.txt", "empty"),
    (CASES / "other-article.ja.txt", "does not look like an edition of"),
])
def test_bad_editions_are_refused_in_one_line_and_nothing_is_stored(run_cli, tmp_path, edition, message):
    db = tmp_path / "t.db"
    run_cli("--db", db, "add", "Sydney")
    before = sql_dump(db)
    result = run_cli("--db", db, "align-edition", EN, edition)
    assert result.rc == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(edition) in lines[0]
    assert "Traceback" not in result.stderr
    assert sql_dump(db) == before


def test_a_lang_that_is_not_the_editions_script_is_refused(g):
    with pytest.raises(InputError, match="written in Korean"):
        g.align_edition(str(EN), str(KO), lang="ja")


# -- TMX ----------------------------------------------------------------------------------

def test_tmx_export_is_read_back_by_translate_toolkit_with_the_same_segments(g, tmp_path):
    from translate.storage.tmx import tmxfile

    g.align_edition(str(EN), str(JA))
    g.align_edition(str(EN), str(KO))
    out = tmp_path / "memory.tmx"
    report = g.export_tmx(str(out), lang="ja")
    assert report.paths == (str(out),) and report.items == 8
    data = out.read_bytes()
    assert b'<tmx version="1.4">' in data and b'srclang="en"' in data and b'segtype="sentence"' in data
    store = tmxfile(io.BytesIO(data), sourcelanguage="en", targetlanguage="ja")
    pairs = {(p.source, p.target) for p in g.align_edition(str(EN), str(JA), dry_run=True).pairs}
    assert {(u.source, u.target) for u in store.units} == pairs


def test_tmx_escapes_markup_and_drops_what_xml_cannot_hold(tmp_path):
    from translate.storage.tmx import tmxfile

    from glossary.formats.tmxfile import TmxUnit, read_tmx, write_tmx

    buf = io.StringIO()
    write_tmx(buf, [TmxUnit({"en": 'A <b>&</b> "q"\x01', "ko": "가 <나> & 다"}, (("x-pair", "1"),))], tgtlang="ko")
    text = buf.getvalue()
    assert "\x01" not in text and "&lt;b&gt;&amp;" in text
    [unit] = read_tmx(io.BytesIO(text.encode()))
    assert unit.segments == {"en": 'A <b>&</b> "q"', "ko": "가 <나> & 다"}
    [tt] = tmxfile(io.BytesIO(text.encode()), sourcelanguage="en", targetlanguage="ko").units
    assert (tt.source, tt.target) == ('A <b>&</b> "q"', "가 <나> & 다")


def test_export_tmx_from_the_cli_writes_the_file(run_cli, tmp_path):
    db = tmp_path / "t.db"
    assert run_cli("--db", db, "align-edition", EN, KO).rc == 0
    result = run_cli("--db", db, "export", "tmx", tmp_path / "ko.tmx", "--lang", "ko")
    assert result.rc == 0, result.stderr
    assert (tmp_path / "ko.tmx").read_text(encoding="utf-8").count("<tu>") == 7


# -- the evidence of a harvested term --------------------------------------------------------

def test_aligned_pair_of_a_harvested_term(g):
    g.align_edition(str(EN), str(JA))
    entry = g.lookup("Sydney", lang="en")[0].entry
    pair = g.aligned_pair(entry.id, "ja", "シドニー")
    assert pair is not None and "Sydney" in pair.source and "シドニー" in pair.target
    assert g.aligned_pair(entry.id, "en", "Sydney") is None     # not from an edition


def test_notes_pair_with_their_notes_and_markers_anchor_the_sentences(g):
    """Markdown notes (notes.en.md / notes.ko.md): each note aligned with the note of its
    number; the sentences carrying markers with those carrying the same markers."""
    report = g.align_edition(str(CASES / "notes.en.md"), str(CASES / "notes.ko.md"))
    by_line = {p.source_line: p for p in report.pairs}
    assert [by_line[n].target_line for n in (9, 10, 11)] == [9, 10, 11]       # [^1] [^2] [^3]
    assert by_line[10].target.startswith("포괄적 전략 동반자 관계에 관한 공동성명")
    reviewed = next(p for p in report.pairs if p.source.startswith("They reviewed"))
    assert reviewed.target.startswith("양측은 2021년에 체결한")
    assert ("Canberra", "캔버라") in {(h.english, h.form) for h in report.harvested}


def test_a_form_an_editor_rejected_is_not_proposed_again(g):
    g.align_edition(str(EN), str(JA))
    entry = g.lookup("Sydney", lang="en")[0].entry
    g.reject(entry.id, "ja", "シドニー")
    before = g.get(entry.id)
    report = g.align_edition(str(EN), str(JA))
    assert [h.action for h in report.harvested if h.entry_id == entry.id] == ["rejected-before"]
    assert g.get(entry.id) == before and report.ok


def test_migration_6_on_a_schema_5_termbase_and_a_read_only_one(tmp_path):
    """A termbase of schema 5 gets the edition tables when opened for writing; opened
    read-only it answers with no editions."""
    import sqlite3
    from unittest import mock

    from glossary.store.schema import SCHEMA_VERSION

    db = tmp_path / "t.db"
    with Glossary.open(db) as g:
        g.add("Sydney", category="place")
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE edition_pairs")
        conn.execute("DROP TABLE editions")
        conn.execute("PRAGMA user_version = 5")
    with mock.patch("glossary.store.sqlite.os.access", lambda *a, **k: False):   # a file we may not write
        with Glossary.open(db) as ro:
            assert ro.editions() == []
            empty = ro.export_tmx(str(tmp_path / "none.tmx"), lang="ja")
            assert empty.items == 0 and "no aligned ja edition" in empty.warnings[0]
    with Glossary.open(db) as g:
        assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
        g.align_edition(str(EN), str(JA))
        assert [e[:3] for e in g.editions()] == [(str(JA), str(EN), "ja")]


def test_words_of_nationality_are_no_entities_to_harvest():
    """"Bolivian", "Chilean": adjectives an edition renders in many ways (ボリビアの,
    볼리비아인), not names; the regular ones come from CLDR's English country names."""
    from glossary.editions.service import _demonyms

    assert all(_demonyms(w) for w in ("Bolivian", "Chilean", "Japanese", "Brazilian"))
    assert not any(_demonyms(w) for w in ("Bolivia", "Hague", "Jordan", "Susan", "La Paz", "Des Moines"))
