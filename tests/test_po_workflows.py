"""Translators' workflows with the real tools (issue 13, items 1, 2 and 6), scripted as a
translator works: export -> msgmerge / pybabel update / msgcat / polib / po2csv+csv2po
-> edits -> import, each ending with an assertion on the termbase.

The story of every workflow (the `desk` fixture):

1. the editors export `ko` for the translator (export X);
2. after the export, an editor approves a newer Korean term for Yoon Suk Yeol (윤석렬
   over 윤석열) and approves the suggestion 기시다 후미오; adds an entry (Takaichi
   Sanae) and an English alias (Prime Minister Ishiba); then exports again: the new
   template;
3. the translator merges the new template into the catalog of export X, and edits some
   messages: approves the suggestion 이시바 시게루 (removes the fuzzy flag), rewrites the
   alias 기시다 총리 as 기시다 수상, and changes 기시다 후미오 (which the editor also
   changed: a disagreement);
4. import.  After it: the editor's newer terms are intact, the translator's real changes
   applied, nothing the tools guessed is imported, the disagreement is a conflict.

Each tool is the real one (GNU gettext's msgmerge and msgcat, Babel's pybabel, polib,
translate-toolkit's po2csv and csv2po); a test is skipped, saying why, only when its
tool is not installed (`python3 tasks.py test` installs them all).
"""
from __future__ import annotations

import gettext
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from exchange_support import entries, frozen_clock, termbase
from glossary.cli import main as cli_main
from glossary.errors import FormatError
from glossary.formats import pofile
from glossary.formats.pairs import translation_pairs
from glossary.model import Category, Entry, Role, Status, Term

BIN = Path(sys.executable).parent


def _tool(name: str) -> str | None:
    """A client program: from the venv (pybabel, po2csv, csv2po) or the system (gettext)."""
    local = BIN / name
    return str(local) if local.exists() else shutil.which(name)


def needs(*names: str):
    missing = [n for n in names if _tool(n) is None]
    return pytest.mark.skipif(bool(missing), reason=f"{', '.join(missing)} not installed: `python3 tasks.py test` "
                                                    "installs gettext (apt) and the test extras (Babel, "
                                                    "translate-toolkit)")


def run(*args: str | os.PathLike) -> subprocess.CompletedProcess:
    cmd = [_tool(str(args[0])) or str(args[0]), *map(str, args[1:])]
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 0, f"{cmd}: {done.stderr}"
    return done


def T(lang, text, role=Role.PREFERRED, status=Status.APPROVED, origin="text", confidence=1.0):
    return Term(lang, text, role, status, origin, confidence)


A, S = Status.APPROVED, Status.SUGGESTED

DESK = [
    Entry("yoon-suk-yeol", Category.PERSON, "President of South Korea", (
        T("en", "Yoon Suk Yeol"), T("ko", "윤석열"))),
    Entry("kishida-fumio", Category.PERSON, "", (
        T("en", "Kishida Fumio"), T("en", "Prime Minister Kishida", Role.ALIAS),
        T("ko", "기시다 후미오", status=S, origin="dictionary:names", confidence=0.8),
        T("ko", "기시다 총리", Role.ALIAS))),
    Entry("ishiba-shigeru", Category.PERSON, "", (
        T("en", "Ishiba Shigeru"), T("ko", "이시바 시게루", status=S, origin="romanization", confidence=0.7))),
    Entry("south-korea", Category.PLACE, "", (
        T("en", "South Korea"), T("en", "ROK", Role.ABBREVIATION),
        T("ko", "한국"), T("ko", "남한", Role.DEPRECATED))),
    Entry("bank-of-japan", Category.INSTITUTION, "", (
        T("en", "Bank of Japan"), T("ko", "일본은행", status=S, origin="dictionary:mofa", confidence=0.9))),
]


def ko(g, entry_id: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.role.value, t.status.value) for t in g.get(entry_id).terms_for("ko")]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def message(path: Path, ctx: str) -> str:
    """The block of one message (its comments, flags, msgctxt, msgid, msgstr) in a file."""
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        if re.search(f'^msgctxt "{re.escape(ctx)}"$', block, re.M):
            return block
    raise AssertionError(f"no message {ctx!r} in {path}")


@pytest.fixture
def desk(tmp_path):
    """Steps 1 and 2 of the story: (termbase, the translator's catalog of export X, the
    new template)."""
    g = termbase(tmp_path / "t.db", DESK)
    x = g.export_po("ko", str(tmp_path / "x"))
    assert x.export_id and not x.warnings
    translator = tmp_path / "translator.po"
    shutil.copy(x.paths[1], translator)
    g.set_term("yoon-suk-yeol", "ko", "윤석렬", approve=True)
    g.approve("kishida-fumio", "ko", "기시다 후미오")
    g.add("Takaichi Sanae", category="person")
    g.set_term("takaichi-sanae", "en", "Prime Minister Takaichi", role=Role.ALIAS, approve=True)
    g.set_term("ishiba-shigeru", "en", "Prime Minister Ishiba", role=Role.ALIAS, approve=True)
    y = g.export_po("ko", str(tmp_path / "y"))
    assert y.export_id != x.export_id
    yield g, translator, Path(y.paths[0])
    g.close()


def translator_edits(po: Path) -> None:
    """Step 3's edits, wherever the merge put the messages."""
    block = message(po, "ishiba-shigeru")
    assert "#, fuzzy" in block and 'msgstr "이시바 시게루"' in block
    text = po.read_text(encoding="utf-8").replace(block, block.replace("#, fuzzy\n", ""))  # approves it
    po.write_text(text, encoding="utf-8")
    block = message(po, "kishida-fumio|1")
    po.write_text(po.read_text(encoding="utf-8").replace(
        block, block.replace("#, fuzzy\n", "").replace('msgstr "기시다 총리"', 'msgstr "기시다 수상"')), encoding="utf-8")
    edit(po, 'msgstr "기시다 후미오"', 'msgstr "기시다 후미오 총리"')


def assert_story_outcome(g, report) -> None:
    """Step 4: what the termbase and the report must say after the import."""
    # the editor's newer term (set after the export) stays: the translator left 윤석열 alone
    assert ko(g, "yoon-suk-yeol")[0] == ("윤석렬", "preferred", "approved")
    # the translator's real changes are applied
    assert ko(g, "ishiba-shigeru") == [("이시바 시게루", "preferred", "approved")]
    assert ("기시다 수상", "alias", "approved") in ko(g, "kishida-fumio")
    # both changed 기시다 후미오: a conflict, the editor's value kept
    [conflict] = report.open_conflicts
    assert (conflict.entry_id, conflict.field, conflict.lang) == ("kishida-fumio", "term", "ko")
    assert (conflict.current, conflict.incoming, conflict.base) == ("기시다 후미오", "기시다 후미오 총리", "기시다 후미오")
    assert ko(g, "kishida-fumio")[0] == ("기시다 후미오", "preferred", "approved")
    # nothing a tool guessed became a term
    assert ko(g, "takaichi-sanae") == []
    assert not report.ok


# -- msgmerge ------------------------------------------------------------------------------

@needs("msgmerge")
@pytest.mark.parametrize("flags", [[], ["--previous"], ["-N"]], ids=["fuzzy-matching", "previous", "no-fuzzy"])
def test_msgmerge_new_template_into_the_translators_catalog(desk, tmp_path, flags):
    g, translator, pot = desk
    merged = tmp_path / "merged.po"
    run("msgmerge", "-q", *flags, translator, pot, "-o", merged)
    text = merged.read_text(encoding="utf-8")
    assert re.search(r'"X-Glossary-Export: ko-[0-9a-f]{24}\\n"', text)  # msgmerge keeps the header
    assert "#. ko " not in text  # ... and takes the #. lines from the template: no ko comment is left
    guessed = [b for b in text.split("\n\n") if "#, fuzzy" in b and 'msgstr ""' not in b
               and ('msgctxt "takaichi-sanae|1"' in b or 'msgctxt "ishiba-shigeru|1"' in b)]
    if "-N" in flags:
        assert not guessed
    else:
        assert guessed, "msgmerge made no fuzzy guess for the new messages; the scenario needs one"
    translator_edits(merged)
    if "-N" in flags:  # the translator also translates a new message msgmerge left empty
        edit(merged, 'msgctxt "takaichi-sanae"\nmsgid "Takaichi Sanae"\nmsgstr ""',
             'msgctxt "takaichi-sanae"\nmsgid "Takaichi Sanae"\nmsgstr "다카이치 사나에"')
    report = g.import_file(str(merged))
    assert report.merge == "three-way"
    if "-N" in flags:
        assert ko(g, "takaichi-sanae") == [("다카이치 사나에", "preferred", "approved")]
        g.remove_term("takaichi-sanae", "ko", "다카이치 사나에")
        assert any("not in export" in w for w in report.warnings), report.warnings
        assert not report.ignored
    else:
        # with --previous a guess from a translated message has #| lines; one from a fuzzy
        # message has none, and is known by not being a message of the export
        kinds = {m.kind for m in report.ignored}
        if "--previous" in flags:
            assert "guess" in kinds and kinds <= {"guess", "not-in-export"}, report.lines()
        else:
            assert kinds == {"not-in-export"}, report.lines()
        assert {m.entry_id for m in report.ignored} >= {"takaichi-sanae"}
    assert_story_outcome(g, report)
    # the CLI: exit 1 for the conflict, every ignored guess in the report
    rc = cli_main(["--db", g.path, "import", str(merged)])
    assert rc == 1


@needs("msgmerge")
def test_an_untouched_merged_catalog_changes_nothing(desk, tmp_path):
    """The translator merges the template and sends the catalog back unedited: no change,
    no conflict, though the termbase moved on since the export (the old two-way merge
    overwrote the editor's newer term with the stale value here)."""
    g, translator, pot = desk
    merged = tmp_path / "merged.po"
    run("msgmerge", "-q", translator, pot, "-o", merged)
    before = {e.id: e for e in g.list()}
    report = g.import_file(str(merged))
    assert report.updated == () and not report.conflicts and report.ok, report.lines()
    assert {e.id: e for e in g.list()} == before


# -- pybabel update ------------------------------------------------------------------------

@needs("pybabel")
def test_pybabel_update_keeps_the_export_id_in_the_header_comment(desk, tmp_path):
    g, translator, pot = desk
    merged = tmp_path / "merged.po"
    shutil.copy(translator, merged)
    run("pybabel", "update", "--previous", "-i", pot, "-o", merged, "-l", "ko")
    text = merged.read_text(encoding="utf-8")
    assert '"X-Glossary-Export:' not in text  # Babel drops header fields it does not know...
    assert re.search(r"^# X-Glossary-Export: ko-[0-9a-f]{24}$", text, re.M)  # ... but keeps the comment
    translator_edits(merged)
    report = g.import_file(str(merged))
    assert report.merge == "three-way" and report.export_id
    assert {m.kind for m in report.ignored} <= {"guess", "not-in-export"}
    assert "takaichi-sanae" in {m.entry_id for m in report.ignored}
    assert_story_outcome(g, report)


# -- msgcat --------------------------------------------------------------------------------

@needs("msgcat")
def test_msgcat_conflict_block_is_refused_with_its_line(desk, tmp_path, capsys):
    """Two translators edit the same message differently; msgcat joins their catalogs
    with a conflict block: refused (exit 2, file:line, nothing stored)."""
    g, translator, _pot = desk
    one, two = tmp_path / "one.po", tmp_path / "two.po"
    shutil.copy(translator, one)
    shutil.copy(translator, two)
    edit(one, 'msgstr "윤석열"', 'msgstr "윤 대통령"')
    edit(two, 'msgstr "윤석열"', 'msgstr "윤석열 대통령"')
    edit(two, 'msgstr "이시바 시게루"', 'msgstr "이시바"')  # no conflict: only two changed it
    joined = tmp_path / "joined.po"
    run("msgcat", one, two, "-o", joined)
    lines = joined.read_text(encoding="utf-8").splitlines()
    before = {e.id: e for e in g.list()}
    with pytest.raises(FormatError) as err:
        g.import_file(str(joined))
    assert "#-#-#-#-#" in lines[err.value.line - 1]
    rc = cli_main(["--db", g.path, "import", str(joined)])
    out = capsys.readouterr()
    assert rc == 2
    [line] = out.err.strip().splitlines()
    assert line.startswith(f"glossary: {joined}:{err.value.line}: msgcat conflict block") or \
        f"{joined}:{err.value.line}: msgcat conflict block" in line, line
    assert {e.id: e for e in g.list()} == before  # nothing stored
    # joined keeping the first translator's version: imported, three ways
    run("msgcat", "--use-first", one, two, "-o", joined)
    report = g.import_file(str(joined))
    assert report.merge == "three-way" and ko(g, "ishiba-shigeru")[0][0] == "이시바 시게루"  # the first's
    [conflict] = report.open_conflicts  # 윤석열 -> 윤 대통령 while the editor set 윤석렬
    assert (conflict.entry_id, conflict.incoming) == ("yoon-suk-yeol", "윤 대통령")


# -- polib ---------------------------------------------------------------------------------

LONG = ("Prime Minister of Japan from October 2024, leader of the Liberal Democratic Party, "
        "before that Minister of Defense and Secretary General of the party for several years")


def test_polib_resave_no_false_conflicts(tmp_path):
    """polib wraps long `#.` lines on save (the old base lines with them: false conflicts).
    The merge base is the export record now: a re-saved catalog the translator did not
    touch changes nothing even after the editors changed the terms; and a new entry read
    from it keeps its long note and evidence (wrapped lines are joined back)."""
    import polib
    long_term = "Japan-Republic of Korea Joint Declaration: A New Japan-Republic of Korea Partnership " \
                "towards the Twenty-first Century"
    items = [Entry("ishiba-shigeru", Category.PERSON, LONG, (
        T("en", "Ishiba Shigeru"), Term("ko", "이시바 시게루", Role.PREFERRED, S, "romanization", 0.7, LONG))),
        Entry("joint-declaration", Category.AGREEMENT, "", (
            T("en", "Japan-South Korea Joint Declaration"),
            T("ko", "한일 공동선언" + " 새로운 한일 파트너십" * 6, status=S),
            T("ko", long_term, Role.DEPRECATED)))]
    with frozen_clock():
        g = termbase(tmp_path / "t.db", items)
        po = Path(g.export_po("ko", str(tmp_path / "x")).paths[1])
    catalog = polib.pofile(str(po))
    catalog.save(str(po))
    text = po.read_text(encoding="utf-8")
    assert any(len(line) > 78 for line in _ours(tmp_path, items))
    wrapped = [line for line in text.splitlines() if line.startswith("#. ") and not re.match(
        r"#\. (category|note|en aliases|[a-z]{2} (preferred|alias|abbreviation|deprecated|reading|evidence))", line)]
    assert len(wrapped) >= 3, "polib wrapped no #. line; the test needs it to"
    g.set_term("ishiba-shigeru", "ko", "이시바 시게루", approve=True)  # the editor moves on
    g.set_term("joint-declaration", "ko", "한일 공동선언", approve=True)
    before = {e.id: e for e in g.list()}
    report = g.import_file(str(po))
    assert not report.conflicts and report.updated == () and report.merge == "three-way", report.lines()
    assert {e.id: e for e in g.list()} == before
    # into an empty termbase: the wrapped note, evidence and listed term come back whole
    with frozen_clock():
        empty = termbase(tmp_path / "empty.db")
        empty.import_file(str(po))
    e = empty.get("ishiba-shigeru")
    assert e.note == LONG and e.terms_for("ko")[0].evidence == LONG
    assert (long_term, Role.DEPRECATED) in [(t.text, t.role) for t in empty.get("joint-declaration").terms]
    g.close()
    empty.close()


def _ours(tmp_path: Path, items) -> list[str]:
    with open(tmp_path / "plain.po", "w", encoding="utf-8") as fh:
        pofile.write_po(fh, items, lang="ko")
    return (tmp_path / "plain.po").read_text(encoding="utf-8").splitlines()


def test_polib_keeps_the_export_id(tmp_path):
    import polib
    g = termbase(tmp_path / "t.db", DESK)
    result = g.export_po("ko", str(tmp_path / "x"))
    catalog = polib.pofile(result.paths[1])
    assert catalog.metadata["X-Glossary-Export"] == result.export_id
    catalog.metadata.pop("X-Glossary-Export")  # a tool that drops the field: the header comment still names it
    catalog.save(result.paths[1])
    assert g.import_file(result.paths[1]).merge == "three-way"
    g.close()


# -- po2csv / csv2po -----------------------------------------------------------------------

@needs("po2csv", "csv2po")
def test_po2csv_csv2po_with_the_template_does_not_approve_suggestions(desk, tmp_path, capsys):
    """po2csv -> spreadsheet -> csv2po -t glossary.pot: the catalog has neither fuzzy flags
    nor an export id.  It is merged two ways with a warning: a suggestion's own text does
    not approve it; a new text replaces a suggestion; a different approved term is a
    conflict."""
    g, translator, pot = desk
    csv = tmp_path / "ko.csv"
    run("po2csv", translator, csv)
    text = csv.read_text(encoding="utf-8")
    assert "fuzzy" not in text  # the CSV has no flags to keep
    csv.write_text(text.replace('"일본은행"', '"일본 은행"').replace('"ROK",""', '"ROK","韓"'), encoding="utf-8")
    back = tmp_path / "back.po"
    run("csv2po", "-t", pot, csv, back)
    assert "#, fuzzy" not in back.read_text(encoding="utf-8") and "X-Glossary-Export" not in \
        back.read_text(encoding="utf-8")
    with pytest.raises(FormatError, match="give --lang"):  # made from the template: no Language header
        g.import_file(str(back))
    report = g.import_file(str(back), lang="ko")
    assert report.merge == "two-way" and report.warnings and "names no export" in report.warnings[0]
    # the machine suggestion 이시바 시게루 came back without its flag: still a suggestion
    assert ko(g, "ishiba-shigeru") == [("이시바 시게루", "preferred", "suggested")]
    assert ("ishiba-shigeru", "unconfirmed") in {(m.entry_id, m.kind) for m in report.ignored}
    # the translator's new text for a suggestion replaces it; an empty slot filled is added
    assert ko(g, "bank-of-japan") == [("일본 은행", "preferred", "approved")]
    assert ("韓", "abbreviation", "approved") in ko(g, "south-korea")
    # the stale 윤석열 differs from the editor's approved 윤석렬: a conflict, nothing lost
    assert {(c.entry_id, c.incoming) for c in report.open_conflicts} == {("yoon-suk-yeol", "윤석열")}
    assert ko(g, "yoon-suk-yeol")[0] == ("윤석렬", "preferred", "approved")
    # with --json the warning is there too
    capsys.readouterr()
    assert cli_main(["--db", g.path, "import", str(back), "--lang", "ko", "--json", "--dry-run"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["merge"] == "two-way" and data["export_id"] is None and "names no export" in data["warnings"][0]
    assert {(m["entry"], m["kind"]) for m in data["ignored"]} == {("ishiba-shigeru", "unconfirmed")}


@needs("po2csv", "csv2po")
def test_po2csv_csv2po_with_the_catalog_as_template_merges_three_ways(desk, tmp_path):
    """csv2po -t <the exported catalog>: header (export id) and fuzzy flags come from the
    template, so the record says which messages were suggestions."""
    g, translator, _pot = desk
    csv = tmp_path / "ko.csv"
    run("po2csv", translator, csv)
    csv.write_text(csv.read_text(encoding="utf-8").replace('"기시다 총리"', '"기시다 수상"')
                   .replace('"일본은행"', '"일본 은행"'), encoding="utf-8")
    back = tmp_path / "back.po"
    run("csv2po", "-t", translator, csv, back)
    report = g.import_file(str(back))
    assert report.merge == "three-way" and not report.conflicts, report.lines()
    assert ko(g, "ishiba-shigeru") == [("이시바 시게루", "preferred", "suggested")]  # unchanged: no opinion
    assert ("기시다 수상", "alias", "approved") in ko(g, "kishida-fumio")  # the translator's change
    assert ko(g, "bank-of-japan") == [("일본 은행", "preferred", "suggested")]  # fuzzy in the template: a suggestion
    assert ko(g, "yoon-suk-yeol")[0] == ("윤석렬", "preferred", "approved")


@needs("po2csv", "csv2po")
def test_csv2po_without_a_template_has_no_entry_ids(desk, tmp_path):
    g, translator, _pot = desk
    csv, back = tmp_path / "ko.csv", tmp_path / "back.po"
    run("po2csv", translator, csv)
    run("csv2po", csv, back)
    before = {e.id: e for e in g.list()}
    back.write_text(back.read_text(encoding="utf-8").replace('"Language-Team:', '"Language: ko\\n"\n"Language-Team:'),
                    encoding="utf-8")
    report = g.import_file(str(back))
    assert report.updated == () and report.added == () and report.skipped
    assert all("no msgctxt" in s for s in report.skipped)
    assert {e.id: e for e in g.list()} == before


# -- what an export pairs (item 2) ---------------------------------------------------------

def test_alias_slots_carry_their_own_role(tmp_path):
    """The issue's two wrong pairs: `kishida|1` served the bare name for the title+name
    form, `south-korea|1` served the deprecated 남한 for ROK."""
    g = termbase(tmp_path / "t.db", [
        Entry("kishida", Category.PERSON, "", (
            T("en", "Kishida"), T("en", "Prime Minister Kishida", Role.ALIAS),
            T("ko", "기시다"), T("ko", "기시다 총리", Role.ALIAS))),
        Entry("south-korea", Category.PLACE, "", (
            T("en", "South Korea"), T("en", "ROK", Role.ABBREVIATION),
            T("ko", "한국"), T("ko", "남한", Role.DEPRECATED), T("ko", "조선", status=Status.REJECTED)))])
    result = g.export_po("ko", str(tmp_path / "x"), mo=True)
    po = Path(result.paths[1])
    with open(result.paths[2], "rb") as fh:
        mo = gettext.GNUTranslations(fh)
    assert mo.pgettext("kishida|1", "Prime Minister Kishida") == "기시다 총리"
    assert mo.pgettext("kishida", "Kishida") == "기시다"
    assert mo.pgettext("south-korea|1", "ROK") == "ROK"  # untranslated: no Korean abbreviation
    assert mo.pgettext("south-korea", "South Korea") == "한국"
    rok = message(po, "south-korea|1")
    assert 'msgstr ""' in rok
    slot0 = message(po, "south-korea")
    assert "#. ko deprecated (approved), do not use: 남한" in slot0 and "조선" not in po.read_text(encoding="utf-8")
    # a translator who gives the deprecated form for ROK: a conflict, not a new term
    edit(po, 'msgctxt "south-korea|1"\nmsgid "ROK"\nmsgstr ""', 'msgctxt "south-korea|1"\nmsgid "ROK"\nmsgstr "남한"')
    report = g.import_file(str(po))
    assert [(c.entry_id, c.current, c.incoming) for c in report.conflicts] == [("south-korea", "남한 (deprecated)", "남한")]
    assert [t.text for t in g.get("south-korea").terms_for("ko")] == ["한국", "남한", "조선"]
    # ... or the preferred form for it: not a translation of that role, reported
    edit(po, 'msgid "ROK"\nmsgstr "남한"', 'msgid "ROK"\nmsgstr "한국"')
    report = g.import_file(str(po))
    assert [(m.entry_id, m.kind) for m in report.ignored] == [("south-korea", "other-role")]
    # a Korean abbreviation the translator supplies becomes one, and the next export pairs it
    edit(po, 'msgid "ROK"\nmsgstr "한국"', 'msgid "ROK"\nmsgstr "韓"')
    assert g.import_file(str(po)).updated == ("south-korea",)
    assert ("韓", Role.ABBREVIATION, Status.APPROVED) in [(t.text, t.role, t.status)
                                                         for t in g.get("south-korea").terms]
    again = Path(g.export_po("ko", str(tmp_path / "y")).paths[1])
    assert 'msgid "ROK"\nmsgstr "韓"' in message(again, "south-korea|1")
    g.close()


def test_ambiguous_aliases_are_not_paired(tmp_path):
    """Two English aliases and one Korean alias: which translates which is not known, so
    neither slot gets it; the Korean alias is listed as information."""
    g = termbase(tmp_path / "t.db", [Entry("ishiba-shigeru", Category.PERSON, "", (
        T("en", "Ishiba Shigeru"), T("en", "Prime Minister Ishiba Shigeru", Role.ALIAS),
        T("en", "Ishiba", Role.ALIAS), T("ko", "이시바"), T("ko", "이시바 시게루", Role.ALIAS, S)))])
    po = Path(g.export_po("ko", str(tmp_path / "x")).paths[1])
    assert 'msgstr ""' in message(po, "ishiba-shigeru|1") and 'msgstr ""' in message(po, "ishiba-shigeru|2")
    assert "#. ko alias (suggested), unpaired: 이시바 시게루" in message(po, "ishiba-shigeru")
    # the translator names it for one of them: the suggestion is approved, no new term
    edit(po, 'msgid "Prime Minister Ishiba Shigeru"\nmsgstr ""',
         'msgid "Prime Minister Ishiba Shigeru"\nmsgstr "이시바 시게루"')
    assert g.import_file(str(po)).updated == ("ishiba-shigeru",)
    assert ko(g, "ishiba-shigeru") == [("이시바", "preferred", "approved"), ("이시바 시게루", "alias", "approved")]
    g.close()


def _pairs_in_po(path: str) -> list[tuple[str, int, str, str, bool]]:
    with open(path, "rb") as fh:
        catalog = pofile.parse_po(fh)
    out = []
    for msg in catalog.messages:
        entry_id, slot = pofile.split_context(msg.msgctxt)
        out.append((entry_id, slot, msg.msgid, msg.msgstr, msg.fuzzy))
    return out


def _check_pair(entry: Entry, msgid: str, msgstr: str, lang: str) -> tuple[Term, Term]:
    [source] = [t for t in entry.terms if t.lang == "en" and t.text == msgid]
    [target] = [t for t in entry.terms if t.lang == lang and t.text == msgstr]
    assert source.status is not Status.REJECTED and source.role is not Role.DEPRECATED, (entry.id, source)
    assert target.status is not Status.REJECTED, (entry.id, msgid, target)
    assert target.role is not Role.DEPRECATED, (entry.id, msgid, target)
    assert target.role is source.role, (entry.id, source, target)
    return source, target


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(entries())
def test_no_export_pairs_a_wrong_target(tmp_path_factory, items):
    """Over random termbases (roles, statuses, several terms per language): every msgstr
    of a .po and every translation of the .mo is a live target term of its English
    term's role; fuzzy exactly for suggestions; the .mo holds approved ones only."""
    tmp = tmp_path_factory.mktemp("pairs")
    with frozen_clock():
        g = termbase(tmp / "t.db", items)
        by_id = {e.id: e for e in g.list()}
        for lang in ("ja", "ko"):
            result = g.export_po(lang, str(tmp / lang), mo=True)
            slot0 = {}
            for entry_id, slot, msgid, msgstr, fuzzy in _pairs_in_po(result.paths[1]):
                if slot == 0:
                    slot0[entry_id] = (msgid, msgstr)
                if not msgstr:
                    continue
                _source, target = _check_pair(by_id[entry_id], msgid, msgstr, lang)
                assert fuzzy == (target.status is Status.SUGGESTED)
            with open(result.paths[2], "rb") as fh:
                mo = gettext.GNUTranslations(fh)
            for key, msgstr in mo._catalog.items():  # "ctx\x04msgid" -> msgstr
                if not isinstance(key, str) or "\x04" not in key:
                    continue
                ctx, msgid = key.split("\x04", 1)
                entry_id, _slot = pofile.split_context(ctx)
                _source, target = _check_pair(by_id[entry_id], msgid, msgstr, lang)
                assert target.status is Status.APPROVED
            # and the main English term gets a translation whenever the entry has a live
            # target term of its role (nothing is withheld that could be served)
            for e in by_id.values():
                if e.id not in slot0:
                    assert not translation_pairs(e, lang)  # no live English term: not exported
                    continue
                msgid, msgstr = slot0[e.id]
                [main] = [t for t in e.terms if t.lang == "en" and t.text == msgid]
                if any(t.lang == lang and t.role is main.role and t.status is not Status.REJECTED for t in e.terms):
                    assert msgstr, (e.id, msgid)
        g.close()


# -- the export record ---------------------------------------------------------------------

def test_export_id_names_the_content(tmp_path):
    """The same content, the same id and bytes (one record); a change, a new id; an older
    catalog is merged against its own export."""
    g = termbase(tmp_path / "t.db", DESK)
    one = g.export_po("ko", str(tmp_path / "a"))
    two = g.export_po("ko", str(tmp_path / "b"))
    assert one.export_id == two.export_id
    assert Path(one.paths[1]).read_bytes() == Path(two.paths[1]).read_bytes()
    g.set_term("ishiba-shigeru", "ko", "이시바", approve=True)
    three = g.export_po("ko", str(tmp_path / "c"))
    assert three.export_id != one.export_id
    with sqlite3.connect(g.path) as conn:
        assert conn.execute("SELECT count(*) FROM exports").fetchone()[0] == 2
    # the first catalog, untouched: no opinion about 이시바 (its base was 이시바 시게루)
    report = g.import_file(one.paths[1])
    assert report.export_id == one.export_id and report.updated == () and not report.conflicts
    g.close()


def test_another_termbases_export_is_merged_two_ways_with_a_warning(tmp_path, capsys):
    """A colleague's termbase exported it: its export id means nothing here."""
    theirs = termbase(tmp_path / "theirs.db", DESK)
    theirs.set_term("yoon-suk-yeol", "ko", "윤석렬", approve=True)
    po = theirs.export_po("ko", str(tmp_path / "x")).paths[1]
    ours = termbase(tmp_path / "ours.db", DESK)
    report = ours.import_file(po)
    assert report.merge == "two-way" and report.export_id and report.export_id in report.warnings[0]
    assert "is not one of this termbase's exports" in report.warnings[0]
    assert [(c.entry_id, c.current, c.incoming) for c in report.open_conflicts] == [
        ("yoon-suk-yeol", "윤석열", "윤석렬")]
    assert cli_main(["--db", ours.path, "import", po]) == 1
    assert "warning: export ko-" in capsys.readouterr().out
    theirs.close()
    ours.close()


def test_a_read_only_termbase_exports_without_an_id(tmp_path, capsys, monkeypatch):
    """Nothing can be recorded in a read-only termbase: the catalog names no export (its
    import is two-way) and the export says so on stderr."""
    from glossary.store import sqlite as store_sqlite

    db = tmp_path / "t.db"
    termbase(db, DESK).close()
    real_check = store_sqlite.Store._check_path

    def read_only(self, path, create):  # as for a file mode 0444 (root could write it anyway)
        real = real_check(self, path, create)
        self.readonly = True
        return real
    monkeypatch.setattr(store_sqlite.Store, "_check_path", read_only)
    rc = cli_main(["--db", str(db), "export", "po", "--lang", "ko", "--out", str(tmp_path / "x")])
    err = capsys.readouterr().err
    assert rc == 0 and "read-only" in err and "two-way" in err and len(err.strip().splitlines()) == 1
    assert "X-Glossary-Export" not in (tmp_path / "x" / "ko" / "LC_MESSAGES" / "glossary.po").read_text(
        encoding="utf-8")


def test_an_older_termbase_gets_the_export_record(tmp_path):
    """A termbase made before export records (schema 3) is upgraded when opened for
    writing and exports with an id."""
    db = tmp_path / "t.db"
    termbase(db, DESK).close()
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE export_messages")
        conn.execute("DROP TABLE exports")
        for table, column in (("entries", "definitions"), ("entries", "subject"), ("entries", "translate"),
                              ("entries", "created_by"), ("entries", "updated_by"), ("terms", "context"),
                              ("terms", "part_of_speech")):   # and what schema 5 added
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("DROP TABLE edition_pairs")     # and schema 6's aligned editions
        conn.execute("DROP TABLE editions")
        conn.execute("PRAGMA user_version = 3")
    g = termbase(db)
    result = g.export_po("ko", str(tmp_path / "x"))
    assert result.export_id and g._store.export_record(result.export_id).lang == "ko"
    g.close()


def test_the_language_of_a_recorded_export_cannot_be_edited(tmp_path):
    g = termbase(tmp_path / "t.db", DESK)
    po = Path(g.export_po("ko", str(tmp_path / "x")).paths[1])
    edit(po, '"Language: ko\\n"', '"Language: ja\\n"')
    with pytest.raises(FormatError, match="was made for 'ko'"):
        g.import_file(str(po))
    g.close()


# -- the reader's new parts, table-driven --------------------------------------------------

@pytest.mark.parametrize("line, expected, why", [
    ("X-Glossary-Export: ko-0123456789abcdef01234567", "ko-0123456789abcdef01234567", "the id"),
    ("X-Glossary-Export:ko-1", "ko-1", "no space after the colon"),
    ("X-Glossary-Export: ko-1 trailing words", None, "one token only"),
    ("x-glossary-export: ko-1", None, "the field name as written"),
    ("X-Glossary-Export: -ko", None, "an id starts with a letter or digit"),
])
def test_export_id_line(line, expected, why):
    m = pofile.EXPORT_ID_LINE.match(line)
    assert (m.group("id") if m else None) == expected, why


@pytest.mark.parametrize("line, groups, why", [
    ('#| msgid "Prime Minister Kishida"', ("msgid", "Prime Minister Kishida"), "a previous msgid"),
    ('#| msgctxt "kishida|1"', ("msgctxt", "kishida|1"), "a previous msgctxt"),
    ('#| "continued"', (None, "continued"), "a continuation line"),
    ('#|msgid "x"', ("msgid", "x"), "no space after #|"),
    ('#| msgid x', None, "not a string"),
])
def test_previous_line(line, groups, why):
    m = pofile.PREVIOUS_LINE.match(line)
    assert ((m.group("kw"), m.group("body")) if m else None) == groups, why


@pytest.mark.parametrize("line, groups, why", [
    ("ko alias (suggested), unpaired: 이시바 시게루", ("ko", "alias", "suggested", "unpaired", "이시바 시게루"),
     "a live term no slot takes"),
    ("ko deprecated (approved), do not use: 남한", ("ko", "deprecated", "approved", "do not use", "남한"),
     "a deprecated term"),
    ("en deprecated (suggested), do not use: Korea, South", ("en", "deprecated", "suggested", "do not use",
                                                            "Korea, South"), "English, with a comma"),
    ("ko alias (rejected), unpaired: x", None, "rejected terms are never listed"),
    ("ko preferred (approved)", None, "a term line, not a listed term"),
])
def test_listed_term_line(line, groups, why):
    m = pofile.LISTED_TERM_LINE.match(line)
    assert ((m["lang"], m["role"], m["status"], m["why"], m["value"]) if m else None) == groups, why


@pytest.mark.parametrize("lines, note, why", [
    (["note: one two", "three four"], "one two three four", "a wrapped note is joined with a space"),
    (["note: Suk-", "yeol"], "Suk-yeol", "textwrap breaks after a hyphen: no space"),
    (["note: one", "en aliases: A | B", "stray"], "one", "a known line ends the note"),
    (["note: one", "ko base (approved): x", "y"], "one", "an old base line ends it too"),
])
def test_wrapped_comment_lines_are_joined(lines, note, why):
    msg = pofile.PoMessage("x", "", "e", 1, extracted=lines)
    assert pofile.slot_info(msg).note == note, why


def test_parse_reads_previous_lines_and_conflict_blocks():
    text = ('# X-Glossary-Export: ko-abc\nmsgid ""\nmsgstr ""\n"Language: ko\\n"\n\n'
            '#, fuzzy\n#| msgctxt "kishida|1"\n#| msgid "Prime Minister "\n#| "Kishida"\n'
            'msgctxt "takaichi|1"\nmsgid "Prime Minister Takaichi"\nmsgstr "기시다 총리"\n\n'
            '#, fuzzy\n#| msgid "Same"\nmsgctxt "same"\nmsgid "Same"\nmsgstr "같음"\n\n'
            '#, fuzzy\nmsgctxt "yoon"\nmsgid "Yoon"\nmsgstr ""\n'
            '"#-#-#-#-#  a.po (glossary)  #-#-#-#-#\\n"\n"윤\\n"\n"#-#-#-#-#  b.po (glossary)  #-#-#-#-#\\n"\n"윤씨"\n')
    import io
    catalog = pofile.parse_po(io.BytesIO(text.encode()), path="c.po")
    assert catalog.export_id == "ko-abc"
    guess, same, yoon = catalog.messages
    assert guess.guessed_from == ("kishida|1", "Prime Minister Kishida")
    assert same.guessed_from is None  # the previous msgid is its own: no guess
    first = text.splitlines().index('"#-#-#-#-#  a.po (glossary)  #-#-#-#-#\\n"') + 1
    assert catalog.conflict_blocks() == [(first, "the msgstr of 'yoon'")]
    with pytest.raises(FormatError) as err:
        pofile.refuse_conflict_blocks(catalog, "c.po")
    assert err.value.line == first and str(err.value).startswith(f"c.po:{first}: msgcat conflict block")
    with pytest.raises(FormatError):
        pofile.read_po(io.BytesIO(text.encode()), path="c.po")
