"""The stores: migrations, pragmas, history, undo, transactions, optimistic concurrency.
Every test that is not about an SQLite file runs on PostgreSQL too (issue 16)."""
from __future__ import annotations

import sqlite3

import pytest

from glossary import Glossary
from glossary.errors import Conflict, NotFound, StoreError
from glossary.model import Entry, Role, Status, Term
from glossary.store import Store
from glossary.store.schema import SCHEMA_VERSION

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def pragma(path, name):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_new_database_is_migrated_and_in_wal_mode(glossary, db_path):
    assert SCHEMA_VERSION >= 1
    assert pragma(db_path, "user_version") == SCHEMA_VERSION
    assert pragma(db_path, "journal_mode") == "wal"


@pytest.mark.backends("sqlite")
def test_foreign_keys_are_on_and_enforced(glossary):
    assert glossary._store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        glossary._store.conn.execute(
            "INSERT INTO terms (entry_id, pos, lang, text, key, role, status) "
            "VALUES ('nobody', 0, 'en', 'x', 'x', 'preferred', 'approved')")


def test_deleting_an_entry_cascades_to_its_terms(glossary):
    e = glossary.add("Quad")
    glossary.delete(e.id)
    assert glossary._store.conn.execute("SELECT count(*) FROM terms").fetchone()[0] == 0


def test_reopen_keeps_data(db_url, backend):
    with Glossary.open(db_url) as g:
        e = g.add("Yoon Suk Yeol", category="person")
        g.set_term(e.id, "ko", "윤석열", approve=True)
    with Glossary.open(db_url) as g:
        again = g.get(e.id)
        assert again.text("ko") == "윤석열" and again.revision == 2
        if backend == "postgresql":
            assert g._store.conn.execute("SELECT version FROM glossary_schema").fetchone()[0] == SCHEMA_VERSION
    if backend == "sqlite":
        assert pragma(db_url, "user_version") == SCHEMA_VERSION


def test_newer_schema_is_refused(db_path):
    Glossary.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this program"):
        Store(str(db_path))


def test_foreign_sqlite_database_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE something_else (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a glossary termbase"):
        Store(str(db_path))
    # and it is left as it was: not switched to WAL, no tables of ours
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["something_else"]
    conn.close()


def test_open_without_create_refuses_a_missing_file(db_path):
    with pytest.raises(StoreError, match="no termbase"):
        Store(str(db_path), create=False)
    assert not db_path.exists()


def test_history_records_before_and_after(glossary):
    e = glossary.add("Ishiba Shigeru", category="person")
    glossary.set_term(e.id, "ja", "石破茂")
    changes = glossary.history(e.id)
    assert [c.action for c in changes] == ["set", "create"]  # newest first
    set_change, create = changes
    assert create.before is None and create.after["terms"]["en"][0]["text"] == "Ishiba Shigeru"
    assert set_change.before["revision"] == 1 and set_change.before["terms"]["ja"] == []
    assert set_change.after["revision"] == 2 and set_change.after["terms"]["ja"][0]["text"] == "石破茂"
    assert set_change.actor == "tester" and set_change.at.endswith("Z")


def test_history_of_an_unknown_entry_is_not_found(glossary):
    with pytest.raises(NotFound):
        glossary.history("no-such-entry")


def test_undo_of_set(glossary):
    e = glossary.add("Ishiba Shigeru", category="person")
    glossary.set_term(e.id, "ja", "石破茂")
    after = glossary.undo(e.id)
    assert after is not None and after.terms_for("ja") == () and after.revision == 3
    assert [c.action for c in glossary.history(e.id)] == ["undo", "set", "create"]


def test_undo_twice_walks_back_two_changes_and_not_the_undo(glossary):
    e = glossary.add("Quad")
    glossary.set_term(e.id, "ja", "クアッド")
    glossary.set_term(e.id, "ko", "쿼드")
    glossary.undo(e.id)
    now = glossary.undo(e.id)
    assert now is not None and now.terms_for("ja") == () and now.terms_for("ko") == ()


def test_undo_of_create_removes_the_entry(glossary):
    e = glossary.add("Quad")
    assert glossary.undo(e.id) is None
    with pytest.raises(NotFound):
        glossary.get(e.id)
    with pytest.raises(NotFound):
        glossary.undo(e.id)  # nothing left to undo


def test_undo_of_delete_brings_back_terms_and_occurrences(glossary):
    e = glossary.add_entry(Entry("quad", "institution", "a note", (Term("en", "Quad"), Term("ja", "クアッド")),
                                 ()))
    from glossary.model import Occurrence
    glossary._store.replace_occurrences("doc.txt", {"quad": [Occurrence("doc.txt", 3, 5, "the Quad met")]})
    glossary.delete(e.id)
    back = glossary.undo(e.id)
    assert back is not None
    assert back.note == "a note" and back.text("ja") == "クアッド"
    assert [o.context for o in back.occurrences] == ["the Quad met"]
    assert [h.entry.id for h in glossary.lookup("クアッド")] == ["quad"]


def test_transaction_rolls_back_on_error(glossary):
    glossary.add("Kept")
    with pytest.raises(RuntimeError):
        with glossary._store.transaction():
            glossary.add("Lost one")
            glossary.set_term("kept", "ja", "失われる")
            raise RuntimeError("boom")
    assert [e.id for e in glossary.list()] == ["kept"]
    assert glossary.get("kept").terms_for("ja") == ()
    assert [c.action for c in glossary.history()] == ["create"]


def test_failing_write_leaves_nothing_behind(glossary):
    glossary.add("Quad", entry_id="quad")
    with pytest.raises(Conflict):
        glossary.add_all([Entry("new-one", terms=(Term("en", "New"),)),
                              Entry("quad", terms=(Term("en", "Quad again"),))])
    assert [e.id for e in glossary.list()] == ["quad"]


def test_bulk_create_is_one_transaction_and_searchable(glossary):
    n = glossary.add_all([Entry(f"e{i}", terms=(Term("en", f"Term {i}"), Term("ko", f"용어{i}")))
                              for i in range(200)])
    assert n == 200 and glossary.count() == 200
    assert [h.entry.id for h in glossary.lookup("용어7")] == ["e7"]
    assert glossary.history("e7")[0].action == "create"


def test_stale_update_from_a_second_connection_is_a_conflict(db_url):
    with Glossary.open(db_url, actor="a") as a, Glossary.open(db_url, actor="b") as b:
        e = a.add("Yoon Suk Yeol", category="person")
        seen_by_b = b.get(e.id)
        a.set_term(e.id, "ko", "윤석열", revision=e.revision)
        with pytest.raises(Conflict) as info:
            b.set_term(e.id, "ko", "윤석렬", revision=seen_by_b.revision)
        assert info.value.expected == 1 and info.value.actual == 2
        # the store itself refuses a stale save, not only the facade's pre-check
        with pytest.raises(Conflict):
            b._store.save(seen_by_b.with_terms(seen_by_b.terms + (Term("ko", "윤석렬"),)),
                         base_revision=seen_by_b.revision, actor="b", action="set")
        assert a.get(e.id).text("ko") == "윤석열"
        assert [c.action for c in a.history(e.id)] == ["set", "create"]


def test_update_without_revision_uses_the_current_one(db_url):
    with Glossary.open(db_url) as a, Glossary.open(db_url) as b:
        e = a.add("Quad")
        a.set_term(e.id, "ja", "クアッド")
        assert b.set_term(e.id, "ko", "쿼드").revision == 3


def test_delete_with_a_stale_revision_is_a_conflict(glossary):
    e = glossary.add("Quad")
    glossary.set_term(e.id, "ja", "クアッド")
    with pytest.raises(Conflict):
        glossary.delete(e.id, revision=1)
    assert glossary.get(e.id).revision == 2


def test_terms_keep_their_order_and_fields(glossary):
    terms = (Term("en", "Quad", Role.PREFERRED, Status.APPROVED, "text", 1.0),
             Term("ja", "日米豪印", Role.PREFERRED, Status.SUGGESTED, "footnote:4", 0.75, "cited in note 4",
                  "にちべいごういん"),
             Term("ja", "クアッド", Role.ALIAS, Status.REJECTED, "romanization", 0.5))
    glossary.add_entry(Entry("quad", "institution", "", terms))
    assert glossary.get("quad").terms == terms
