"""Alignment: join English candidates with the Japanese and Korean terms of the footnotes.

    align(doc, candidates, cjk_terms, on_error=None) -> list[Candidate]

1. Pairs.  A marker ties the English clause before it (then its sentence, its paragraph,
   the document, each weaker) to its note (`citations`).  Every named term of a cited
   Japanese/Korean title is scored against the English candidates (`pairs`): persons by
   name evidence (`persons`, `names`), other terms by keywords (`keywords`, `terms`), by
   reading (`transliteration`) or transcription (`loanwords`), each score multiplied by
   the locality of the candidate's occurrences.  Rules add pairs no lexical evidence gives:
   the tables of news outlets (`sources`), `CJK name(ACRONYM)` and `English (日本語)`
   (`brackets`), the one-to-one and quotation rules of the citing sentence (`citing`), laws (`statutes`).
2. New candidates: a phrase of the citing sentence that translates a term no candidate
   holds, one `title` candidate per cited title (`citing`), a person per Japanese/Korean
   name that matched no English name (`persons`), a source named only in the notes (`sources`).
3. Suggestions at lower confidence (`transcriptions`): transcribed and romanized names, the bridge.

Every form added carries an origin (`footnote:N`, `text`, `transcription`, `romanization`,
`bridge`), a confidence and a one-line `evidence`.  `align` works on a copy: the
candidates handed to it are never changed.  A part that fails unexpectedly is skipped and
reported (`problems`); `clear_caches()` forgets every memoised result (`caching`).
"""
from __future__ import annotations

from typing import Callable

from ..documents import Document
from ..extract.candidates import Candidate, CjkTerm
from .brackets import acronym_pairs, bracketed_forms, share_glossed_forms
from .vocabulary_lines import vocabulary_forms
from .caching import clear_caches
from .citations import Body, citations
from .citing import candidate_from_sentence, one_to_one_pairs, quoted_pairs, title_candidates
from .forms import Pair, attach, order_roles, working_copy
from .glued_names import glued_name_pairs
from .statutes import statute_pairs
from .pairs import (MIN_PAIR_SCORE, Occurrences, RowIndex, best_pairs, candidate_rows, may_pair_by_dictionary,
                    may_pair_widely, one_per_note)
from .persons import article_given_name_first, persons_by_notes, unaligned_persons
from .problems import AlignmentWarning, Problems
from .sources import outlet_pairs, unaligned_sources
from .transcriptions import suggest

__all__ = ["align", "clear_caches", "AlignmentWarning", "MIN_PAIR_SCORE"]


def align(doc: Document, candidates: list[Candidate], cjk_terms: list[CjkTerm], *,
          on_error: Callable[[str], None] | None = None) -> list[Candidate]:
    """The final candidate list: English candidates with ja/ko forms, title and CJK-only
    person candidates, and suggested forms.  The input list is not modified.

    A part of the work that fails unexpectedly (a bug) is skipped; `on_error` receives one
    line saying what was skipped (for the document's warnings), and without `on_error` it
    is an `AlignmentWarning`."""
    problems = Problems(on_error)
    out = [working_copy(c) for c in candidates]
    by_note: dict[int, list[CjkTerm]] = {}
    for t in cjk_terms:
        by_note.setdefault(t.footnote, []).append(t)
    pairs: list[Pair] = []
    fixed: set[tuple[int, str]] = set()
    with problems.guard("the table of newspapers and news agencies"):
        found, made, fixed = outlet_pairs(cjk_terms, out)
        pairs += found
        out += made
    with problems.guard("bracketed acronyms in the notes"):
        found, done = acronym_pairs(doc, by_note, out)
        pairs += found
        fixed |= done

    body = Body(doc)
    # an article that writes a term's original beside it says what it is: first, and a note's
    # term it glosses so is no longer open to inference from the citation
    with problems.guard("forms written in brackets and on vocabulary lines"):
        found_lines, made = vocabulary_forms(doc, out)
        out += made
        for i, form, mention in bracketed_forms(body, out) + found_lines:
            out[i].forms.append(form)
            out[i].mentions.append(mention)
            if mention.footnote is not None:
                fixed.add((mention.footnote, form.text))
    cits = citations(doc, body)
    occ = Occurrences(out, body)
    info = RowIndex(candidate_rows(out))
    for n, terms in sorted(by_note.items()):
        note_cits = cits.get(n) or [None]
        loc_memo: dict[int, tuple[float, str]] = {}
        titles = tuple(t.text for t in terms if t.kind == "title")
        near = wide = None   # the rows of the citing sentences (paragraphs), for the dictionary's glosses
        for term in terms:
            if term.kind == "title" or (term.footnote, term.text) in fixed:
                continue
            with problems.guard(f"pairing of {term.text} (footnote {term.footnote})"):
                found = best_pairs(term, terms, info.rows_for(term), occ, body, note_cits, loc_memo, titles)
                if not found and may_pair_by_dictionary(term):
                    near = info.cited_rows(note_cits) if near is None else near
                    found = best_pairs(term, terms, info.with_transcriptions(near, term), occ, body, note_cits, loc_memo,
                                       titles, dictionary_only=True)
                    if not found and may_pair_widely(term):   # (the citing paragraph, by many glossed pieces)
                        wide = info.cited_rows(note_cits, paragraph=True) if wide is None else wide
                        found = best_pairs(term, terms, wide, occ, body, note_cits, loc_memo, titles, True, True)
                pairs.extend(found)
    pairs = one_per_note(pairs)
    with problems.guard("the one-to-one rule, and names written solid with an office in the notes"):
        pairs += one_to_one_pairs(by_note, cits, out, occ, body, {(p.term.footnote, p.term.text) for p in pairs},
                                  pairs)
        pairs += glued_name_pairs(doc, cits, out, occ, body, pairs)
    with problems.guard("the statutes of the notes"):
        pairs += statute_pairs(by_note, cits, out, occ, body, pairs)
    with problems.guard("the quotation rule"):
        found, made = quoted_pairs(by_note, cits, out, body, {(p.term.footnote, p.term.text) for p in pairs})
        pairs += found
        out += made
    aligned_terms = {(p.term.footnote, p.term.text) for p in pairs}
    for p in pairs:
        attach(out[p.cand], p.term, p.score, p.evidence, p.reading, p.full)
    pair_of = {}
    for p in pairs:
        pair_of.setdefault(p.cand, []).append(p)
    persons_by_notes(out, cjk_terms)

    # terms no candidate holds, translated by a phrase of the citing sentence
    for n, terms in sorted(by_note.items()):
        for term in terms:
            if term.kind in ("title", "person") or (term.footnote, term.text) in aligned_terms:
                continue
            with problems.guard(f"a phrase of the citing sentence for {term.text} (footnote {n})"):
                new = candidate_from_sentence(term, terms, cits.get(n) or [], body, out)
                if new is not None:
                    out.append(new)
                    aligned_terms.add((term.footnote, term.text))

    for what, make in (("title entries", lambda: title_candidates(cjk_terms, cits, aligned_terms, doc.lines)),
                       ("entries for names without an English match",
                        lambda: unaligned_persons(cjk_terms, aligned_terms, out)),
                       ("entries for sources named only in the notes",
                        lambda: unaligned_sources(cjk_terms, aligned_terms, out))):
        with problems.guard(what):
            out += make()
    with problems.guard("forms the article glosses, shared by another name of the thing"):
        share_glossed_forms(out)
    given_first = None
    with problems.guard("the article's order of Japanese names"):
        given_first = article_given_name_first(out)
    for i, cand in enumerate(out):
        with problems.guard(f"suggestions for {cand.name!r}"):
            suggest(cand, doc, body, pair_of.get(i, []), given_first)
        order_roles(cand)
    problems.close()
    return out
