"""The English extractor: one document's segments, two passes, every rule family.

Pass 1 prepares each segment (markup blanked, tokens) and collects the article's
lower-case vocabulary, the mixed-case names ("AB widgets") and, for `salience`, its key
lower-case phrases.  Pass 2 scans each segment, body first: credit lines (`credits`),
acronym definitions (`acronyms`), quotes and italics (`quotes`), bold and lower-case
names (`lowercase`), salient phrases (`salience`), then the capitalised spans (`names`,
`roles`, `single-names`, `compounds`).  The occurrences are then grouped
(`assemble`, rule family `aliases`).
"""
from __future__ import annotations

from collections import Counter

import regex

from ...documents import Document, Segment
from ...model import Category
from ...text.lexicon import ordered
from ..aliases import group_key
from ..candidates import Candidate
from ..credits import (cited_authors, credit_fields, credited_agencies, credited_people, short_note_authors,
                       short_title_authors)
from ..general import zipf as general_zipf
from ..families import disabled
from ..salience import Salience, phrase_pattern
from ..vocab import (ABBREVIATIONS, COUNTRIES, DAYS, DEMONYMS, GEO_WORDS, HEAD_CATEGORY, LOWER_HEAD_CATEGORY, MONTHS,
                     STOPWORDS, TITLE_WORDS)
from .acronyms import _acronym_pairs, _Acronyms, _brands
from .assemble import _assemble
from .compounds import _Compounds
from .lowercase import _Lowercase
from .names import _Names
from .quotes import _Quotes
from .roles import _Roles
from .segments import _headline_like, _paragraphs, _Raw, _SegCtx, _Sentences
from .labels import blank_labelled_brackets
from .shared import _SERIES_KINDS, CARDINALS, DOTTED_END
from .shouting import titled_words, unshout
from .single_names import _SingleNames
from .tokens import (DOCUMENT_SYMBOL, LATEX_REFERENCE, LIST_ITEM, MD_IMAGE, LATEX_ROW_END, TABLE_ROW, _A_SITE_HINT, _A_TOKEN, _A_TOKEN_NO_SITE, _blank, _last_word, has_cjk_text, stand_in, _tokens, _URL_ONLY,
                     DOTTED_ABBREVIATION, HTML_TAG, MD_BOLD, MD_ITALIC, MD_LINK, MD_MARKUP, PANDOC_CITATION,
                     SENTENCE_END, URL)


#: a link's text in title case this many words long is a work's title
LINK_TITLE_WORDS = 4

#: segment text (characters) whose tokens pass 1 keeps for pass 2: an ordinary article is
#: tokenised once; beyond this a large article's segments are tokenised again in pass 2,
#: so that its tokens (~30 bytes per character) are never all in memory at once
KEEP_PREPARED_CHARS = 1_000_000

#: Words that are no part of a cited author's name ("Tokyo, Japan", "Seoul, Korea", "May, 2019").
NOT_NAME_WORDS = frozenset(COUNTRIES) | frozenset(GEO_WORDS) | frozenset(m for m in MONTHS if len(m) > 3) | frozenset(DAYS) \
    | frozenset(DEMONYMS) | frozenset(HEAD_CATEGORY) | frozenset(TITLE_WORDS) | frozenset(w.capitalize() for w in STOPWORDS)
#: ... nor a word English uses this often ("Press, Oxford", "Report, Annual")
COMMON_WORD_ZIPF = 4.5
#: "(real name ", "(born ", "(a.k.a. " right after a person's name: another name of the person follows
OTHER_NAME = regex.compile(r"\s*\((?:" + "|".join(regex.escape(w) for w in ordered("en_person_cues", list="other_name"))
                           + r")[:,]?\s+", regex.I)


class _Extractor(_Sentences, _Acronyms, _Quotes, _Lowercase, _Names, _Roles, _SingleNames, _Compounds):
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.raws: list[_Raw] = []
        self.lower_vocab: set[str] = set()
        self.known: set[str] = set()        # group keys of names with a cue, so far
        self.brands: dict[str, str] = {}     # mixed-case names: lower-case word -> its acronym
        self._forms: dict[str, str] = {}     # the texts of raws, interned
        self._tidy: dict[str, str] = {}      # a raw's text as written -> its form (`add`)
        self._twice: dict[str, bool] = {}    # _occurs_twice, memoised
        self._currency_use: dict[str, bool] = {}   # names._currency_in_use, memoised
        self._years_of: dict[str, bool] = {}       # names._one_year_of, memoised
        self._cited = False                  # scanning inside a cited title that stays a title
        self._text: str | None = None        # the whole text (_doc_text)
        self._titled_words: frozenset[str] | None = None   # words in title case (_titled)
        self.known_cat: dict[str, Category] = {}   # group key -> category of names with a cue
        self.known_last: set[str] = set()            # the last words of those names
        self.known_people: set[str] = set()          # family names of people named with a cue
        self.off = disabled()                          # rule families switched off
        self._note_first_lines: set[int] | None = None  # lines where a note starts (_cited_authors)
        self.lone: list[_Raw] = []                    # one-word names (`single-names`)
        self.lone_common: list[_Raw] = []             # ... of the "common" band
        self.note_lone: Counter[str] = Counter()      # ... of that band written alone in notes
        self.repeated_lone: frozenset[str] = frozenset()   # ... mentioned alone twice or more
        self.owners: set[str] = set()                  # ... of that band written as an owner ("X's")
        self._english: dict = {}                       # (segment, sentence) -> is it English
        self.salient = None                            # the article's key lower-case phrases
        self.role_titles: dict = {}                    # role title -> (segment, start, surnames after it)

    def _doc_text(self) -> str:
        if self._text is None:
            self._text = "\n".join(seg.text for seg in self.doc.segments)
        return self._text

    def _occurs_twice(self, s: str) -> bool:
        """`s` occurs at least twice in the document's text (memoised: `str.count` over
        the whole text per quote made a long article quadratic)."""
        hit = self._twice.get(s)
        if hit is None:
            text = self._doc_text()
            i = text.find(s)
            hit = self._twice[s] = i >= 0 and text.find(s, i + len(s)) >= 0   # as count() > 1
        return hit

    def add(self, raw: _Raw) -> _Raw:
        # one string per distinct form: a name mentioned 10,000 times is stored once (and
        # its text as written tidied once: `_tidy`)
        forms = self._forms
        t = self._tidy.get(raw.text)
        if t is None:
            t = " ".join(raw.text.split()).strip(" ,;:")
            if t.endswith(".") and not DOTTED_END.search(t):
                t = t[:-1]
            t = self._tidy[raw.text] = forms.setdefault(t, t)
        raw.text = t
        if raw.person_name:
            raw.person_name = forms.setdefault(raw.person_name, raw.person_name)
        if raw.links:
            raw.links = [forms.setdefault(ln, ln) for ln in raw.links]
        if raw.text:
            self.raws.append(raw)
            if raw.strength >= 2:
                k = group_key(raw.text)
                self.known.add(k)
                if raw.category is Category.PERSON:
                    self.known_people.add(raw.text.rsplit(None, 1)[-1])
                if raw.category in _SERIES_KINDS and k not in self.known_cat:
                    self.known_cat[k] = raw.category
                    self.known_last.add(raw.text.rsplit(None, 1)[-1])
        return raw

    def run(self) -> list[Candidate]:
        # Two passes over the segments, each holding the tokens of ONE segment at a time
        # (tokens are the bulk of the memory: ~30 bytes per input byte if all were kept).
        # Pass 1: the lower-case vocabulary and the acronym pairs of the whole article.
        segs = _paragraphs(self.doc.segments)
        texts: list[str] = []       # the prepared texts (the segment's own string when unchanged)
        order = {"body": 0, "heading": 1, "note": 2, "trailer": 3}
        ranks: list[int] = []
        pairs: Counter[tuple[str, str]] = Counter()   # (acronym, lower-case word right after it)
        kept: dict[int, _SegCtx] = {}   # pass 1's preparations, while they are small
        kept_chars = 0
        salience = Salience(STOPWORDS | CARDINALS) if "salience" not in self.off else None   # "billion yen" is a quantity
        for i, seg in enumerate(segs):
            c = self._prepare(seg)
            if kept_chars + len(seg.text) <= KEEP_PREPARED_CHARS:
                kept[i] = c             # an ordinary article is tokenised once
                kept_chars += len(seg.text)
            texts.append(c.text)
            ranks.append(1 if c.title_ctx and seg.kind == "body" else order.get(seg.kind, 4))
            self.lower_vocab.update(c.lower)
            if salience is not None and seg.kind == "body" and not c.title_ctx:
                salience.add_text(c.text)
            _acronym_pairs(c.text, pairs)
        self.brands = _brands(pairs, texts)   # mixed-case names: "AB widgets" (see `acronyms`)
        del texts
        if salience is not None:
            self.salient = phrase_pattern(salience.phrases())
        # the last segment's tokens are kept for pass 2 (a one-line article is tokenised once)
        last = (len(segs) - 1, c) if segs else None
        c = None
        # Pass 2: scan each segment (prepared again), body first, as pass 1 ranked them.
        for i in sorted(range(len(segs)), key=ranks.__getitem__):
            if i in kept:
                ctx = kept.pop(i)
            elif last is not None and last[0] == i:
                ctx, last = last[1], None
            else:
                ctx = self._prepare(segs[i])
            self._scan(ctx)
            ctx = None
        self._drop_single_lone_names()
        self._role_terms()
        self._other_names()
        raws, self.raws = self.raws, []      # _assemble empties the list as it goes
        return _assemble(raws, self.doc, self.repeated_lone, aliases="aliases" not in self.off)

    def _other_names(self) -> None:
        """A person's other name in brackets after the name ("Kessin Tarvik (real name
        Kessin Ostrin)", "(born …)", "(pen name …)": data/en_person_cues.tsv, other_name)
        is a form of the same person, not a second person."""
        people = [r for r in self.raws if r.kind == "person" and r.strength > 0]
        if len(people) < 2:
            return
        by_start = {(id(r.seg), r.start): r for r in people}
        for r in people:
            after = r.seg.text[r.start + len(r.text):r.start + len(r.text) + 40]
            m = OTHER_NAME.match(after)
            if m is None:
                continue
            other = by_start.get((id(r.seg), r.start + len(r.text) + m.end()))
            if other is not None and other is not r:
                other.links = [*other.links, r.text]

    def _titled(self) -> frozenset[str]:
        """The words the article writes in title case (for names set in capitals), once."""
        if self._titled_words is None:
            self._titled_words = titled_words(self._doc_text())
        return self._titled_words

    def _prepare(self, seg: Segment) -> _SegCtx:
        text = seg.text
        # a link whose text is a work's title in title case reads as an italic title (found
        # before the URLs are blanked: the blanking keeps every position)
        titled_links = [m.span("t") for m in MD_LINK.finditer(text) if _title_case(m.group("t"))] \
            if "](" in text else []
        if "<" in text:
            text = HTML_TAG.sub(_blank, text)
        if "\\" in text:
            text = LATEX_REFERENCE.sub(_blank, text)
            if "&" in text and LATEX_ROW_END.search(text):
                text = text.replace("&", "|")    # LaTeX cells ("Name&14&Other Name\\") read as a pipe table's
        if "@" in text:
            text = URL.sub(_blank, text)
            text = PANDOC_CITATION.sub(_blank, text)
        elif "www." in text or "://" in text:
            text = _URL_ONLY.sub(_blank, text)
        if "/" in text:
            text = DOCUMENT_SYMBOL.sub(_blank, text)
        # (nothing below adds a character to the text but blanks: a text without CJK now
        # has none when prepared, `_SegCtx.cjk`)
        cjk = has_cjk_text(text)
        if "(" in text and cjk:
            text = blank_labelled_brackets(text)
        text = unshout(text, self._titled)
        italics: list[tuple[int, int]] = []
        bold: list[tuple[int, int]] = []
        if "*" in text or "_" in text or "`" in text or "](" in text:
            italics = [m.span("t") for m in MD_ITALIC.finditer(text)] + titled_links
            if "**" in text:
                bold = [m.span("t") for m in MD_BOLD.finditer(text)]
            if "![" in text:
                text = MD_IMAGE.sub(_blank, text)
            text = MD_LINK.sub(lambda m: " " + m.group("t") + " " * (len(m.group()) - len(m.group("t")) - 1), text)
            text = MD_MARKUP.sub(_blank, text)
        # TOKEN over the text, run as its ASCII twin over the stand-in (see _A_TOKEN)
        ascii_text = stand_in(text)
        token = _A_TOKEN if _A_SITE_HINT.search(ascii_text) else _A_TOKEN_NO_SITE
        lower: list[str] = []
        caps: list[int] = []
        toks = _tokens(token, text, ascii_text, lower, caps)
        starts = [0]
        for m in SENTENCE_END.finditer(text):
            prev = _last_word(text, m.start() + 1)
            if prev in ABBREVIATIONS or DOTTED_ABBREVIATION.fullmatch(prev):
                continue
            starts.append(m.end())
        # a table row's cells are names and figures, not a headline's capitalised words
        title_ctx = seg.kind in ("heading", "trailer") or \
            (seg.kind == "body" and _headline_like(text) and not TABLE_ROW.search(seg.text)
             and not LIST_ITEM.match(seg.text))
        return _SegCtx(seg, text, toks, starts, title_ctx, italics, bold, lower, cjk=cjk, caps=caps)

    def _scan(self, c: _SegCtx) -> None:
        """One segment, the rule families in their order: a credit line is only that;
        elsewhere what acronym definitions, quotes, italics, bold, publishers (notes) and
        lower-case names cover is no capitalised span of its own."""
        if c.seg.kind == "credit" and "credits" not in self.off:
            self._credits(c)
            return
        suppressed: list[tuple[int, int]] = []
        title_ranges: list[tuple[int, int]] = []
        named: list[tuple[int, int]] = []
        cited: list[tuple[int, int]] = []   # quotes that stay `title` entries
        off = self.off
        if "acronyms" not in off:
            self._acronym_definitions(c, suppressed)
            self._other_name_inside(c, suppressed)
            self._lower_definitions(c, suppressed)
        if "quotes" not in off:
            self._quotes(c, suppressed, title_ranges, named, cited)
            self._glossed(c, suppressed)
        if "lowercase" not in off:
            self._bold(c, suppressed)
        if c.seg.kind == "note" and "credits" not in off:
            self._cited_authors(c, suppressed)
        if c.seg.kind == "note" and "quotes" not in off:
            self._publishers(c, suppressed, title_ranges, named)
            self._journals(c, suppressed, named)
            self._author_date(c, suppressed, title_ranges, named)
        if "lowercase" not in off:
            self._lower_names(c)
            if c.lower and not any(ch.isupper() for ch in c.text):
                self._lowercase_styled_names(c)
        if self.salient is not None:
            self._salient_phrases(c, suppressed)
        if "names" not in off:
            self._capitalised_spans(c, suppressed, title_ranges, named, cited)

    def _credits(self, c: _SegCtx) -> None:
        """Rule family `credits` (see `extract.credits`): the people a credit line names."""
        for name, start in credited_people(c.text, one_word=self._authorship_credit(c)):
            self.add(_Raw(name, c.seg, start, Category.PERSON, 2, "person", person_name=name))
        for name, start in credited_agencies(c.text):
            cat = HEAD_CATEGORY.get(name.rsplit(None, 1)[-1]) if " " in name else None
            self.add(_Raw(name, c.seg, start, cat or Category.INSTITUTION, 2))   # "Valmora Herald": a paper

    def _authorship_credit(self, c: _SegCtx) -> bool:
        """Does the credit name its authors -- a byline ("By X"), a front-matter author field
        ("author: X") or names alone on their line -- rather than whose photos or which
        agency ("Photo: X")?  Only then is a one-word credit a person (a pen name)."""
        lines = self.doc.lines
        if not 0 < c.seg.line <= len(lines):
            return False
        before = lines[c.seg.line - 1][:max(0, c.seg.col - 1)].strip(" \t-*•\"'>#").casefold()
        return not before or before == "by" or before.rstrip(": ") in credit_fields()

    def _cited_authors(self, c: _SegCtx, suppressed: list[tuple[int, int]]) -> None:
        """Rule family `credits`: the author a note starts with, inverted as in a
        bibliography ("Hongo, Jun. (2012) ..." is Jun Hongo)."""
        if self._note_first_lines is None:
            # each note's first line with text (a label alone on its line has its text below):
            # the first of a run of a note's segments (numbers may restart by chapter)
            first, prev = set(), None
            for seg in self.doc.segments:
                if seg.kind == "note" and seg.text.strip():
                    if prev is None or prev.kind != "note" or prev.footnote != seg.footnote:
                        first.add(seg.line)
                    prev = seg
                elif seg.text.strip():
                    prev = seg
            self._note_first_lines = {n.line for n in self.doc.notes} | first
        if c.seg.line not in self._note_first_lines:
            return
        italic_starts = {a for a, _b in c.italics}
        for name, written, start in cited_authors(c.text, NOT_NAME_WORDS):
            if general_zipf(written.split(",")[0]) >= COMMON_WORD_ZIPF:
                continue       # "Press, Oxford", "Report, Annual": words, not a surname
            comma = start + written.index(",")
            if any(comma < a <= comma + 4 for a in italic_starts):
                continue       # "Brell, _Valmora Days_": a short note's title, not given names
            self.add(_Raw(written, c.seg, start, Category.PERSON, 2, "person", person_name=name,
                          links=[written]))
            suppressed.append((start, start + len(written)))
        # a short note: "Tarvik, _Title_, 52; Kessin, “Article,” 7" (where an italic title's
        # text starts, or the blanked underscore or asterisk before it)
        title_starts = frozenset(a - k for a, _b in c.italics for k in (0, 1))
        found = short_note_authors(c.text, title_starts, NOT_NAME_WORDS) + short_title_authors(c.text)
        for sur, start in found:
            if general_zipf(sur) < COMMON_WORD_ZIPF and not any(x <= start < y for x, y in suppressed):
                self.add(_Raw(sur, c.seg, start, Category.PERSON, 2, "person", person_name=sur))
                suppressed.append((start, start + len(sur)))

    def _salient_phrases(self, c: _SegCtx, suppressed: list[tuple[int, int]]) -> None:
        """Rule family `salience` (see `extract.salience`): the article's key lower-case
        phrases, where no other rule took the text."""
        for m in self.salient.finditer(c.text):
            if not any(x <= m.start() < y for x, y in suppressed):
                cat = LOWER_HEAD_CATEGORY.get(m.group().rsplit(None, 1)[-1].lower(), Category.OTHER)
                self.add(_Raw(m.group(), c.seg, m.start(), cat, 2))


def _title_case(text: str) -> bool:
    """A work's title in title case: LINK_TITLE_WORDS words or more, every word capitalised
    or a small word, at least one small word ("Studies in the History of Early Modern
    Japan"; not a menu's "One Short Bio")."""
    words = text.split()
    if len(words) < LINK_TITLE_WORDS or not words[0][:1].isupper():
        return False
    small = [w for w in words if w in STOPWORDS]
    return bool(small) and all(w[:1].isupper() or w in STOPWORDS for w in words)
