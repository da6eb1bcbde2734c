"""Shortcuts that make alignment cheaper must give what the plain work gives: the place
spans `_fill` visits through the index of local_places._Spans are those its quick refusal,
tried span by span, lets through, in the same order."""
from __future__ import annotations

import pytest

#: made-up runs (text, lang, line, col, note, block): kanji with units, Hangul with particles
RUNS = [
    ("樽木市と尾須田県の協定", "ja", 3, 1, 1, -1),
    ("樽木", "ja", 5, 4, None, 5),
    ("케신시의", "ko", 7, 2, 2, -2),
    ("브렐도", "ko", 8, 1, 2, -2),
    ("尾須田", "ja", 9, 1, 3, -3),
]

ENGLISH = ["Taruki", "Taruki City", "Osuda Prefecture", "Osuda", "Kessin", "Kessin City", "Beureol"]


def _plain(found, eng, suffixed):
    """The spans the quick refusal of `_fill` lets through, span by span (as it was written)."""
    from glossary.align.local_places import (_first_letters, _japanese_key, _jmnedict_places, _kanji_initials,
                                             romaji_key)

    out = []
    first = eng.letters[:1]
    for span in found:
        if suffixed and not span.suffix:
            continue
        if span.lang == "ko" and first not in _first_letters(span.name[0]):
            continue
        if span.lang == "ja" and first not in _kanji_initials(span.name):
            places = _jmnedict_places(eng.letters)
            if span.name not in places and span.name + span.suffix not in places and \
                    _japanese_key(span.name)[:1] != romaji_key(eng.letters)[:1]:
                continue
        out.append(span)
    return out


@pytest.mark.parametrize("suffixed", [False, True])
@pytest.mark.parametrize("english", ENGLISH)
def test_the_span_index_lets_through_what_the_plain_refusal_does(english, suffixed):
    from glossary.align.local_places import _Spans, read_english, spans

    eng = read_english(english)
    assert eng is not None
    found = spans(RUNS)
    assert found, "the runs hold place-shaped spans"
    index = _Spans(found)
    assert index.near(eng, suffixed) == _plain(found, eng, suffixed)

