"""English entity extraction from a parsed Document (rule-based, no statistical model).

    extract_english(doc) -> list[Candidate]

The rules come in families (`extract.families`, each switchable by
GLOSSARY_EXTRACT_WITHOUT), one module of this package per family:

    acronyms        acronyms.py      acronym definitions, lower-case defined terms, "AB widgets"
    quotes          quotes.py        quoted and italic names and titles; cited titles in notes
    lowercase       lowercase.py     lower-case names with a cue (bold, so-called, numbered events)
    salience        ../salience.py   phrases the article uses far more often than general English
    names           names.py         the capitalised-span chunker and the classification of a span
    roles           roles.py         role titles split from the person they precede
    single-names    single_names.py  one-word names
    credits         ../credits.py    bylines and credit lines as people
    compounds       compounds.py     lower-case heads after names ("X summit")
    aliases         assemble.py      grouping the forms into candidates

and the parts they share: `tokens` (markup blanking and the tokenizer), `labels` (script
labels and romanizations in a labelled bracket, blanked like markup), `segments`
(paragraphs, prepared segments, occurrences), `shared` (word tests), `extractor` (the two
passes over a document that run the families in order).

How it works, per segment (body lines, headings, notes, trailer):

1. URLs are blanked; acronym definitions are found (`acronyms`), both orders.
2. Quoted phrases (`quotes`).
3. Capitalised spans (`names`, `roles`, `single-names`).
4. Lower-case heads after capitalised words make compound names (`compounds`); lower-case
   terms are names only with a strong cue (`lowercase`).  Common acronyms (ICBM, GDP,
   DNA) are no terms; a body line that is a headline is read like a heading.

Then the forms are grouped (`aliases`, see `assemble`).
"""
from __future__ import annotations


from ...documents import Document
from ..candidates import Candidate
from .assemble import _assemble, _candidate, _context, _evidence, _paren_aliases, _short_forms
from .extractor import KEEP_PREPARED_CHARS, _Extractor
from .segments import _Para, _paragraphs, _position, _Raw, _SegCtx
from .shared import match_key
from .tokens import (_A_SITE_HINT, _A_TOKEN, _A_TOKEN_NO_SITE, _SITE_HINT, _STAND_IN, _TOKEN_NO_SITE, TOKEN, _Tok,
                     _tokens)


def extract_english(doc: Document) -> list[Candidate]:
    """English entity candidates of `doc` (see module docstring).

    Extraction makes some hundred thousand short-lived objects (tokens, occurrences) and
    no reference cycles: a bulk front end runs it with the cyclic collector paused
    (cli/collector.py), up to a sixth faster; the library leaves the collector alone."""
    from .pickers import drop_picker_places

    return drop_picker_places(doc, _Extractor(doc).run())
