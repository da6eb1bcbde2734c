"""The real OmegaT reads our exports (issue 13): OmegaT's own glossary readers, from the
installed OmegaT.jar (Debian's `omegat`, 3.6), driven by tests/omegat/ReadGlossary.java,
which prints every GlossaryEntry OmegaT makes of a file (source, targets, comments).

What OmegaT 3.6 does, as these tests show it:

* TSV (`export tsv`, named .txt/.tab/.utf8; 3.6 skips a .tsv file): one entry per line,
  decoded in the charset its EncodingDetector (juniversalchardet) finds, else the
  platform's.  3.6 predates OmegaT's `-*- coding: utf-8 -*-` magic comment (current
  OmegaT reads it first: tests/test_omegat.py), so for 3.6 it is the UTF-8 bytes of the
  Japanese and Korean terms that make the detection right, with or without the line.
  Cells are not trimmed: the `#MeToo` line's leading space (without it OmegaT would take
  the line for a comment) stays in 3.6's source text.
* TBX: martif (TBX 2) only; the TBX v3 root (`<tbx>` in ISO 30042's namespace) is refused
  by its JAXB model (current OmegaT's reader is martif-only too).  Every English term of
  a termEntry is paired with every target term, whatever its administrativeStatus: a
  deprecated term in the file is served as a translation, hence `export tbx
  --no-deprecated`.  An English term with no target gives an entry with an empty target.

One JVM per file read; OmegaT and javac are installed by `python3 tasks.py test`; without
them these tests are skipped and say why.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from exchange_support import termbase
from glossary.cli import main as cli_main
from glossary.formats.csvfile import OMEGAT_CODING_LINE
from glossary.formats.pairs import translation_pairs
from glossary.model import Category, Entry, Role, Status, Term

DRIVER = Path(__file__).parent / "omegat" / "ReadGlossary.java"
OMEGAT_JAR = Path(os.environ.get("OMEGAT_JAR", "/usr/share/omegat/OmegaT.jar"))
JAVA, JAVAC = shutil.which("java"), shutil.which("javac")

pytestmark = pytest.mark.skipif(
    not (OMEGAT_JAR.is_file() and JAVA and JAVAC),
    reason=f"OmegaT ({OMEGAT_JAR}) or a JDK (java, javac) is not installed: `python3 tasks.py test` installs "
           "them with apt-get (packages omegat, openjdk-17-jdk-headless) when it can")

#: a short-lived JVM: no optimising JIT, the simplest collector (halves a TBX read's time)
FAST_START = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")

A, S = Status.APPROVED, Status.SUGGESTED


def T(lang, text, role=Role.PREFERRED, status=A, origin="editor", confidence=1.0):
    return Term(lang, text, role, status, origin, confidence)


# A desk's termbase, English with Japanese and Korean: aliases and abbreviations with and
# without a target of their own role, suggestions, a deprecated and a rejected Korean
# form, a term that starts with "#", a name kept as it is.
DESK = [
    Entry("hokkaido", Category.PLACE, "", (
        T("en", "Hokkaido"), T("ja", "北海道"), T("ko", "홋카이도"),
        T("ko", "북해도", Role.DEPRECATED), T("ko", "호카이도", status=Status.REJECTED))),
    Entry("busan", Category.PLACE, "second city of South Korea", (
        T("en", "Busan"), T("en", "Pusan", Role.ALIAS), T("ja", "釜山"), T("ko", "부산"))),
    Entry("bank-of-japan", Category.INSTITUTION, "", (
        T("en", "Bank of Japan"), T("en", "BOJ", Role.ABBREVIATION),
        T("ja", "日本銀行"), T("ja", "日銀", Role.ABBREVIATION), T("ko", "일본은행"))),
    Entry("murakami-haruki", Category.PERSON, "novelist", (
        T("en", "Haruki Murakami"), T("en", "Murakami", Role.ALIAS),
        T("ja", "村上春樹"), T("ja", "村上", Role.ALIAS),
        T("ko", "무라카미 하루키", status=S, origin="dictionary:names", confidence=0.8),
        T("ko", "무라카미", Role.ALIAS))),
    Entry("sapporo-snow-festival", Category.EVENT, "", (
        T("en", "Sapporo Snow Festival"), T("ja", "さっぽろ雪まつり"),
        T("ko", "삿포로 눈축제", status=S, origin="transcription:place", confidence=0.6))),
    Entry("metoo", Category.EVENT, "a movement\nagainst harassment", (
        T("en", "#MeToo"), T("ja", "#MeToo運動"), T("ko", "미투 운동"))),
    Entry("nhk", Category.INSTITUTION, "", (T("en", "NHK"), T("ja", "NHK"), T("ko", "NHK")), translate=False),
]


@pytest.fixture(scope="session")
def omegat(tmp_path_factory):
    """Compile the driver once; return read(kind, path, *langs, jvm=()) -> (header, entries, rc)."""
    classes = tmp_path_factory.mktemp("omegat-driver")
    built = subprocess.run([JAVAC, "-encoding", "UTF-8", "-d", str(classes), "-cp", str(OMEGAT_JAR), str(DRIVER)],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    config = tmp_path_factory.mktemp("omegat-config")

    def read(kind: str, path: Path, *langs: str, jvm: tuple[str, ...] = ()):
        done = subprocess.run([JAVA, *FAST_START, "-Djava.awt.headless=true", f"-Domegat.test.configdir={config}", *jvm,
                               "-cp", f"{OMEGAT_JAR}{os.pathsep}{classes}", "ReadGlossary", kind, str(path), *langs],
                              capture_output=True, timeout=120)
        # 0: read; 3: the reader threw (printed as {"error": ...}); 4: the reader skips this file name
        assert done.returncode in (0, 3, 4), done.stderr.decode(errors="replace")
        lines = [json.loads(line) for line in done.stdout.decode("ascii").splitlines()]
        return lines[0], lines[1:], done.returncode

    return read


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    g = termbase(tmp_path_factory.mktemp("desk") / "t.db", DESK)
    yield g
    g.close()


def _pairs(g, lang: str, *, approved_only: bool) -> list[tuple[str, str, Status]]:
    """The termbase's (English, target, status) pairs for `lang`, in the export's order."""
    out = []
    for e in g.list():
        for p in translation_pairs(e, lang):
            if p.target is not None and (p.target.status is A or not approved_only):
                out.append((p.source.text, p.target.text, p.target.status))
    return out


def _read_as_omegat_36(source: str) -> str:
    # 3.6 does not trim cells: the space that keeps "#MeToo" from being a comment stays
    return " " + source if source.startswith("#") else source


# -- TSV -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["ko", "ja"])
def test_omegat_reads_the_tsv_export_with_suggestions_marked(omegat, desk, tmp_path, lang):
    path = tmp_path / f"omegat-{lang}.txt"
    desk.export_tsv(str(path), lang=lang)
    assert path.read_text("utf-8").split("\n", 1)[0] == OMEGAT_CODING_LINE
    head, got, rc = omegat("tsv", path)
    assert rc == 0 and head["encoding"] == "UTF-8"
    expected = _pairs(desk, lang, approved_only=False)
    assert [(e["source"], e["targets"]) for e in got] == [(_read_as_omegat_36(s), [t]) for s, t, _st in expected]
    for entry, (_s, _t, status) in zip(got, expected):
        [comment] = entry["comments"]
        assert comment.startswith("suggested (") == (status is S), comment
    if lang == "ko":
        # the suggestion says where it comes from; the deprecated and rejected forms are not there
        assert got[[e["source"] for e in got].index("Haruki Murakami")]["comments"] == [
            "suggested (dictionary:names, 0.80); person; novelist"]
        assert not {"북해도", "호카이도"} & {t for e in got for t in e["targets"]}
        assert "Pusan" not in [e["source"] for e in got]  # an alias with no Korean alias: no line


@pytest.mark.parametrize("lang", ["ko", "ja"])
def test_approved_only_gives_omegat_exactly_the_approved_pairs(omegat, desk, tmp_path, lang):
    path = tmp_path / f"omegat-{lang}.txt"
    desk.export_tsv(str(path), lang=lang, approved_only=True)
    _head, got, rc = omegat("tsv", path)
    assert rc == 0
    assert [(e["source"], e["targets"][0]) for e in got] == [
        (_read_as_omegat_36(s), t) for s, t, _st in _pairs(desk, lang, approved_only=True)]
    assert not any(c.startswith("suggested") for e in got for c in e["comments"])
    if lang == "ko":
        assert ("Haruki Murakami" not in [e["source"] for e in got]
                and ("Murakami", ["무라카미"]) in [(e["source"], e["targets"]) for e in got])


def test_omegat_36_finds_utf8_in_a_latin1_platform_with_or_without_the_coding_line(omegat, desk, tmp_path):
    """3.6 has no magic-comment support: it decodes in what juniversalchardet finds (the
    platform encoding only when that finds nothing).  Run in an ISO-8859-1 JVM it still
    decodes our export as UTF-8, with the coding line and without it: the Japanese and
    Korean bytes decide, and a line naming another charset is not even looked at.  The
    line is for current OmegaT, which reads it before guessing (tests/test_omegat.py)."""
    latin1 = ("-Dfile.encoding=ISO-8859-1",)
    path = tmp_path / "omegat-ko.txt"
    desk.export_tsv(str(path), lang="ko", approved_only=True)
    _h, native, _rc = omegat("tsv", path)
    head, got, rc = omegat("tsv", path, jvm=latin1)
    assert rc == 0 and head["file_encoding"] == "ISO-8859-1" and head["encoding"] == "UTF-8"
    assert got == native and ("Busan", ["부산"]) in [(e["source"], e["targets"]) for e in got]
    bare = tmp_path / "bare-ko.txt"
    bare.write_bytes(path.read_bytes().split(b"\n", 1)[1])   # the coding line removed
    assert b"coding" not in bare.read_bytes()
    head, got_bare, _rc = omegat("tsv", bare, jvm=latin1)
    assert head["encoding"] == "UTF-8" and got_bare == native
    misnamed = tmp_path / "misnamed-ko.txt"
    misnamed.write_bytes(path.read_bytes().replace(b"coding: utf-8", b"coding: iso-8859-1", 1))
    head, got_misnamed, _rc = omegat("tsv", misnamed, jvm=latin1)
    assert head["encoding"] == "UTF-8" and got_misnamed == native


def test_omegat_36_does_not_read_a_glossary_named_tsv(omegat, desk, tmp_path):
    """Name the export .txt (or .utf8): OmegaT 3.6 loads .tab, .txt, .utf8, .csv and .tbx
    glossaries only (current OmegaT also takes .tsv)."""
    path = tmp_path / "omegat-ko.tsv"
    desk.export_tsv(str(path), lang="ko")
    _head, got, rc = omegat("tsv", path)
    assert rc == 4 and got == [{"error": "not read (file name extension)"}]
    txt = path.with_suffix(".utf8")
    shutil.copy(path, txt)
    _head, got, rc = omegat("tsv", txt)
    assert rc == 0 and len(got) == len(_pairs(desk, "ko", approved_only=False))


# -- TBX -------------------------------------------------------------------------------------

def _untranslated_slots(g, lang: str) -> list[str]:
    """The English preferred terms that have no approved target (or are not translated):
    in the per-language TBX 2 their termEntry has no target; an alias or abbreviation
    with no approved target of its own role has no termEntry at all."""
    out = []
    for e in g.list():
        for p in translation_pairs(e, lang):
            if p.slot == 0 and (not e.translate or p.target is None or p.target.status is not A):
                out.append(p.source.text)
    return out


@pytest.mark.parametrize("lang", ["ko", "ja"])
def test_omegat_reads_the_per_language_tbx2_without_deprecated_terms(omegat, desk, tmp_path, lang):
    path = tmp_path / f"{lang}.tbx"
    assert cli_main(["--db", desk.path, "export", "tbx", str(path), "--lang", lang, "--tbx-version", "2",
                     "--no-deprecated"]) == 0
    head, got, rc = omegat("tbx", path, "en", lang)
    assert rc == 0 and head == {"reader": "tbx", "source": "en", "target": lang}
    served = sorted((e["source"], t) for e in got for t in e["targets"] if t)
    approved = sorted((s, t) for s, t, _st in _pairs(desk, lang, approved_only=True)
                      if desk.get(_entry_of(desk, s)).translate)
    assert served == approved
    # an English form with no approved target is there for its notes, with an empty target
    assert sorted(e["source"] for e in got if e["targets"] == [""]) == sorted(_untranslated_slots(desk, lang))


def _entry_of(g, english: str) -> str:
    [e] = [e for e in g.list() if any(t.lang == "en" and t.text == english for t in e.terms)]
    return e.id


def test_omegat_serves_a_deprecated_term_of_the_default_tbx2_as_a_translation(omegat, desk, tmp_path):
    """Why --no-deprecated exists: by default the per-language TBX 2 writes the deprecated
    Korean form after the approved one (what Weblate marks forbidden); OmegaT ignores the
    administrativeStatus and offers it as a translation of the English term."""
    path = tmp_path / "ko.tbx"
    desk.export_tbx(str(path), lang="ko", version=2)
    assert "deprecatedTerm-admn-sts" in path.read_text("utf-8")
    _head, got, rc = omegat("tbx", path, "en", "ko")
    assert rc == 0
    pairs = [(e["source"], t) for e in got for t in e["targets"]]
    assert ("Hokkaido", "홋카이도") in pairs and ("Hokkaido", "북해도") in pairs
    safe = tmp_path / "ko-safe.tbx"
    desk.export_tbx(str(safe), lang="ko", version=2, deprecated=False)
    _head, got, _rc = omegat("tbx", safe, "en", "ko")
    assert [(e["source"], e["targets"]) for e in got if e["source"] == "Hokkaido"] == [("Hokkaido", ["홋카이도"])]


def test_omegat_36_refuses_tbx_v3(omegat, desk, tmp_path):
    """OmegaT reads martif only: ISO 30042:2019's <tbx> root is an unexpected element to
    its JAXB model, so the glossary pane would show nothing (use --tbx-version 2 or tsv)."""
    path = tmp_path / "all.tbx"
    desk.export_tbx(str(path))
    _head, got, rc = omegat("tbx", path, "en", "ko")
    assert rc == 3
    [error] = got
    assert "UnmarshalException" in error["error"] and "urn:iso:std:iso:30042:ed-2" in error["error"]
