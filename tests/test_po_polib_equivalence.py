"""The own .po reader (formats/pofile.parse_po) reads translators' files as polib does.

glossary keeps its own strict reader (it names the line of a syntax error, refuses
duplicates, conflict blocks and unknown charsets, and reads the `#|` lines msgmerge
writes); this module proves it equal to polib, the reference Python reader, on what
the import uses: per message (msgctxt, msgid) the msgstr (msgstr[0] of a plural
message), the fuzzy flag, whether it is plural, the extracted comments (`#.`), the
references with a line number (`#:`), the previous message (`#|`); obsolete messages
(`#~`) left out; the header fields and the header's translator comments.

* over real catalogs of public projects (tests/data/po-real/, the source of each on its
  first line: Launchpad/Weblate (Ayatana), Django makemessages + Crowdin (DMOJ),
  Transifex (Cnchi), the project's own msgmerge (BleachBit); Japanese, Korean, Chinese,
  Arabic, Hebrew, European languages; plural forms, obsolete messages, fuzzy flags,
  wrapped lines);
* over catalogs hypothesis generates and polib writes (contexts, plurals, fuzzy and
  previous messages, obsolete ones, escapes, CJK, wrapped and unwrapped lines).

polib is a test dependency only (pyproject [test]); src/ never imports it.
"""
from __future__ import annotations

import io
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary.formats.pofile import parse_po

REAL = sorted((Path(__file__).parent / "data" / "po-real").glob("*.po"))


def ours(data: bytes) -> tuple[dict, str, dict]:
    catalog = parse_po(io.BytesIO(data), path="test.po")
    messages = {(m.msgctxt, m.msgid): {"msgstr": m.msgstr, "fuzzy": m.fuzzy, "plural": m.plural,
                                       "extracted": list(m.extracted), "references": list(m.references),
                                       "previous": m.previous}
                for m in catalog.messages}
    return catalog.header, "\n".join(catalog.comments), messages


def theirs(text: str) -> tuple[dict, str, dict]:
    po = polib.pofile(text, wrapwidth=0)
    messages = {}
    for e in po:
        if e.obsolete or (e.msgid == "" and e.msgctxt is None):
            continue
        previous = None
        if e.previous_msgid is not None or e.previous_msgctxt is not None:
            previous = (e.previous_msgctxt, e.previous_msgid if e.previous_msgid is not None else "?")
        messages[(e.msgctxt, e.msgid)] = {
            "msgstr": e.msgstr_plural.get(0, "") if e.msgid_plural else e.msgstr,
            "fuzzy": "fuzzy" in e.flags, "plural": bool(e.msgid_plural),
            "extracted": e.comment.split("\n") if e.comment else [],
            # a reference without a line number names no place: the reader keeps none
            "references": [(path, int(line)) for path, line in e.occurrences if line.isdigit()],
            "previous": previous}
    header = {k.strip(): v.strip() for k, v in po.metadata.items()}
    return header, po.header, messages


def assert_same(data: bytes, text: str) -> int:
    header, comments, messages = ours(data)
    p_header, p_comments, p_messages = theirs(text)
    assert header == p_header
    assert comments == p_comments
    assert sorted(messages, key=repr) == sorted(p_messages, key=repr)
    for key, fields in messages.items():
        assert fields == p_messages[key], key
    return len(messages)


def test_the_real_catalogs_are_twenty_or_more_with_their_source():
    assert len(REAL) >= 20
    for path in REAL:
        assert path.read_bytes().startswith(b"# source: https://github.com/"), path.name


@pytest.mark.parametrize("path", REAL, ids=[p.name for p in REAL])
def test_real_catalog_reads_as_polib_reads_it(path):
    data = path.read_bytes()
    n = assert_same(data, data.decode("utf-8"))
    assert n > 0


def test_the_real_catalogs_exercise_what_translators_tools_write():
    """The corpus has what the comparison must cover: plural messages, fuzzy ones,
    obsolete ones, CJK translations, wrapped strings, references without line numbers."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in REAL)
    for needle in ("msgid_plural", "#, fuzzy", "#~ msgid", 'msgid ""\n"', "msgstr[1]"):
        assert needle in text, needle
    assert any("\u3040" <= c <= "\u30ff" for c in text) and any("\uac00" <= c <= "\ud7a3" for c in text)


# -- generated catalogs ------------------------------------------------------------------

#: text of messages: ASCII, quotes, backslashes, tabs, newlines, Japanese, Korean, accents
TEXT = st.text(alphabet=st.sampled_from(list("abc XYZ019.,:;%{}()-_'\"\\\t\n") + list("東京会議とテすト한국어éñ")),
               max_size=40)
WORD = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz0123456789")), min_size=1, max_size=8)
COMMENT = st.text(alphabet=st.sampled_from(list("abc XYZ019.,:%{}-'\"東京한국")), max_size=30).map(str.strip)


@st.composite
def catalogs(draw) -> polib.POFile:
    po = polib.POFile(wrapwidth=draw(st.sampled_from([0, 20, 78])))
    po.header = draw(st.sampled_from(["", "Translations of a test catalog.\nCopyright (C) the authors."]))
    po.metadata = {"Project-Id-Version": "probe 1.0", "Language": draw(st.sampled_from(["ja", "ko", "de"])),
                   "MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8",
                   "Content-Transfer-Encoding": "8bit", "Plural-Forms": "nplurals=2; plural=(n != 1);"}
    seen = set()
    for _ in range(draw(st.integers(0, 8))):
        msgid = draw(TEXT.filter(lambda s: s != ""))
        ctx = draw(st.one_of(st.none(), WORD))
        if (ctx, msgid) in seen:
            continue
        seen.add((ctx, msgid))
        plural = draw(st.booleans())
        entry = polib.POEntry(msgid=msgid, msgctxt=ctx, obsolete=draw(st.integers(0, 5)) == 0,
                              comment="\n".join(draw(st.lists(COMMENT.filter(bool), max_size=2))),
                              tcomment=draw(COMMENT),
                              occurrences=[(draw(WORD) + ".py", str(draw(st.integers(1, 999))))
                                           for _ in range(draw(st.integers(0, 2)))],
                              flags=draw(st.sampled_from([[], ["fuzzy"], ["python-format"], ["fuzzy", "c-format"]])))
        if plural:
            entry.msgid_plural = draw(TEXT.filter(bool))
            entry.msgstr_plural = {0: draw(TEXT), 1: draw(TEXT)}
        else:
            entry.msgstr = draw(TEXT)
        if "fuzzy" in entry.flags and draw(st.booleans()):
            entry.previous_msgid = draw(TEXT.filter(bool))
            entry.previous_msgctxt = draw(st.one_of(st.none(), WORD))
        po.append(entry)
    return po


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogs())
def test_generated_catalog_reads_as_polib_reads_it(po):
    text = str(po)
    assert_same(text.encode("utf-8"), text)


def test_the_comparison_can_fail():
    """A reader that lost the fuzzy flag, or a msgstr, would be caught."""
    text = 'msgid ""\nmsgstr "Language: ko\\n"\n\n#, fuzzy\nmsgid "Seoul"\nmsgstr "서울"\n'
    header, comments, messages = ours(text.encode())
    messages[(None, "Seoul")]["fuzzy"] = False
    assert messages != theirs(text)[2]
