"""Terminology QA of translations (glossary.check, `glossary check`): real Japanese and
Korean paragraphs from tests/data/qa/ (one file per edge case)."""
from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import Glossary
from qa_support import QA, load_qa_termbase, qa_text


def check(g: Glossary, case: str, lang: str, target: str | None = None):
    return g.check(qa_text(f"{case}.en.txt"), qa_text(target or f"{case}.{lang}.txt"), lang)


def test_a_wrong_korean_name_is_caught(g):
    report = check(g, "wrong_name", "ko")
    assert not report.ok
    assert report.mode == "paragraph"
    assert [(p.kind, p.entry_id, p.line) for p in report.problems] == [
        ("missing", "yoon-suk-yeol", 2), ("deprecated", "yoon-suk-yeol", 2)]
    missing, deprecated = report.problems
    assert missing.source_term == "Yoon Suk Yeol"
    assert missing.expected == ("윤석열", "윤 대통령")
    assert missing.message() == "missing ko term for 'Yoon Suk Yeol' (윤석열 / 윤 대통령)"
    assert (deprecated.found, deprecated.col) == ("윤석렬", 12)
    assert deprecated.context == "취임 직후 이시바는 윤석렬 대통령과 전화 회담을 했다."
    assert deprecated.message() == "deprecated ko term '윤석렬' for 'Yoon Suk Yeol' (use 윤석열 / 윤 대통령)"


def test_the_corrected_paragraph_passes(g):
    report = check(g, "wrong_name", "ko", "wrong_name.fixed.ko.txt")
    assert report.ok, [p.message() for p in report.problems]
    assert report.checked == 3  # Ishiba (twice, one entry), Yoon, Japan-ROK relations


def test_nfd_korean_from_macos_passes(g):
    target = qa_text("nfd.ko.txt")
    assert target != unicodedata.normalize("NFC", target)
    report = g.check(qa_text("nfd.en.txt"), target, "ko")
    assert report.ok, [p.message() for p in report.problems]


def test_korean_terms_followed_by_particles_are_present(g):
    report = check(g, "particles", "ko")
    assert report.ok, [p.message() for p in report.problems]
    assert report.checked == 7  # Ishiba, Yoon, Japan-ROK relations, United States, GSOMIA, ROK, Kishida


def test_japanese_without_spaces_full_width_and_half_width_katakana_passes(g):
    report = check(g, "fullwidth", "ja")
    assert report.ok, [p.message() for p in report.problems]
    assert report.checked == 6  # G7, Ishiba, Yoon, Japan-ROK relations, Camp David, United States


def test_japanese_missing_and_deprecated_terms(g):
    report = check(g, "missing", "ja")
    assert [(p.kind, p.entry_id, p.where, p.line, p.col) for p in report.problems] == [
        ("missing", "gsomia", "target", 1, 0),
        ("missing", "republic-of-korea", "target", 2, 0),
        ("deprecated", "republic-of-korea", "target", 2, 1),
    ]
    assert report.problems[0].expected == ("日韓秘密軍事情報保護協定", "GSOMIA")
    assert report.problems[2].found == "南朝鮮"


def test_a_term_translated_in_one_paragraph_does_not_excuse_another(g):
    source = "Ishiba spoke first.\nThen Ishiba left."
    assert g.check(source, "石破が最初に話した。\n石破はその後去った。", "ja").ok
    report = g.check(source, "石破が最初に話した。\n首相はその後去った。", "ja")
    assert [(p.entry_id, p.line) for p in report.problems] == [("ishiba-shigeru", 2)]


def test_unaligned_texts_are_checked_as_documents_and_unapproved_terms_are_not_checked(g):
    report = check(g, "unaligned", "ko")
    assert report.mode == "document"
    assert [(p.kind, p.entry_id, p.where, p.line, p.col) for p in report.problems] == [
        ("missing", "gsomia", "source", 3, 44)]
    assert [u.entry_id for u in report.unchecked] == ["vientiane"]


def test_report_json(g):
    data = check(g, "wrong_name", "ko").to_dict()
    assert data["ok"] is False and data["lang"] == "ko" and data["mode"] == "paragraph"
    assert data["problems"][0]["message"].startswith("missing ko term for 'Yoon Suk Yeol'")
    json.dumps(data, ensure_ascii=False)


def test_korean_compound_counts_as_present():
    """한일 (Japan-ROK) is present in 한일관계를 for check, though find_terms would not
    report it there (the glued 관계 makes another word)."""
    from glossary.model import Entry, Term

    with Glossary.open(":memory:") as g:
        g.add_all([Entry("japan-rok", terms=(Term("en", "Japan-ROK", status="approved"),
                                                 Term("ko", "한일", status="approved")))])
        assert g.find_terms("한일관계를", lang="ko") == []
        assert g.check("Japan-ROK ties", "한일관계를 중시", "ko").ok


# -- the command ----------------------------------------------------------------------
@pytest.fixture
def db(g, db_path):
    g.close()
    return db_path


def test_cli_check_reports_problems_one_per_line_and_exits_1(run_cli, db):
    rc, out, err = run_cli("--db", db, "check", "--source", QA / "wrong_name.en.txt",
                           "--target", QA / "wrong_name.ko.txt", "--lang", "ko")
    assert rc == 1, err
    target = str(QA / "wrong_name.ko.txt")
    assert out.splitlines() == [
        f"{target}:2: missing ko term for 'Yoon Suk Yeol' (윤석열 / 윤 대통령)",
        f"{target}:2:12: deprecated ko term '윤석렬' for 'Yoon Suk Yeol' (use 윤석열 / 윤 대통령)",
    ]


def test_cli_check_clean_translation_exits_0(run_cli, db):
    rc, out, err = run_cli("--db", db, "check", "--source", QA / "wrong_name.en.txt",
                           "--target", QA / "wrong_name.fixed.ko.txt", "--lang", "ko")
    assert (rc, out) == (0, ""), err


def test_cli_check_json(run_cli, db):
    rc, out, err = run_cli("--db", db, "check", "--source", QA / "missing.en.txt",
                           "--target", QA / "missing.ja.txt", "--lang", "ja", "--json")
    assert rc == 1, err
    data = json.loads(out)
    assert data["ok"] is False and data["target"].endswith("missing.ja.txt")
    assert [p["kind"] for p in data["problems"]] == ["missing", "missing", "deprecated"]


@pytest.mark.parametrize("args, message", [
    (["--lang", "ko", "--target", "nope.txt"], "nope.txt"),
    (["--lang", "not a language"], "language"),
], ids=["missing-file", "bad-lang"])
def test_cli_check_bad_input_exits_2(run_cli, db, args, message):
    base = {"--source": str(QA / "wrong_name.en.txt"), "--target": str(QA / "wrong_name.ko.txt"), "--lang": "ko"}
    for flag, value in zip(args[::2], args[1::2]):
        base[flag] = value
    argv = [x for kv in base.items() for x in kv]
    rc, out, err = run_cli("--db", db, "check", *argv)
    assert rc == 2, (out, err)
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_cli_find(run_cli, db):
    rc, out, err = run_cli("--db", db, "find", QA / "fullwidth.ja.txt", "--json")
    assert rc == 0, err
    assert [m["entry_id"] for m in json.loads(out)] == [
        "g7", "ishiba-shigeru", "yoon-suk-yeol", "japan-rok-relations", "camp-david-summit", "united-states"]
    rc, out, err = run_cli("--db", db, "find", QA / "wrong_name.ko.txt", "--lang", "ja")
    assert (rc, out) == (1, "")


def test_one_shot_and_cached_matchers_give_the_same_report(db_path):
    """The first check on a store builds its matcher over the keys that can occur in
    the two texts only; later ones build and cache the full matcher.  Same answers."""
    with Glossary.open(db_path) as g:
        load_qa_termbase(g)
    for case, lang in (("wrong_name", "ko"), ("missing", "ja"), ("unaligned", "ko"), ("particles", "ko")):
        with Glossary.open(db_path) as g:
            reports = [check(g, case, lang) for _ in range(3)]
        assert reports[0] == reports[1] == reports[2], case


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abc 한일관계日韓ｶﾞ-", min_size=1, max_size=8),
       st.text(alphabet="abc 한일관계日韓ｶﾞ-", max_size=20), st.text(alphabet="abc 한일관계日韓ｶﾞ-", max_size=20))
def test_the_one_shot_filter_keeps_every_key_that_occurs(term, before, after):
    from glossary.match import _GramSet, normalize
    from glossary.text.normalize import key

    k = key(term)
    text = normalize(before + term + after)
    if k and k in text.text:  # (a voicing mark may compose with the character before)
        assert _GramSet([normalize("x"), text]).could_occur(k)
