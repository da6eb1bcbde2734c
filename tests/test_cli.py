"""The CLI contract (DESIGN.md section 4): acceptance 2, JSON shapes, help, exit codes."""
from __future__ import annotations

import json
import unicodedata

import pytest

from glossary import Glossary
from glossary.cli import build_parser, main

TERM_KEYS = {"text", "role", "status", "origin", "confidence"}
OPTIONAL_TERM_KEYS = {"evidence", "reading"}
ENTRY_KEYS = {"id", "category", "note", "revision", "terms", "occurrences"}

#: the commands behave the same on an SQLite file and a PostgreSQL URL (issue 16)
pytestmark = pytest.mark.backends("sqlite", "postgresql")


def assert_entry_shape(d: dict) -> None:
    """An entry exactly as DESIGN.md section 4 shows it (fields may be added, none renamed)."""
    assert ENTRY_KEYS <= set(d), set(d) ^ ENTRY_KEYS
    assert isinstance(d["id"], str) and isinstance(d["category"], str) and isinstance(d["note"], str)
    assert isinstance(d["revision"], int) and not isinstance(d["revision"], bool)
    assert list(d["terms"])[:3] == ["en", "ja", "ko"]
    for lang, terms in d["terms"].items():
        assert isinstance(terms, list), lang
        for t in terms:
            assert TERM_KEYS <= set(t) <= TERM_KEYS | OPTIONAL_TERM_KEYS, t
            assert t["role"] in ("preferred", "alias", "abbreviation", "deprecated")
            assert t["status"] in ("suggested", "approved", "rejected")
            assert isinstance(t["confidence"], float) and 0 <= t["confidence"] <= 1
    assert isinstance(d["occurrences"], list)
    for o in d["occurrences"]:
        assert set(o) == {"doc", "line", "col", "context", "footnote"}


# -- acceptance 2 ----------------------------------------------------------------------

def test_acceptance_2_round_trip_from_the_cli(run_cli, tmp_path, db_url):
    db = db_url
    rc, out, err = run_cli("--db", db, "add", "Yoon Suk Yeol", "--category", "person")
    assert (rc, err) == (0, "")
    entry_id = out.strip()
    assert out == entry_id + "\n" and entry_id == "yoon-suk-yeol"  # the id alone

    rc, out, err = run_cli("--db", db, "set", entry_id, "ko", "윤석열", "--approve")
    assert (rc, err) == (0, "")

    rc, out, err = run_cli("--db", db, "lookup", "윤석열", "--json")
    assert (rc, err) == (0, "")
    hits = json.loads(out)
    assert isinstance(hits, list) and len(hits) == 1
    assert_entry_shape(hits[0])
    got = {k: hits[0][k] for k in ("id", "category", "note", "revision", "terms", "occurrences")}
    assert got == {
        "id": "yoon-suk-yeol", "category": "person", "note": "", "revision": 2,
        "terms": {"en": [{"text": "Yoon Suk Yeol", "role": "preferred", "status": "approved", "origin": "editor",
                          "confidence": 1.0}],
                  "ja": [],
                  "ko": [{"text": "윤석열", "role": "preferred", "status": "approved", "origin": "editor",
                          "confidence": 1.0}]},
        "occurrences": []}

    # and the answer a script wants: the English form of a Korean name
    assert run_cli("--db", db, "lookup", "윤석열", "--to", "en") == (0, "Yoon Suk Yeol\n", "")
    # the same entry from Python, through the same file
    with Glossary.open(db) as g:
        [hit] = g.lookup(unicodedata.normalize("NFD", "윤석열"))
        assert hit.to_dict() == hits[0]
    # with --to, the match names the terms of that language (best first)
    rc, out, _ = run_cli("--db", db, "lookup", "윤석열", "--to", "en", "--json")
    assert [t["text"] for t in json.loads(out)[0]["match"]["targets"]] == ["Yoon Suk Yeol"]


def test_acceptance_2_round_trip_from_python(db_url):
    with Glossary.open(db_url) as g:
        e = g.add("Yoon Suk Yeol", category="person")
        g.set_term(e.id, "ko", "윤석열", approve=True)
    with Glossary.open(db_url) as g:
        [hit] = g.lookup("윤석열", to="en")
        assert hit.entry.id == "yoon-suk-yeol" and hit.how == "exact"
        assert [t.text for t in hit.targets] == ["Yoon Suk Yeol"]
        d = hit.to_dict()
    assert_entry_shape(d)
    assert d["terms"]["ko"][0]["text"] == "윤석열"


def test_show_and_list_json_shapes(run_cli, tmp_path, db_url):
    db = db_url
    run_cli("--db", db, "add", "Quad", "--category", "institution")
    run_cli("--db", db, "set", "quad", "ja", "クアッド", "--reading", "くあっど")
    rc, out, _ = run_cli("--db", db, "show", "quad", "--json")
    assert rc == 0
    shown = json.loads(out)
    assert_entry_shape(shown)
    assert shown["terms"]["ja"] == [{"text": "クアッド", "role": "preferred", "status": "suggested",
                                     "origin": "editor", "confidence": 1.0, "reading": "くあっど"}]
    rc, out, _ = run_cli("--db", db, "list", "--json")
    assert rc == 0 and json.loads(out) == [shown]
    rc, out, _ = run_cli("--db", db, "list", "--json", "--missing", "ko", "--category", "person")
    assert rc == 0 and json.loads(out) == []


def test_add_json_prints_the_entry(run_cli, db_url):
    rc, out, _ = run_cli("--db", db_url, "add", "石破茂", "--lang", "ja-JP", "--json")
    assert rc == 0
    d = json.loads(out)
    assert_entry_shape(d)
    assert d["terms"]["ja"][0]["text"] == "石破茂" and d["id"].startswith("ja-")


def test_several_words_are_one_term(run_cli, tmp_path, db_url):
    """`glossary lookup Yoon Suk Yeol` needs no quotes (CJK input methods make quoting awkward)."""
    db = db_url
    rc, out, _ = run_cli("--db", db, "add", "Yoon", "Suk", "Yeol", "--category", "person")
    assert rc == 0 and out.strip() == "yoon-suk-yeol"
    assert run_cli("--db", db, "set", "yoon-suk-yeol", "ja", "尹", "錫悦").rc == 0
    assert run_cli("--db", db, "approve", "yoon-suk-yeol", "ja", "尹", "錫悦").rc == 0
    rc, out, _ = run_cli("--db", db, "lookup", "yoon", "suk", "yeol", "--to", "ja")
    assert rc == 0 and out == "尹 錫悦\n"


def test_adding_an_existing_term_warns_about_the_homograph(run_cli, tmp_path, db_url):
    db = db_url
    assert run_cli("--db", db, "add", "Quad").rc == 0
    rc, out, err = run_cli("--db", db, "add", "QUAD")
    assert rc == 0 and out.strip() == "quad-2"
    assert "also a term of quad" in err and len(err.strip().splitlines()) == 1


def test_text_outputs(run_cli, tmp_path, db_url):
    db = db_url
    run_cli("--db", db, "add", "Quad", "--category", "institution")
    run_cli("--db", db, "set", "quad", "ko", "쿼드")
    rc, out, _ = run_cli("--db", db, "list")
    assert rc == 0 and "quad" in out and "쿼드 ?" in out  # '?' marks a suggestion
    rc, out, _ = run_cli("--db", db, "show", "quad")
    assert rc == 0 and out.startswith("quad  [institution]  revision 2")
    rc, out, _ = run_cli("--db", db, "lookup", "QUAD")
    assert rc == 0 and out == "quad\tQuad / — / 쿼드\n"
    rc, out, _ = run_cli("--db", db, "stats", "--json")
    assert rc == 0 and json.loads(out)["entries"] == 1
    rc, out, _ = run_cli("--db", db, "history", "quad", "--json")
    assert rc == 0 and [c["action"] for c in json.loads(out)] == ["set", "create"]


def test_approve_reject_delete_undo(run_cli, tmp_path, db_url):
    db = db_url
    run_cli("--db", db, "add", "Quad")
    run_cli("--db", db, "set", "quad", "ja", "クアッド")
    assert run_cli("--db", db, "approve", "quad", "ja").rc == 0
    run_cli("--db", db, "set", "quad", "ko", "쿼드")
    assert run_cli("--db", db, "reject", "quad", "ko").rc == 0
    with Glossary.open(db) as g:
        e = g.get("quad")
        assert e.state("ja") == "approved" and e.state("ko") == "missing"
    assert run_cli("--db", db, "delete", "quad").rc == 0
    assert run_cli("--db", db, "lookup", "quad").rc == 1
    assert run_cli("--db", db, "undo", "quad").rc == 0
    assert run_cli("--db", db, "lookup", "クアッド", "--to", "en") == (0, "Quad\n", "")


def test_db_defaults_to_the_environment_then_terms_dir(run_cli, tmp_path):
    env_db = tmp_path / "env.db"
    assert run_cli("add", "Quad", env={"GLOSSARY_DB": str(env_db)}).rc == 0
    assert env_db.exists()
    (tmp_path / "terms").mkdir()
    assert run_cli("add", "Quad").rc == 0
    assert (tmp_path / "terms" / "glossary.db").exists()


# -- help ------------------------------------------------------------------------------

def subcommands() -> list[str]:
    parser = build_parser()
    for action in parser._actions:  # argparse keeps subparsers here
        if action.__class__.__name__ == "_SubParsersAction":
            return sorted(action.choices)
    return []


def test_the_core_commands_exist():
    assert {"add", "list", "show", "lookup", "set", "approve", "reject", "stats"} <= set(subcommands())


@pytest.mark.parametrize("command", subcommands())
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: glossary {command}")
    assert "--help" in out


def test_top_level_help_lists_every_command(run_cli):
    rc, out, _ = run_cli("--help")
    assert rc == 0
    for command in subcommands():
        assert command in out


# -- exit codes ------------------------------------------------------------------------

def test_exit_codes(run_cli, tmp_path, db_url):
    db = db_url
    assert run_cli("--db", db, "add", "Quad").rc == 0
    assert run_cli("--db", db, "lookup", "Quad").rc == 0
    rc, out, err = run_cli("--db", db, "lookup", "Nothing Like It")
    assert (rc, out, err) == (1, "", "")                               # a negative answer
    rc, _, err = run_cli("--db", db, "lookup", "Quad", "--to", "ko")    # known, but no Korean yet
    assert rc == 1 and "no ko term" in err
    assert run_cli("--db", db, "lookup", "Nothing", "--json") == (1, "[]\n", "")
    rc, _, err = run_cli("--db", db, "frobnicate")                      # usage error
    assert rc == 2 and err.count("\n") == 1 and "invalid choice" in err
    assert run_cli("--db", db, "set", "quad").rc == 2                  # missing arguments
    assert run_cli("--db", db).rc == 2                                 # no command
    rc, _, err = run_cli("--db", db, "set", "quad", "ko", "쿼드", "--revision", "7")
    assert rc == 3 and "changed by someone else" in err                # conflict
    rc, _, err = run_cli("--db", tmp_path / "missing.db", "lookup", "Quad")
    assert rc == 3 and "no termbase" in err and not (tmp_path / "missing.db").exists()


# -- the last resort: an exception no command expected is one line, never a traceback --

@pytest.mark.parametrize("exc, rc, says", [
    (__import__("sqlite3").OperationalError("disk I/O error"), 3, "disk I/O error"),
    (PermissionError(13, "Permission denied", "/x/t.db"), 3, "/x/t.db: Permission denied"),
    (ValueError("bad value"), 2, "bad input: bad value"),
    (UnicodeEncodeError("utf-8", "a\udcff.txt", 1, 2, "surrogates not allowed"), 2, "a\\xff.txt is not valid UTF-8"),
    (RuntimeError("a bug"), 70, "internal error: RuntimeError: a bug"),
])
def test_unexpected_exceptions_are_one_line(monkeypatch, capsys, tmp_path, exc, rc, says):
    import glossary.cli.core as core

    def boom(args, ctx):
        raise exc
    monkeypatch.setattr(core, "cmd_stats", boom)
    monkeypatch.delenv("GLOSSARY_DEBUG", raising=False)
    assert main(["--db", str(tmp_path / "t.db"), "stats"]) == rc
    err = capsys.readouterr().err
    assert err.startswith("glossary: error: ") and err.count("\n") == 1 and says in err, err


def test_glossary_debug_shows_the_traceback(monkeypatch, tmp_path):
    import glossary.cli.core as core

    def boom(args, ctx):
        raise RuntimeError("a bug")
    monkeypatch.setattr(core, "cmd_stats", boom)
    monkeypatch.setenv("GLOSSARY_DEBUG", "1")
    with pytest.raises(RuntimeError, match="a bug"):
        main(["--db", str(tmp_path / "t.db"), "stats"])


def test_text_rendering_escapes_stored_controls_but_keeps_a_notes_lines():
    from glossary.cli.render import entries_table, entry_detail
    from glossary.model import Entry, Term

    e = Entry("evil", terms=(Term("en", "A\x1b[2JB\nC\u202e", evidence="x\x07"),), note="one\x1b]0;t\x07\ntwo")
    detail = entry_detail(e)
    assert "\x1b" not in detail and "\x07" not in detail and "\u202e" not in detail
    assert "A\\x1b[2JB\\x0aC\\u202e" in detail and "evidence: x\\x07" in detail
    assert "note: one\\x1b]0;t\\x07\n        two" in detail
    assert "A\\x1b[2JB\\x0aC\\u202e" in entries_table([e]) and entries_table([e]).count("\n") == 1


def test_a_reader_that_left_changes_nothing(tmp_path, db_url):
    # `glossary add X | head -0`: the entry is added once, exit 0, no traceback and no
    # "Exception ignored" from the interpreter's last flush
    import os
    import subprocess
    import sys

    db = db_url
    read_end, write_end = os.pipe()
    os.close(read_end)                      # nobody will read: every write is EPIPE
    try:
        proc = subprocess.run([sys.executable, "-m", "glossary", "--db", str(db), "add", "Quad", "--json"],
                              stdout=write_end, stderr=subprocess.PIPE, cwd=tmp_path, timeout=60)
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr) == (0, b"")
    with Glossary.open(db) as g:
        assert [h.entry.id for h in g.lookup("Quad")] == ["quad"]
