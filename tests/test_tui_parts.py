"""The TUI's logic that needs no app: cell widths, the $EDITOR file format
(formats/entryfile.py, reached through the facade), the facade's term edit the TUI calls,
the table query; and that Textual stays out of the core and the CLI start-up."""
from __future__ import annotations

import subprocess
import sys

import pytest
from rich.cells import cell_len

from glossary import Entry, Glossary, InputError, Role, Status, Term
from glossary.formats import entryfile
from glossary.tui.cells import fit
from glossary.tui.rows import Row, TableQuery
from tui_sample import sample_entries

GSOMIA = next(e for e in sample_entries() if e.id == "gsomia")
DIET = next(e for e in sample_entries() if e.id == "national-diet")


@pytest.mark.parametrize("text, width, expected", [
    ("GSOMIA", 8, "GSOMIA  "),                    # padded to the width
    ("石破茂", 8, "石破茂  "),                     # 3 wide characters = 6 cells
    ("石破茂", 6, "石破茂"),
    ("石破茂", 5, "石破…"),                        # cut, with an ellipsis
    ("石破茂", 4, "石… "),                         # never half a wide character: pad instead
    ("한일 군사정보보호협정", 10, "한일 군사…"),   # Hangul is wide too
    ("a\nb", 4, "a b "),                           # one line in a cell
    ("x", 0, ""),
])
def test_fit_measures_cells_not_characters(text, width, expected):
    assert fit(text, width) == expected
    assert cell_len(fit(text, width)) == width


def test_entry_file_round_trip():
    text = entryfile.dump(GSOMIA)
    assert "GSOMIA | abbreviation | approved" in text and "[ko]\n" in text
    assert entryfile.parse(text, GSOMIA) == GSOMIA


def test_entry_file_keeps_the_line_breaks_of_a_note():
    
    entry = GSOMIA.replace(note="Signed 2016.\nSuspended 2019; restored 2023.")
    text = entryfile.dump(entry)
    assert "note: Signed 2016.\n  Suspended 2019; restored 2023.\n" in text
    assert entryfile.parse(text, entry).note == entry.note


def test_entry_file_edit_keeps_provenance_of_unchanged_terms():
    text = entryfile.dump(GSOMIA).replace("[ko]\n", "[ko]\n한일 군사정보보호협정\n일본 국회 | alias\n")
    text = text.replace("category: agreement", "category: policy")
    edited = entryfile.parse(text, GSOMIA)
    assert edited.category.value == "policy"
    assert [(t.text, t.role, t.status, t.origin) for t in edited.terms_for("ko")] == [
        ("한일 군사정보보호협정", Role.PREFERRED, Status.SUGGESTED, "editor"),
        ("일본 국회", Role.ALIAS, Status.SUGGESTED, "editor")]
    assert edited.terms_for("ja") == GSOMIA.terms_for("ja")  # origin, confidence, evidence kept


@pytest.mark.parametrize("addition, message", [
    ("[ko]\n국방 | chief\n", "unknown role"),          # a role that does not exist
    ("[ko]\n국방 | preferred | maybe\n", "unknown status"),
    ("[xx-!!]\n", "language tag"),                       # a section that is not a language
    ("[ko]\n | preferred\n", "no text"),
    ("[ko]\na | b | c | d\n", "too many"),
])
def test_entry_file_errors_name_the_line(addition, message):
    text = entryfile.dump(GSOMIA) + addition
    with pytest.raises(InputError, match=message) as info:
        entryfile.parse(text, GSOMIA)
    assert info.value.line is not None and info.value.line > 5


def test_edit_term_demotes_the_other_preferred_and_merges_duplicates(tmp_path):
    with Glossary.open(tmp_path / "t.db") as g:
        g.add_entry(DIET)
        edited = g.edit_term("national-diet", "ko", "국회", "일본 국회", role="preferred", approve=True)
        assert [(t.text, t.role, t.status) for t in edited.terms_for("ko")] == [
            ("일본 국회", Role.PREFERRED, Status.APPROVED)]
        assert g.history("national-diet", limit=1)[0].action == "set"
    with Glossary.open(tmp_path / "u.db") as g:
        g.add_entry(DIET)
        edited = g.edit_term("national-diet", "ko", "일본 국회", "일본 국회", role="preferred")
        assert [(t.text, t.role) for t in edited.terms_for("ko")] == [("국회", Role.ALIAS),
                                                                       ("일본 국회", Role.PREFERRED)]


def test_edit_term_on_a_newer_version_where_the_term_is_gone_adds_it(tmp_path):
    with Glossary.open(tmp_path / "t.db") as g:
        g.add_entry(Entry("x", terms=(Term("en", "Diet", status=Status.APPROVED),)))
        edited = g.edit_term("x", "ko", "국회", "일본 국회", role="preferred", revision=1)
        assert [t.text for t in edited.terms] == ["Diet", "일본 국회"]
        assert edited.terms[1].origin == "editor" and edited.revision == 2


def test_edit_term_based_on_a_stale_revision_is_a_conflict(tmp_path):
    from glossary.errors import Conflict

    with Glossary.open(tmp_path / "t.db") as g:
        g.add_entry(DIET)
        g.set_term("national-diet", "ja", "国会")
        with pytest.raises(Conflict):
            g.edit_term("national-diet", "ko", "국회", "일본 국회", revision=1)


def test_edit_entry_keeps_occurrences_and_takes_the_editors_terms(tmp_path):
    with Glossary.open(tmp_path / "t.db") as g:
        g.add_entry(GSOMIA)
        before = g.get("gsomia")
        text = g.entry_as_text(before).replace("[ko]\n", "[ko]\n지소미아 | alias\n")
        edited = g.edit_entry(g.entry_from_text(text, before), revision=before.revision)
        assert "지소미아" in [t.text for t in edited.terms_for("ko")]
        assert edited.occurrences == before.occurrences and edited.revision == before.revision + 1


def test_table_query_filters_and_row_state():
    q = TableQuery().toggle_missing("ko").next_category()
    assert q.filters() == {"category": "person", "missing": "ko", "status": None, "needs_review": False,
                           "search": None}
    assert q.toggle_missing("ko").missing is None and q.toggle_missing("ja").missing == "ja"
    assert TableQuery(search="  ").filters()["search"] is None
    row = Row.from_entry(GSOMIA)
    assert (row.en, row.ja, row.ko, row.state) == ("General Security of Military Information Agreement",
                                                   "日韓秘密軍事情報保護協定", "", "review −ko")


def test_core_and_cli_start_without_textual():
    code = ("import sys, glossary, glossary.cli; glossary.cli.build_parser(); "
            "assert 'textual' not in sys.modules, sorted(m for m in sys.modules if m.startswith('textual'))")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cli_has_the_tui_command():
    out = subprocess.run([sys.executable, "-m", "glossary", "tui", "--help"], capture_output=True, text=True,
                         check=True).stdout
    assert "--keymap" in out


def test_keymap_file(tmp_path):
    from glossary.tui.app import read_keymap

    path = tmp_path / "keys"
    path.write_text("# mine\nterm.accept = y\n\nentry.undo = ctrl+z, u\n", encoding="utf-8")
    assert read_keymap(path) == {"term.accept": "y", "entry.undo": "ctrl+z, u"}
    path.write_text("term.accept y\n", encoding="utf-8")
    with pytest.raises(InputError, match="binding.id = keys"):
        read_keymap(path)
