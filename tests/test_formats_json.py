"""JSON: the DESIGN.md section 4 shape, lossless."""
from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings

from exchange_support import entries
from glossary.errors import FormatError
from glossary.formats.jsonfile import entry_from_dict, read_json, write_json
from glossary.model import Entry


@settings(max_examples=30, deadline=None)
@given(entries())
def test_dump_restore_lossless(items):
    out = io.StringIO()
    write_json(out, items)
    data = json.loads(out.getvalue())
    assert data["format"] == "glossary" and data["version"] == 1
    assert data["entries"][0].keys() >= {"id", "category", "note", "revision", "terms", "occurrences"}
    assert read_json(io.BytesIO(out.getvalue().encode())) == items


@settings(max_examples=30, deadline=None)
@given(entries())
def test_lean_decoder_is_entry_from_dict(items):
    for e in items:
        d = e.to_dict()
        assert entry_from_dict(d) == Entry.from_dict(d) == e
        # the lenient shapes Entry.from_dict accepts: bare strings, ints, missing fields
        loose = {"id": e.id, "revision": str(e.revision), "terms": {
            lang: [t["text"] if i % 2 else {**t, "confidence": 1, "evidence": None} for i, t in enumerate(ts)]
            for lang, ts in d["terms"].items()},
            "occurrences": [{**o, "line": str(o["line"]), "context": None} for o in d["occurrences"]]}
        assert entry_from_dict(loose) == Entry.from_dict(loose)


def test_bare_list_accepted():
    assert [e.id for e in read_json(io.StringIO('[{"id": "a", "terms": {"en": ["Alpha"]}}]'))] == ["a"]


@pytest.mark.parametrize("text, message", [
    ('{"format": "other"}', "not a glossary dump"),
    ('{"format": "glossary", "version": 9, "entries": []}', "newer"),
    ('[{"category": "person"}]', "missing field 'id'"),
    ('[{"id": "x", "category": "planet"}]', "entry 1"),
    ('"just a string"', "expected a JSON object"),
    ('[{"id": 7}]', "id must be a string"),
    ('[{"id": "x", "terms": {"en": [{"text": 5}]}}]', "text must be a string"),
    ('[{"id": "x", "terms": {"en": [{"text": "a", "role": "boss"}]}}]', "'boss' is not a valid Role"),
    ('[{"id": "x", "terms": {"en": [{"text": "a", "status": "maybe"}]}}]', "'maybe' is not a valid Status"),
    ('[{"id": "x", "occurrences": [{"doc": "a", "line": "one", "col": 1}]}]', "line must be a whole number"),
])
def test_bad_dumps(text, message):
    with pytest.raises(FormatError, match=message):
        read_json(io.StringIO(text))
