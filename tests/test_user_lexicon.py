"""The desk's lexicon ($GLOSSARY_LEXICON): a TSV editors extend without code, used as a
suggestion source when articles are extracted (align/user_lexicon.py)."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import run_glossary

DATA = Path(__file__).parent / "data" / "lexicon"


def _entries(db):
    res = run_glossary("--db", db, "list", "--json")
    assert res.rc == 0, res.stderr
    return {e["id"]: e for e in json.loads(res.stdout)}


def test_rows_become_suggestions_with_their_source_line(tmp_path):
    db = tmp_path / "t.db"
    res = run_glossary("--db", db, "extract", DATA / "article.txt", env={"GLOSSARY_LEXICON": str(DATA / "desk.tsv")})
    assert res.rc == 0, res.stderr
    kono = _entries(db)["kono-statement"]["terms"]
    ja, ko = kono["ja"][0], kono["ko"][0]
    assert (ja["text"], ja["status"], ja["origin"]) == ("河野談話", "suggested", "lexicon:desk.tsv")
    assert ko["text"] == "고노 담화" and "desk.tsv:4" in ko["evidence"]
    seoul = _entries(db)["seoul"]["terms"]
    assert [t["text"] for t in seoul["ko"]] == ["서울특별시"]          # the lexicon before CLDR
    assert [t["origin"] for t in seoul["ja"]] == ["dictionary:cldr"]   # a language the row leaves empty


def test_without_the_variable_nothing_comes_from_it(tmp_path):
    db = tmp_path / "t.db"
    assert run_glossary("--db", db, "extract", DATA / "article.txt").rc == 0
    assert not any(t["origin"].startswith("lexicon:")
                   for e in _entries(db).values() for ts in e["terms"].values() for t in ts)


def test_a_malformed_lexicon_is_one_line_naming_file_and_line(tmp_path):
    for name, expect in (("too_many_fields.tsv", "too_many_fields.tsv:2: 3 fields, the header has 2"),
                         ("no_ja_ko_header.tsv", "no_ja_ko_header.tsv:1: the header must name")):
        db = tmp_path / f"{name}.db"
        res = run_glossary("--db", db, "extract", DATA / "article.txt", env={"GLOSSARY_LEXICON": str(DATA / name)})
        assert res.rc == 2 and expect in res.stderr, res.stderr
        assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1
    res = run_glossary("--db", tmp_path / "m.db", "extract", DATA / "article.txt",
                       env={"GLOSSARY_LEXICON": str(tmp_path / "missing.tsv")})
    assert res.rc == 2 and "missing.tsv" in res.stderr and "GLOSSARY_LEXICON" in res.stderr


def test_a_fifo_or_directory_as_lexicon_is_refused_not_read(tmp_path):
    """Reading a FIFO would block forever: refused in one line before anything is read."""
    import os

    fifo = tmp_path / "desk.tsv"
    os.mkfifo(fifo)
    for path, kind in ((fifo, "a FIFO, socket or device"), (tmp_path, "a directory")):
        res = run_glossary("--db", tmp_path / "t.db", "extract", DATA / "article.txt",
                           env={"GLOSSARY_LEXICON": str(path)}, timeout=60)
        assert res.rc == 2 and f"not a regular file ({kind})" in res.stderr and str(path) in res.stderr, res.stderr
        assert len(res.stderr.strip().splitlines()) == 1
