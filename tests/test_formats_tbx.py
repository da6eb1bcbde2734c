"""TBX: our writer (v3 and v2), the safe reader, and translate-toolkit reading our files."""
from __future__ import annotations

import io

import pytest

from exchange_support import DATA, termbase
from glossary.errors import FormatError
from glossary.formats.tbxfile import TBX3_NS, XML_LANG, read_tbx, write_tbx
from glossary.model import Category, Entry, Role, Status, Term

SAMPLE = [Entry("ishiba-shigeru", Category.PERSON, "PM <Japan> & \"more\"\r\nline two", (
    Term("en", "Ishiba Shigeru", Role.PREFERRED, Status.APPROVED, "text"),
    Term("en", "PM Ishiba", Role.DEPRECATED, Status.APPROVED, "editor"),
    Term("ja", "石破茂", Role.PREFERRED, Status.SUGGESTED, "footnote:10", 0.9, "footnote 10\ncites it", "いしば しげる"),
    Term("ko", "이시바", Role.ABBREVIATION, Status.REJECTED, "romanization", 0.25),
))]


def _write(entries, **kw) -> bytes:
    out = io.StringIO()
    write_tbx(out, entries, **kw)
    return out.getvalue().encode("utf-8")


def test_v3_structure():
    from defusedxml import ElementTree as ET

    root = ET.fromstring(_write(SAMPLE))
    ns = {"t": TBX3_NS}
    assert root.tag == f"{{{TBX3_NS}}}tbx" and root.get("type") == "TBX-Basic" and root.get("style") == "dca"
    assert root.get(XML_LANG) == "en"
    [concept] = root.findall(".//t:conceptEntry", ns)
    assert concept.get("id") == "ishiba-shigeru"
    # one concept; the rejected Korean term is not written, so Korean gets no langSec
    assert [ls.get(XML_LANG) for ls in concept.findall("t:langSec", ns)] == ["en", "ja"]
    assert "이시바" not in _write(SAMPLE).decode()
    # the category is a note: subjectField is the domain (none here)
    assert concept.find("t:descrip[@type='subjectField']", ns) is None
    assert [n.text for n in concept.findall("t:note", ns)][0] == "category: person"
    ja = concept.find("t:langSec[@xml:lang='ja']/t:termSec", {**ns, "xml": "http://www.w3.org/XML/1998/namespace"})
    assert ja.find("t:term", ns).text == "石破茂"
    notes = {n.get("type"): n.text for n in ja.findall("t:termNote", ns)}
    # a suggestion is never preferredTerm: admittedTerm, and a note that says what it is
    assert notes == {"termType": "fullForm", "administrativeStatus": "admittedTerm-admn-sts"}
    assert [n.text for n in ja.findall("t:note", ns)][:2] == ["status: suggested", "confidence: 0.9"]
    assert ja.find("t:admin[@type='source']", ns).text == "footnote:10"
    en = concept.findall("t:langSec[@xml:lang='en']/t:termSec", {**ns, "xml": "http://www.w3.org/XML/1998/namespace"})
    assert [{n.get("type"): n.text for n in t.findall("t:termNote", ns)}["administrativeStatus"] for t in en] == [
        "preferredTerm-admn-sts", "deprecatedTerm-admn-sts"]


@pytest.mark.parametrize("version", [3, 2])
def test_round_trip_lossless_but_rejected(version):
    [back] = read_tbx(io.BytesIO(_write(SAMPLE, version=version)))
    assert back == SAMPLE[0].with_terms(SAMPLE[0].terms[:3])  # CR in the note survives as &#13;


FULL = Entry("2024-election", Category.EVENT, "Called in October.", (
    Term("en", "2024 general election", Role.PREFERRED, Status.APPROVED, "text", part_of_speech="noun",
         context="The 2024 general election was held on 27 October."),
    Term("en", "the election", Role.ALIAS, Status.SUGGESTED, "text", 0.6),
    Term("ko", "2024년 총선", Role.PREFERRED, Status.APPROVED, "editor", part_of_speech="properNoun"),
), (), 4, "2024-10-01T09:30:00Z", "2024-11-02T10:00:00Z", {"en": "The House election of 2024.", "ja": "衆院選"},
    "domestic politics", False, "kim", "lee")


@pytest.mark.parametrize("version", [3, 2])
def test_round_trip_of_the_terminologist_fields(version):
    """Definitions (one without a langSec of its language), subject field, translate flag,
    dates and authors, context, part of speech (one TBX-Basic does not list); an id that
    starts with a digit is written with a prefix and read back without it."""
    data = _write([FULL], version=version)
    assert b'id="_2024-election"' in data
    [back] = read_tbx(io.BytesIO(data))
    assert back == FULL.replace(revision=0)


def test_lang_filter_leaves_out_empty_concepts():
    """`--lang ko` on an entry whose only Korean term is rejected, and on one with no
    English or Korean term at all: the first keeps its English, the second is not written."""
    only_ja = Entry("only-ja", terms=(Term("ja", "日本語だけ", status=Status.APPROVED),))
    out = io.StringIO()
    assert write_tbx(out, SAMPLE + [only_ja], langs=("en", "ko")) == 1
    [back] = read_tbx(io.BytesIO(out.getvalue().encode()))
    assert back.languages == ("en",) and "only-ja" not in out.getvalue()


HOKKAIDO = Entry("hokkaido", Category.PLACE, "", (
    Term("en", "Hokkaido", Role.PREFERRED, Status.APPROVED),
    Term("en", "Ezo", Role.DEPRECATED, Status.APPROVED),
    Term("ja", "北海道", Role.PREFERRED, Status.APPROVED),
    Term("ko", "홋카이도", Role.PREFERRED, Status.APPROVED),
    Term("ko", "북해도", Role.DEPRECATED, Status.APPROVED)))


@pytest.mark.parametrize("version,langs", [(2, ("en", "ko")), (2, None), (3, ("en", "ko")), (3, None)])
def test_without_deprecated_terms(version, langs):
    """`export tbx --no-deprecated` (issue 13): OmegaT pairs every English term of an entry
    with every target term whatever its status (tests/test_omegat_real.py), so a file for
    OmegaT must not hold deprecated terms at all.  By default they are written (Weblate's
    forbidden terms)."""
    with_them = _write([HOKKAIDO], version=version, langs=langs).decode()
    assert "북해도" in with_them and "deprecatedTerm-admn-sts" in with_them
    without = _write([HOKKAIDO], version=version, langs=langs, deprecated=False).decode()
    assert "북해도" not in without and "Ezo" not in without and "deprecatedTerm" not in without
    assert "홋카이도" in without and "Hokkaido" in without
    [back] = read_tbx(io.BytesIO(without.encode()))
    expected = ["Hokkaido", "北海道", "홋카이도"] if langs is None else ["Hokkaido", "홋카이도"]
    assert [t.text for t in back.terms] == expected


def test_cli_no_deprecated(tmp_path):
    from glossary.cli import main

    db = tmp_path / "t.db"
    termbase(db, [HOKKAIDO]).close()
    for extra, present in (([], True), (["--no-deprecated"], False)):
        out = tmp_path / "ko.tbx"
        assert main(["--db", str(db), "export", "tbx", str(out), "--lang", "ko", "--tbx-version", "2", *extra]) == 0
        assert ("북해도" in out.read_text("utf-8")) is present


def test_translate_toolkit_reads_our_tbx2():
    tbx = pytest.importorskip("translate.storage.tbx", reason="translate-toolkit is not installed")
    store = tbx.tbxfile.parsestring(_write(SAMPLE, version=2), sourcelanguage="en", targetlanguage="ja")
    [unit] = store.units
    assert unit.source == "Ishiba Shigeru" and unit.target == "石破茂"


def test_translate_toolkit_and_tbx_v3():
    """translate-toolkit 3.20 only reads TBX 2 (its root must be <martif>): our v3 file is
    refused by it, which is why `export tbx --tbx-version 2` exists."""
    tbx = pytest.importorskip("translate.storage.tbx", reason="translate-toolkit is not installed")
    try:
        store = tbx.tbxfile.parsestring(_write(SAMPLE, version=3))
    except (AssertionError, ValueError, Exception):
        pytest.skip("translate-toolkit cannot read TBX v3 (ISO 30042:2019); it reads our TBX 2 export")
    assert [u.source for u in store.units] == ["Ishiba Shigeru"]


def test_reads_translate_toolkit_file():
    with open(DATA / "tbx2_translate_toolkit.tbx", "rb") as fh:
        entries = read_tbx(fh)
    assert [(e.id, e.text("en"), e.text("ko")) for e in entries] == [
        ("", "Ishiba Shigeru", "이시바 시게루"), ("", "Yoon Suk Yeol", "윤석열")]
    assert entries[0].note == "Prime minister"


def test_reads_multiterm_style_tbx2():
    with open(DATA / "tbx2_weblate_ntig.tbx", "rb") as fh:
        cptpp, quad = read_tbx(fh)
    # subjectField is the domain (another tool's file): the category stays "other"
    assert cptpp.id == "c1" and cptpp.category is Category.OTHER and cptpp.subject == "agreement"
    assert cptpp.definition("en") == "A trade agreement." and cptpp.note == ""
    assert [(t.lang, t.text, t.role.value) for t in cptpp.terms] == [
        ("en", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "preferred"),
        ("en", "CPTPP", "abbreviation"), ("en", "TPP-11", "deprecated"),
        ("ja-JP", "環太平洋パートナーシップに関する包括的及び先進的な協定", "preferred"),
        ("ko", "포괄적·점진적 환태평양경제동반자협정", "preferred")]
    assert cptpp.terms[3].evidence == "official name"
    assert quad.id == "" and quad.text("ko") == "쿼드"


def test_import_tbx2_with_doctype_into_termbase(tmp_path):
    g = termbase(tmp_path / "t.db")
    report = g.import_file(str(DATA / "tbx2_weblate_ntig.tbx"))
    assert sorted(report.added) == ["c1", "quad"]
    assert g.get("c1").text("ja") == "環太平洋パートナーシップに関する包括的及び先進的な協定"  # ja-JP -> ja
    again = g.import_file(str(DATA / "tbx2_weblate_ntig.tbx"))  # entry without id: matched on English
    assert again.added == () and again.unchanged == 2
    g.close()


@pytest.mark.parametrize("name, needle", [("tbx_billion_laughs.tbx", "lol"), ("tbx_xxe.tbx", "secret")])
def test_entity_attacks_refused(tmp_path, name, needle):
    with open(DATA / name, "rb") as fh, pytest.raises(FormatError, match="refused") as err:
        read_tbx(fh, path=name)
    assert needle in str(err.value)
    g = termbase(tmp_path / "t.db")
    with pytest.raises(FormatError):
        g.import_file(str(DATA / name))
    assert g.count() == 0
    g.close()


def test_xxe_reads_no_file(tmp_path, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    doc = (DATA / "tbx_xxe.tbx").read_text(encoding="utf-8").replace("file:///etc/passwd", secret.as_uri())
    opened = []
    real_open = open

    def spy(file, *a, **kw):
        opened.append(str(file))
        return real_open(file, *a, **kw)
    monkeypatch.setattr("builtins.open", spy)
    with pytest.raises(FormatError, match="refused"):
        read_tbx(io.BytesIO(doc.encode()), path="xxe.tbx")
    assert str(secret) not in opened


def test_not_tbx_and_malformed():
    with pytest.raises(FormatError, match="not a TBX"):
        read_tbx(io.BytesIO(b"<html/>"))
    with pytest.raises(FormatError, match="well-formed") as err:
        read_tbx(io.BytesIO(b"<tbx>\n<text>\n</tbx>"), path="bad.tbx")
    assert err.value.line == 3


def test_xml_illegal_character_refused_on_export():
    bad = Entry("x", note="bell \x07", terms=(Term("en", "X"),))
    with pytest.raises(FormatError, match="XML cannot hold"):
        _write([bad])
