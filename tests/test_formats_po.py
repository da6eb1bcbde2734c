"""PO/MO: our writer and strict reader, and real clients reading what we write."""
from __future__ import annotations

import gettext
import io
import re
import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchange_support import DATA, entries, free_text, frozen_clock, termbase
from glossary.errors import FormatError
from glossary.formats import pofile
from glossary.model import Category, Entry, Occurrence, Role, Status, Term

SAMPLE = [
    Entry("ishiba-shigeru", Category.PERSON, 'Prime Minister.\nSecond line: "quoted"\ttab \\ backslash', (
        Term("en", "Ishiba Shigeru", Role.PREFERRED, Status.APPROVED),
        Term("en", "Ishiba", Role.ALIAS, Status.APPROVED),
        Term("ko", "이시바 시게루", Role.PREFERRED, Status.APPROVED, reading="isiba sigeru"),
        Term("ja", "石破茂", Role.PREFERRED, Status.SUGGESTED, "footnote:10", 0.9, "footnote 10", "いしば しげる"),
    ), (Occurrence("seeds/000_409e99854556560e.txt", 1, 16), Occurrence("seeds/with space.txt", 4, 1))),
    Entry("bank-of-japan", Category.INSTITUTION, "", (
        Term("en", "Bank of Japan", Role.PREFERRED, Status.APPROVED),
        Term("en", "BOJ", Role.ABBREVIATION, Status.APPROVED),
        Term("ko", "일본은행", Role.PREFERRED, Status.SUGGESTED),
        Term("ja", "日本銀行", Role.PREFERRED, Status.APPROVED),
        Term("ja", "日銀", Role.ABBREVIATION, Status.APPROVED),
    )),
    Entry("quad", Category.INSTITUTION, "", (Term("en", "Quad", Role.PREFERRED, Status.APPROVED),)),
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """locale/ for ja and ko (with .mo), from the sample termbase."""
    tmp = tmp_path_factory.mktemp("po")
    with frozen_clock():
        g = termbase(tmp / "t.db", SAMPLE)
        out = tmp / "locale"
        paths = {lang: g.export_po(lang, str(out), mo=True).paths for lang in ("ja", "ko")}
        g.close()
    return paths


# -- regexes and escapes, table-driven ---------------------------------------------------

@pytest.mark.parametrize("ctx, expected, why", [
    ("ishiba-shigeru", ("ishiba-shigeru", 0), "plain id: slot 0"),
    ("ishiba-shigeru|2", ("ishiba-shigeru", 2), "alias slot 2"),
    ("a|0", None, "slot numbers start at 1 (0 is the bare id)"),
    ("a|x", None, "slot must be a number"),
    ("", None, "no msgctxt"),
])
def test_context(ctx, expected, why):
    assert pofile.split_context(ctx) == expected, why


@pytest.mark.parametrize("line, groups, why", [
    ("en preferred (approved)", ("en", "preferred", "approved"), "term line"),
    ("ko abbreviation (suggested)", ("ko", "abbreviation", "suggested"), "abbreviation"),
    ("ko preferred(approved)", None, "needs the space"),
    ("english preferred (approved)", None, "language is a 2-3 letter tag"),
])
def test_term_line(line, groups, why):
    m = pofile.TERM_LINE.match(line)
    assert (m and (m["lang"], m["role"], m["status"])) == groups or (m is None and groups is None), why


@pytest.mark.parametrize("refs, expected, why", [
    ("a.txt:3 b/c.md:10", [("a.txt", 3), ("b/c.md", 10)], "two references"),
    ("\u2068with space.txt\u2069:4", [("with space.txt", 4)], "isolates around a path with spaces"),
    ("C:/x.txt:7", [("C:/x.txt", 7)], "the last colon separates the line"),
    ("nolinenumber", [], "a reference without a line is ignored"),
])
def test_reference(refs, expected, why):
    got = [(m["q"], int(m["qline"])) if m["q"] is not None else (m["p"], int(m["line"]))
           for m in pofile.REFERENCE.finditer(refs)]
    assert got == expected, why


@given(st.text())
def test_po_string_escape_round_trip(s):
    assert pofile.po_unescape(pofile.po_escape(s)) == s
    assert "\n" not in pofile.po_escape(s) and "\r" not in pofile.po_escape(s)


@given(free_text)
def test_comment_escape_round_trip(s):
    escaped = pofile.comment_escape(s)
    assert len(escaped.splitlines()) <= 1
    assert pofile.comment_unescape(escaped) == s


# -- our reader --------------------------------------------------------------------------

@pytest.mark.parametrize("text, line, why", [
    ('msgid "a"\nmsgstr "b\n', 2, "unterminated string"),
    ('msgid "a"\n', 1, "msgid without msgstr"),
    ('msgid "a"\nmsgstr "b"\nmsgid "a"\nmsgstr "c"\n', 3, "duplicate message"),
    ('msgid "a"\nmsgstr "b"\nbogus "x"\n', 3, "unknown keyword"),
    ('"orphan"\n', 1, "continuation without keyword"),
    ('msgid "a\\q"\nmsgstr ""\n', 1, "invalid escape"),
    ('msgid "a"\nmsgstr "\xff"\n'.encode("latin-1"), 2, "not UTF-8"),
])
def test_parse_errors_name_the_line(text, line, why):
    data = text if isinstance(text, bytes) else text.encode()
    with pytest.raises(FormatError) as err:
        pofile.parse_po(io.BytesIO(data), path="x.po")
    assert err.value.line == line, why
    assert str(err.value).startswith(f"x.po:{line}: ")


def test_syntax_error_fixture():
    with open(DATA / "po_syntax_error.po", "rb") as fh, pytest.raises(FormatError) as err:
        pofile.parse_po(fh, path="po_syntax_error.po")
    assert err.value.line == 17


def test_read_po_gives_entries(exported):
    with open(exported["ko"][1], "rb") as fh:
        entries_ = {e.id: e for e in pofile.read_po(fh)}
    e = entries_["ishiba-shigeru"]
    assert e.note == SAMPLE[0].note and e.category is Category.PERSON
    assert [(t.lang, t.text, t.role.value) for t in e.terms] == [
        ("en", "Ishiba Shigeru", "preferred"), ("en", "Ishiba", "alias"), ("ko", "이시바 시게루", "preferred")]
    assert e.terms[2].reading == "isiba sigeru"
    assert [(o.doc, o.line) for o in e.occurrences] == [("seeds/000_409e99854556560e.txt", 1),
                                                        ("seeds/with space.txt", 4)]


def test_catalog_layout(exported):
    pot, po, mo = exported["ko"]
    assert pot.endswith("locale/glossary.pot") and po.endswith("locale/ko/LC_MESSAGES/glossary.po")
    text = open(po, encoding="utf-8").read()
    assert '"Language: ko\\n"' in text and '"Plural-Forms: nplurals=1; plural=0;\\n"' in text
    assert '"Content-Type: text/plain; charset=utf-8\\n"' in text and "Language-Team: Korean" in text
    # suggested -> fuzzy; approved -> plain; none -> empty; aliases are messages of their own
    assert '#, fuzzy\nmsgctxt "bank-of-japan"\nmsgid "Bank of Japan"\nmsgstr "일본은행"' in text
    assert '#. en abbreviation (approved)\nmsgctxt "bank-of-japan|1"\nmsgid "BOJ"\nmsgstr ""' in text
    # the export id (the merge base is the termbase's record of this export), as a header
    # field and a header comment line; not in the .pot (a template is no export)
    [export_id] = re.findall(r'"X-Glossary-Export: (ko-[0-9a-f]{24})\\n"', text)
    assert f"\n# X-Glossary-Export: {export_id}\n" in text
    assert "X-Glossary-Export" not in open(pot, encoding="utf-8").read()
    assert " base " not in text
    assert 'msgctxt "quad"\nmsgid "Quad"\nmsgstr ""' in text
    assert "#. en aliases: Ishiba\n" in text


# -- real clients ------------------------------------------------------------------------

@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="msgfmt (GNU gettext) is not installed: "
                                                           "apt-get install gettext to run this check")
@pytest.mark.parametrize("lang", ["ja", "ko"])
def test_msgfmt_check_accepts(exported, lang):
    for path in exported[lang][:2]:
        run = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", path], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="msgfmt (GNU gettext) is not installed")
@settings(max_examples=15, deadline=None)
@given(entries())
def test_msgfmt_accepts_arbitrary_terms(tmp_path_factory, items):
    from glossary.formats.pofile import write_po

    path = tmp_path_factory.mktemp("any") / "x.po"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        write_po(fh, items, lang="ko", stamp="2024-10-01T09:30:00Z")
    run = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("lang", ["ja", "ko"])
def test_polib_reads(exported, lang):
    import polib

    catalog = polib.pofile(exported[lang][1])
    assert catalog.metadata["Language"] == lang
    by_ctx = {(m.msgctxt, m.msgid): m for m in catalog}
    ishiba = by_ctx[("ishiba-shigeru", "Ishiba Shigeru")]
    assert ("fuzzy" in ishiba.flags) == (lang == "ja")
    assert ishiba.msgstr == {"ja": "石破茂", "ko": "이시바 시게루"}[lang]
    assert ("seeds/000_409e99854556560e.txt", "1") in ishiba.occurrences
    assert any(c.startswith("note: Prime Minister.") for c in ishiba.comment.split("\n"))


@pytest.mark.parametrize("lang", ["ja", "ko"])
def test_babel_reads(exported, lang):
    from babel.messages.pofile import read_po

    with open(exported[lang][1], "rb") as fh:
        catalog = read_po(fh, abort_invalid=True)
    assert str(catalog.locale) == lang
    msg = catalog.get("Bank of Japan", context="bank-of-japan")
    assert msg.string == {"ja": "日本銀行", "ko": "일본은행"}[lang] and msg.fuzzy == (lang == "ko")
    assert catalog.get("BOJ", context="bank-of-japan|1").string == {"ja": "日銀", "ko": ""}[lang]


def test_translate_toolkit_reads_po(exported):
    pypo = pytest.importorskip("translate.storage.pypo", reason="translate-toolkit is not installed")
    with open(exported["ko"][1], "rb") as fh:
        store = pypo.pofile(fh)
    units = {(u.getcontext(), u.source): u for u in store.units if not u.isheader()}
    unit = units[("bank-of-japan", "Bank of Japan")]
    assert unit.target == "일본은행" and unit.isfuzzy()
    assert units[("ishiba-shigeru", "Ishiba Shigeru")].target == "이시바 시게루"
    assert store.gettargetlanguage() == "ko"


def test_mo_returns_the_korean_term(exported):
    mo = exported["ko"][2]
    with open(mo, "rb") as fh:
        translations = gettext.GNUTranslations(fh)
    assert translations.pgettext("ishiba-shigeru", "Ishiba Shigeru") == "이시바 시게루"
    # fuzzy (suggested) translations are not compiled, as with msgfmt
    assert translations.pgettext("bank-of-japan", "Bank of Japan") == "Bank of Japan"
    with open(exported["ja"][2], "rb") as fh:
        ja = gettext.GNUTranslations(fh)
    assert ja.pgettext("bank-of-japan|1", "BOJ") == "日銀"
