"""Forms written in brackets: `CJK name(ACRONYM)` in a note, `English (日本語)` in the text.

    acronym_pairs(doc, by_note, cands)   # 日本政府観光局(JNTO) -> the candidate "JNTO"
    bracketed_forms(body, cands)          # Moon Jae-in (文在寅) -> 文在寅 for that candidate
"""
from __future__ import annotations

import regex

from ..documents import Document
from ..extract.candidates import Candidate, CjkTerm, Form, Mention
from ..model import Category, Role
from ..text.lexicon import words
from ..text.scripts import has_hangul
from .citations import Body
from .forms import Pair, short, text_key
from .in_text import bracket_pairs

#: spaces and dashes between the words of a name; a run of white space
_WORD_BREAKS = regex.compile(r"[\s\-–]+")
_SPACES = regex.compile(r"\s+")

__all__ = ["acronym_pairs", "bracketed_forms", "abbreviation"]


#: score of `CJK name(ACRONYM)` paired with the English candidate the acronym abbreviates
ACRONYM_SCORE = 0.9

# A CJK name with its acronym in brackets: 핵협의그룹(NCG), 日本政府観光局(JNTO).  The name is the
# run of Han/katakana/Hangul right before the bracket (hiragana and spaces end it; a middle dot
# between katakana words does not: チェンマイ・イニシアティブ(CMIM)).
CJK_NAME_ACRONYM = regex.compile(r"(?P<cjk>[\p{Han}\p{Katakana}\p{Hangul}ー々](?:[\p{Han}\p{Katakana}\p{Hangul}ー々]|[・･](?=\p{Katakana})){1,29})\s*[(（]\s*"
                                 r"(?P<ac>[A-Z][A-Za-z&\-]{1,9}|[A-Z][A-Za-z&\-]{0,19}(?:\s+[A-Z][A-Za-z&\-]{0,19}){1,5})"
                                 r"\s*[)）]")

_ACRONYM_SKIP = words("en_align_words", list="acronym_skip")


def abbreviation(name: str) -> str:
    """The initials of an English name's words: Japan National Tourism Organization -> JNTO."""
    words = [w for w in _WORD_BREAKS.split(name) if w and w.casefold() not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words if w[0].isalpha()).upper() if len(words) >= 2 else ""


def acronym_pairs(doc: Document, by_note: dict[int, list[CjkTerm]], cands: list[Candidate]
                  ) -> tuple[list[Pair], set[tuple[int, str]]]:
    """`CJK name(ACRONYM)` in a note, where ACRONYM is an English candidate's abbreviation
    (one of its forms, or the initials of its name): the CJK name is that candidate's form.
    Returns the pairs and the (note, text) handled."""
    pairs: list[Pair] = []
    done: set[tuple[int, str]] = set()
    notes = [nt for nt in doc.notes if nt.n in by_note and ("(" in nt.text or "（" in nt.text)
             and CJK_NAME_ACRONYM.search(nt.text)]
    if not notes:
        return pairs, done
    by_ac: dict[str, set[int]] = {}
    for i, c in enumerate(cands):
        if c.category in (Category.TITLE, Category.PERSON):
            continue
        for f in c.forms:
            if f.lang != "en":
                continue
            if f.text.isupper() and " " not in f.text:
                by_ac.setdefault(f.text, set()).add(i)
            elif " " in f.text:
                # an English name glossed in brackets: 経済安全保障重要技術育成プログラム(K Program)
                by_ac.setdefault(f.text, set()).add(i)
            ab = abbreviation(f.text)
            if ab:
                by_ac.setdefault(ab, set()).add(i)
    for nt in notes:
        terms = by_note.get(nt.n, [])
        for m in CJK_NAME_ACRONYM.finditer(nt.text):
            hits = by_ac.get(_SPACES.sub(" ", m.group("ac")), set())
            if len(hits) != 1:
                continue
            i = next(iter(hits))
            cjk = m.group("cjk")
            lang = "ko" if has_hangul(cjk) else "ja"
            known = next((t for t in terms if t.text == cjk and t.kind != "title"), None)
            ref = known or next((t for t in terms), None)
            term = known or CjkTerm(text=cjk, lang=lang, kind="institution", footnote=nt.n,
                                    line=ref.line if ref else nt.line, col=ref.col if ref else nt.col,
                                    confidence=0.9, title=ref.title if ref and ref.kind != "title" else "")
            done.add((nt.n, cjk))
            pairs.append(Pair(i, term, ACRONYM_SCORE,
                              f"footnote {nt.n}: {cjk}({m.group('ac')}) — the bracketed "
                              + (f"acronym is \"{cands[i].name}\"'s abbreviation" if " " not in m.group("ac")
                                  else f"gloss is the English name \"{cands[i].name}\"")))
    return pairs, done


#: score of an English term followed by its CJK form in brackets in the body: `Foo (日本語)`
IN_BODY_SCORE = 0.9


# An English name followed by its Japanese/Korean form in brackets in the body:
# `“Korea–Japan–China” (한일중)`, `Yoon Suk Yeol (尹錫悦)`.
def bracketed_forms(body: Body, cands: list[Candidate]) -> list[tuple[int, Form, Mention]]:
    """`Foo Bar (日本語)`, `'Foo' (*romaji*, 日本語)`, `(『日本語』, *Foo*)` in the body: the
    English candidate the bracket glosses takes the CJK form (origin `text`, high
    confidence).  The rule is `in_text.bracket_pairs`.  Returns (candidate index, form, its
    mention) for each form a candidate does not have yet."""
    by_form: dict[str, int] = {}
    for i, c in enumerate(cands):
        for f in c.forms:
            if f.lang == "en":
                by_form.setdefault(f.text, i)
    places = [(p.text, p.position, None) for p in body.paragraphs]
    places += [(s.text, (lambda off, s=s: (s.line, s.col + off)), s.footnote)
               for s in body.doc.segments if s.kind == "note"]
    out: list[tuple[int, Form, Mention]] = []
    have = {}   # candidate index -> (lang, key) of its forms, with those found here
    for text, position, footnote in places:
        for i, pair in bracket_pairs(text, by_form):
            held = have.get(i)
            if held is None:
                held = have[i] = {(f.lang, text_key(f.text)) for f in cands[i].forms}
            if (pair.lang, text_key(pair.cjk)) in held:
                continue
            held.add((pair.lang, text_key(pair.cjk)))
            line, col = position(pair.start)
            where = "the article" if footnote is None else f"note {footnote}"
            out.append((i, Form(lang=pair.lang, text=pair.cjk, role=Role.ALIAS, origin="text", confidence=IN_BODY_SCORE,
                                evidence=f"bracket rule: written “{pair.written}” in {where}"),
                        Mention(text=pair.cjk, line=line, col=col, footnote=footnote,
                                context=short(text[max(0, pair.start - 60):pair.start + len(pair.cjk) + 1]))))
    return out


def share_glossed_forms(cands: list[Candidate]) -> int:
    """An article that glosses a name in two languages ("the Agreement … (Japanese: 日韓樽木
    協定; Korean: 한일樽木협정)") says what both forms are.  A candidate of the same category
    that holds one of them from a note (by keywords, another English name of that thing) is
    that thing: the form it holds is as sure as the article's, and it takes the article's
    form of the other language too, so that a note's fragment (a piece of a book's title)
    does not lead where the article wrote the name.  Returns how many forms were added."""
    glossed: dict[tuple[str, str], set[int]] = {}
    for i, c in enumerate(cands):
        for f in c.forms:
            if f.lang in ("ja", "ko") and f.origin == "text":
                glossed.setdefault((f.lang, text_key(f.text)), set()).add(i)
    if not glossed:
        return 0
    added = 0
    for i, c in enumerate(cands):
        owners = {j for f in c.forms if f.lang in ("ja", "ko") and f.origin.startswith("footnote:")
                  for j in glossed.get((f.lang, text_key(f.text)), ()) if j != i}
        if len(owners) != 1:
            continue
        src = cands[next(iter(owners))]
        if src.category is not c.category:
            continue
        own_text = {f.lang for f in c.forms if f.origin == "text" and f.lang in ("ja", "ko")}
        mine = {(f.lang, text_key(f.text)): f for f in c.forms}
        for g in src.forms:
            if g.lang not in ("ja", "ko") or g.origin != "text":
                continue
            held = mine.get((g.lang, text_key(g.text)))
            if held is not None:      # the note's form is the one the article writes: as sure as that
                held.confidence = max(held.confidence, g.confidence)
            elif g.lang not in own_text:
                c.forms.append(Form(lang=g.lang, text=g.text, role=Role.ALIAS, origin="text", confidence=g.confidence,
                                    evidence=f"{g.evidence}, for \"{src.name}\", which shares a form of a note "
                                             f"with this entry"))
                added += 1
    return added
