"""Speed work on extraction (session 23): each faster formulation gives what the plain one
it replaced gave, compared on made-up text (the plain formulations are kept here)."""
from __future__ import annotations

import re
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary.documents import markers
from glossary.extract import salience as sal
from glossary.extract.english import tokens
from glossary.extract.general import per_word
from glossary.text.scripts import has_cjk

_STOP = frozenset({"the", "of", "and", "a", "in", "two"})
_WORDS = ["the", "The", "harbor", "Harbor", "pact", "Valmora", "Italy", "quickly", "signed", "ostrin", "kessinzi",
          "Tarvik's", "it’s", "of", "and", "-", ",", "1998", "trade-off", "ōtsuki", "Ōtsuki", "東京", "two", "ly", "Ly",
          "ed", "talks", "daimyo", "daimyos"]


def _plain_counts(texts: list[str]) -> tuple:
    """The loop `Salience._add_text` was before: every token visited, every phrase built."""
    words, counts, lower, single = 0, Counter(), Counter(), Counter()
    english, rare = sal._english_frequencies(), per_word(sal.LOANWORD_ZIPF)
    for text in texts:
        toks = sal.WORD.findall(text)
        info = [None] * len(toks)
        for k, t in enumerate(toks):
            if not t[0].isalpha():
                continue
            words += 1
            if "'" in t or "’" in t or t.lower() in _STOP:
                continue
            info[k] = (t.lower(), t[0].islower())
            if t[0].islower() and len(t) >= sal.MIN_LOANWORD_LEN and english.get(t, 0.0) < rare:
                single[t] += 1
        for i in range(len(toks) - 1):
            first, second = info[i], info[i + 1]
            if first is None or second is None or not second[1] or toks[i].endswith("ly"):
                continue
            words_of = [first[0]]
            for j in range(i + 1, min(len(toks), i + sal.MAX_WORDS)):
                if info[j] is None or not info[j][1]:
                    break
                words_of.append(info[j][0])
                if not toks[j].endswith(("ly", "ed")):
                    counts[" ".join(words_of)] += 1
                    if first[1]:
                        lower[" ".join(words_of)] += 1
    return words, list(counts.items()), list(lower.items()), list(single.items())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join), min_size=1, max_size=3))
@example(["the harbor pact quickly signed harbor pact talks", "Valmora harbor pact"])
@example(["Italy harbor pact", "quickly harbor pact", "signed harbor pact talks ostrin kessinzi"])
def test_phrase_counts_as_the_plain_loop(texts):
    s = sal.Salience(_STOP)
    for text in texts:
        s.add_text(text)
    assert (s.words, list(s.counts.items()), list(s.lower.items()), list(s.single.items())) == _plain_counts(texts)


def test_phrase_table_of_a_run():
    # "Valmora harbor quickly signed pact": starts at each word but the "-ly" one and the last
    assert sal._phrase_table("Aalea") == ((0, 2, False), (1, 4, True), (3, 2, True))
    assert sal._phrase_table("a") == ()


_MIXED = "Valmora harbor’s “pact” — 東京 ソウル 서울 ōtsuki ＡＢ 12 \t\n\u3000\u00a0\u2028x"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_MIXED, max_size=60) | st.text(max_size=30))
@example("Valmora" * 10 + "東")
@example("“Valmora” — a pact" * 3)
def test_stand_in_and_cjk_test_as_the_plain_ones(text):
    assert tokens.stand_in(text) == (text if text.isascii() else text.translate(tokens._STAND_IN))
    assert tokens.has_cjk_text(text) == has_cjk(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="a1 9\t0,.”東\n", max_size=40))
@example("Valmora1 and 12 items.5")
def test_glued_marker_starts_as_the_look_behind_first_pattern(line):
    plain = re.compile(r"(?<=[^\s0-9])[1-9]")
    assert [m.span() for m in markers._GLUED_START.finditer(line)] == [m.span() for m in plain.finditer(line)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Valmor 2channel 3rd 19th 1990s Ostrin-Kessin .,’'東Éé\n", max_size=60))
@example("The 3rd Valmora 2channel forum, 7-Eleven and 10pm")
def test_tokens_list_the_name_starts(text):
    ascii_text = tokens.stand_in(text)
    lower: list[str] = []
    caps: list[int] = []
    toks = tokens._tokens(tokens._A_TOKEN_NO_SITE, text, ascii_text, lower, caps)
    assert caps == [k for k, t in enumerate(toks) if t.cap]


_TITLE_WORDS = ["the", "book", "documentary", "film", "in", "shows", "said", "Quiet", "Strait", "Valmora", "of", "and",
                "Border", "Zone", "Tarvik", ",", "was", "novel"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_WORDS), max_size=16).map(" ".join))
@example("her book The Quiet Strait was read, as Tarvik shows in Border Zone and the film Valmora of Quiet Zone")
def test_unquoted_titles_from_the_name_starts_as_from_every_token(text):
    from glossary.documents import parse_document
    from glossary.extract.english.extractor import _Extractor

    doc = parse_document(text + "\n", path="t.txt")
    ex = _Extractor(doc)
    for seg in doc.segments:
        c = ex._prepare(seg)
        assert c.caps is not None
        listed = ex._unquoted_titles(c)
        c.caps = None
        assert ex._unquoted_titles(c) == listed


_SHOUT = ["KESSIN:", "VALMORA", "ROK", "ARMED", "FORCES", "Valmora", "Kessin", "KIM", "Min-jun", "Ōtsu", "ŌTSU", "is",
          "the", "QUIZ:", "\n", "A", "Pact", "-", "É", "Éa"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SHOUT), max_size=12).map(" ".join))
@example("KESSIN: the VALMORA ARMED FORCES")
@example("Ōtsu and ŌTSU PACT")
def test_unshout_skips_a_text_without_two_capitals_in_a_row_as_the_plain_one(text):
    import regex

    from glossary.extract.english import shouting

    def titled():
        return shouting.titled_words("Valmora Kessin the Pact Ōtsu")

    gated = shouting.unshout(text, titled)
    pair, ascii_pair = shouting.CAPS_PAIR, shouting._ASCII_CAPS_PAIR
    try:
        shouting.CAPS_PAIR, shouting._ASCII_CAPS_PAIR = regex.compile(""), re.compile("")
        assert gated == shouting.unshout(text, titled)
    finally:
        shouting.CAPS_PAIR, shouting._ASCII_CAPS_PAIR = pair, ascii_pair


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=".!?”’\"')]a \t\n\u3000\u00a0\u2009\x1c\x85U", max_size=30))
@example("He left.” Then U.S. troops. \x1cNo")
def test_sentence_end_as_the_regex_pattern(text):
    import regex

    plain = regex.compile(r"[.!?][”’\"')\]]*(?=\s|$)")
    assert [m.span() for m in tokens.SENTENCE_END.finditer(text)] == [m.span() for m in plain.finditer(text)]
