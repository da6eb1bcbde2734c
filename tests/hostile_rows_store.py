"""Hostile rows: the termbase itself (a damaged file, a FIFO, two names for one file).

The concurrent items of the issue (undo racing a `set`, 24 `set`s and 16 `add`s at once,
a long writer) need several processes at once and live in tests/test_store_safety.py.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from glossary import Glossary
from hostile_support import Case, Row

ITEM_CORRUPT = "5: a corrupted termbase accepts writes"
ITEM_HANG = "6 hangs: GLOSSARY_DB / --db naming a FIFO"


def _checkpoint(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def garbage_in_an_index_page(db: Path) -> None:
    """Overwrite the b-tree page of one index with bytes that are no b-tree page."""
    _checkpoint(db)
    conn = sqlite3.connect(db)
    root, = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'terms_lang_status'").fetchone()
    page_size, = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xee" * 64)


def index_out_of_step(db: Path) -> None:
    """The corruption the lost-write bug left: an index that lists a row its table lacks
    ("wrong # of entries in index terms_lang_status").  Every page is well formed."""
    _checkpoint(db)
    conn = sqlite3.connect(db, isolation_level=None)
    row = conn.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
                       "WHERE name = 'terms_lang_status'").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_master WHERE name = 'terms_lang_status'")
    conn.close()
    conn = sqlite3.connect(db, isolation_level=None)          # a schema without the index
    conn.execute("DELETE FROM terms WHERE id = (SELECT max(id) FROM terms)")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES (?,?,?,?,?)", row)
    conn.close()
    _checkpoint(db)


def _corrupt(how, argv, *, dump_first: bool = False):
    def setup(tmp: Path, db: Path) -> Case:
        if dump_first:
            with Glossary.open(db) as g:
                g.export_json(str(tmp / "dump.json"))
        how(db)
        return Case(list(argv))
    return setup


def _names_db(tmp: Path, db: Path) -> str:
    return str(db)


def _fifo(tmp: Path, db: Path) -> Case:
    os.mkfifo(tmp / "fifo.db")
    return Case(["--db", str(tmp / "fifo.db"), "lookup", "Tokyo"], db=False)


def _fifo_env(tmp: Path, db: Path) -> Case:
    os.mkfifo(tmp / "fifo.db")
    return Case(["add", "Quad"], env={"GLOSSARY_DB": str(tmp / "fifo.db")}, db=False)


def _hard_link(tmp: Path, db: Path) -> Case:
    os.link(db, tmp / "backup.db")
    return Case(["set", "tokyo", "ko", "도쿄"])


def _lookup_still_works(result, tmp, db) -> None:
    assert "윤석열" in result.stdout.decode(), result.stdout


WRITES = [("set", ["set", "tokyo", "ko", "도쿄"]), ("add", ["add", "Quad"]),
          ("delete", ["delete", "tokyo"]), ("undo", ["undo", "tokyo"]),
          ("approve", ["approve", "yoon-suk-yeol", "ja"])]

ROWS: list[Row] = [
    *[Row(f"store:garbage-page-{name}", ITEM_CORRUPT, _corrupt(garbage_in_an_index_page, argv),
          exits=frozenset({3}), names=_names_db) for name, argv in WRITES],
    *[Row(f"store:index-out-of-step-{name}", ITEM_CORRUPT, _corrupt(index_out_of_step, argv),
          exits=frozenset({3}), names=_names_db) for name, argv in WRITES],
    Row("store:index-out-of-step-import", ITEM_CORRUPT,
        _corrupt(index_out_of_step, ["import", "dump.json", "--force"], dump_first=True),
        exits=frozenset({3}), names=_names_db),
    # reading a damaged termbase still works, so that what it holds can be saved
    Row("store:index-out-of-step-lookup-reads", ITEM_CORRUPT,
        _corrupt(index_out_of_step, ["lookup", "Yoon Suk Yeol", "--to", "ko"]),
        exits=frozenset({0}), unchanged=True, check=_lookup_still_works),
    Row("store:fifo-db", ITEM_HANG, _fifo, exits=frozenset({3}), names=lambda tmp, db: str(tmp / "fifo.db")),
    Row("store:fifo-glossary-db", ITEM_HANG, _fifo_env, exits=frozenset({3}),
        names=lambda tmp, db: str(tmp / "fifo.db")),
    Row("store:hard-link", "4: hard links to a live database", _hard_link, exits=frozenset({3}),
        names=_names_db),
]
