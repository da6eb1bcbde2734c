"""JSON: the DESIGN.md section 4 shape, lossless."""
from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings

from exchange_support import entries
from glossary.errors import FormatError
from glossary.formats.jsonfile import read_json, write_json


@settings(max_examples=30, deadline=None)
@given(entries())
def test_dump_restore_lossless(items):
    out = io.StringIO()
    write_json(out, items)
    data = json.loads(out.getvalue())
    assert data["format"] == "glossary" and data["version"] == 1
    assert data["entries"][0].keys() >= {"id", "category", "note", "revision", "terms", "occurrences"}
    assert read_json(io.BytesIO(out.getvalue().encode())) == items


def test_bare_list_accepted():
    assert [e.id for e in read_json(io.StringIO('[{"id": "a", "terms": {"en": ["Alpha"]}}]'))] == ["a"]


@pytest.mark.parametrize("text, message", [
    ('{"format": "other"}', "not a glossary dump"),
    ('{"format": "glossary", "version": 9, "entries": []}', "newer"),
    ('[{"category": "person"}]', "missing field 'id'"),
    ('[{"id": "x", "category": "planet"}]', "entry 1"),
    ('"just a string"', "expected a JSON object"),
])
def test_bad_dumps(text, message):
    with pytest.raises(FormatError, match=message):
        read_json(io.StringIO(text))
