"""The OmegaT glossary (issue 13, item 4): what OmegaT reads of `export tsv`, and the
translator's glossary imported back (three ways against the export it names).

OmegaT is a Java desktop application; what it does with a glossary file is read here
from its source (org.omegat.gui.glossary.GlossaryReaderTSV and org.omegat.util.
MagicComment, github.com/omegat-org/omegat) and restated in `omegat_read`: the encoding
is the one the first line's `-*- coding: X -*-` names (else a guess, else the system's),
a BOM is skipped, lines that start with `#` are comments, the others are split on TAB,
each cell trimmed, and a line with fewer than two cells or an empty source is skipped.
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from exchange_support import termbase
from glossary.cli import main as cli_main
from glossary.formats.csvfile import OMEGAT_CODING_LINE, unguard
from glossary.formats.pairs import translation_pairs
from glossary.model import Category, Entry, Role, Status, Term

A, S = Status.APPROVED, Status.SUGGESTED


def T(lang, text, role=Role.PREFERRED, status=A, origin="text", confidence=1.0):
    return Term(lang, text, role, status, origin, confidence)


DESK = [
    Entry("yoon-suk-yeol", Category.PERSON, "President of South Korea", (
        T("en", "Yoon Suk Yeol"), T("en", "President Yoon", Role.ALIAS), T("ko", "윤석열"))),
    Entry("kishida-fumio", Category.PERSON, "", (
        T("en", "Kishida Fumio"), T("en", "Prime Minister Kishida", Role.ALIAS),
        T("ko", "기시다 후미오", status=S, origin="dictionary:names", confidence=0.8),
        T("ko", "기시다 총리", Role.ALIAS))),
    Entry("south-korea", Category.PLACE, "", (
        T("en", "South Korea"), T("en", "ROK", Role.ABBREVIATION),
        T("ko", "한국"), T("ko", "남한", Role.DEPRECATED), T("ko", "조선", status=Status.REJECTED))),
    Entry("metoo", Category.EVENT, "a movement\nagainst harassment", (T("en", "#MeToo"), T("ko", "미투 운동"))),
    Entry("quad", Category.INSTITUTION, "", (T("en", "Quad"), T("ko", "쿼드", status=S, origin="romanization",
                                                                 confidence=0.5))),
]

# MagicComment.MAGIC_COMMENT_PATTERN, between "-*- " and " -*-"
MAGIC = re.compile(r"([\w-]+)\s*:\s*([\w-]+)(?:\s*;)?")


def omegat_encoding(data: bytes, name: str, system: str = "cp1252") -> str | None:
    """GlossaryReaderTSV.getFileEncoding without the statistical guess: `.utf8` files are
    UTF-8; else the first line's magic comment (read past a BOM); else None (OmegaT would
    guess, and fall back to the system encoding `system`)."""
    if name.lower().endswith(".utf8"):
        return "utf-8"
    first = data.removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("ascii", "replace").rstrip("\r")
    if first.startswith("#") and len(first) >= 11 and "-*- " in first:
        start = first.index("-*- ") + 4
        end = first.find(" -*-", start)
        if end >= 0:
            values = dict(MAGIC.findall(first[start:end]))
            if "coding" in values:
                return values["coding"]
    return None


def omegat_read(data: bytes, name: str) -> list[tuple[str, str, str]]:
    """GlossaryReaderTSV.read: (source, target, comment) per line OmegaT takes."""
    text = data.decode(omegat_encoding(data, name) or "cp1252", "replace")
    text = text.removeprefix("\ufeff")
    out = []
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        tokens = line.split("\t")
        while tokens and tokens[-1] == "":   # Java's String.split drops trailing empty strings
            tokens.pop()
        tokens = [t.strip() for t in tokens]
        if len(tokens) < 2 or not tokens[0]:
            continue
        out.append((tokens[0], tokens[1], tokens[2] if len(tokens) > 2 else ""))
    return out


@pytest.fixture
def g(tmp_path):
    glossary = termbase(tmp_path / "t.db", DESK)
    yield glossary
    glossary.close()


def test_omegat_reads_it_as_utf8_with_the_same_role_pairs(g, tmp_path):
    path = Path(g.export_tsv(str(tmp_path / "glossary.txt"), lang="ko").paths[0])
    data = path.read_bytes()
    assert data.decode("utf-8").split("\n", 1)[0] == OMEGAT_CODING_LINE
    assert omegat_encoding(data, path.name) == "utf-8"  # not the system encoding
    lines = omegat_read(data, path.name)
    assert [(unguard(s), unguard(t)) for s, t, _c in lines] == [  # entries in id order
        ("Kishida Fumio", "기시다 후미오"), ("Prime Minister Kishida", "기시다 총리"),
        ("#MeToo", "미투 운동"),  # a leading space keeps it from being a comment line
        ("Quad", "쿼드"), ("South Korea", "한국"), ("Yoon Suk Yeol", "윤석열")]
    comments = {s: c for s, t, c in lines}
    assert comments["Kishida Fumio"] == "suggested (dictionary:names, 0.80); person"
    assert comments["Prime Minister Kishida"] == "person"
    assert comments["#MeToo"] == "event; a movement against harassment"
    assert "남한" not in data.decode() and "조선" not in data.decode()
    # nothing OmegaT reads pairs an English form with a target the termbase does not vouch for
    by_en = {t.text: (e, t) for e in g.list() for t in e.terms if t.lang == "en"}
    for source, target, _c in lines:
        e, en = by_en[unguard(source)]
        [pair] = [p for p in translation_pairs(e, "ko") if p.source == en]
        assert pair.target is not None and pair.target.text == unguard(target)


def test_approved_only_leaves_the_suggestions_out(g, tmp_path):
    data = Path(g.export_tsv(str(tmp_path / "g.tsv"), lang="ko", approved_only=True).paths[0]).read_bytes()
    lines = omegat_read(data, "g.tsv")
    assert [s for s, _t, _c in lines] == ["Prime Minister Kishida", "#MeToo", "South Korea", "Yoon Suk Yeol"]
    assert not any(c.startswith("suggested") for _s, _t, c in lines)


@pytest.mark.parametrize("approved_only", [False, True])
def test_reimporting_an_unchanged_export_reports_no_conflict(g, tmp_path, approved_only):
    """The issue's 31 conflicts: every approved term came back as a suggestion and every
    alias line as a preferred term."""
    before = g.list()
    path = g.export_tsv(str(tmp_path / "g.tsv"), lang="ko", approved_only=approved_only).paths[0]
    report = g.import_file(path)  # the language comes from the export it names
    assert report.lang == "ko" and report.merge == "three-way"
    assert (report.conflicts, report.updated, report.added, report.skipped, report.ignored) == ((), (), (), (), ())
    assert report.ok and g.list() == before
    # and in a termbase that does not know the export: two ways, still nothing to report
    other = termbase(tmp_path / "other.db", DESK)
    report = other.import_file(path, lang="ko")
    assert report.merge == "two-way" and report.warnings
    assert (report.conflicts, report.updated, report.added) == ((), (), ())
    other.close()


def test_a_glossary_without_marks_or_export_id_reimports_without_conflicts(g, tmp_path):
    """An OmegaT glossary written before suggestions were marked (or by hand): its lines
    that agree with the termbase are agreement, not conflicts."""
    old = tmp_path / "old.txt"
    old.write_text("Yoon Suk Yeol\t윤석열\tperson\nKishida Fumio\t기시다 후미오\tperson\n"
                   "Prime Minister Kishida\t기시다 총리\tperson\n", encoding="utf-8")
    report = g.import_file(str(old), lang="ko")
    assert (report.conflicts, report.updated, report.added) == ((), (), ())
    assert report.unchanged == 2


def test_the_translators_glossary_merges_three_ways(g, tmp_path):
    path = tmp_path / "glossary.txt"
    g.export_tsv(str(path), lang="ko")
    # after the export, an editor approves 기시다 후미오 and changes Quad's Korean
    g.approve("kishida-fumio", "ko", "기시다 후미오")
    g.set_term("quad", "ko", "쿼드 협의체", approve=True)
    # the translator, in OmegaT: edits two lines and adds glossary entries (OmegaT appends)
    text = path.read_text(encoding="utf-8")
    text = text.replace("Prime Minister Kishida\t기시다 총리\t", "Prime Minister Kishida\t기시다 수상\t")
    text = text.replace("Quad\t쿼드\tsuggested (romanization, 0.50); institution",
                        "Quad\t쿼드 안보 대화\tinstitution")
    text += "Takaichi Sanae\t다카이치 사나에\tperson\nROK\t韓\t\n"
    path.write_text(text, encoding="utf-8")
    report = g.import_file(str(path))
    assert report.merge == "three-way"
    ko = lambda entry_id: [(t.text, t.role.value, t.status.value) for t in g.get(entry_id).terms_for("ko")]
    assert ("기시다 수상", "alias", "approved") in ko("kishida-fumio")   # the translator's change
    assert ko("kishida-fumio")[0] == ("기시다 후미오", "preferred", "approved")  # untouched line: the editor's
    [conflict] = report.open_conflicts                                     # both changed Quad
    assert (conflict.entry_id, conflict.current, conflict.incoming, conflict.base) == (
        "quad", "쿼드 협의체", "쿼드 안보 대화", "쿼드")
    assert ko("quad")[0] == ("쿼드 협의체", "preferred", "approved")
    # the appended lines: a new entry (its target a suggestion), and ROK's abbreviation
    [new] = report.added
    assert [(t.lang, t.text, t.status.value) for t in g.get(new).terms] == [
        ("en", "Takaichi Sanae", "approved"), ("ko", "다카이치 사나에", "suggested")]
    assert g.get(new).category is Category.PERSON
    assert ("韓", "abbreviation", "suggested") in ko("south-korea")


def test_cli_tsv_through_standard_output_and_input(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "t.db")
    termbase(db, DESK).close()
    assert cli_main(["--db", db, "export", "tsv", "-", "--lang", "ko", "--approved-only"]) == 0
    data = capsys.readouterr().out
    assert data.startswith(OMEGAT_CODING_LINE + "\n") and "suggested" not in data
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    assert cli_main(["--db", db, "import", "-", "--format", "tsv", "--json"]) == 0  # no --lang: the export says
    report = json.loads(capsys.readouterr().out)
    assert (report["lang"], report["merge"], report["conflicts"], report["updated"]) == ("ko", "three-way", [], [])
