"""The cheap tests extraction makes before a pattern or a costly check (speed work): each must
be a necessary condition of what it guards, so that skipping the pattern changes nothing."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary.extract.acronyms import initial_letter, initials_of, word_initials
from glossary.extract.cjk import KIND_BY_HEAD, _kind_of
from glossary.extract.english import lowercase as lc
from glossary.extract.english.assemble import APPOSITIVE_NAME, PAREN_ALIAS, _bracket_next, _positions
from glossary.extract.english.owners import OWNER_BEFORE, REACH, owner_of
from glossary.extract.english.segments import _Raw

_WORDS = ["Valmora", "Ostrin", "Institute", "for", "of", "the", "and", "Tarvik", "Trade", "Kessin"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="VOTKvotk &-.", min_size=1, max_size=6), st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6))
def test_initials_need_a_word_starting_with_the_first_letter(short, words):
    long = " ".join(words)
    if initials_of(short, long):
        assert initial_letter(short) in word_initials(long)


def test_initials_index_of_made_up_names():
    assert initials_of("VIT", "Valmora Institute for Trade")
    assert initial_letter("VIT") in word_initials("Valmora Institute for Trade")
    assert initial_letter("KVI") not in word_initials("Valmora Institute for Trade")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n(),the Valmora Ostrin1", max_size=24))
@example(" (the Ostrin Pact)")
@example("\n\t(Ostrin 1)")
def test_bracket_test_never_refuses_a_bracketed_alias(after):
    text = "Valmora Pact" + after
    end = len("Valmora Pact")
    if PAREN_ALIAS.match(text, end) or (APPOSITIVE_NAME.match(text, end) and not text.startswith(",", end)):
        assert _bracket_next(text, end)


def test_positions_of_of():
    assert _positions("Ministry of Trade of Valmora", " of ") == [8, 17]
    assert _positions("Valmora", " of ") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Valmora's’ \t\nJapnKe", max_size=30))
@example("Japan's ")
@example("Japan’s \t")
def test_owner_of_tries_the_pattern_wherever_it_matches(before):
    class Seg:
        text = before + "Ministry of Trade"

    r = _Raw("Ministry of Trade", Seg, len(before), None, 2)
    window = Seg.text[max(0, r.start - REACH):r.start]
    m = OWNER_BEFORE.search(window)
    if m is not None:
        assert owner_of(r) == m.group("c")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="戦争協議会談省庁法案事件 ", max_size=8))
@example("樽木協議")
def test_kind_of_as_the_plain_loop(chunk):
    want = next((kind for kind, heads in KIND_BY_HEAD for h in heads if chunk.endswith(h) and len(chunk) > len(h)),
                None)
    assert _kind_of(chunk) == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "The", "war", "in", "Valmora", "anti-Ostrin", "inter-Kessin", "protests",
                                 "1998", "agreement", "high-level", "talks", "invasion", "of", "Tarvik", "-"]),
                max_size=10))
@example(["the", "high-level", "talks"])
@example(["the", "1998", "agreement"])
@example(["anti-Ostrin", "protests"])
@example(["the", "invasion", "of", "Valmora"])
def test_lower_case_patterns_need_their_words(words):
    text = " ".join(words)
    if lc.LOWER_MEETING.search(text):
        assert any(h in text for h in lc._MEETING_HEADS)
    if lc.YEAR_NAMED.search(text):
        assert any(h in text for h in lc._YEAR_HEADS)
    if lc.PREFIXED_EVENT.search(text):
        assert any(p in text for p in lc._PREFIXES)
    if lc.CONFLICT_HINT.search(text):
        assert any(h in text for h in lc._CONFLICT_HEADS)
