"""Hostile rows: the command line itself -- its arguments, its output streams, the text it
is given and prints, and matching keys."""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from hostile_support import Case, Row

ITEM_STDOUT = "5: output errors after a commit never change the exit code"
ITEM_ARGS = "6 tracebacks: undecodable bytes in arguments or file names"
ITEM_ENCODING = "6 tracebacks: output in a non-UTF-8 encoding"
ITEM_NUMBERS = "6 tracebacks: --limit beyond 64 bits; 6 messages: --revision -5"
ITEM_INJECTION = "6 terminal injection: control characters in notes, evidence, terms"
ITEM_KEYS = "6 matching keys: soft hyphen, LRM/RLM, bidi overrides, CGJ, VS, tags, ZWJ"
ITEM_CAP = "6 size: a 1,000,000-character term crashes the automaton"
ITEM_NAN = "6 tracebacks: NaN confidence"
ITEM_NAMES = "6 messages: file names with newlines printed raw"


def _count(db: Path, text: str) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM terms WHERE text = ?", (text,)).fetchone()[0]
    finally:
        conn.close()


def _added_once(text: str):
    def check(result, tmp, db) -> None:
        assert _count(db, text) == 1, f"{text!r} stored {_count(db, text)} times"
    return check


def _stderr_says(*needles: str):
    def check(result, tmp, db) -> None:
        for needle in needles:
            assert needle in result.stderr, (needle, result.stderr)
    return check


def _stdout_says(*needles: str, absent: tuple[str, ...] = ()):
    def check(result, tmp, db) -> None:
        out = result.stdout.decode("utf-8", "replace")
        for needle in needles:
            assert needle in out, (needle, out)
        for bad in absent:
            assert bad not in out, (bad, out)
    return check


def _stored_doc(db: Path, ending: str) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        docs = [r[0] for r in conn.execute("SELECT doc FROM documents")]
    finally:
        conn.close()
    assert any(d.endswith(ending) for d in docs), docs


def _exists(path: bytes) -> None:
    assert os.path.exists(path), path


def _json_ascii(result, tmp, db) -> None:
    data = json.loads(result.stdout.decode("ascii"))       # only ASCII bytes: \u escapes
    assert data["terms"]["ko"][0]["text"] == "윤석열"


def _raw(*args: bytes):
    return lambda tmp, db: Case([], raw_argv=list(args))


def _raw_with_file(argv_before: list[bytes], name: bytes, argv_after: list[bytes] = (), *, create: bool = True,
                   content: bytes = "Tokyo is a city.\n".encode()):
    """A file whose name is not UTF-8, given to a command."""
    def setup(tmp: Path, db: Path) -> Case:
        path = os.fsencode(tmp) + b"/" + name
        if create:
            with open(path, "wb") as fh:
                fh.write(content)
        return Case([], raw_argv=[*argv_before, path, *argv_after])
    return setup


def _note_with_escape(tmp: Path, db: Path) -> Case:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE entries SET note = ? WHERE id = 'tokyo'", ("capital\x1b]0;pwned\x07\x1b[2J",))
    conn.commit()
    conn.close()
    return Case(["show", "tokyo"])


def _stored_term_with_controls(command: list[str]):
    """A term an older version stored with a line break, ESC and a bidi override in it."""
    def setup(tmp: Path, db: Path) -> Case:
        conn = sqlite3.connect(db)
        conn.execute("UPDATE terms SET text = ? WHERE entry_id = 'tokyo' AND lang = 'ja'",
                     ("東\n京\x1b[31m\u202e",))
        conn.commit()
        conn.close()
        return Case(command)
    return setup


def _over_long_term_stored(tmp: Path, db: Path) -> Case:
    long = "x" * 1_000_000
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO terms (entry_id, pos, lang, text, key, role, status) "
                 "VALUES ('tokyo', 9, 'en', ?, ?, 'alias', 'approved')", (long, long))
    conn.commit()
    conn.close()
    (tmp / "text.txt").write_text("Tokyo and Yoon Suk Yeol met.\n", encoding="utf-8")
    return Case(["find", "text.txt"])


def _soft_hyphen_text(tmp: Path, db: Path) -> Case:
    (tmp / "ko.txt").write_text("서울에서 윤석\u00ad열 대통령이 말했다.\n", encoding="utf-8")
    return Case(["find", "ko.txt", "--lang", "ko"])


def _check_soft_hyphen(tmp: Path, db: Path) -> Case:
    (tmp / "en.txt").write_text("President Yoon Suk Yeol spoke.\n", encoding="utf-8")
    (tmp / "ko.txt").write_text("윤석\u00ad열 대통령이 연설했다.\n", encoding="utf-8")
    return Case(["check", "--source", "en.txt", "--target", "ko.txt", "--lang", "ko"])


def _json_dump_with(*, confidence: object = 1.0):
    """A one-entry JSON dump (as `export json` writes it) with a hostile confidence."""
    def setup(tmp: Path, db: Path) -> Case:
        term = {"text": "Quad", "role": "preferred", "status": "approved", "origin": "editor",
                "confidence": confidence}
        dump = {"format": "glossary", "version": 1,
                "entries": [{"id": "quad", "category": "other", "note": "", "revision": 1,
                             "terms": {"en": [term]}, "occurrences": []}]}
        (tmp / "dump.json").write_text(json.dumps(dump), encoding="utf-8")
        return Case(["import", "dump.json"])
    return setup


def _csv_with(*, confidence: str):
    """A one-term CSV (the columns `export csv` writes) with a hostile confidence."""
    def setup(tmp: Path, db: Path) -> Case:
        (tmp / "terms.csv").write_text(
            "id,category,note,lang,text,role,status,origin,confidence,reading,evidence\n"
            f"quad,other,,en,Quad,preferred,approved,editor,{confidence},,\n", encoding="utf-8")
        return Case(["import", "terms.csv"])
    return setup


def _stderr_says_any(*needles: str):
    def check(result, tmp, db) -> None:
        assert any(n in result.stderr for n in needles), (needles, result.stderr)
    return check


def _confidences_finite(result, tmp, db) -> None:
    """Whatever the import did (refused it, or clamped it), no stored confidence is
    infinite, NaN or outside [0, 1]."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        values = [v for (v,) in conn.execute("SELECT confidence FROM terms")]
    finally:
        conn.close()
    assert values and all(v is not None and 0.0 <= v <= 1.0 for v in values), values


def _missing_named(name: str):
    return lambda tmp, db: Case(["find", name])


ROWS: list[Row] = [
    # -- output streams: the command's work stands, the exit code is the command's ------
    Row("cli:add-stdout-closed", ITEM_STDOUT, lambda tmp, db: Case(["add", "Quad"], stdout="closed"),
        exits=frozenset({0}), check=_added_once("Quad")),
    Row("cli:add-stdout-full", ITEM_STDOUT, lambda tmp, db: Case(["add", "Quad"], stdout="full"),
        exits=frozenset({0}), check=_added_once("Quad")),
    Row("cli:list-json-stdout-full", ITEM_STDOUT, lambda tmp, db: Case(["list", "--json"], stdout="full"),
        exits=frozenset({0})),
    Row("cli:lookup-stdout-closed", ITEM_STDOUT, lambda tmp, db: Case(["lookup", "Tokyo"], stdout="closed"),
        exits=frozenset({0})),
    # -- arguments that are not UTF-8 -----------------------------------------------------
    Row("cli:undecodable-add", ITEM_ARGS, _raw(b"add", b"Caf\xe9"), check=_stderr_says("not valid UTF-8", "\\xe9")),
    Row("cli:undecodable-set", ITEM_ARGS, _raw(b"set", b"tokyo", b"ko", b"\xb5\xb5\xc4\xcf"),
        check=_stderr_says("not valid UTF-8")),
    Row("cli:undecodable-lookup", ITEM_ARGS, _raw(b"lookup", b"T\xf4ky\xf4"), check=_stderr_says("not valid UTF-8")),
    Row("cli:undecodable-lang", ITEM_ARGS, _raw(b"list", b"--missing", b"k\xf6"), check=_stderr_says("not valid UTF-8")),
    Row("cli:undecodable-file-find", ITEM_ARGS, _raw_with_file([b"find"], b"text\xff.txt"),
        exits=frozenset({0}), check=_stdout_says("tokyo", "\\xff")),
    Row("cli:undecodable-file-missing", ITEM_ARGS, _raw_with_file([b"find"], b"gone\xff.txt", create=False),
        names=lambda tmp, db: "gone\\xff.txt"),
    Row("cli:undecodable-file-check", ITEM_ARGS,
        _raw_with_file([b"check", b"--lang", b"ja", b"--source"], b"en\xff.txt",
                       [b"--target", b"/nonexistent/ja.txt"]),
        names=lambda tmp, db: "/nonexistent/ja.txt"),
    # (stored as a document name, its undecodable byte escaped)
    Row("cli:undecodable-file-extract", ITEM_ARGS, _raw_with_file([b"extract"], b"article\xff.txt"),
        exits=frozenset({0}), check=lambda r, tmp, db: _stored_doc(db, "article\\xff.txt")),
    Row("cli:undecodable-file-import", ITEM_ARGS, _raw_with_file([b"import"], b"dump\xff.json", content=b"{"),
        names=lambda tmp, db: "dump\\xff.json"),
    Row("cli:undecodable-file-export", ITEM_ARGS, _raw_with_file([b"export", b"json"], b"out\xff.json", create=False),
        exits=frozenset({0}), check=lambda r, tmp, db: _exists(os.fsencode(tmp) + b"/out\xff.json")),
    # -- terminals that cannot show everything ---------------------------------------------
    Row("cli:euc-jp-show", ITEM_ENCODING,
        lambda tmp, db: Case(["show", "yoon-suk-yeol"], env={"PYTHONIOENCODING": "euc-jp"}),
        exits=frozenset({0}), check=_stdout_says("yoon-suk-yeol")),
    Row("cli:c-locale-show", ITEM_ENCODING,
        lambda tmp, db: Case(["show", "yoon-suk-yeol"], env={"LC_ALL": "C", "PYTHONUTF8": "0",
                                                             "PYTHONIOENCODING": ""}),
        exits=frozenset({0}), check=_stdout_says("yoon-suk-yeol")),
    Row("cli:c-locale-json", ITEM_ENCODING,
        lambda tmp, db: Case(["show", "yoon-suk-yeol", "--json"], env={"LC_ALL": "C", "PYTHONUTF8": "0",
                                                                       "PYTHONIOENCODING": ""}),
        exits=frozenset({0}), check=_json_ascii),
    Row("cli:c-locale-error", ITEM_ENCODING,
        lambda tmp, db: Case(["show", "없는-항목"], env={"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}),
        exits=frozenset({2}), check=_stderr_says("\\uc5c6")),
    # (in the C locale Python decodes arguments as ASCII: a UTF-8 argument is still text)
    Row("cli:c-locale-utf8-argument", ITEM_ENCODING,
        lambda tmp, db: Case(["lookup", "東京"], env={"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}),
        exits=frozenset({0}), check=_stdout_says("tokyo")),
    # -- numbers ------------------------------------------------------------------------------
    Row("cli:limit-beyond-64-bits", ITEM_NUMBERS, lambda tmp, db: Case(["list", "--limit", str(2**64)]),
        check=_stderr_says("--limit")),
    Row("cli:history-limit-negative", ITEM_NUMBERS, lambda tmp, db: Case(["history", "--limit", "-1"]),
        check=_stderr_says("--limit")),
    Row("cli:revision-negative", ITEM_NUMBERS,
        lambda tmp, db: Case(["set", "tokyo", "ko", "도쿄", "--revision", "-5"]), check=_stderr_says("--revision")),
    # -- terminal injection ------------------------------------------------------------------
    Row("cli:escape-in-term", ITEM_INJECTION, lambda tmp, db: Case(["add", "Evil\x1b[2JName"]),
        check=_stderr_says("control character", "U+001B")),
    Row("cli:osc-in-note", ITEM_INJECTION,
        lambda tmp, db: Case(["add", "Quad", "--note", "see \x1b]52;c;cGF5bG9hZA==\x07"]),
        check=_stderr_says("control character")),
    Row("cli:bell-in-set", ITEM_INJECTION, lambda tmp, db: Case(["set", "tokyo", "ko", "도\x07쿄"]),
        check=_stderr_says("control character")),
    Row("cli:osc-in-reading", ITEM_INJECTION,
        lambda tmp, db: Case(["set", "tokyo", "ja", "東京", "--reading", "とうきょう\x1b]0;pwned\x07"]),
        check=_stderr_says("reading", "U+001B")),
    Row("cli:bidi-override-in-term", ITEM_INJECTION, lambda tmp, db: Case(["add", "\u202eTokyo\u202c"]),
        check=_stderr_says("bidi control", "U+202E")),
    Row("cli:bidi-isolate-in-note", ITEM_INJECTION,
        lambda tmp, db: Case(["add", "Quad", "--note", "file \u2067gpj.exe\u2069"]), check=_stderr_says("bidi control")),
    Row("cli:stored-escape-shown-escaped", ITEM_INJECTION, _note_with_escape, exits=frozenset({0}),
        unchanged=True, check=_stdout_says("\\x1b]0;pwned", absent=("\x1b", "\x07"))),
    Row("cli:stored-controls-in-list", ITEM_INJECTION, _stored_term_with_controls(["list"]), exits=frozenset({0}),
        unchanged=True, check=_stdout_says("東\\x0a京\\x1b[31m\\u202e", absent=("\x1b", "\u202e", "東\n"))),
    Row("cli:stored-controls-in-json", ITEM_INJECTION, _stored_term_with_controls(["show", "tokyo", "--json"]),
        exits=frozenset({0}), unchanged=True,
        check=_stdout_says("\\u001b[31m\\u202e", absent=("\x1b", "\u202e"))),
    Row("cli:escape-in-missing-file-name", ITEM_NAMES, _missing_named("evil\x1b[2J.txt"),
        names=lambda tmp, db: "evil\\x1b[2J.txt"),
    Row("cli:newline-in-file-name", ITEM_NAMES, _missing_named("two\nlines.txt"),
        names=lambda tmp, db: "two\\x0alines.txt"),
    # -- matching keys --------------------------------------------------------------------------
    Row("cli:rlm-homograph", ITEM_KEYS, lambda tmp, db: Case(["add", "Tokyo\u200f"]), exits=frozenset({0}),
        check=_stderr_says("also a term of tokyo")),
    Row("cli:soft-hyphen-lookup", ITEM_KEYS, lambda tmp, db: Case(["lookup", "To\u00adkyo", "--to", "ja"]),
        exits=frozenset({0}), check=_stdout_says("東京")),
    Row("cli:variation-selector-lookup", ITEM_KEYS, lambda tmp, db: Case(["lookup", "東\ufe00京", "--to", "en"]),
        exits=frozenset({0}), check=_stdout_says("Tokyo")),
    Row("cli:soft-hyphen-find", ITEM_KEYS, _soft_hyphen_text, exits=frozenset({0}),
        check=_stdout_says("윤석\u00ad열", "yoon-suk-yeol")),
    Row("cli:soft-hyphen-check", ITEM_KEYS, _check_soft_hyphen, exits=frozenset({0})),
    Row("cli:emoji-zwj-kept", ITEM_KEYS,
        lambda tmp, db: Case(["add", "Family \U0001f468\u200d\U0001f469\u200d\U0001f467"]), exits=frozenset({0}),
        check=_added_once("Family \U0001f468\u200d\U0001f469\u200d\U0001f467")),
    # -- length -----------------------------------------------------------------------------------
    Row("cli:term-over-the-cap", ITEM_CAP, lambda tmp, db: Case(["add", "x" * 1001]),
        check=_stderr_says("1001 characters long (at most 1000)")),
    Row("cli:term-at-the-cap", ITEM_CAP, lambda tmp, db: Case(["add", "x" * 1000]), exits=frozenset({0})),
    Row("cli:note-over-the-cap", ITEM_CAP, lambda tmp, db: Case(["add", "Quad", "--note", "n" * 10_001]),
        check=_stderr_says("10001 characters long (at most 10000)")),
    Row("cli:stored-million-character-term", ITEM_CAP, _over_long_term_stored, exits=frozenset({0}),
        unchanged=True, check=_stdout_says("tokyo")),
    # -- confidence ---------------------------------------------------------------------------------
    # the JSON reader may refuse NaN itself (not JSON) or leave it to check_confidence
    Row("cli:nan-confidence-import", ITEM_NAN, _json_dump_with(confidence=float("nan")),
        names=lambda tmp, db: "dump.json", check=_stderr_says_any("confidence", "NaN")),
    # refused (the reader) or clamped (the merge): never stored as it is
    Row("cli:infinite-confidence-import", ITEM_NAN, _json_dump_with(confidence=float("inf")),
        exits=frozenset({0, 2}), names=lambda tmp, db: "dump.json", check=_confidences_finite),
    Row("cli:nan-confidence-csv", ITEM_NAN, _csv_with(confidence="nan"),
        names=lambda tmp, db: "terms.csv", check=_stderr_says("confidence")),
]
