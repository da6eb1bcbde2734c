"""Import/merge logic and the export -> import -> export round trips (issue 6)."""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings

from exchange_support import DATA, FROZEN, entries, frozen_clock, read, termbase
from glossary import api
from glossary.cli import main as cli_main
from glossary.errors import FormatError, InputError
from glossary.exchange import ImportReport, guess_format
from glossary.model import Category, Entry, Occurrence, Role, Status, Term

PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _roundtrip(items: list[Entry], export, name: str) -> tuple[bytes, bytes]:
    """Build a termbase from `items`, export, import the file into an empty termbase,
    export again; both files' bytes.

    Only .po needs a frozen clock: its header is dated by the newest change, and the
    entries a .po import creates are changed now.  TBX and CSV carry no times, and a JSON
    restore keeps each entry's revision and times (test_json_restore_keeps_revision_and_times)."""
    clock = frozen_clock() if name == "po" else contextlib.nullcontext()
    with tempfile.TemporaryDirectory() as tmp, clock:
        a = termbase(os.path.join(tmp, "a.db"), items)
        b = termbase(os.path.join(tmp, "b.db"))
        try:
            first = export(a, os.path.join(tmp, "one"))
            report = b.import_file(first, fmt=None)
            assert not report.open_conflicts, report.lines()
            second = export(b, os.path.join(tmp, "two"))
            return read(first), read(second)
        finally:
            a.close()
            b.close()


def _po(lang: str):
    def export(g: api.Glossary, out: str) -> str:
        return g.export_po(lang, out).paths[1]
    return export


@PROPERTY
@given(entries())
def test_po_round_trip_ja(items):
    one, two = _roundtrip(items, _po("ja"), "po")
    assert one == two


@PROPERTY
@given(entries())
def test_po_round_trip_ko(items):
    one, two = _roundtrip(items, _po("ko"), "po")
    assert one == two


@PROPERTY
@given(entries())
def test_tbx_round_trip(items):
    one, two = _roundtrip(items, lambda g, out: g.export_tbx(out + ".tbx").paths[0], "tbx")
    assert one == two


@PROPERTY
@given(entries())
def test_tbx2_round_trip(items):
    one, two = _roundtrip(items, lambda g, out: g.export_tbx(out + ".tbx", version=2).paths[0], "tbx")
    assert one == two


@PROPERTY
@given(entries())
def test_json_round_trip(items):
    one, two = _roundtrip(items, lambda g, out: g.export_json(out + ".json").paths[0], "json")
    assert one == two


@PROPERTY
@given(entries())
def test_csv_round_trip(items):
    one, two = _roundtrip(items, lambda g, out: g.export_csv(out + ".csv").paths[0], "csv")
    assert one == two


@settings(max_examples=5, deadline=None)
@given(entries(min_size=8, max_size=12))
def test_many_entries_json_and_po(base):
    items = [e.replace(id=f"{e.id}-{n}") for n in range(25) for e in base]  # 200-300 entries
    one, two = _roundtrip(items, lambda g, out: g.export_json(out + ".json").paths[0], "json")
    assert one == two
    one, two = _roundtrip(items, _po("ko"), "po")
    assert one == two


# -- fixtures for the merge tests ------------------------------------------------------

@pytest.fixture
def g(tmp_path):
    with frozen_clock():
        gl = termbase(tmp_path / "t.db", [
            Entry("yoon-suk-yeol", Category.PERSON, "President of South Korea", (
                Term("en", "Yoon Suk Yeol", Role.PREFERRED, Status.APPROVED, "text"),
                Term("en", "Yoon", Role.ALIAS, Status.APPROVED, "text"),
                Term("ko", "윤석열", Role.PREFERRED, Status.APPROVED, "footnote:3"),
                Term("ja", "尹錫悦", Role.PREFERRED, Status.SUGGESTED, "footnote:4", 0.9, "footnote 4", "ユン・ソンニョル"),
            ), (Occurrence("seeds/a.txt", 3, 10, "Yoon Suk Yeol said"),)),
            Entry("ishiba-shigeru", Category.PERSON, "", (
                Term("en", "Ishiba Shigeru", Role.PREFERRED, Status.APPROVED),
                Term("ko", "이시바 시게루", Role.PREFERRED, Status.SUGGESTED, "romanization", 0.7),
            )),
        ])
    yield gl
    gl.close()


def _edit_po(path: str, old: str, new: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    assert old in text, old
    Path(path).write_text(text.replace(old, new, 1), encoding="utf-8")


def test_po_translator_fills_and_approves(g, tmp_path):
    po = g.export_po("ko", str(tmp_path / "locale")).paths[1]
    # the translator corrects the fuzzy suggestion and removes the fuzzy flag
    _edit_po(po, '#, fuzzy\nmsgctxt "ishiba-shigeru"\nmsgid "Ishiba Shigeru"\nmsgstr "이시바 시게루"',
             'msgctxt "ishiba-shigeru"\nmsgid "Ishiba Shigeru"\nmsgstr "이시바 시게루 총리"')
    # and gives a Korean alias for the English alias "Yoon"
    _edit_po(po, 'msgctxt "yoon-suk-yeol|1"\nmsgid "Yoon"\nmsgstr ""',
             'msgctxt "yoon-suk-yeol|1"\nmsgid "Yoon"\nmsgstr "윤"')
    report = g.import_file(po)
    assert isinstance(report, ImportReport)
    assert sorted(report.updated) == ["ishiba-shigeru", "yoon-suk-yeol"] and not report.conflicts
    ko = g.get("ishiba-shigeru").terms_for("ko")
    assert [(t.text, t.status.value, t.origin) for t in ko] == [("이시바 시게루 총리", "approved", "import:po")]
    yoon = g.get("yoon-suk-yeol")
    assert [(t.text, t.role.value) for t in yoon.terms_for("ko")] == [("윤석열", "preferred"), ("윤", "alias")]
    # importing the same file again changes nothing
    again = g.import_file(po)
    assert again.updated == () and again.unchanged == 2


def _strip_export_id(path: str) -> None:
    """The catalog as an older export (or another tool) writes it: no export id, neither
    the header field nor the header comment line."""
    lines = Path(path).read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if "X-Glossary-Export:" not in line]
    assert len(kept) == len(lines) - 2
    Path(path).write_text("".join(kept), encoding="utf-8")


def test_po_conflict_is_reported_and_nothing_lost(g, tmp_path):
    """A catalog without an export id (an older export): a msgstr that differs from an
    approved term is a conflict (two-way merge, with a warning)."""
    po = g.export_po("ko", str(tmp_path / "locale")).paths[1]
    _strip_export_id(po)
    _edit_po(po, 'msgstr "윤석열"', 'msgstr "윤 대통령"')
    before = g.get("yoon-suk-yeol")
    report = g.import_file(po)
    assert report.merge == "two-way" and "names no export" in report.warnings[0]
    [c] = report.conflicts
    assert (c.entry_id, c.field, c.lang, c.current, c.incoming, c.resolved) == (
        "yoon-suk-yeol", "term", "ko", "윤석열", "윤 대통령", False)
    assert c.line and Path(po).read_text(encoding="utf-8").splitlines()[c.line - 1].startswith("msgid")
    assert g.get("yoon-suk-yeol") == before  # the approved term is untouched
    assert cli_main(["--db", g.path, "import", po]) == 1  # unresolved conflict -> exit 1
    forced = g.import_file(po, force=True)
    assert forced.conflicts[0].resolved and g.get("yoon-suk-yeol").text("ko") == "윤 대통령"
    # the old value is in the history: undo brings it back
    g.undo("yoon-suk-yeol")
    assert g.get("yoon-suk-yeol").text("ko") == "윤석열"


def test_po_unknown_msgctxt_and_changed_msgid_reported(g, tmp_path):
    po = g.export_po("ko", str(tmp_path / "locale")).paths[1]
    _edit_po(po, 'msgid "Ishiba Shigeru"\nmsgstr "이시바 시게루"', 'msgid "Shigeru Ishiba"\nmsgstr "이시바"')
    with open(po, "a", encoding="utf-8") as fh:
        fh.write('\n#. category: event\nmsgctxt "new-event"\nmsgid "G20 Summit"\nmsgstr "G20 정상회의"\n'
                 '\nmsgctxt "Bad Id!"\nmsgid "x"\nmsgstr "y"\n\nmsgid "no context"\nmsgstr "z"\n')
    report = g.import_file(po, dry_run=True)
    assert report.unknown == ("new-event",) and report.added == ("new-event",)
    [changed] = report.changed_msgids
    assert (changed.entry_id, changed.expected, changed.found) == ("ishiba-shigeru", "Ishiba Shigeru",
                                                                  "Shigeru Ishiba")
    assert len(report.skipped) == 2 and any("Bad Id!" in s for s in report.skipped)
    assert g.count() == 2  # dry run wrote nothing
    g.import_file(po)
    assert g.get("new-event").text("ko") == "G20 정상회의"
    assert g.get("ishiba-shigeru").text("ko") == "이시바 시게루"  # changed msgid: not applied


def test_po_syntax_error_exit_2_names_line_nothing_imported(g, capsys):
    path = str(DATA / "po_syntax_error.po")
    with pytest.raises(FormatError) as err:
        g.import_file(path)
    assert err.value.line == 17
    assert cli_main(["--db", g.path, "import", path]) == 2
    assert f"{path}:17: " in capsys.readouterr().err
    assert g.get("yoon-suk-yeol").text("ko") == "윤석열" and g.count() == 2


def test_po_other_language_refused(g, capsys):
    with pytest.raises(FormatError, match="does not use"):
        g.import_file(str(DATA / "po_french.po"))
    with pytest.raises(FormatError, match="not 'ko'"):
        g.import_file(str(DATA / "po_japanese.po"), lang="ko")
    assert cli_main(["--db", g.path, "import", str(DATA / "po_french.po")]) == 2
    assert "po_french.po: " in capsys.readouterr().err
    assert g.get("yoon-suk-yeol").text("ja") == "尹錫悦"  # not imported


def test_po_japanese_catalog_applies_to_japanese(g):
    """Another tool's catalog (no export id): the suggestion's own text without a fuzzy
    flag is no approval (tools drop fuzzy flags); --force takes it as one."""
    report = g.import_file(str(DATA / "po_japanese.po"))
    assert report.lang == "ja" and report.updated == () and report.merge == "two-way"
    [ignored] = report.ignored
    assert (ignored.entry_id, ignored.kind, ignored.msgstr) == ("yoon-suk-yeol", "unconfirmed", "尹錫悦")
    assert g.get("yoon-suk-yeol").terms_for("ja")[0].status is Status.SUGGESTED
    report = g.import_file(str(DATA / "po_japanese.po"), force=True)
    assert report.updated == ("yoon-suk-yeol",)
    ja = g.get("yoon-suk-yeol").terms_for("ja")
    assert ja[0].status is Status.APPROVED and ja[0].reading == "ユン・ソンニョル"  # same form: reading kept


def test_import_is_one_transaction(g, tmp_path, monkeypatch):
    po = g.export_po("ko", str(tmp_path / "locale")).paths[1]
    _edit_po(po, 'msgstr "이시바 시게루"', 'msgstr "이시바"')
    with open(po, "a", encoding="utf-8") as fh:
        fh.write('\nmsgctxt "brand-new"\nmsgid "Brand New"\nmsgstr "새"\n')
    calls = []
    real = g._store.save

    def failing(entry, **kw):
        calls.append(entry.id)
        real(entry, **kw)
        raise RuntimeError("disk full")
    monkeypatch.setattr(g._store, "save", failing)
    with pytest.raises(RuntimeError):
        g.import_file(po)
    assert calls == ["ishiba-shigeru"]
    assert g.count() == 2 and g.get("ishiba-shigeru").text("ko") == "이시바 시게루"  # rolled back


def test_tbx_merge_into_existing(g):
    report = g.import_file(str(DATA / "tbx3_basic.tbx"))
    assert report.updated == ("yoon-suk-yeol",)
    assert report.conflicts == ()   # the file's definition is a definition, not a second note
    e = g.get("yoon-suk-yeol")
    assert e.note == "President of South Korea" and e.definition("en") == "President of South Korea 2022-2025."
    ja = e.terms_for("ja")[0]
    assert ja.status is Status.APPROVED and ja.reading == "ユン・ソンニョル"


def test_tsv_import_matches_on_english(g):
    report = g.import_file(str(DATA / "omegat_ko.tsv"), lang="ko")
    assert report.updated == () and report.unchanged == 1  # Yoon: same term
    assert len(report.added) == 2
    quad = g.lookup("Quad", lang="en")[0].entry
    assert quad.text("ko") == "쿼드" and quad.terms_for("ko")[0].status is Status.SUGGESTED
    formula = g.lookup('=HYPERLINK("x")', lang="en")[0].entry
    assert formula.text("ko") == "=1+1"  # the guard apostrophe of a formula-like cell is removed
    with pytest.raises(InputError, match="--lang"):
        g.import_file(str(DATA / "omegat_ko.tsv"))


def test_json_restore_keeps_occurrences_and_refuses_bad_input(g, tmp_path):
    path = g.export_json(str(tmp_path / "dump.json")).paths[0]
    other = termbase(tmp_path / "other.db")
    report = other.import_file(path)
    assert sorted(report.added) == ["ishiba-shigeru", "yoon-suk-yeol"]
    assert other.get("yoon-suk-yeol").occurrences == g.get("yoon-suk-yeol").occurrences
    # a bare list (what `list --json` prints) is accepted too
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps([e.to_dict() for e in g.list()], ensure_ascii=False), encoding="utf-8")
    assert other.import_file(str(bare)).unchanged == 2
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "glossary", "version": 1, "entries": [\n{"id": "x",}\n]}', encoding="utf-8")
    with pytest.raises(FormatError) as err:
        other.import_file(str(broken))
    assert err.value.line == 2
    other.close()


def test_json_restore_keeps_revision_and_times(tmp_path):
    """A dump restored into an empty termbase is the same termbase: revisions and times
    are the dump's, whenever the restore runs; the history says "restore"."""
    edited, later = "2025-02-03T04:05:06Z", "2031-01-01T00:00:00Z"
    with frozen_clock():
        a = termbase(tmp_path / "a.db", [Entry("quad", Category.INSTITUTION, "", (
            Term("en", "Quad", Role.PREFERRED, Status.APPROVED),))])
    with mock.patch("glossary.store.sqlite.now", lambda: edited):
        for note in ("first", "second"):
            a.update("quad", note=note, revision=a.get("quad").revision)
    dump = a.export_json(str(tmp_path / "one.json")).paths[0]
    b = termbase(tmp_path / "b.db")
    with mock.patch("glossary.store.sqlite.now", lambda: later):
        report = b.import_file(dump)
    assert report.added == ("quad",)
    e = b.get("quad")
    assert (e.revision, e.created_at, e.updated_at, e.note) == (3, FROZEN, edited, "second")
    assert read(b.export_json(str(tmp_path / "two.json")).paths[0]) == read(dump)
    [change] = b.history("quad")
    assert (change.action, change.at, change.actor) == ("restore", later, "test")
    assert change.before is None and change.after == e.to_dict(occurrences=False)
    # the restored entry is edited and undone like any other
    b.update("quad", note="third", revision=3)
    assert b.get("quad").revision == 4
    b.undo("quad")
    assert (b.get("quad").note, b.get("quad").created_at) == ("second", FROZEN)
    a.close()
    b.close()


def test_json_restore_fills_missing_or_malformed_meta(tmp_path):
    dump = tmp_path / "hand.json"
    dump.write_text(json.dumps([
        {"id": "bare", "terms": {"en": ["Bare"]}},
        {"id": "odd", "revision": 0, "created_at": "yesterday", "updated_at": "2024-10-01 09:30",
         "terms": {"en": ["Odd"]}},
        {"id": "half", "revision": 7, "created_at": FROZEN, "terms": {"en": ["Half"]}},
    ]), encoding="utf-8")
    g = termbase(tmp_path / "t.db")
    with mock.patch("glossary.store.sqlite.now", lambda: "2030-01-01T00:00:00Z"):
        assert len(g.import_file(str(dump)).added) == 3
    got = {e.id: (e.revision, e.created_at, e.updated_at) for e in g.list()}
    assert got == {"bare": (1, "2030-01-01T00:00:00Z", "2030-01-01T00:00:00Z"),
                   "odd": (1, "2030-01-01T00:00:00Z", "2030-01-01T00:00:00Z"),
                   "half": (7, FROZEN, "2030-01-01T00:00:00Z")}
    g.close()


def test_json_import_into_a_used_termbase_keeps_meta_of_new_entries_only(g, tmp_path):
    dump = tmp_path / "more.json"
    yoon = g.get("yoon-suk-yeol").to_dict()
    yoon["note"] = "changed in the dump"
    new = {"id": "new-one", "revision": 5, "created_at": "2020-01-01T00:00:00Z",
           "updated_at": "2021-01-01T00:00:00Z", "terms": {"en": ["New One"]}}
    dump.write_text(json.dumps([yoon, new], ensure_ascii=False), encoding="utf-8")
    report = g.import_file(str(dump))
    assert report.added == ("new-one",) and [c.field for c in report.conflicts] == ["note"]
    assert g.get("new-one").revision == 5 and g.get("new-one").created_at == "2020-01-01T00:00:00Z"
    assert g.get("yoon-suk-yeol").revision == 1  # an existing entry is merged, not restored
    assert g.history("new-one")[0].action == "restore"


def test_guess_format():
    assert [guess_format(p) for p in ("a.po", "b.TBX", "c.csv", "d.json", "e.tsv")] == [
        "po", "tbx", "csv", "json", "tsv"]
    with pytest.raises(InputError, match="--format"):
        guess_format("glossary.xlsx")


def test_cli_export_and_import(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    assert cli_main(["--db", db, "add", "Ishiba Shigeru", "--category", "person"]) == 0
    assert cli_main(["--db", db, "set", "ishiba-shigeru", "ko", "이시바 시게루", "--approve"]) == 0
    out = str(tmp_path / "locale")
    assert cli_main(["--db", db, "export", "po", "--lang", "ko", "--out", out, "--mo"]) == 0
    printed = capsys.readouterr().out.split()
    assert printed[-3:] == [f"{out}/glossary.pot", f"{out}/ko/LC_MESSAGES/glossary.po",
                            f"{out}/ko/LC_MESSAGES/glossary.mo"]
    for fmt in ("tbx", "csv", "json"):
        assert cli_main(["--db", db, "export", fmt, str(tmp_path / f"g.{fmt}")]) == 0
    assert cli_main(["--db", db, "export", "tsv", str(tmp_path / "g.tsv"), "--lang", "ko"]) == 0
    capsys.readouterr()
    assert cli_main(["--db", db, "import", str(tmp_path / "g.json"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["unchanged"] == 1 and report["conflicts"] == []
    assert cli_main(["--db", db, "export", "po", "--lang", "en"]) == 2  # English is the source
    with pytest.raises(SystemExit) as exit_:
        cli_main(["--db", db, "export"])
    assert exit_.value.code == 2


def test_export_po_is_deterministic_and_atomic(g, tmp_path):
    out = str(tmp_path / "locale")
    first = [read(p) for p in g.export_po("ko", out).paths]
    second = [read(p) for p in g.export_po("ko", out).paths]
    assert first == second
    assert b"POT-Creation-Date: 2024-10-01 09:30+0000" in first[1]
    assert not [n for n in os.listdir(os.path.join(out, "ko", "LC_MESSAGES")) if n.startswith(".tmp-")]


def test_export_to_a_bad_place_is_a_one_line_error_and_links_stay_links(tmp_path, run_cli):
    db = tmp_path / "t.db"
    assert run_cli("--db", db, "add", "Quad", "--category", "institution").rc == 0
    (tmp_path / "a-dir").mkdir()
    (tmp_path / "a-file").write_text("not a directory", encoding="utf-8")
    for args, name in ((("export", "json", tmp_path / "a-dir"), "a-dir"),
                       (("export", "po", "--lang", "ko", "--out", tmp_path / "a-file"), "a-file")):
        rc, _, err = run_cli("--db", db, *args)
        assert rc == 2 and name in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    (tmp_path / "link.json").symlink_to(tmp_path / "real.json")
    rc, _, err = run_cli("--db", db, "export", "json", tmp_path / "link.json")   # a link to nothing
    assert rc == 2 and "symbolic link" in err and not (tmp_path / "real.json").exists()
    (tmp_path / "real.json").write_text("old", encoding="utf-8")
    rc, _, err = run_cli("--db", db, "export", "json", tmp_path / "link.json")   # not followed unless asked
    assert rc == 2 and "--follow-symlinks" in err and (tmp_path / "real.json").read_text(encoding="utf-8") == "old"
    assert run_cli("--db", db, "export", "json", tmp_path / "link.json", "--follow-symlinks").rc == 0
    assert (tmp_path / "link.json").is_symlink() and "Quad" in (tmp_path / "real.json").read_text(encoding="utf-8")


def _yoon_exported_then_edited(tmp_path, run_cli):
    """The reviewer's repro: 윤석열 approved, exported, then the editor approves 윤석렬."""
    db, out = tmp_path / "t.db", tmp_path / "locale"
    assert run_cli("--db", db, "add", "Yoon Suk Yeol", "--category", "person").rc == 0
    assert run_cli("--db", db, "set", "yoon-suk-yeol", "ko", "윤석열", "--approve").rc == 0
    assert run_cli("--db", db, "export", "po", "--lang", "ko", "--out", out).rc == 0
    assert run_cli("--db", db, "set", "yoon-suk-yeol", "ko", "윤석렬", "--approve").rc == 0
    return db, out / "ko" / "LC_MESSAGES" / "glossary.po"


def _ko(db) -> list[tuple[str, str]]:
    from glossary import Glossary
    with Glossary.open(db) as g:
        return [(t.text, t.status.value) for t in g.get("yoon-suk-yeol").terms_for("ko")]


def test_older_po_the_translator_did_not_touch_is_no_conflict(tmp_path, run_cli):
    """Three-way merge: the msgstr equals its recorded base, so the translator has no
    opinion; the editor's newer term stays (before: a false conflict, and --force lost it)."""
    db, po = _yoon_exported_then_edited(tmp_path, run_cli)
    assert "\n# X-Glossary-Export: ko-" in po.read_text(encoding="utf-8")
    before = _ko(db)
    rc, text, _ = run_cli("--db", db, "import", po)
    assert rc == 0 and "conflicts 0" in text and "conflict:" not in text, text
    assert "merged three ways against export ko-" in text and "warning" not in text
    assert _ko(db) == before and before[0] == ("윤석렬", "approved")
    # --force does not lose the editor's term either: the file has no opinion to force
    assert run_cli("--db", db, "import", po, "--force").rc == 0
    assert _ko(db) == before


def test_translator_change_applied_when_termbase_still_has_the_base(g, tmp_path):
    """The termbase still has the exported value: the translator's change is the only
    change and is applied as the translator's (non-fuzzy -> approved, fuzzy -> suggested),
    even over an approved term, without --force."""
    po = g.export_po("ko", str(tmp_path / "locale")).paths[1]
    _edit_po(po, 'msgstr "윤석열"', 'msgstr "윤 대통령"')
    _edit_po(po, '#, fuzzy\nmsgctxt "ishiba-shigeru"', 'msgctxt "ishiba-shigeru"')  # approves it
    report = g.import_file(po)
    assert not report.conflicts and report.ok, report.lines()
    assert sorted(report.updated) == ["ishiba-shigeru", "yoon-suk-yeol"]
    assert [(t.text, t.status) for t in g.get("yoon-suk-yeol").terms_for("ko")] == [("윤 대통령", Status.APPROVED)]
    assert [(t.text, t.status) for t in g.get("ishiba-shigeru").terms_for("ko")] == [("이시바 시게루", Status.APPROVED)]
    # a fuzzy change is applied as a suggestion
    po2 = g.export_po("ko", str(tmp_path / "again")).paths[1]
    _edit_po(po2, 'msgctxt "ishiba-shigeru"\nmsgid "Ishiba Shigeru"\nmsgstr "이시바 시게루"',
             '#, fuzzy\nmsgctxt "ishiba-shigeru"\nmsgid "Ishiba Shigeru"\nmsgstr "이시바"')
    assert g.import_file(po2).ok
    assert [(t.text, t.status) for t in g.get("ishiba-shigeru").terms_for("ko")] == [("이시바", Status.SUGGESTED)]


def test_true_conflict_when_both_changed_since_export(tmp_path, run_cli):
    db, po = _yoon_exported_then_edited(tmp_path, run_cli)
    _edit_po(str(po), 'msgstr "윤석열"', 'msgstr "윤 대통령"')
    before = _ko(db)
    rc, text, _ = run_cli("--db", db, "import", po)
    assert rc == 1 and "conflict:" in text and "'윤석열' at export" in text, text
    assert _ko(db) == before
    rc, text, _ = run_cli("--db", db, "import", po, "--force")
    assert rc == 0 and "overwritten" in text
    assert _ko(db)[0] == ("윤 대통령", "approved")


def test_app_catalog_is_not_imported_and_exits_1(g, tmp_path, run_cli):
    """An application's catalog: msgctxt values that are no entry ids of ours and none of
    our comments.  Nothing is added; each is reported; exit 1."""
    po = tmp_path / "app.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: ko\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  '#: app/menu.py:12\nmsgctxt "menu"\nmsgid "Open"\nmsgstr "열기"\n\n'
                  '#. button label\nmsgctxt "button"\nmsgid "Save"\nmsgstr "저장"\n', encoding="utf-8")
    report = g.import_file(str(po))
    assert report.foreign == ("menu", "button") and report.added == () and not report.ok
    assert g.count() == 2
    rc, text, _ = run_cli("--db", g.path, "import", po)
    assert rc == 1 and "unknown msgctxt 'menu'" in text and "not imported" in text, text
    assert g.count() == 2


def test_forcing_an_older_po_leaves_one_term_per_form(tmp_path, run_cli):
    """Export, then the editor changes the approved term (the old one becomes an alias),
    then the translator's older .po without an export id (an older export) comes back: a
    conflict; with --force the file wins and the entry still has each Korean form once."""
    db, po = _yoon_exported_then_edited(tmp_path, run_cli)
    _strip_export_id(str(po))
    rc, text, _ = run_cli("--db", db, "import", po)
    assert rc == 1 and "conflict" in text
    assert run_cli("--db", db, "import", po, "--force").rc == 0
    from glossary import Glossary
    from glossary.text.normalize import key
    with Glossary.open(db) as g:
        ko = [t.text for t in g.get("yoon-suk-yeol").terms_for("ko")]
    assert len({key(t) for t in ko}) == len(ko), ko
    assert "윤석열" in ko


@PROPERTY
@given(entries())
def test_po_reimport_into_the_same_termbase_changes_nothing(items):
    """The export record holds exactly what the catalog carries (escapes, CJK, RTL...):
    every msgstr equals its recorded base, so importing a catalog into the termbase it
    came from changes nothing."""
    with tempfile.TemporaryDirectory() as tmp, frozen_clock():
        g = termbase(os.path.join(tmp, "a.db"), items)
        try:
            before = g.list(order="id")
            po = g.export_po("ko", os.path.join(tmp, "out")).paths[1]
            report = g.import_file(po)
            assert report.ok and not report.conflicts and report.updated == (), report.lines()
            assert g.list(order="id") == before
            assert report.merge == "three-way" and not report.warnings and not report.ignored
            # and the record holds exactly each message's msgstr and flag
            from glossary.formats.pofile import parse_po, split_context
            with open(po, "rb") as fh:
                catalog = parse_po(fh)
            record = g._store.export_record(catalog.export_id)
            assert len(record.messages) == len(catalog.messages)
            for msg in catalog.messages:
                entry_id, slot = split_context(msg.msgctxt)
                want = (msg.msgstr, Status.SUGGESTED if msg.fuzzy else Status.APPROVED) if msg.msgstr else None
                assert record.messages[(entry_id, slot, msg.msgid)] == want
        finally:
            g.close()


def test_export_po_on_a_full_disk_replaces_nothing(tmp_path, monkeypatch):
    """The .pot, .po and .mo appear together or not at all: when the disk fills up while
    the .po is written, the .pot of the previous export stays, and no temporary file."""
    import errno

    from glossary import Glossary
    from glossary.errors import InputError
    from glossary.formats import pofile

    out = tmp_path / "locale"
    with Glossary.open(tmp_path / "t.db") as g:
        e = g.add("Quad", category="institution")
        g.set_term(e.id, "ko", "쿼드", approve=True)
        g.export_po("ko", str(out), mo=True)
        before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
        g.add("AUKUS", category="agreement")
        real_write_po, calls = pofile.write_po, []

        def write_po_then_disk_full(fh, *args, **kwargs):
            calls.append(kwargs.get("lang"))
            if kwargs.get("lang"):            # the .po, after the .pot was written
                fh.write("x" * 100)
                raise OSError(errno.ENOSPC, "No space left on device")
            return real_write_po(fh, *args, **kwargs)
        monkeypatch.setattr(pofile, "write_po", write_po_then_disk_full)
        with pytest.raises(InputError, match="No space left on device"):
            g.export_po("ko", str(out), mo=True)
    assert calls == [None, "ko"]
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before                    # the .pot too: no new entry in it


def test_a_termbase_dump_larger_than_an_article_restores(tmp_path, monkeypatch):
    """A termbase's own JSON dump outgrows the article limit (100,000 entries make 80 MB
    of JSON against 64 MiB): an import has a higher default limit of its own, and
    $GLOSSARY_MAX_INPUT_MB still sets both."""
    from glossary.documents import reader

    items = [Entry(f"valmora-{i}", Category.INSTITUTION, "", (
        Term("en", f"Valmora Board {i}", Role.PREFERRED, Status.APPROVED, "text"),
        Term("ja", f"ヴァルモラ委員会{i}", Role.PREFERRED, Status.APPROVED, "footnote:1"))) for i in range(40)]
    a = termbase(str(tmp_path / "a.db"), items)
    dump = str(tmp_path / "dump.json")
    a.export_json(dump)
    a.close()
    size = os.path.getsize(dump)
    monkeypatch.delenv("GLOSSARY_MAX_INPUT_MB", raising=False)
    monkeypatch.setattr(reader, "DEFAULT_MAX_BYTES", size // 2)     # an article this big is refused
    with pytest.raises(InputError, match="file too large"):
        reader.read_bytes(dump)
    b = termbase(str(tmp_path / "b.db"))
    try:
        monkeypatch.setattr(reader, "DEFAULT_MAX_BYTES", size // 5)     # ... and a dump over 4x that is
        with pytest.raises(InputError, match="file too large"):
            b.import_file(dump)
        monkeypatch.setattr(reader, "DEFAULT_MAX_BYTES", size // 2)
        assert len(b.import_file(dump).added) == len(items)
        monkeypatch.setenv("GLOSSARY_MAX_INPUT_MB", str(size / 2 / 1024 / 1024))
        with pytest.raises(InputError, match="file too large"):
            b.import_file(dump)
    finally:
        b.close()
