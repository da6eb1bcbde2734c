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


def full_form(text: str, lang: str) -> str | None:
    """The whole name a form written short stands for (東京地裁 -> 東京地方裁判所, 대구지법 ->
    대구지방법원): its short head at the end written in full; None when it has none."""
    for full, short in sorted(_short_heads().get(lang, ()), key=lambda r: -len(r[1])):
        if text.endswith(short) and not text.endswith(full):    # (the longest short head: 最高裁, not 高裁)
            return text[:-len(short)] + full
    return None


#: the short heads themselves (地裁, 最高裁, 헌재)
_BARE_SHORT = frozenset(text_key(row["short"]) for row in table("cjk_abbreviations"))

#: origin of a whole name written out from a short form the article gives
EXPANDED = "dictionary:short-form"


def expand_short_forms(candidates: list[Candidate]) -> int:
    """An entry whose Japanese or Korean form from the article is a court's or prosecutors'
    office's short name (東京地裁) gets the whole name (東京地方裁判所) as its preferred form,
    the short one kept as its abbreviation; returns how many whole names were added."""
    added = 0
    for cand in candidates:
        for f in list(cand.forms):
            if f.lang not in ("ja", "ko") or not f.origin.startswith(("footnote:", "text")):
                continue
            full = full_form(f.text, f.lang)
            # (a head alone, 最高裁, names no court of its own: Japanese writes another country's highest court so too)
            if full is None or text_key(f.text) in _BARE_SHORT or any(g.lang == f.lang and text_key(g.text) == text_key(full) for g in cand.forms):
                continue
            role, f.role = f.role, Role.ABBREVIATION
            cand.forms.append(Form(f.lang, full, role if role is Role.PREFERRED else Role.ALIAS, EXPANDED,
                                   round(min(f.confidence, CONFIRMED), 3),
                                   f"{f.text} is the short form of {full} (data/cjk_abbreviations.tsv)"))
            added += 1
    return added


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
