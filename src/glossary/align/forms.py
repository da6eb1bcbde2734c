"""What alignment adds to a candidate: a pair (CJK term, candidate, score, evidence), the
form and mention it attaches, and one preferred form per language at the end.

`align()` works on one copy of its input (`working_copy`); the functions here change that
copy, never a candidate handed to `align()`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..extract.candidates import Candidate, CjkTerm, Form, Mention
from ..model import Category, Role
from ..text.normalize import key as _normalize_key
from ..text.scripts import has_hangul
from .caching import cached

__all__ = ["Pair", "working_copy", "attach", "order_roles", "text_key", "quote", "short", "fill_missing",
           "lacking"]

#: `text.normalize.key` (the termbase's matching key of a text), memoised
text_key = cached(maxsize=65536)(_normalize_key)


@dataclass
class Pair:
    cand: int            # index into the candidate list
    term: CjkTerm
    score: float
    evidence: str
    reading: str = ""
    via_japanese_transcription: bool = False
    full: str = ""       # the whole name the term is the first word of, in the title: the form


def working_copy(cand: Candidate) -> Candidate:
    """The copy of an input candidate that alignment works on: its own lists and its own
    forms (a form's confidence, evidence and role may change); the mentions, which nothing
    changes, are the input's."""
    forms = []
    for f in cand.forms:     # (a copy of its fields, without the dataclass's __init__: thousands per article)
        copy = _new_form(Form)
        copy.__dict__.update(f.__dict__)
        forms.append(copy)
    return Candidate(cand.category, forms, cand.confidence, list(cand.mentions), cand.note)


_new_form = object.__new__


def attach(cand: Candidate, term: CjkTerm, score: float, evidence: str, reading: str = "", full: str = "") -> None:
    if full:
        term = replace(term, text=full)
    if term.lang == "ko" and not has_hangul(term.text):
        return  # a Han-only form is no Korean form (modern Korean writes Hangul)
    origin = f"footnote:{term.footnote}"
    for f in cand.forms:
        if f.lang == term.lang and text_key(f.text) == text_key(term.text):
            if f.origin.startswith("footnote:") and origin not in f.evidence:
                f.evidence = f.evidence + f"; also footnote {term.footnote}" if f.evidence else f.evidence
            f.confidence = max(f.confidence, round(score, 3))
            break
    else:
        cand.forms.append(Form(lang=term.lang, text=term.text, role=Role.ALIAS, origin=origin,
                               confidence=round(min(score, term.confidence if term.confidence > 0 else score), 3),
                               evidence=evidence, reading=reading or term.reading))
    cand.mentions.append(Mention(text=term.text, line=term.line, col=term.col, context=term.title or term.text,
                                 footnote=term.footnote))



def order_roles(cand: Candidate) -> None:
    """One preferred form per language: the existing one, else the best literal form, else
    the best suggestion.  Forms that came with the candidate keep their role."""
    if len(cand.forms) == 1:  # the common case, as the loop below would do it
        if cand.forms[0].role is not Role.PREFERRED:
            cand.forms[0].role = Role.PREFERRED
        return
    # (each language on its own: the forms of a language without a preferred one, in order)
    open_langs: dict[str, list[Form]] = {}
    settled = set()
    for f in cand.forms:
        if f.role is Role.PREFERRED:
            settled.add(f.lang)
        else:
            open_langs.setdefault(f.lang, []).append(f)
    for lang, forms in open_langs.items():
        if lang not in settled:
            max(forms, key=_literal_first).role = Role.PREFERRED


def _literal_first(f: Form) -> tuple[bool, float, int]:
    """The rank of a form to be preferred: the article's own, then confidence, then length."""
    return f.origin.startswith("footnote:") or f.origin == "text", f.confidence, len(f.text)


def quote(s: str) -> str:
    return f"“{s}”" if s else ""


def short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def fill_missing(cand: Candidate, forms: dict[str, str], origin: str, confidence: float, evidence: str) -> int:
    """Give `cand` the forms of `forms` (lang -> text) in the languages it has none in yet,
    as preferred suggestions of one source; returns how many were added."""
    have = {f.lang for f in cand.forms}
    added = 0
    for lang, text in forms.items():
        if text and lang not in have:
            cand.forms.append(Form(lang, text, Role.PREFERRED, origin, confidence, evidence))
            added += 1
    return added


def fill_people(candidates: list[Candidate], lang: str, find, origin: str, skip=None) -> int:
    """For each person without a `lang` form (and not `skip(cand)`): `find(its preferred
    English name)` -> (text, confidence, evidence) or None, added as a suggestion of `origin`;
    returns how many were added."""
    added = 0
    for cand in candidates:
        if cand.category is not Category.PERSON or any(f.lang == lang for f in cand.forms):
            continue
        if skip is not None and skip(cand):
            continue
        english = next((f.text for f in cand.forms if f.lang == "en" and f.role is Role.PREFERRED), "")
        found = find(english) if english else None
        if found is not None:
            text, confidence, evidence = found
            added += fill_missing(cand, {lang: text}, origin, confidence, evidence)
    return added


def lacking(candidates: list[Candidate], categories) -> list[Candidate]:
    """The candidates of these categories that still lack a Japanese or a Korean form."""
    return [c for c in candidates if c.category in categories
            and not {"ja", "ko"} <= {f.lang for f in c.forms}]
