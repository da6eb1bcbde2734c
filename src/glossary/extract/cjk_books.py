"""Book citations in Japanese and Korean style: the imprint after the title.

    book_imprints(note_text, title_ends) -> list[Imprint]

The Japanese and Korean style guides (SIST 02 and the university guides in Japan; the KCI
and NRF guides in Korea) cite a book as author, title in double corner brackets, then the
place of publication, the publisher and the year, the last three in brackets:

    樽木和也『海の記憶』（東京：ヴァルモラ書房、2021年）、12頁。
    尹在浩, 『바다의 기억』 (서울: 오스트린출판, 2019), 45쪽.
    樽木和也『海の記憶』ヴァルモラ書房、2021年。         (no brackets, no place)

The slot right after a title that holds "[place：] publisher、year" names the publisher
by its position, whatever its name ends in (a research institute or a statistics
association publishes books too), and it says the note cites a book: the bare name
right before that title is its author.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..text.lexicon import alternation

__all__ = ["Imprint", "book_imprints", "BOOK_AUTHOR_CONFIDENCE", "PUBLISHER_CONFIDENCE"]

#: confidence of a name-shaped author right before the title of a book citation (an
#: imprint after the title): the position is the author's, but without a role mark
BOOK_AUTHOR_CONFIDENCE = 0.7

#: confidence of the publisher named in an imprint
PUBLISHER_CONFIDENCE = 0.7

_ERA = alternation("cjk_note_words", list="era")
#: the head of a news outlet's name (新聞, 일보): a source, not a book's publisher
OUTLET_HEAD = regex.compile(rf"(?:{alternation('cjk_note_words', list='outlet_head')})$")

# The imprint after a title: an optional comma, then in round brackets (full or half
# width) an optional place and a colon, the publisher, a comma and the year (four digits,
# or a Japanese era year, 平成11年); without brackets only right after a title's own
# closing bracket (`『…』出版社、2021年`: after a comma, `「…」, 동아일보, 2024년`, it is the
# newspaper of an article).  The publisher is a run of CJK letters (and the middle dot of
# 한·일) of 2 to 20 characters; a place is 1 to 6.
IMPRINT = regex.compile(
    r"[ \t\u3000]*(?P<comma>[,，、])?[ \t\u3000]*(?P<open>[(（])?[ \t\u3000]*"
    r"(?:(?P<place>[\p{Han}\p{Hangul}\p{Katakana}ー]{1,6})[ \t\u3000]*[:：][ \t\u3000]*)?"
    r"(?P<pub>[\p{Han}\p{Hangul}\p{Katakana}ー々][\p{Han}\p{Hangul}\p{Katakana}ー々·・]{1,19})"
    r"[ \t\u3000]*[,，、][ \t\u3000]*"
    rf"(?:[12１２][0-9０-９]{{3}}|(?:{_ERA})[0-9０-９元]{{1,2}})(?![0-9０-９])"
    r"(?:年|년)?(?:度)?[ \t\u3000]*(?P<close>[)）])?")


@dataclass(frozen=True)
class Imprint:
    """The imprint of a book citation: where its slot starts and ends in the note's text,
    the publisher and its offset, and where the title it follows starts."""

    start: int
    end: int
    publisher: str
    publisher_at: int
    title_start: int


def book_imprints(text: str, titles: list[tuple[int, int]]) -> list[Imprint]:
    """The imprint after each title of a note (`titles`: (start, end) of each quoted title
    in `text`, its quotes included).  A bracketed imprint must close its bracket; one
    without brackets must follow a corner-bracketed title (『…』, 「…」)."""
    out: list[Imprint] = []
    for start, end in titles:
        m = IMPRINT.match(text, end)
        if m is None or bool(m.group("open")) != bool(m.group("close")):
            continue
        if not m.group("open") and (m.group("comma") or text[end - 1:end] not in "』」"):
            continue
        if OUTLET_HEAD.search(m.group("pub")):
            continue      # a newspaper or agency (`(東京：樽木新聞、2021年)`): the note's source, as before
        out.append(Imprint(start=m.start(), end=m.end(), publisher=m.group("pub"),
                           publisher_at=m.start("pub"), title_start=start))
    return out
