"""Undo and redo of one entry (several levels), undo back through any recorded change,
and noticing other processes' changes: the library side of the TUI's `u`, `U`, history
screen and live refresh, on real SQLite files."""
from __future__ import annotations

import pytest

from glossary import Glossary
from glossary.errors import Conflict, InputError, NotFound


#: undo, redo and noticing others' changes behave the same on both backends (issue 16)
pytestmark = pytest.mark.backends("sqlite", "postgresql")


@pytest.fixture
def g(db_url):
    with Glossary.open(db_url, actor="kim") as glossary:
        yield glossary


def test_several_undos_are_redone_newest_first(g):
    e = g.add("Quad")
    g.set_term(e.id, "ko", "쿼드")
    g.set_term(e.id, "ja", "クアッド")
    g.undo(e.id)
    g.undo(e.id)
    assert (g.get(e.id).text("ja"), g.get(e.id).text("ko")) == ("", "")
    assert g.redo(e.id).text("ko") == "쿼드"
    again = g.redo(e.id)
    assert (again.text("ko"), again.text("ja")) == ("쿼드", "クアッド")
    with pytest.raises(NotFound):
        g.redo(e.id)                      # nothing left to redo
    g.undo(e.id)                          # undo after redo still walks back
    assert g.get(e.id).text("ja") == ""


def test_undo_and_redo_refuse_a_revision_that_moved_on(g, db_url):
    e = g.set_term(g.add("Quad").id, "ko", "쿼드")
    with Glossary.open(db_url, actor="lee") as other:
        other.update(e.id, note="theirs")
    with pytest.raises(Conflict):
        g.undo(e.id, revision=e.revision)
    assert g.get(e.id).note == "theirs"   # nothing undone
    now = g.get(e.id).revision
    g.undo(e.id, revision=now)
    assert g.get(e.id).note == ""
    with pytest.raises(Conflict):
        g.redo(e.id, revision=now)
    assert g.redo(e.id, revision=now + 1).note == "theirs"


def test_undo_through_an_older_change_takes_back_the_later_ones(g):
    e = g.add("Quad")
    g.set_term(e.id, "ko", "쿼드")
    g.set_term(e.id, "ja", "クアッド")
    g.update(e.id, note="n")
    [note, ja, ko, create] = [c.id for c in g.history(e.id)]
    assert g.undo_count(e.id, ko) == 3 and g.undo_count(e.id, note) == 1
    after = g.undo_through(e.id, ko, revision=g.get(e.id).revision)
    assert (after.text("ko"), after.text("ja"), after.note) == ("", "", "")
    assert after.text("en") == "Quad"
    assert g.undo_count(e.id, ko) == 0
    with pytest.raises(InputError):
        g.undo_through(e.id, ko)          # already undone
    assert g.undo_count(e.id, create) == 1


def test_data_version_and_changes_since_see_other_connections_only(g, db_url):
    e = g.add("Quad")
    start, seen = g.data_version(), g.last_change_id()
    g.update(e.id, note="mine")
    assert g.data_version() == start      # my own write is not "elsewhere"
    with Glossary.open(db_url, actor="lee") as other:
        other.set_term(e.id, "ko", "쿼드")
    assert g.data_version() != start
    changes = g.changes_since(seen)
    assert [(entry, actor) for _, entry, actor, _ in changes] == [(e.id, "kim"), (e.id, "lee")]
    assert changes[-1][3] == g.get(e.id).revision
