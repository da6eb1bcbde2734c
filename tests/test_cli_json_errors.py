"""With --json, every error is also one JSON object on standard output,
`{"error": <the stderr line>, "exit": N}`, N the exit code (issue 13, item 5); without
--json, standard output stays empty.  Real subprocesses, the exit codes as before."""
from __future__ import annotations

import json

import pytest


def _error_object(result) -> dict:
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    obj = json.loads(lines[0])
    assert set(obj) == {"error", "exit"} and obj["exit"] == result.rc
    # the same words as the line on stderr (which adds "error:" after the program's name)
    assert obj["error"].rpartition(": ")[2] in result.stderr
    return obj


@pytest.mark.parametrize("args, rc, says", [
    (["show", "no-such-entry", "--json"], 3, "no termbase here"),          # storage: no termbase
    (["import", "missing.po", "--json"], 2, "missing.po: no such file"),   # bad input
    (["lookup", "--json"], 2, "required: TEXT"),                           # usage error (argparse)
    (["check", "--source", "-", "--target", "-", "--lang", "ko", "--json"], 2, "both be standard input"),
], ids=["storage", "input", "usage", "check-stdin-twice"])
def test_errors_are_json_objects_with_json(run_cli, tmp_path, args, rc, says):
    result = run_cli("--db", tmp_path / "t.db", *args)
    assert result.rc == rc
    assert says in _error_object(result)["error"]
    assert result.stderr.count("\n") == 1


def test_a_missing_entry_in_an_existing_termbase(run_cli, tmp_path):
    db = tmp_path / "t.db"
    assert run_cli("--db", db, "add", "Quad", "--category", "institution").rc == 0
    result = run_cli("--db", db, "show", "nope", "--json")
    assert result.rc == 2 and "nope" in _error_object(result)["error"]


def test_without_json_stdout_stays_empty(run_cli, tmp_path):
    result = run_cli("--db", tmp_path / "t.db", "import", "missing.po")
    assert result.rc == 2 and result.stdout == "" and "missing.po" in result.stderr


def test_a_negative_answer_is_not_an_error(run_cli, tmp_path):
    """`check` finding problems exits 1 with its report, not an error object."""
    db = tmp_path / "t.db"
    assert run_cli("--db", db, "add", "Quad", "--category", "institution").rc == 0
    assert run_cli("--db", db, "set", "quad", "ko", "쿼드", "--approve").rc == 0
    (tmp_path / "en.txt").write_text("The Quad met.\n", encoding="utf-8")
    (tmp_path / "ko.txt").write_text("4개국이 만났다.\n", encoding="utf-8")
    result = run_cli("--db", db, "check", "--source", "en.txt", "--target", "ko.txt", "--lang", "ko", "--json")
    assert result.rc == 1
    report = json.loads(result.stdout)
    assert "error" not in report and report["problems"][0]["entry_id"] == "quad"
