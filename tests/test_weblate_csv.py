"""Weblate's CSV (issue 13, items 4 and 6): `export weblate-csv --lang ko` read by the
real reader Weblate uses (translate-toolkit's `translate.storage.csvl10n`), edited and
saved by it as Weblate saves a translation, and imported back three ways."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from exchange_support import termbase
from glossary.cli import main as cli_main
from glossary.errors import FormatError
from glossary.formats.pairs import translation_pairs
from glossary.formats.weblatecsv import COLUMNS, weblate_escape, weblate_unescape
from glossary.model import Category, Entry, Role, Status, Term

csvl10n = pytest.importorskip("translate.storage.csvl10n", reason="translate-toolkit (a test extra) not installed")

A, S = Status.APPROVED, Status.SUGGESTED


def T(lang, text, role=Role.PREFERRED, status=A, origin="text", confidence=1.0):
    return Term(lang, text, role, status, origin, confidence)


DESK = [
    Entry("yoon-suk-yeol", Category.PERSON, "President of South Korea", (
        T("en", "Yoon Suk Yeol"), T("ja", "尹錫悦"), T("ko", "윤석열"))),
    Entry("kishida-fumio", Category.PERSON, "", (
        T("en", "Kishida Fumio"), T("en", "Prime Minister Kishida", Role.ALIAS),
        T("ja", "岸田文雄", status=S, origin="dictionary:names", confidence=0.8),
        T("ko", "기시다 후미오", status=S, origin="dictionary:names", confidence=0.8),
        T("ko", "기시다 총리", Role.ALIAS))),
    Entry("ishiba-shigeru", Category.PERSON, "", (
        T("en", "Ishiba Shigeru"), T("ko", "이시바 시게루", status=S, origin="romanization", confidence=0.7))),
    Entry("south-korea", Category.PLACE, "", (
        T("en", "South Korea"), T("en", "ROK", Role.ABBREVIATION), T("ja", "韓国"),
        T("ko", "한국"), T("ko", "남한", Role.DEPRECATED), T("ko", "조선", status=Status.REJECTED))),
    Entry("formula", Category.OTHER, "", (T("en", "-ism"), T("ko", "=주의"), T("ja", "|イズム"))),
]


def ttk_units(path: str | Path, *, sample_length: int | None = 1024, encoding: str = "auto"):
    """The units translate-toolkit reads (Weblate parses with a 40000-character sniff;
    its "CSV file" format guesses the encoding, "CSV file (UTF-8)" gives it)."""
    store = csvl10n.csvfile(encoding=encoding)
    store.parse(Path(path).read_bytes(), sample_length=sample_length)
    return store


def weblate_pairs(store) -> dict[str, tuple[str, str, bool]]:
    """context -> (source, target, fuzzy) as Weblate sees a unit (its unescape applied)."""
    return {u.getcontext(): (weblate_unescape(u.source), weblate_unescape(u.target), u.isfuzzy())
            for u in store.units}


def expected_pairs(entries: list[Entry], lang: str) -> dict[str, tuple[str, str, bool]]:
    out = {}
    for e in entries:
        for p in translation_pairs(e, lang):
            ctx = e.id if p.slot == 0 else f"{e.id}|{p.slot}"
            t = p.target
            out[ctx] = (p.source.text, t.text if t else "", t is not None and t.status is S)
    return out


@pytest.fixture
def g(tmp_path):
    glossary = termbase(tmp_path / "t.db", DESK)
    yield glossary
    glossary.close()


@pytest.mark.parametrize("lang", ["ko", "ja"])
@pytest.mark.parametrize("sample", [1024, 40000], ids=["ttk-default-sniff", "weblate-sniff"])
def test_translate_toolkit_reads_the_termbases_pairs(g, tmp_path, lang, sample):
    result = g.export_weblate_csv(str(tmp_path / f"{lang}.csv"), lang=lang)
    raw = Path(result.paths[0]).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # "CSV file (UTF-8)" would read a BOM into the first column's name
    assert raw.split(b"\r\n", 1)[0] == b",".join(b'"%s"' % c.encode() for c in COLUMNS)
    store = ttk_units(result.paths[0], sample_length=sample, encoding="utf-8")  # Weblate's "CSV file (UTF-8)"
    assert store.fieldnames == list(COLUMNS)
    got = weblate_pairs(store)
    assert got == expected_pairs(g.list(), lang)
    # Weblate's plain "CSV file" guesses the encoding: right on a termbase's file like this one
    guessed = ttk_units(result.paths[0], sample_length=sample)
    assert guessed.encoding == "utf-8" and weblate_pairs(guessed) == got
    if lang == "ko":
        # the approved pairs plain, the suggestions fuzzy, nothing deprecated or rejected served
        assert got["yoon-suk-yeol"] == ("Yoon Suk Yeol", "윤석열", False)
        assert got["kishida-fumio"] == ("Kishida Fumio", "기시다 후미오", True)
        assert got["kishida-fumio|1"] == ("Prime Minister Kishida", "기시다 총리", False)
        assert got["south-korea|1"] == ("ROK", "", False)  # no Korean abbreviation: untranslated
        assert all(target not in ("남한", "조선") for _s, target, _f in got.values())
        assert got["formula"] == ("-ism", "=주의", False)
        unit = next(u for u in store.units if u.getcontext() == "formula")
        assert (unit.source, unit.target) == ("'-ism'", "'=주의'")  # as Weblate's download escapes them
        south = next(u for u in store.units if u.getcontext() == "south-korea")
        assert "ko deprecated (approved), do not use: 남한" in south.getnotes("developer")
        assert "조선" not in raw.decode("utf-8")
    else:
        assert got["formula"] == ("-ism", "|イズム", False)
        assert got["south-korea|1"] == ("ROK", "", False)
    # every unit names the export the import merges against
    assert all(f"X-Glossary-Export: {result.export_id}" in u.getnotes("developer") for u in store.units)


@pytest.mark.parametrize("text", ["=1+1", "-x", "+1", "@a", "|a|b", "%d", "a=b", "'", "'x'", "'-", ""])
def test_weblate_escape_is_undone_by_weblates_rule(text):
    assert weblate_unescape(weblate_escape(text)) == text


def test_what_weblates_escape_cannot_hold():
    """A text that itself looks escaped (apostrophes around a formula character) is read
    by Weblate without them; its CSV download does the same (a limit of the format)."""
    assert weblate_escape("'=x'") == "'=x'" and weblate_unescape("'=x'") == "=x"


def test_a_translation_saved_by_translate_toolkit_imports_three_ways(g, tmp_path):
    """The Weblate story: export; the editors move on; the translator works in Weblate
    (which saves the file through csvl10n); import."""
    path = tmp_path / "ko.csv"
    export = g.export_weblate_csv(str(path), lang="ko")
    # after the export, the editors approve a newer Korean term and a suggestion
    g.set_term("yoon-suk-yeol", "ko", "윤석렬", approve=True)
    g.approve("kishida-fumio", "ko", "기시다 후미오")
    # the translator, in Weblate: approves 이시바 시게루, rewrites the alias, changes
    # 기시다 후미오 (which the editors changed too), fills in the Korean abbreviation
    store = ttk_units(path, sample_length=40000, encoding="utf-8")
    units = {u.getcontext(): u for u in store.units}
    units["ishiba-shigeru"].markfuzzy(False)
    units["kishida-fumio|1"].target = "기시다 수상"
    units["kishida-fumio"].target = "기시다 후미오 총리"
    units["kishida-fumio"].markfuzzy(False)
    units["south-korea|1"].target = "韓"
    out = io.BytesIO()
    store.serialize(out)
    path.write_bytes(out.getvalue())

    report = g.import_file(str(path))
    assert report.format == "weblate-csv" and report.lang == "ko"
    assert report.merge == "three-way" and report.export_id == export.export_id
    ko = {e: [(t.text, t.role.value, t.status.value) for t in g.get(e).terms_for("ko")] for e in
          ("yoon-suk-yeol", "ishiba-shigeru", "kishida-fumio", "south-korea")}
    assert ko["yoon-suk-yeol"][0] == ("윤석렬", "preferred", "approved")  # the editor's newer term
    assert ko["ishiba-shigeru"] == [("이시바 시게루", "preferred", "approved")]
    assert ("기시다 수상", "alias", "approved") in ko["kishida-fumio"]
    assert ko["kishida-fumio"][0] == ("기시다 후미오", "preferred", "approved")
    assert ("韓", "abbreviation", "approved") in ko["south-korea"]
    [conflict] = report.open_conflicts
    assert (conflict.entry_id, conflict.current, conflict.incoming, conflict.base) == (
        "kishida-fumio", "기시다 후미오", "기시다 후미오 총리", "기시다 후미오")
    assert not report.ok
    # an import of the same file again: nothing more to do, the disagreement still reported
    again = g.import_file(str(path))
    assert again.updated == () and len(again.open_conflicts) == 1


def test_an_unchanged_export_imports_with_nothing_to_do(g, tmp_path):
    path = g.export_weblate_csv(str(tmp_path / "ko.csv"), lang="ko").paths[0]
    before = g.list()
    report = g.import_file(path)
    assert (report.added, report.updated, report.conflicts, report.ignored) == ((), (), (), ())
    assert report.merge == "three-way" and not report.warnings
    assert g.list() == before


def test_weblate_edits_in_a_termbase_that_does_not_know_the_export(g, tmp_path):
    """Another termbase (no record of the export): merged two ways, with a warning, and
    the language must be given."""
    path = g.export_weblate_csv(str(tmp_path / "ko.csv"), lang="ko").paths[0]
    other = termbase(tmp_path / "other.db", [DESK[0]])
    with pytest.raises(FormatError, match="give --lang"):
        other.import_file(path)
    report = other.import_file(path, lang="ko")
    assert report.merge == "two-way" and "not one of this termbase's exports" in report.warnings[0]
    assert sorted(report.added) == ["formula", "ishiba-shigeru", "kishida-fumio", "south-korea"]
    kishida = other.get("kishida-fumio")
    assert [(t.text, t.role, t.status) for t in kishida.terms_for("ko")] == [
        ("기시다 후미오", Role.PREFERRED, S), ("기시다 총리", Role.ALIAS, A)]
    assert other.get("formula").text("ko") == "=주의"
    other.close()


def test_rows_of_two_exports_are_refused_with_the_line(g, tmp_path):
    ko = Path(g.export_weblate_csv(str(tmp_path / "ko.csv"), lang="ko").paths[0]).read_bytes()
    g.set_term("ishiba-shigeru", "ko", "이시바", approve=True)
    newer = Path(g.export_weblate_csv(str(tmp_path / "ko2.csv"), lang="ko").paths[0]).read_bytes()
    joined = tmp_path / "joined.csv"
    joined.write_bytes(ko + newer.split(b"\r\n", 1)[1])
    lines_of_first = ko.count(b"\n")
    with pytest.raises(FormatError, match="rows of two exports") as err:
        g.import_file(str(joined))
    assert err.value.line is not None and err.value.line > lines_of_first - 1


def test_a_short_row_is_a_one_line_error(tmp_path, g):
    bad = tmp_path / "bad.csv"
    bad.write_text('"location","source","target","id","fuzzy","context","translator_comments","developer_comments"\r\n'
                   '"","Quad","쿼드","quad","False"\r\n', encoding="utf-8")
    with pytest.raises(FormatError) as err:
        g.import_file(str(bad), fmt="weblate-csv", lang="ko")
    assert err.value.line == 2 and "5 cells" in err.value.message


def test_cli_weblate_csv_through_standard_output_and_input(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "t.db")
    termbase(db, DESK).close()
    assert cli_main(["--db", db, "export", "weblate-csv", "-", "--lang", "ko"]) == 0
    data = capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 1 + len(expected_pairs(DESK, "ko"))
    with pytest.raises(SystemExit) as usage:  # --lang is required
        cli_main(["--db", db, "export", "weblate-csv", str(tmp_path / "x.csv")])
    assert usage.value.code == 2
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    assert cli_main(["--db", db, "import", "-", "--format", "weblate-csv", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["path"] == "<stdin>" and report["format"] == "weblate-csv" and report["merge"] == "three-way"
    assert report["conflicts"] == [] and report["updated"] == []
    # a .csv file with Weblate's columns is recognised without --format
    (tmp_path / "ko.csv").write_text(data, encoding="utf-8")
    assert cli_main(["--db", db, "import", str(tmp_path / "ko.csv"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "weblate-csv"
