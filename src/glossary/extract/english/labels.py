"""Labelled brackets: the forms of a name in other scripts, not names of their own (part
of the `quotes` family's reading of brackets; no family switch: markup, like a URL).

An encyclopedia gives a name's forms in a bracket after it, each after a script label:
"ROK Army (Hangul: 대한민국 육군; Hanja: 大韓民國陸軍; _Daehanminguk Yukgun_)".  In a
bracket that holds Japanese or Korean text,

* a script label before a colon ("Hangul:", "Hanja:", "Japanese:", "Hepburn:"; the
  labels of data/script_labels.tsv, from the Manual of Style's templates) is no name;
* the Latin words after the bracket's last Japanese or Korean text, when none of them is
  an English word (wordfreq Zipf < ROMANIZATION_ZIPF), are its romanization, not a name
  ("Daehanminguk Yukgun"); an English gloss there ("lit. Japan Conference") stays.

`blank_labelled_brackets(text)` blanks both (spaces of the same length, so columns stay).
"""
from __future__ import annotations

import regex

from ...text.lexicon import mapping
from ..general import zipf as general_zipf
from ...text.scripts import has_cjk

#: a word at least this common in English is no romanization
ROMANIZATION_ZIPF = 3.0
#: the most words a romanization after the original is taken to have
MAX_ROMANIZATION_WORDS = 5

SCRIPT_LABELS = frozenset(mapping("script_labels", "label", "lang"))

BRACKET = regex.compile(r"\((?P<in>[^()\n]{1,400})\)")
LABEL = regex.compile(r"(?<![\p{L}\p{N}])(?P<label>\p{L}[\p{L}'’.\- ]{0,20}?)\s*:")
LAST_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}](?!.*[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])",
                         regex.S)
LATIN_WORD = regex.compile(r"[\p{Latin}][\p{Latin}'’\-]*")


def blank_labelled_brackets(text: str) -> str:
    """`text` with the script labels and trailing romanizations of its labelled brackets
    blanked (see the module docstring)."""
    out = None
    for m in BRACKET.finditer(text):
        inner, at = m.group("in"), m.start("in")
        if not has_cjk(inner):
            continue
        spans = [lm.span("label") for lm in LABEL.finditer(inner) if lm.group("label").lower() in SCRIPT_LABELS]
        if not spans:
            continue
        last = LAST_CJK.search(inner)
        if last is not None:
            tail = inner[last.end():]
            words = LATIN_WORD.findall(tail)
            if words and len(words) <= MAX_ROMANIZATION_WORDS and \
                    not regex.search(r"[^\s\p{Latin}'’\-,;:*_.]", tail) and \
                    all(general_zipf(w) < ROMANIZATION_ZIPF for w in words):
                spans.append((last.end(), len(inner)))
        out = out if out is not None else list(text)
        for x, y in spans:
            out[at + x:at + y] = " " * (y - x)
    return text if out is None else "".join(out)
