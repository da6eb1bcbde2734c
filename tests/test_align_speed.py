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



# --- the body's searches (citations.Body) -----------------------------------------------------

#: a made-up article: English around Korean and Japanese, a Latin-1 letter, forms at a text's edges
BODY_TEXT = ("Talvik Ferry began in Talvik. Talvik-based firms, like Talviko, 탈빅Talvik and\n"
             "Talvikà, joined the Talvik Ferry board (樽木Talvik Ferry) on 3 May.\n"
             "\n"
             "Café Orsa opened; Orsa and ORSA Talvik\n"
             "\n"
             "Talvik\n")


def _body():
    from glossary.align.citations import Body
    from glossary.documents import parse_document

    return Body(parse_document(BODY_TEXT, path="talvik.txt"))


@pytest.mark.parametrize("form", ["Talvik", "Talvik Ferry", "Orsa", "Café Orsa", "ORSA", "탈빅", "樽木", "Ferry board",
                                  "Talvika", "3 May", "Talvik."])
def test_find_all_is_the_whole_word_search_it_stands_for(form):
    import regex

    body = _body()
    pattern = regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(form) + r"(?![\p{L}\p{N}])")
    expected = [(i, m.start(), m.end()) for i, p in enumerate(body.paragraphs) for m in pattern.finditer(p.text)]
    assert body.find_all(form) == expected
    # (an ASCII form was looked for in the one-byte copy of the text, of the same length)
    assert body._narrow is not None and len(body._narrow) == len(body._joined)


def test_locate_is_the_paragraph_offset_of_a_file_position():
    body = _body()
    lines = {ln for p in body.paragraphs for ln in p.lines}
    for line in range(0, max(lines) + 2):
        for col in (1, 3, 12):
            i = {ln: k for k, p in enumerate(body.paragraphs) for ln in p.lines}.get(line)
            expected = None if i is None else (i, body.paragraphs[i].offset(line, col))
            assert body.locate(line, col) == expected
    assert set(body._line_at) == lines

