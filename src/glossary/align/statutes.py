"""Statutes, ordinances and treaties: a law's formal name in a note and its English name.

    statute_pairs(by_note, cits, cands, occ, body, pairs) -> list[Pair]

The notes cite a law by its formal name (`extract.cjk_statutes`: 外国為替及び外国貿易法,
竹島の日を定める条例, 독도의 달 조례, terms of kind `statute`); the article names it in
English ("Foreign Exchange and Foreign Trade Act", "Takeshima Day Ordinance").  For each
statute term no other evidence paired:

1. composition: the English name's head (Act, Ordinance, Agreement) is the kind of the
   note's head (法, 条例, 協定), and each content word of the rest is said by a part of the
   formal name (its parts cut at clauses and joints: 外国為替 | 及び | 外国貿易): through the
   bilingual keyword table, the dictionary's glosses, the part's reading (竹島 "Takeshima",
   독도 "Dokdo") or a day/month noun (달 "month").  Every English word said, and every part
   saying one (a country aside): `COMPOSED`; the English said but only half the parts or
   more, of three or more (a short name of a long one): `PARTIAL`, `PARTIAL_SPECIFIC` when three parts or
   more say it.
2. one statute per citation: the citing clause (else sentence) names exactly one English
   statute of a kind and the note holds exactly one unpaired statute of that kind in the
   language: they are the same law (`ONE_STATUTE`), the strongest evidence a note gives
   for a law whose short English name translates little of its formal one ("Hate Speech
   Elimination Act" for 本邦外出身者に対する…の推進に関する法律).

Each score is multiplied by the locality of the English name's occurrences (`citations`).
"""
from __future__ import annotations

import regex

from ..extract.candidates import Candidate, CjkTerm
from ..extract.cjk_statutes import STATUTE_KIND, english_clause, english_complement, english_head, noun_kind, statute_head, statute_parts
from ..model import Category
from .caching import cached
from .citations import Body
from .forms import Pair, quote
from .glosses import _content, _pieces
from .keywords import CJK_IGNORED, _cjk_spans
from .pairs import MIN_PAIR_SCORE, _locality
from .transliteration import transliteration_match

__all__ = ["statute_pairs", "statute_match", "COMPOSED", "PARTIAL", "ONE_STATUTE"]

#: every English word said by a part and every part saying one
COMPOSED = 0.8
#: the English said whole, at least half the parts saying some of it
PARTIAL = 0.7
#: ... when parts say SPECIFIC_WORDS English words or more (a long name agreeing so is no chance)
PARTIAL_SPECIFIC, SPECIFIC_WORDS = 0.75, 3
#: the only statute of a kind in the citing clause (sentence) and in the note
ONE_STATUTE = 0.75

#: a year or an acronym after an English name ("… Ordinance of 2005", "… Act (FEFTA)")
_EN_TAIL = regex.compile(r"(?:\s+of\s+(?:1[89]|20)\d\d|\s*\([^()]*\))+$")
_EN_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’]\p{L}+)?")


@cached(maxsize=16384)
def _english_statute(english: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(kind, the name without its head, its capitalised words) of an English statute's
    name: the head last ("… Trade Act") or first, after an adjective ("Special Act on …")."""
    name = _EN_TAIL.sub("", english.strip())
    words = _EN_WORD.findall(name)
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) < 2:
        return None
    for k in (len(words) - 1, 0, 1):
        kind = english_head(words[k])
        if kind is None or (k == 1 and not words[0][:1].isupper()):
            continue
        if k < len(words) - 1 and not english_complement(words[k + 1]):
            continue    # a head first is followed by its subject ("Act on …"), not "Act East Policy"
        rest = words[:k] + words[k + 1:]
        if not any(w[:1].isupper() for w in rest) or (k and english_complement(words[k - 1])):
            return None     # no name of a statute: "the rule of law", "the Rule of Law"
        return kind, " ".join(rest), tuple(w for w in rest if w[:1].isupper())
    return None




@cached(maxsize=16384)
def _part_words(part: str) -> frozenset[str]:
    """The English content words a part of a name can say: its keyword concepts' renderings,
    its dictionary pieces' glosses, a day/month noun's English."""
    out: set[str] = set()
    for _, _, concept, _ in _cjk_spans(CJK_IGNORED.sub("", part)):
        for rendering in concept.en:
            out |= _content(rendering)
    pieces = _pieces(part)
    if pieces is not None:
        for _, glossed in pieces:
            out |= glossed
    if noun_kind(part):
        out.add(noun_kind(part))
    return frozenset(out)


def _is_country(part: str) -> bool:
    spans = _cjk_spans(CJK_IGNORED.sub("", part))
    return bool(spans) and all(c.country for _, _, c, _ in spans)


@cached(maxsize=16384)
def statute_match(cjk: str, lang: str, english: str) -> tuple[float, str] | None:
    """(score, why) of a statute's formal name and an English name of the same kind whose
    content words its parts say (`COMPOSED`, `PARTIAL`; see the module's docstring), else None."""
    en = _english_statute(english)
    found = statute_parts(cjk, lang)
    if en is None or found is None or en[0] != found[0] or not found[1]:
        return None
    kind, rest, proper = en
    want = {w for w in _content(rest) if not english_clause(w)}
    head = statute_head(cjk)[0]
    want -= _part_words(head)             # (特別法 says the "special" of "Special Act")
    if not want:
        return None
    said: list[str] = []
    saying = 0
    for part in found[1]:
        hit = {w for w in want if w in _part_words(part)}
        if len(part) >= 2:      # (a name is read from two characters on)
            hit |= {w.casefold() for w in proper if w.casefold() in want and transliteration_match(part, lang, w)}
        if hit:
            saying += 1
            said.append(f"{part}={'/'.join(sorted(hit))}")
            want -= hit
        elif _is_country(part):
            saying += 1
    if want:
        return None
    parts = len(found[1])
    score = COMPOSED if saying == parts else PARTIAL if parts >= 3 and 2 * saying >= parts else 0.0
    if score == PARTIAL and len(said) >= SPECIFIC_WORDS:
        score = PARTIAL_SPECIFIC
    if not score:
        return None
    return score, f"{' + '.join(said)} + {head}={kind}"


def _rows(cands: list[Candidate]) -> list[tuple[int, str, str]]:
    """(index, kind, English form) of every candidate whose English names a statute."""
    out = []
    for i, c in enumerate(cands):
        if c.category in (Category.TITLE, Category.PERSON):
            continue
        for f in c.forms:
            if f.lang == "en":
                en = _english_statute(f.text)
                if en is not None:
                    out.append((i, en[0], f.text))
    return out


def statute_pairs(by_note, cits, cands: list[Candidate], occ, body: Body, pairs: list[Pair]) -> list[Pair]:
    """Pairs of the notes' statute terms no other evidence paired (see the module's docstring)."""
    notes = [(n, [t for t in terms if t.kind == STATUTE_KIND]) for n, terms in sorted(by_note.items())]
    notes = [(n, ts) for n, ts in notes if ts]
    rows = _rows(cands) if notes else []
    if not rows:
        return []
    aligned = {(p.term.footnote, p.term.text) for p in pairs}
    taken = {(p.cand, p.term.footnote, p.term.lang) for p in pairs}
    out: list[Pair] = []
    for n, terms in notes:
        note_cits = cits.get(n) or []
        for term in terms:
            if (n, term.text) in aligned:
                continue
            p = _composed(term, rows, occ, body, note_cits, taken)
            if p is not None:
                out.append(p)
                aligned.add((n, term.text))
                taken.add((p.cand, n, term.lang))
        for p in _one_per_citation(n, [t for t in terms if (n, t.text) not in aligned], rows, occ, note_cits, taken):
            out.append(p)
            aligned.add((n, p.term.text))
            taken.add((p.cand, n, p.term.lang))
    return out


def _composed(term: CjkTerm, rows, occ, body: Body, note_cits, taken) -> Pair | None:
    """The one best English statute whose name the term's parts say."""
    scored = []
    for i, _, english in rows:
        if (i, term.footnote, term.lang) in taken:
            continue
        m = statute_match(term.text, term.lang, english)
        if m is None:
            continue
        loc, where = _locality(body, occ[i], note_cits)
        if m[0] * loc >= MIN_PAIR_SCORE:
            scored.append((m[0] * loc, i, english, m[1], where))
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1] != scored[0][1]:
        return None         # two laws said as well: neither
    score, i, english, why, where = scored[0]
    return Pair(i, term, round(score, 3), f"footnote {term.footnote} title {quote(term.title)}: {term.text} = "
                                          f"\"{english}\" by composition {why} (cited in the {where})")


def _one_per_citation(n: int, free: list[CjkTerm], rows, occ, note_cits, taken) -> list[Pair]:
    """The one-statute rule (see the module's docstring)."""
    out = []
    for cit in note_cits:
        for span, where in ((cit.clause, "clause"), (cit.sentence, "sentence")):
            inside: dict[str, dict[int, str]] = {}
            for i, kind, english in rows:
                if any(p == cit.para and a >= span[0] and b <= span[1] + 1 for p, a, b in occ[i]):
                    inside.setdefault(kind, {}).setdefault(i, english)
            if not inside:
                continue
            for kind, named in inside.items():
                for lang in ("ja", "ko"):
                    mine = [t for t in free if t.lang == lang and statute_parts(t.text, lang)[0] == kind]
                    if len(named) != 1 or len(mine) != 1:
                        continue
                    (i, english), = named.items()
                    if (i, n, lang) in taken:
                        continue
                    out.append(Pair(i, mine[0], ONE_STATUTE,
                                    f"footnote {n}: one statute: {mine[0].text} is the only {kind} of the note and "
                                    f"\"{english}\" the only {kind} in the citing {where}"))
                    free = [t for t in free if t is not mine[0]]
            break       # (the clause named statutes: the sentence is not asked; the next citation is)
    return out
