"""`find` and `check` against the approved terms by default; suggestions only when asked
for, and marked as such (issue 13, item 5).  Also `-` (standard input) for their files."""
from __future__ import annotations

import json

import pytest

from glossary.model import Category, Entry, Role, Status, Term

A, S = Status.APPROVED, Status.SUGGESTED

ENTRIES = [
    Entry("yoon-suk-yeol", Category.PERSON, "", (
        Term("en", "Yoon Suk Yeol", Role.PREFERRED, A), Term("en", "President Yoon", Role.ALIAS, S, "text", 0.6),
        Term("ko", "윤석열", Role.PREFERRED, A), Term("ko", "윤 대통령", Role.ALIAS, S, "dictionary:names", 0.7),
        Term("ko", "윤석렬", Role.DEPRECATED, S, "dictionary:names", 0.4))),
    Entry("vientiane", Category.PLACE, "", (
        Term("en", "Vientiane", Role.PREFERRED, A), Term("ko", "비엔티안", Role.PREFERRED, S, "romanization", 0.5))),
]


@pytest.fixture
def g(glossary):
    glossary.add_all(ENTRIES)
    return glossary


def test_check_counts_only_approved_terms_by_default(g):
    source = "President Yoon visited Vientiane.\nYoon Suk Yeol spoke.\n"
    target = "윤 대통령은 비엔티안을 방문했다.\n윤석렬이 말했다.\n"
    report = g.check(source, target, "ko")
    # "President Yoon" (a suggested English alias) is not looked for; Vientiane has no
    # approved Korean term: unchecked; 윤석렬 is only a suggested deprecated form
    assert [(p.kind, p.entry_id, p.line) for p in report.problems] == [("missing", "yoon-suk-yeol", 2)]
    assert report.problems[0].expected == ("윤석열",) and not report.problems[0].suggested
    assert [u.entry_id for u in report.unchecked] == ["vientiane"]
    assert report.to_dict()["include_suggestions"] is False


def test_check_with_suggestions_marks_what_rests_on_them(g):
    source = "President Yoon visited Vientiane.\nYoon Suk Yeol spoke.\n"
    target = "대통령은 비엔티안을 방문했다.\n윤석렬이 말했다.\n"
    report = g.check(source, target, "ko", include_suggestions=True)
    found = [(p.kind, p.entry_id, p.line, p.suggested) for p in report.problems]
    assert found == [("missing", "yoon-suk-yeol", 1, True),     # found by the suggested alias
                     ("missing", "yoon-suk-yeol", 2, False),    # approved English, approved 윤석열 expected
                     ("deprecated", "yoon-suk-yeol", 2, True)]  # a suggested deprecated form
    assert report.problems[0].message().endswith("[suggestion]")
    assert report.problems[0].expected == ("윤석열", "윤 대통령")
    assert report.unchecked == () and report.checked == 2  # Vientiane's suggested 비엔티안 is present
    assert [p["suggested"] for p in report.to_dict()["problems"]] == [True, False, True]


def test_cli_find_and_check_read_standard_input(g, run_cli):
    db = g.path
    g.close()
    text = "President Yoon visited Vientiane with Yoon Suk Yeol.\n"
    result = run_cli("--db", db, "find", "-", "--json", input=text)
    assert result.rc == 0
    assert [(m["term"], m["suggestion"]) for m in json.loads(result.stdout)] == [
        ("Vientiane", False), ("Yoon Suk Yeol", False)]
    result = run_cli("--db", db, "find", "-", "--include-suggestions", input=text)
    assert result.rc == 0
    assert result.stdout.splitlines() == [
        "<stdin>:1:1: President Yoon\tyoon-suk-yeol\ten\talias\tsuggested",
        "<stdin>:1:24: Vientiane\tvientiane\ten\tpreferred\tapproved",
        "<stdin>:1:39: Yoon Suk Yeol\tyoon-suk-yeol\ten\tpreferred\tapproved"]
    result = run_cli("--db", db, "check", "--source", "-", "--target", "ko.txt", "--lang", "ko", input=text)
    assert result.rc == 2 and "ko.txt" in result.stderr  # the target file is missing: one line
