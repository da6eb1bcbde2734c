"""CSV (full, one row per term) and the OmegaT TSV glossary."""
from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchange_support import DATA
from glossary.formats.csvfile import guard, read_csv, read_tsv, unguard, write_csv, write_tsv
from glossary.model import Category, Entry, Role, Status, Term

SAMPLE = [
    Entry("formula", Category.OTHER, "=cmd|' /C calc'!A0", (
        Term("en", "+1 trick", Role.PREFERRED, Status.APPROVED, "text", 1.0, "@SUM(1)", "-reading"),
        Term("ko", "'=quoted already", Role.ALIAS, Status.SUGGESTED, "editor", 0.5),
    )),
    Entry("empty", Category.PLACE, "line one\nline two, \"quoted\"\ttab", ()),
]


@pytest.mark.parametrize("cell, safe, why", [
    ("=1+1", "'=1+1", "formula"),
    ("+1", "'+1", "plus"),
    ("-1", "'-1", "minus"),
    ("@SUM(A1)", "'@SUM(A1)", "at"),
    ("\tx", "'\tx", "leading tab"),
    ("'=x", "''=x", "an apostrophe that reading would remove is protected"),
    ("'abc", "'abc", "a plain leading apostrophe is left alone"),
    ("a=b", "a=b", "only the first character matters"),
    ("", "", "empty"),
])
def test_guard_table(cell, safe, why):
    assert guard(cell) == safe, why
    assert unguard(safe) == cell, why


@given(st.text())
def test_guard_round_trip(cell):
    assert unguard(guard(cell)) == cell
    assert guard(cell)[:1] not in ("=", "+", "-", "@", "\t", "\r")


def test_csv_is_safe_and_lossless():
    out = io.StringIO(newline="")
    write_csv(out, SAMPLE)
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows[0][:5] == ["id", "category", "note", "lang", "text"]
    for row in rows[1:]:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@"), cell
    back = read_csv(io.BytesIO(out.getvalue().encode("utf-8-sig")))
    assert back == SAMPLE


def test_csv_header_required():
    with pytest.raises(Exception, match="lacks column"):
        read_csv(io.BytesIO(b"a,b\n1,2\n"), path="x.csv")


def test_omegat_tsv_write_and_read():
    entries = [Entry("yoon", Category.PERSON, "President\nof Korea", (
        Term("en", "Yoon Suk Yeol", Role.PREFERRED, Status.APPROVED),
        Term("en", "Yoon", Role.ALIAS, Status.APPROVED),
        Term("ko", "윤석열", Role.PREFERRED, Status.APPROVED))),
        Entry("no-ko", terms=(Term("en", "Nothing"),))]
    out = io.StringIO()
    write_tsv(out, entries, lang="ko")
    # OmegaT's coding line first; the alias "Yoon" has no Korean alias to pair with: no line
    assert out.getvalue() == ("# Glossary in tab-separated format -*- coding: utf-8 -*-\n"
                              "Yoon Suk Yeol\t윤석열\tperson; President of Korea\n")
    back = read_tsv(io.BytesIO(out.getvalue().encode()), lang="ko")
    assert [(e.text("en"), e.text("ko"), e.category.value, e.note) for e in back] == [
        ("Yoon Suk Yeol", "윤석열", "person", "President of Korea")]


def test_omegat_fixture():
    with open(DATA / "omegat_ko.tsv", "rb") as fh:
        rows = read_tsv(fh, lang="ko")
    assert [(e.text("en"), e.text("ko")) for e in rows] == [
        ("Yoon Suk Yeol", "윤석열"), ("Quad", "쿼드"), ('=HYPERLINK("x")', "=1+1")]
