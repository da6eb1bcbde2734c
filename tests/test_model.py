"""The domain model (DESIGN.md section 3) and its JSON shape (section 4)."""
from __future__ import annotations

import json

import pytest

from glossary.model import (CORE_LANGS, Category, Change, Entry, LookupHit, Occurrence, Role, Status,
                            Term)

# The example of DESIGN.md section 4, verbatim.
DESIGN_EXAMPLE = json.loads("""
{"id": "ishiba-shigeru", "category": "person", "note": "", "revision": 3,
 "terms": {
   "en": [{"text": "Ishiba Shigeru", "role": "preferred", "status": "approved", "origin": "text", "confidence": 1.0},
          {"text": "Ishiba", "role": "alias", "status": "approved", "origin": "text", "confidence": 1.0}],
   "ja": [{"text": "石破茂", "role": "preferred", "status": "suggested", "origin": "footnote:10", "confidence": 0.9, "reading": "いしば しげる"}],
   "ko": []},
 "occurrences": [{"doc": "seeds/000_409e99854556560e.txt", "line": 1, "col": 16, "context": "Prime Minister Ishiba Shigeru was inaugurated ...", "footnote": null}]}
""")


def test_design_example_round_trips_exactly():
    entry = Entry.from_dict(DESIGN_EXAMPLE)
    out = entry.to_dict()
    added = set(out) - set(DESIGN_EXAMPLE)
    assert added <= {"created_at", "updated_at", "definitions", "subject", "translate", "created_by",
                     "updated_by"}, "fields may be added, never renamed"
    assert {k: out[k] for k in DESIGN_EXAMPLE} == DESIGN_EXAMPLE


def test_entry_values_are_coerced_to_enums_and_tuples():
    e = Entry("x", "person", terms=[Term("en", "X", "alias", "approved")], occurrences=[Occurrence("d", 1, 2)])
    assert e.category is Category.PERSON
    assert isinstance(e.terms, tuple) and isinstance(e.occurrences, tuple)
    assert e.terms[0].role is Role.ALIAS and e.terms[0].status is Status.APPROVED


@pytest.mark.parametrize("bad", [{"category": "nonsense"}, {"role": "nonsense"}, {"status": "nonsense"}],
                         ids=["category", "role", "status"])
def test_unknown_enum_values_are_refused(bad):
    with pytest.raises(ValueError):
        if "category" in bad:
            Entry("x", bad["category"])
        else:
            Term("en", "X", **bad)


def test_model_objects_are_frozen():
    e = Entry("x")
    with pytest.raises(AttributeError):
        e.note = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        Term("en", "X").text = "Y"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del e.id
    assert e.replace(note="changed").note == "changed" and e.note == ""
    with pytest.raises(TypeError):
        e.replace(colour="red")


def test_model_objects_compare_hash_copy_and_pickle_by_value():
    import copy
    import pickle

    t = Term("ja", "石破茂", "alias", "approved", "footnote:10", 0.9, "why", "いしば しげる")
    e = Entry("ishiba-shigeru", "person", "", (t,), (), 3)
    assert t == Term("ja", "石破茂", Role.ALIAS, Status.APPROVED, "footnote:10", 0.9, "why", "いしば しげる")
    assert hash(t) == hash(t.replace())
    assert t != t.replace(text="石破")
    assert copy.deepcopy(e) == e and pickle.loads(pickle.dumps(e)) == e
    assert "石破茂" in repr(e)


def test_preferred_prefers_approved_then_role_then_confidence_and_skips_rejected_and_deprecated():
    e = Entry("x", terms=(
        Term("ja", "却下", Role.PREFERRED, Status.REJECTED),
        Term("ja", "旧称", Role.DEPRECATED, Status.APPROVED),
        Term("ja", "候補低", Role.PREFERRED, Status.SUGGESTED, confidence=0.3),
        Term("ja", "候補高", Role.PREFERRED, Status.SUGGESTED, confidence=0.9),
        Term("ja", "別名", Role.ALIAS, Status.APPROVED),
    ))
    assert e.text("ja") == "別名"  # approved beats suggested, whatever the role
    e2 = e.with_terms(t for t in e.terms if t.text != "別名")
    assert e2.text("ja") == "候補高"
    assert e2.text("ko") == "" and e2.preferred("ko") is None


@pytest.mark.parametrize("terms, state", [
    ((), "missing"),
    ((Term("ko", "가", status=Status.REJECTED),), "missing"),
    ((Term("ko", "가"),), "suggested"),
    ((Term("ko", "가"), Term("ko", "나", status=Status.APPROVED)), "approved"),
], ids=["none", "only-rejected", "suggested", "approved"])
def test_state_of_a_language(terms, state):
    assert Entry("x", terms=terms).state("ko") == state


def test_to_dict_always_has_the_core_languages_in_order_and_extra_languages_after():
    d = Entry("x", terms=(Term("zh", "中"), Term("en", "X"))).to_dict()
    assert list(d["terms"])[:3] == list(CORE_LANGS)
    assert d["terms"]["zh"] == [Term("zh", "中").to_dict()]
    assert d["terms"]["ja"] == [] and d["terms"]["ko"] == []


def test_to_dict_without_occurrences():
    assert "occurrences" not in Entry("x").to_dict(occurrences=False)


def test_term_json_omits_empty_optional_fields_and_rounds_confidence():
    d = Term("en", "X", confidence=0.123456789).to_dict()
    assert set(d) == {"text", "role", "status", "origin", "confidence"}
    assert d["confidence"] == 0.1235


@pytest.mark.parametrize("term, editor", [
    (Term("ja", "x"), False),
    (Term("ja", "x", status=Status.APPROVED), True),
    (Term("ja", "x", status=Status.REJECTED), True),
    (Term("ja", "x", origin="editor"), True),
    (Term("ja", "x", origin="import:po"), True),
    (Term("ja", "x", origin="footnote:3"), False),
], ids=["suggested-text", "approved", "rejected", "editor", "import", "footnote"])
def test_is_editor_work(term, editor):
    assert term.is_editor_work is editor


def test_from_dict_accepts_bare_strings_as_terms():
    e = Entry.from_dict({"id": "x", "terms": {"en": ["X"]}})
    assert e.terms == (Term("en", "X"),)


def test_lookup_hit_json_is_the_entry_plus_a_match_field():
    e = Entry.from_dict(DESIGN_EXAMPLE)
    hit = LookupHit(e, e.terms[1], 0.9, "alias")
    d = hit.to_dict()
    assert d["match"] == {"text": "Ishiba", "lang": "en", "role": "alias", "score": 0.9, "how": "alias",
                          "targets": []}
    assert {k: d[k] for k in DESIGN_EXAMPLE} == DESIGN_EXAMPLE


def test_change_to_dict():
    c = Change(1, "x", "2024-01-01T00:00:00Z", "me", "set", {"revision": 1}, None)
    assert c.to_dict()["before"] == {"revision": 1} and c.to_dict()["after"] is None


@pytest.mark.parametrize("value, ok", [
    (0, True), (1, True), (0.5, True), ("0.25", True),
    (float("nan"), False), (float("inf"), False), (-0.0001, False), (1.5, False), ("1e400", False),
    ("high", False), (True, False), (None, False),
])
def test_check_confidence(value: object, ok: bool) -> None:
    from glossary.model import check_confidence

    if ok:
        assert 0 <= check_confidence(value) <= 1
    else:
        with pytest.raises(ValueError, match="confidence"):
            check_confidence(value)


def test_a_term_never_holds_nan() -> None:
    # SQLite stores NaN as NULL ("NOT NULL constraint failed"): refused where it is made
    with pytest.raises(ValueError, match="NaN"):
        Term("en", "Tokyo", confidence=float("nan"))
    assert Term("en", "Tokyo", confidence=1.5).confidence == 1.5   # an old termbase stays readable


@pytest.mark.parametrize("term, note, message", [
    (Term("en", "Quad", evidence="see \x1b]0;x\x07"), "", "evidence"),
    (Term("en", "Qu\x00ad"), "", "term"),
    (Term("en", "Quad", origin="\u202eimport"), "", "origin"),
    (Term("en", "x" * 1001), "", "1001 characters"),
    (Term("en", "Quad", confidence=float("inf")), "", "confidence"),
    (Term("en", "Quad"), "a\x1b[2Jb", "note"),
])
def test_whole_entries_are_validated_by_the_facade(glossary, term: Term, note: str, message: str) -> None:
    from glossary.errors import InputError

    with pytest.raises(InputError, match=message):
        glossary.add_entry(Entry("quad", terms=(term,), note=note))
    assert "quad" not in glossary.ids()
