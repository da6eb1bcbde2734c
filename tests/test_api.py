"""The Glossary facade: add/update/delete/get, list filters, search, lookup."""
from __future__ import annotations

import unicodedata

import pytest

from glossary import Glossary
from glossary.errors import Conflict, InputError, NotFound
from glossary.model import Category, Entry, Role, Status, Term

#: the facade behaves the same on both backends (issue 16)
pytestmark = pytest.mark.backends("sqlite", "postgresql")


@pytest.fixture
def seeded(glossary: Glossary) -> Glossary:
    """A small termbase: persons, an agreement with an abbreviation, an institution."""
    g = glossary
    g.add_entry(Entry("ishiba-shigeru", "person", "", (
        Term("en", "Ishiba Shigeru", status=Status.APPROVED), Term("en", "Ishiba", Role.ALIAS, Status.APPROVED),
        Term("ja", "石破茂", status=Status.SUGGESTED, origin="footnote:10", confidence=0.9, reading="いしば しげる"))))
    g.add_entry(Entry("yoon-suk-yeol", "person", "", (
        Term("en", "Yoon Suk Yeol", status=Status.APPROVED), Term("ko", "윤석열", status=Status.APPROVED),
        Term("ja", "尹錫悦", status=Status.APPROVED))))
    g.add_entry(Entry("gsomia", "agreement", "", (
        Term("en", "General Security of Military Information Agreement", status=Status.APPROVED),
        Term("en", "GSOMIA", Role.ABBREVIATION, Status.APPROVED),
        Term("ja", "日韓秘密軍事情報保護協定", status=Status.APPROVED),
        Term("ko", "지소미아", Role.ABBREVIATION, Status.SUGGESTED))))
    g.add_entry(Entry("kono-taro", "person", "", (
        Term("en", "Kōno Tarō", status=Status.APPROVED), Term("ja", "河野太郎", status=Status.APPROVED))))
    g.add_entry(Entry("mofa", "institution", "", (
        Term("en", "Ministry of Foreign Affairs", status=Status.APPROVED),
        Term("ko", "외무성", status=Status.REJECTED))))
    return g


# -- add / get / update / delete ----------------------------------------------------

def test_add_makes_an_id_from_the_text_and_one_approved_editor_term(glossary):
    e = glossary.add("Yoon Suk Yeol", category="person")
    assert e.id == "yoon-suk-yeol" and e.category is Category.PERSON and e.revision == 1
    assert e.terms == (Term("en", "Yoon Suk Yeol", Role.PREFERRED, Status.APPROVED, "editor", 1.0),)
    assert glossary.get(e.id) == e


def test_add_gives_distinct_ids_to_same_text(glossary):
    assert glossary.add("Quad").id == "quad"
    assert glossary.add("QUAD").id == "quad-2"


def test_add_of_cjk_text_gets_an_ascii_id(glossary):
    e = glossary.add("윤석열", lang="ko")
    assert e.id.startswith("ko-") and e.id.isascii()
    assert e.terms[0].lang == "ko"


def test_add_stores_nfc(glossary):
    e = glossary.add(unicodedata.normalize("NFD", "윤석열"), lang="ko")
    assert e.terms[0].text == "윤석열"


@pytest.mark.parametrize("kwargs, message", [
    ({"text": ""}, "empty"),
    ({"text": "  \u3000 "}, "empty"),
    ({"text": "a\x00b"}, "control character"),
    ({"text": "X", "category": "animal"}, "unknown category"),
    ({"text": "X", "lang": "xx-!!"}, "invalid language tag"),
    ({"text": "X", "entry_id": "Bad Id"}, "invalid id"),
], ids=["empty", "blank", "control", "category", "lang", "id"])
def test_add_refuses_bad_input(glossary, kwargs, message):
    with pytest.raises(InputError, match=message):
        glossary.add(**kwargs)
    assert glossary.count() == 0


def test_add_refuses_an_existing_id(glossary):
    glossary.add("Quad", entry_id="quad")
    with pytest.raises(InputError, match="already exists"):
        glossary.add("Other", entry_id="quad")


def test_update_category_and_note_bumps_revision(glossary):
    e = glossary.add("Quad")
    u = glossary.update(e.id, revision=1, category="institution", note="Japan, US, Australia, India")
    assert (u.category, u.note, u.revision) == (Category.INSTITUTION, "Japan, US, Australia, India", 2)
    with pytest.raises(Conflict):
        glossary.update(e.id, revision=1, note="stale")


def test_update_with_no_change_does_not_bump_revision(glossary):
    e = glossary.add("Quad", category="institution")
    assert glossary.update(e.id, category="institution").revision == e.revision


def test_delete_then_get_is_not_found(glossary):
    e = glossary.add("Quad")
    glossary.delete(e.id)
    with pytest.raises(NotFound):
        glossary.get(e.id)
    with pytest.raises(NotFound):
        glossary.delete(e.id)


@pytest.mark.parametrize("call", [
    lambda g: g.get("nope"),
    lambda g: g.set_term("nope", "ko", "가"),
    lambda g: g.approve("nope", "ko"),
    lambda g: g.update("nope", note="x"),
], ids=["get", "set", "approve", "update"])
def test_unknown_id_is_not_found(glossary, call):
    with pytest.raises(NotFound, match="nope"):
        call(glossary)


# -- terms -------------------------------------------------------------------------

def test_set_term_preferred_demotes_the_old_preferred_to_alias(glossary):
    e = glossary.add("Yoon Suk Yeol")
    glossary.set_term(e.id, "ko", "윤석렬")
    e = glossary.set_term(e.id, "ko", "윤석열", approve=True)
    assert [(t.text, t.role, t.status) for t in e.terms_for("ko")] == [
        ("윤석열", Role.PREFERRED, Status.APPROVED), ("윤석렬", Role.ALIAS, Status.SUGGESTED)]


def test_set_term_normalises_the_language_tag(glossary):
    e = glossary.add("Quad")
    assert glossary.set_term(e.id, "ja-JP", "クアッド").terms_for("ja")[0].text == "クアッド"


def test_approve_and_reject(seeded):
    e = seeded.approve("ishiba-shigeru", "ja")
    assert e.terms_for("ja")[0].status is Status.APPROVED
    e = seeded.reject("gsomia", "ko")
    assert e.state("ko") == "missing"
    with pytest.raises(NotFound):
        seeded.approve("ishiba-shigeru", "ko")


def test_remove_term(seeded):
    e = seeded.remove_term("ishiba-shigeru", "en", "ISHIBA")
    assert [t.text for t in e.terms_for("en")] == ["Ishiba Shigeru"]
    with pytest.raises(NotFound):
        seeded.remove_term("ishiba-shigeru", "en", "Ishiba")


def test_undo_works_on_the_latest_change_whoever_made_it(db_url):
    with Glossary.open(db_url) as a, Glossary.open(db_url) as b:
        e = a.add("Quad")
        a.set_term(e.id, "ja", "クアッド")
        b.set_term(e.id, "ko", "쿼드")
        # a undoes after b wrote: b's change is undone (and only it), because undo always
        # works on the latest change in the termbase
        a.undo(e.id)
        assert a.get(e.id).terms_for("ko") == () and a.get(e.id).text("ja") == "クアッド"
        [undo, *_] = a.history(e.id)
        assert undo.action == "undo" and undo.before["terms"]["ko"] and not undo.after["terms"]["ko"]


# -- list / search ---------------------------------------------------------------------

@pytest.mark.parametrize("filters, ids", [
    ({}, ["gsomia", "ishiba-shigeru", "kono-taro", "mofa", "yoon-suk-yeol"]),
    ({"category": "person"}, ["ishiba-shigeru", "kono-taro", "yoon-suk-yeol"]),
    ({"missing": "ko"}, ["ishiba-shigeru", "kono-taro", "mofa"]),  # mofa's ko is rejected
    ({"missing": "ja-JP"}, ["mofa"]),
    ({"status": "rejected"}, ["mofa"]),
    ({"status": "suggested"}, ["gsomia", "ishiba-shigeru"]),
    ({"needs_review": True}, ["gsomia", "ishiba-shigeru"]),
    ({"category": "person", "missing": "ko"}, ["ishiba-shigeru", "kono-taro"]),
    ({"search": "ishiba"}, ["ishiba-shigeru"]),
    ({"search": "ＧＳＯＭＩＡ"}, ["gsomia"]),          # full-width query
    ({"search": "秘密軍事"}, ["gsomia"]),              # substring of a Japanese term
    ({"search": unicodedata.normalize("NFD", "석열")}, ["yoon-suk-yeol"]),  # NFD Korean
    ({"search": "minist"}, ["mofa"]),
    ({"search": "zzz"}, []),
], ids=["all", "category", "missing-ko", "missing-tag", "status-rejected", "status-suggested",
        "needs-review", "combined", "search-en", "search-fullwidth", "search-ja", "search-nfd-ko",
        "search-prefix", "search-none"])
def test_list_filters(seeded, filters, ids):
    assert [e.id for e in seeded.list(**filters)] == ids
    assert seeded.count(**filters) == len(ids)


def test_list_limit_offset(seeded):
    assert [e.id for e in seeded.list(limit=2, offset=1)] == ["ishiba-shigeru", "kono-taro"]


@pytest.mark.parametrize("filters", [{"category": "animal"}, {"missing": "!!"}, {"status": "maybe"}],
                         ids=["category", "missing", "status"])
def test_list_refuses_bad_filters(seeded, filters):
    with pytest.raises(InputError):
        seeded.list(**filters)


def test_search(seeded):
    assert [e.id for e in seeded.search("Shigeru")] == ["ishiba-shigeru"]


# -- lookup ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, entry_id, how", [
    ("Yoon Suk Yeol", "yoon-suk-yeol", "exact"),
    ("yoon suk yeol", "yoon-suk-yeol", "exact"),
    ("윤석열", "yoon-suk-yeol", "exact"),
    ("尹錫悦", "yoon-suk-yeol", "exact"),
    ("Ishiba", "ishiba-shigeru", "alias"),
    ("GSOMIA", "gsomia", "alias"),
    ("ｇｓｏｍｉａ", "gsomia", "alias"),
    ("지소미아", "gsomia", "alias"),
], ids=["en", "en-case", "ko", "ja", "en-alias", "abbreviation", "fullwidth-abbreviation", "ko-abbreviation"])
def test_lookup_any_language_in(seeded, text, entry_id, how):
    hits = seeded.lookup(text)
    assert [h.entry.id for h in hits] == [entry_id]
    assert hits[0].how == how


@pytest.mark.parametrize("text, to, out", [
    ("윤석열", "en", ["Yoon Suk Yeol"]),
    ("Yoon Suk Yeol", "ko", ["윤석열"]),
    ("Yoon Suk Yeol", "ja-JP", ["尹錫悦"]),
    ("GSOMIA", "ja", ["日韓秘密軍事情報保護協定"]),
    ("Ishiba", "ko", []),
    ("Ministry of Foreign Affairs", "ko", []),  # rejected terms are never offered
], ids=["ko-en", "en-ko", "en-ja-tag", "abbr-ja", "missing", "rejected"])
def test_lookup_to_language_out(seeded, text, to, out):
    [hit] = seeded.lookup(text, to=to)
    assert [t.text for t in hit.targets] == out


def test_lookup_targets_put_approved_first(glossary):
    e = glossary.add("Quad")
    glossary.set_term(e.id, "ja", "クアッド", role="alias", approve=True)
    glossary.set_term(e.id, "ja", "日米豪印")  # preferred but only suggested
    [hit] = glossary.lookup("quad", to="ja")
    assert [t.text for t in hit.targets] == ["クアッド", "日米豪印"]


def test_lookup_from_restricts_the_matched_language(seeded):
    assert seeded.lookup("GSOMIA", lang="ja") == []
    assert [h.entry.id for h in seeded.lookup("GSOMIA", lang="en")] == ["gsomia"]


def test_lookup_ranks_preferred_before_abbreviation_before_alias(glossary):
    glossary.add_entry(Entry("as-alias", terms=(Term("en", "Alpha"), Term("en", "ROK", Role.ALIAS, Status.APPROVED))))
    glossary.add_entry(Entry("as-abbr", terms=(Term("en", "Beta"),
                                               Term("en", "ROK", Role.ABBREVIATION, Status.APPROVED))))
    glossary.add_entry(Entry("z-preferred", terms=(Term("en", "ROK", Role.PREFERRED, Status.APPROVED),)))
    hits = glossary.lookup("rok")
    assert [h.entry.id for h in hits] == ["z-preferred", "as-abbr", "as-alias"]
    assert [h.how for h in hits] == ["exact", "alias", "alias"]
    assert hits[0].score > hits[1].score > hits[2].score


def test_lookup_ranks_approved_before_suggested(glossary):
    glossary.add_entry(Entry("a-suggested", terms=(Term("en", "Quad", status=Status.SUGGESTED),)))
    glossary.add_entry(Entry("b-approved", terms=(Term("en", "Quad", status=Status.APPROVED),)))
    assert [h.entry.id for h in glossary.lookup("Quad")] == ["b-approved", "a-suggested"]


def test_lookup_uses_the_best_matching_term_of_an_entry(glossary):
    # the same key twice in one entry: the match reported is the preferred one
    glossary.add_entry(Entry("x", terms=(Term("en", "Rok", Role.ALIAS, Status.APPROVED),
                                         Term("en", "ROK", Role.PREFERRED, Status.APPROVED))))
    [hit] = glossary.lookup("rok")
    assert hit.matched.text == "ROK" and hit.how == "exact"


def test_lookup_ignores_rejected_terms(seeded):
    assert seeded.lookup("외무성") == []


def test_lookup_nothing(seeded):
    assert seeded.lookup("Unknown Person") == []


@pytest.mark.parametrize("text", ["", "   ", "\u3000"], ids=["empty", "spaces", "ideographic-space"])
def test_lookup_of_empty_text_is_refused(seeded, text):
    with pytest.raises(InputError, match="empty"):
        seeded.lookup(text)


@pytest.mark.parametrize("text, entry_id", [
    ("Yoon Suk-yeol", "yoon-suk-yeol"),
    ("Yoon Sukyeol", "yoon-suk-yeol"),
    ("Kono Taro", "kono-taro"),
    ("Kohno Taro", "kono-taro"),
    ("Kouno Tarou", "kono-taro"),
    ("Ishiba Shigeu", "ishiba-shigeru"),  # a typo
], ids=["hyphen", "joined", "no-macron", "oh", "ou", "typo"])
def test_fuzzy_lookup_finds_spelling_variants(seeded, text, entry_id):
    assert seeded.lookup(text) == []
    hits = seeded.lookup(text, fuzzy=True)
    assert hits and hits[0].entry.id == entry_id
    assert hits[0].how == "fuzzy" and 0 < hits[0].score < 1


def test_fuzzy_ranks_exact_matches_first(seeded):
    seeded.add("Kono Taro", entry_id="another-kono")
    hits = seeded.lookup("Kono Taro", fuzzy=True)
    assert [(h.entry.id, h.how) for h in hits] == [("another-kono", "exact"), ("kono-taro", "fuzzy")]


def test_fuzzy_finds_nothing_for_unrelated_text(seeded):
    assert seeded.lookup("Completely Different", fuzzy=True) == []


def test_lookup_limit(glossary):
    glossary.add_all([Entry(f"e{i:02}", terms=(Term("en", "Same"),)) for i in range(15)])
    assert len(glossary.lookup("same")) == 10
    assert len(glossary.lookup("same", limit=3)) == 3


def test_stats(seeded):
    s = seeded.stats()
    assert s.entries == 5
    assert s.by_category == {"agreement": 1, "institution": 1, "person": 3}
    assert s.terms_by_lang["ko"] == {"approved": 1, "rejected": 1, "suggested": 1}
    assert s.missing == {"en": 0, "ja": 1, "ko": 3}


def test_redo_takes_back_an_undo_including_an_undone_creation(glossary):
    from glossary import NotFound

    e = glossary.add("Quad", category="institution")
    assert glossary.undo(e.id) is None and glossary.get_many([e.id]) == []
    back = glossary.redo(e.id)
    assert back is not None and back.text("en") == "Quad"
    glossary.set_term(e.id, "ko", "쿼드", approve=True)
    glossary.undo(e.id)
    assert glossary.get(e.id).text("ko") == ""
    assert glossary.redo(e.id).text("ko") == "쿼드"
    with pytest.raises(NotFound):
        glossary.redo(e.id)               # the last change is the redo, not an undo
    assert glossary.undo(e.id).text("ko") == ""   # a redo can itself be undone
    assert [c.action for c in glossary.history(e.id)][:3] == ["undo", "redo", "undo"]


def test_redo_after_a_new_change_is_refused(glossary):
    from glossary import NotFound

    e = glossary.add("Quad")
    glossary.set_term(e.id, "ko", "쿼드")
    glossary.undo(e.id)
    glossary.set_term(e.id, "ja", "クアッド")
    with pytest.raises(NotFound):
        glossary.redo(e.id)
