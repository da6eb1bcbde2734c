"""Suggestion source: the notes confirm a suggested form, whole or written short.

A Japanese or Korean form suggested for an entry (a table of state bodies, a dictionary,
a composition) that a note of the article writes is the article's own form too: the
note's term, where no entry holds it yet, is attached to the entry (origin `footnote:N`)
and the suggestion's evidence says so.  Japanese and Korean write the heads of court and
prosecution names short (서울중앙지방법원 = 서울중앙지법, 東京地方裁判所 = 東京地裁;
data/cjk_abbreviations.tsv): a note's short form of a suggested name is attached as the
entry's abbreviation.  Only a named term of a note (an author, a source, a term of a
title) whose whole text is the form (or its short form) counts, never a whole title.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..extract.candidates import Candidate, CjkTerm, Form, Mention
from ..model import Role
from ..text.kyujitai import fold
from ..text.lexicon import table
from .forms import text_key

#: one kanji
_HAN = regex.compile(r"\p{Han}")
#: the confidence of a suggestion a note writes: the article's own form
CONFIRMED = 0.85


@lru_cache(maxsize=1)
def _short_heads() -> dict[str, tuple[tuple[str, str], ...]]:
    """lang -> ((full head, short head), ...), longest full head first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in table("cjk_abbreviations"):
        out.setdefault(row["lang"], []).append((row["full"], row["short"]))
    return {lang: tuple(sorted(rows, key=lambda r: -len(r[0]))) for lang, rows in out.items()}


def short_forms(text: str, lang: str) -> list[str]:
    """The forms `text` is written short in (서울중앙지방법원 -> [서울중앙지법]); [] when none."""
    out = []
    for full, short in _short_heads().get(lang, ()):
        if full in text and text != full:
            out.append(text.replace(full, short))
    return out


def confirm_in_notes(candidates: list[Candidate], terms: list[CjkTerm]) -> int:
    """Attach the notes' terms that are an entry's suggested form, whole or short; returns
    how many forms were attached or confirmed."""
    held = {(f.lang, text_key(f.text)) for c in candidates for f in c.forms
            if f.lang in ("ja", "ko") and f.origin.startswith("footnote:")}
    by_key: dict[tuple[str, str], CjkTerm] = {}
    for t in terms:
        if t.kind != "title" and (t.lang, text_key(t.text)) not in held:
            by_key.setdefault((t.lang, text_key(t.text)), t)
    old = _old_forms(terms, held)
    if not by_key and not old:
        return 0
    done = 0
    for cand in candidates:
        for f in list(cand.forms):
            if f.lang not in ("ja", "ko") or f.origin.startswith(("footnote:", "text")):
                continue
            whole = by_key.pop((f.lang, text_key(f.text)), None)
            if whole is not None:
                f.confidence = max(f.confidence, CONFIRMED)
                f.evidence += f"; footnote {whole.footnote} writes it"
                _mention(cand, whole)
                done += 1
                continue
            t = old.pop(text_key(f.text), None) if f.lang == "ja" else None
            if t is not None:
                cand.forms.append(Form("ja", t.text, Role.ALIAS, f"footnote:{t.footnote}", CONFIRMED,
                                       f"footnote {t.footnote} writes {f.text} in old character forms "
                                       f"({t.text}; pykakasi itaijidict, data/ja_kyujitai.tsv)"))
                _mention(cand, t)
                done += 1
                continue
            for short in short_forms(f.text, f.lang):
                t = by_key.pop((f.lang, text_key(short)), None)
                if t is None:
                    continue
                cand.forms.append(Form(f.lang, t.text, Role.ABBREVIATION, f"footnote:{t.footnote}", CONFIRMED,
                                       f"footnote {t.footnote} writes {f.text} short ({t.text}, "
                                       f"data/cjk_abbreviations.tsv)"))
                _mention(cand, t)
                done += 1
    return done


def _old_forms(terms: list[CjkTerm], held: set[tuple[str, str]]) -> dict[str, CjkTerm]:
    """today's form -> a note's term written in old kanji forms (a Japanese note's 經濟産業省,
    a Korean note's hanja 韓國政府): matched to a suggested Japanese form by `fold`."""
    out: dict[str, CjkTerm] = {}
    for t in terms:
        if t.kind == "title" or (t.lang, text_key(t.text)) in held or \
                (t.lang == "ko" and not all(_HAN.match(ch) for ch in t.text)):
            continue
        modern = fold(t.text)
        if modern != t.text:
            out.setdefault(text_key(modern), t)
    return out


def _mention(cand: Candidate, t: CjkTerm) -> None:
    cand.mentions.append(Mention(text=t.text, line=t.line, col=t.col, context=t.text, footnote=t.footnote))
