"""Sentences of a paragraph: English, Japanese and Korean.

    split_sentences(text, lang) -> list[Span]     # (start, end) offsets into `text`, trimmed

English: a sentence ends at `.`, `!`, `?` or `…` (closing quotes and brackets may follow)
before white space and a capital letter, a digit or an opening quote; not after an
abbreviation that never ends a sentence (data/en_abbreviations.tsv: `Dr.`, `Jan.`), a
single initial (`J. Smith`) or a dotted acronym before a capital (`U.S. President`).

Japanese and Korean: a sentence ends at `。！？．!?` wherever it stands (no space follows
in Japanese), at `.` and `…` before white space or the end; never inside a quotation or
bracket that closes within the paragraph (「…。」と述べた。 is one sentence), unless the
quotation is itself long (LONG_QUOTE characters: a quoted speech of several sentences is
split as the English original is).

The marks are data (data/sentence_marks.tsv); the rules are the regular expressions below.
"""
from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex

from ..text.lexicon import ordered, table, words

#: a quotation longer than this (characters) is split into sentences inside too
LONG_QUOTE = 160


class Span(NamedTuple):
    start: int
    end: int


@cache
def _marks() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    rows = table("sentence_marks")
    ends = frozenset(r["mark"] for r in rows if r["list"] == "end")
    pairs = {r["mark"]: r["close"] for r in rows if r["list"] == "open"}
    trail = frozenset(r["mark"] for r in rows if r["list"] == "trail")
    return ends, pairs, trail


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(w.casefold() for w in words("en_abbreviations", list="no_sentence_end"))


#: English: a candidate sentence end: end marks, closing quotes/brackets, then white space
#: before what starts a sentence (a capital, a digit, an opening quote or bracket, CJK)
EN_BREAK_RE = regex.compile(r"""(?<end>[.!?…]+)(?<trail>["'”’)\]]*)(?<space>\s+)(?=["“‘(\[]?[\p{Lu}\p{N}\p{Han}\p{Hangul}\p{Katakana}\p{Hiragana}])""")
#: English: the word before a period (to test abbreviations and initials)
EN_WORD_BEFORE_RE = regex.compile(r"(?<word>[\p{L}.]+)$")
#: a dotted acronym (U.S., U.K., E.U.) or a single initial (J.)
EN_INITIALS_RE = regex.compile(r"^(?:\p{Lu}\.)+$")

#: Japanese/Korean: a full stop, exclamation or question mark that always ends a sentence
#: (full-width and ASCII `!?`), or `.`/`…` before white space or the end of the text
#: (not `3.5`, not `U.S.` inside a word); closing marks may follow
CJK_BREAK_RE = regex.compile(r"""(?:[。！？．!?]+|[.…]+(?=[」』）)”’"'\]〉》]*(?:\s|$)))(?<trail>[」』）)”’"'\]〉》]*)""")


def split_sentences(text: str, lang: str) -> list[Span]:
    """The sentences of one paragraph as trimmed (start, end) spans of `text`."""
    if lang == "en":
        cuts = _english_cuts(text)
    else:
        cuts = _cjk_cuts(text, lang)
    spans: list[Span] = []
    start = 0
    for cut in [*cuts, len(text)]:
        s, e = start, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e))
        start = cut
    return spans


def _english_cuts(text: str) -> list[int]:
    cuts = []
    for m in EN_BREAK_RE.finditer(text):
        if m.group("end") == "." and not m.group("trail"):
            before = EN_WORD_BEFORE_RE.search(text, 0, m.start())
            word = (before.group("word") if before else "") + "."
            if word.casefold() in _abbreviations():
                continue
            if EN_INITIALS_RE.match(word):
                continue      # "J. Smith", "U.S. President": rarely a sentence end
        cuts.append(m.end("trail"))
    return cuts


def _quoted(text: str) -> list[bool]:
    """Per character: is it inside a quotation or bracket that closes within `text`
    (and is at most LONG_QUOTE long)?  Straight double quotes pair with the next one."""
    _ends, pairs, _trail = _marks()
    inside = [False] * len(text)
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for i, ch in enumerate(text):
        if ch == '"':
            if straight is None:
                straight = i
            else:
                _mark(inside, straight, i)
                straight = None
            continue
        if ch in pairs:
            stack.append((pairs[ch], i))
        elif stack and ch == stack[-1][0]:
            _close, start = stack.pop()
            _mark(inside, start, i)
        elif any(ch == c for c, _ in stack):   # a bracket closed out of order: unwind to it
            while stack and stack[-1][0] != ch:
                stack.pop()
            if stack:
                _close, start = stack.pop()
                _mark(inside, start, i)
    return inside


def _mark(inside: list[bool], start: int, end: int) -> None:
    if end - start <= LONG_QUOTE:
        for j in range(start + 1, end):
            inside[j] = True


#: Japanese: what continues a sentence after a closing quote (「…。」と述べた): kana of a
#: particle or verb, a comma
JA_CONTINUES_RE = regex.compile(r"[\p{Hiragana}、，,]")


def _cjk_cuts(text: str, lang: str) -> list[int]:
    inside = _quoted(text)
    cuts = []
    for m in CJK_BREAK_RE.finditer(text):
        if inside[m.start()]:
            # a sentence end inside a quotation ends the sentence only when the quotation
            # closes right after it and the sentence does not go on (「…。」と述べた)
            if not m.group("trail") or inside[m.end() - 1]:
                continue
            nxt = text[m.end():m.end() + 1]
            if nxt and not nxt.isspace() and (lang != "ja" or JA_CONTINUES_RE.match(nxt)):
                continue
        if m.end() < len(text) and m.group(0)[-1] in ".…" and not m.group("trail") and \
                text[m.start() - 1:m.start()].isascii() and text[m.start() - 1:m.start()].isalpha():
            # "U.S. " or "Inc. " in Korean text followed by more Latin: an abbreviation
            nxt = text[m.end():].lstrip()[:1]
            if nxt.isascii() and nxt.isalpha():
                continue
        cuts.append(m.end())
    return cuts


def particles() -> tuple[str, ...]:
    """Korean postpositions, longest first (data/ko_particles.tsv)."""
    return ordered("ko_particles", list="particle")
