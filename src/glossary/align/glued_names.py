"""A person's full name in kanji written solid with what follows it in a note.

    glued_name_pairs(doc, cits, cands, occ, body, pairs) -> list[Pair]

Japanese notes glue the name to an office or a suffix: 木原稔防衛大臣記者会見,
加藤勝信内閣官房長官記者会見, 斎藤実関係文書, 濱口竜介監督.  The note's chunk is no name, so the
pair search never reads its start; and without a form from the note the dictionary later
picks a homonym (JMnedict's 木原実, 加藤捷信, 齋藤實).  Here the first three to five kanji of
such a run are read as the full name of a person the citing clause or sentence names
(family and given name both matched: `name_evidence` with a two-part reading), and the
note's kanji become the person's form, origin `footnote:N`.
"""
from __future__ import annotations

import regex

from ..extract.candidates import Candidate, CjkTerm
from ..model import Category
from .citations import LOCALITY
from .forms import Pair
from .persons import name_evidence, strip_title

#: a run of kanji long enough for a name and something glued to it, at a word start
_HAN_RUN = regex.compile(r"(?<![\p{Han}々\p{Katakana}\p{Hiragana}])[\p{Han}々]{4,}")
#: lengths of a full name in kanji (family and given name), longest first
_NAME_LENGTHS = (5, 4, 3)
#: the name must match at least so well (a reading of both parts)
MIN_SCORE = 0.85
#: ... and the person be named this close to the marker: the citing sentence or clause
MIN_LOCALITY = LOCALITY["sentence"]


def glued_name_pairs(doc, cits, cands: list[Candidate], occ, body, pairs: list[Pair]) -> list[Pair]:
    """Pairs of persons (without a Japanese form, and none of `pairs` from this note) with
    the full name in kanji a cited note writes glued to an office or suffix."""
    from .pairs import _locality

    paired = {(p.cand, p.term.footnote) for p in pairs if p.term.lang == "ja"}
    # (each person's full English names, once: one of two words or more, titles aside)
    people = {i: forms for i, c in enumerate(cands[:len(occ)]) if c.category is Category.PERSON
              and not any(f.lang == "ja" for f in c.forms)
              for forms in [tuple(dict.fromkeys(f for f in (strip_title(x.text) for x in c.forms if x.lang == "en")
                                                if len(f.split()) >= 2))] if forms}
    if not people:
        return []
    out: list[Pair] = []
    mentions = {}
    paras = {}      # (the paragraphs each person is mentioned in)
    for note in doc.notes:
        runs = list(_HAN_RUN.finditer(note.text))
        if not runs:
            continue
        note_cits = cits.get(note.n) or [None]
        citing = {c.para for c in note_cits if c is not None}
        near = []
        for i, forms in people.items():
            if (i, note.n) in paired:
                continue
            if i not in mentions:
                mentions[i] = occ[i]
                paras[i] = {o[0] for o in mentions[i]}
            if paras[i].isdisjoint(citing):
                continue    # (mentioned in no citing paragraph: its locality is below MIN_LOCALITY)
            loc, where = _locality(body, mentions[i], note_cits)
            if loc >= MIN_LOCALITY:
                near.append((i, loc, where, forms))
        for i, loc, where, forms in near:
            found = _first_name_in(runs, forms)
            if found is None:
                continue
            text, at, run, (score, why, reading, _, _) = found
            line = note.line + note.text.count("\n", 0, at)
            col = note.col + at if line == note.line else at - note.text.rfind("\n", 0, at) - 1
            term = CjkTerm(text, "ja", "person", note.n, line, col, score, title=run, reading=reading)
            out.append(Pair(i, term, round(score * loc, 3),
                            f"footnote {note.n}: {why}; the name is written solid with what follows it "
                            f"({run}); cited in the {where}", reading))
            paired.add((i, note.n))
    return out


def _first_name_in(runs, forms: tuple[str, ...]):
    """(name, offset, run, name evidence) of the first run that starts with a full name of
    `forms`, longest name first."""
    for m in runs:
        run = m.group()
        for k in _NAME_LENGTHS:
            if len(run) <= k:
                continue
            nm = name_evidence(run[:k], forms)
            if nm is not None and nm[0] >= MIN_SCORE and " " in nm[2]:
                return run[:k], m.start(), run, nm
    return None
