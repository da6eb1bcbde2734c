"""`align_edition`: an English article and its published Japanese or Korean edition,
aligned, harvested and stored (the service behind `glossary align-edition`).

    align_edition(tb, actor, original, edition, lang=None, dry_run=False) -> EditionReport

1. Both files are read with the article reader (any encoding and note layout).  The
   edition's language comes from its script unless given; an edition in English, an
   original that is not English, an edition with no text: one-line errors, nothing stored.
2. Paragraphs and sentences are aligned (aligner.py) with anchors: numbers and months,
   footnote markers and note numbers, words in Latin letters, the termbase's entries
   found on both sides.  An edition of another article (the anchors the two texts share
   fall in unaligned sentences) is refused.
3. The English entries mentioned in the original -- termbase entries found by the
   matcher, and the English extractor's candidates with the alignment sources'
   proposals (pipeline.analyse) -- get the form the edition used (harvest.py).
4. Stored in one transaction: the sentence pairs (for TMX and as evidence), new forms as
   suggestions with origin `edition:<file>` (a machine suggestion of the entry's
   preferred slot gives way to the published form; an editor's term never does), new
   entries for names the termbase lacked.  A form that contradicts an approved term is
   not stored: it is reported as an inconsistency (the CLI exits 1, like `check`).
"""
from __future__ import annotations

import bisect
import hashlib
import os
from functools import cache
from typing import TYPE_CHECKING

import regex

from ..errors import InputError
from ..match import matcher_for, normalize
from ..model import Category, Entry, Role, Status, Term
from ..pipeline import find_entry, term_of, analyse
from ..reports import AlignedPair, EditionProblem, EditionReport, HarvestedTerm
from ..text.langtags import normalize_lang
from ..text.normalize import key as norm_key
from ..text.scripts import HAN, HANGUL, HIRAGANA, KATAKANA, LATIN
from ..validate import new_id
from .aligner import SentenceBead, align_sentences
from .anchors import text_anchors
from .lengths import KEPT_KINDS
from .harvest import Entity, Found, find_surface, harvest
from .texts import Sentence, paragraphs

if TYPE_CHECKING:
    from ..documents import Document
    from ..store.termbase import Termbase

#: the languages an edition may be in
EDITION_LANGS = ("ja", "ko")
#: an edition of another article: of the sentence beads whose two sides hold anchors the
#: two documents share, fewer than this share hold one in common (and there are at
#: least MIN_ANCHORED such beads to judge by)
MIN_ANCHORED_SHARE = 0.3
MIN_ANCHORED = 4
#: ... or, of the numbers and months of the original (at least MIN_NUMBERS of them), fewer
#: than this share are anywhere in the edition (a translation keeps its numbers)
MIN_NUMBER_SHARE = 0.25
MIN_NUMBERS = 3
#: ... and fewer than this many names or terms were found by evidence in aligned sentences
MIN_SUPPORT = 2



def script_language(text: str) -> str | None:
    """"ja", "ko" or "en" by the letters of `text` (None: too few letters to tell)."""
    hangul = len(HANGUL.findall(text))
    kana = len(HIRAGANA.findall(text)) + len(KATAKANA.findall(text.replace("ー", "")))
    han = len(HAN.findall(text))
    latin = len(LATIN.findall(text))
    cjk = hangul + kana + han
    if cjk + latin < 20:
        return None
    if cjk * 3 < latin:
        return "en"
    if hangul >= kana and hangul * 2 >= han:
        return "ko"
    return "ja" if kana or han else None


def _body_text(doc: "Document") -> str:
    return "\n".join(s.text for s in doc.segments if s.kind in ("body", "heading", "note"))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def align_edition(tb: "Termbase", actor: str, original: str, edition: str, *, lang: str | None = None,
                  dry_run: bool = False) -> EditionReport:
    from ..documents import read_document

    src_doc = read_document(original)
    ed_doc = read_document(edition)
    src_lang = script_language(_body_text(src_doc))
    if src_lang != "en":
        raise InputError("the original must be the English article"
                         + (f" (this one is in {src_lang})" if src_lang else " (no English text found)"),
                         path=original)
    seen = script_language(_body_text(ed_doc))
    if seen is None:
        raise InputError("the edition has no text to align", path=edition)
    if seen == "en":
        raise InputError("the edition is in English, the language of the original: give its Japanese or "
                         "Korean edition", path=edition)
    detected = lang is None
    lang = seen if lang is None else normalize_lang(lang)
    if lang not in EDITION_LANGS:
        raise InputError(f"--lang must be ja or ko, not {lang!r}")
    if lang != seen:
        raise InputError(f"the edition is written in {'Korean' if seen == 'ko' else 'Japanese'} ({seen}), "
                         f"not {lang}", path=edition)

    src_paras, tgt_paras = paragraphs(src_doc, "en"), paragraphs(ed_doc, lang)
    src = [s for p in src_paras for s in p.sentences]
    tgt = [s for p in tgt_paras for s in p.sentences]
    if not tgt:
        raise InputError("the edition has no text to align", path=edition)
    if not src:
        raise InputError("the original has no text to align", path=original)

    matcher = matcher_for(tb, ("en", lang))
    src_entries = [_entries_in(matcher, s.text, "en") for s in src]
    tgt_entries = [_entries_in(matcher, s.text, lang) for s in tgt]
    src_anchors = [_anchors(s, "en", src_entries[k]) for k, s in enumerate(src)]
    tgt_anchors = [_anchors(s, lang, tgt_entries[k]) for k, s in enumerate(tgt)]
    beads = align_sentences(src_paras, tgt_paras, src_anchors, tgt_anchors)
    _refuse_another_article(beads, src_anchors, tgt_anchors, original, edition)

    joiner = "" if lang == "ja" else " "
    targets = ["" if b.i0 == b.i1 else joiner.join(s.text for s in tgt[b.j0:b.j1]) for b in beads]
    pair_no: dict[int, int] = {}
    pairs: list[AlignedPair] = []
    for k, b in enumerate(beads):
        if b.i0 < b.i1 and b.j0 < b.j1:
            pair_no[k] = len(pairs) + 1
            pairs.append(AlignedPair(len(pairs) + 1, " ".join(s.text for s in src[b.i0:b.i1]), targets[k],
                                     src[b.i0].line, tgt[b.j0].line, b.kind, b.cost, src[b.i1 - 1].line,
                                     tgt[b.j1 - 1].line, (src[b.i0].col, src[b.i1 - 1].col),
                                     (tgt[b.j0].col, tgt[b.j1 - 1].col)))
        else:
            targets[k] = ""
    bead_of = [0] * len(src)
    for k, b in enumerate(beads):
        for i in range(b.i0, b.i1):
            bead_of[i] = k

    entities = _entities(tb, src_doc, src, src_entries, bead_of)
    claimed = _claimed(tb, tgt_entries, lang)
    found = harvest(list(entities.values()), targets, lang, claimed=claimed)
    _refuse_unrelated(src_anchors, tgt_anchors, found, original, edition)
    origin = f"edition:{edition}"
    report_terms, problems, changes, new = _decide(tb, found, targets, pairs, pair_no, lang, origin)
    problems += _deprecated(tb, entities, targets, pairs, pair_no, tgt, beads, lang)

    if not dry_run:
        with tb.transaction():
            tb.replace_edition(edition, original, lang, (_digest(src_doc.text), _digest(ed_doc.text)),
                               [(p.n, p.source, p.target, p.source_line, p.target_line, p.kind, float(p.cost))
                                for p in pairs], actor=actor)
            for entry, base in changes:
                tb.save(entry, base_revision=base, actor=actor, action="edition")
    kinds: dict[str, int] = {}
    for b in beads:
        kinds[b.kind] = kinds.get(b.kind, 0) + 1
    unaligned = (sum(b.i1 - b.i0 for b in beads if b.j0 == b.j1), sum(b.j1 - b.j0 for b in beads if b.i0 == b.i1))
    suggestions = sum(1 for h in report_terms if h.action in ("added", "new-entry"))
    return EditionReport(original, edition, lang, detected, (src_doc.encoding, ed_doc.encoding),
                         (len(src), len(tgt)), tuple(pairs), unaligned, tuple(sorted(kinds.items())),
                         tuple(report_terms), tuple(problems), new, suggestions, not dry_run,
                         tuple(src_doc.warnings) + tuple(f"{edition}: {w}" for w in ed_doc.warnings))


# -- anchors ----------------------------------------------------------------------------

def _entries_in(matcher, text: str, lang: str) -> dict[str, str]:
    """entry id -> the text matched, of the termbase's terms found in `text`."""
    hits = matcher.find_normalized(normalize(text), lang=lang, hangul_compounds=(lang == "ko"))
    out: dict[str, str] = {}
    for h in hits:
        for r in h.refs:
            out.setdefault(r.entry_id, h.text)
    return out


def _anchors(s: Sentence, lang: str, entries: dict[str, str]) -> frozenset[str]:
    out = text_anchors(s.text, lang)
    out.update(f"fn:{n}" for n in s.markers)
    if s.note is not None:
        out.add(f"note:{s.note}")
    out.update(f"e:{e}" for e in entries)
    return frozenset(out)


def _refuse_another_article(beads: list[SentenceBead], src_anchors, tgt_anchors, original: str,
                            edition: str) -> None:
    common = set().union(*src_anchors) & set().union(*tgt_anchors)
    judged = shared = 0
    for b in beads:
        if b.i0 == b.i1 or b.j0 == b.j1:
            continue
        a = set().union(*src_anchors[b.i0:b.i1]) & common
        t = set().union(*tgt_anchors[b.j0:b.j1]) & common
        if a and t:
            judged += 1
            shared += bool(a & t)
    if judged >= MIN_ANCHORED and shared < MIN_ANCHORED_SHARE * judged:
        raise InputError(f"does not look like an edition of {original}: only {shared} of {judged} sentence pairs "
                         "share a number, marker, name or term (almost nothing aligns)", path=edition)


def _refuse_unrelated(src_anchors, tgt_anchors, found: list[Found], original: str, edition: str) -> None:
    """An edition of another article: the original's numbers and dates are not in it, and
    no name or term of the original was found in the sentences aligned with it."""
    kept = {a for a in set().union(*src_anchors) if a.startswith(KEPT_KINDS)}
    shared = kept & set().union(*tgt_anchors)
    support = sum(1 for f in found if f.how != "co-occurrence")
    if len(kept) >= MIN_NUMBERS and len(shared) < MIN_NUMBER_SHARE * len(kept) and support < MIN_SUPPORT:
        raise InputError(f"does not look like an edition of {original}: {len(shared)} of the {len(kept)} numbers "
                         f"and dates of the original and {support} of its names are in it (almost nothing aligns)",
                         path=edition)


# -- entities -----------------------------------------------------------------------------

def _entities(tb: "Termbase", doc: "Document", src: list[Sentence], src_entries: list[dict[str, str]],
              bead_of: list[int]) -> dict[str, Entity]:
    out: dict[str, Entity] = {}
    ids = sorted({e for found in src_entries for e in found})
    entries = {e.id: e for e in tb.get_many(ids, occurrences=False)}
    for k, found in enumerate(src_entries):
        for entry_id in found:
            e = entries.get(entry_id)
            if e is None:
                continue
            ent = out.get("e:" + entry_id)
            if ent is None:
                forms = tuple(t.text for t in e.terms_for("en") if t.status is not Status.REJECTED)
                english = e.text("en") or (forms[0] if forms else entry_id)
                ent = out["e:" + entry_id] = Entity("e:" + entry_id, english, forms or (entry_id,), e.category, e)
            ent.beads.add(bead_of[k])
    starts = [(s.line, s.col) for s in src]
    lower_words = set(LOWER_WORD_RE.findall(doc.text))
    for n, cand in enumerate(analyse(doc)):
        en = [f for f in cand.forms if f.lang == "en"]
        if not en or _common_word(cand.name, lower_words) or _demonyms(cand.name):
            continue
        beads = set()
        for m in cand.mentions:
            if m.footnote is not None and not any(s.note == m.footnote for s in src):
                continue
            i = bisect.bisect_right(starts, (m.line, m.col)) - 1
            if 0 <= i < len(src) and m.line >= src[i].line:
                beads.add(bead_of[i])
        cand.mentions = []
        if not beads:
            continue
        entry_id = find_entry(tb, cand)
        proposals = [(f.lang, f.text, f.origin) for f in cand.forms if f.lang != "en"] + [p for f in en for p in _place_names(f.text)]
        key = f"e:{entry_id}" if entry_id else f"c:{n}"
        ent = out.get(key)
        if ent is None:
            entry = tb.get(entry_id, occurrences=False) if entry_id else None
            ent = out[key] = Entity(key, cand.name, tuple(f.text for f in en), cand.category, entry,
                                    candidate=cand)
        ent.proposals += proposals
        ent.beads |= beads
    _add_spans(out, src, bead_of, lower_words)
    return out


def _place_names(english: str) -> list[tuple[str, str, str]]:
    """The CLDR names of a country, territory or city named `english`, whatever category
    the extractor gave it (an edition renders "Britain" 英国 in a sentence about trade)."""
    from ..align.dictionary import city, territory

    place = territory(english) or city(english)
    if place is None:      # another English name of a country (Britain, UK: data/en_countries.tsv)
        code = _country_codes().get(norm_key(english))
        name = _english_territory_names().get(code) if code else None
        place = territory(name) if name else None
    return [(lang, name, "dictionary:cldr") for lang, name in place[1].items()] if place else []


@cache
def _country_codes() -> dict[str, str]:
    from ..text.lexicon import table

    rows = table("en_countries")
    name_col, code_col = list(rows[0])[:2] if rows else ("", "")
    return {norm_key(r[name_col]): r[code_col] for r in rows}


@cache
def _english_territory_names() -> dict[str, str]:
    from babel import Locale

    return dict(Locale("en").territories)


#: a capitalised word of a name (initials, hyphens, apostrophes) or an acronym
CAP_SPAN_RE = regex.compile(r"\p{Lu}[\p{L}\p{M}\d’'\-]*(?:\.(?=\p{Lu}))?(?:\s+\p{Lu}[\p{L}\p{M}\d’'\-]*)*")
#: a possessive ending
POSSESSIVE_RE = regex.compile(r"['’]s$")
#: the longest span of capitalised words taken as one name
MAX_SPAN_WORDS = 4


def _add_spans(out: dict[str, Entity], src: list[Sentence], bead_of: list[int], lower_words: set[str]) -> None:
    """Every run of capitalised words of the original (and its sub-runs) the extractor
    did not make a candidate of, as an entity that only evidence may pair (a
    transcription, a dictionary, Latin letters kept): "Louisiana Republican Mike
    Johnson" gives Louisiana and Mike Johnson a chance."""
    from ..align.suggestions import add_suggestions
    from ..extract.candidates import Candidate, Form

    known = {norm_key(f) for ent in out.values() for f in ent.forms}
    spans: dict[str, Entity] = {}
    for k, s in enumerate(src):
        for m in CAP_SPAN_RE.finditer(s.text):
            words = [POSSESSIVE_RE.sub("", w) for w in m.group().split()]
            while m.start() == 0 and words and words[0].lower() in lower_words:   # "The", "In": a sentence's first word
                words = words[1:]
            for n in range(min(MAX_SPAN_WORDS, len(words)), 0, -1):
                for i in range(len(words) - n + 1):
                    text = " ".join(words[i:i + n])
                    key = norm_key(text)
                    if key in known or len(key) < 2 or _common_word(text, lower_words) or \
                            _demonyms(text) or (n == 1 and m.start() == 0 and text.lower() in lower_words):
                        continue
                    ent = spans.get(key)
                    if ent is None:
                        # a name of several words may be paired by co-occurrence too; a lone
                        # capitalised word only by evidence (it is often a sentence's first word)
                        ent = spans[key] = Entity(f"s:{key}", text, (text,), Category.OTHER, evidence_only=True,
                                                  span_words=n)
                    ent.beads.add(bead_of[k])
    cands = [Candidate(Category.OTHER, [Form("en", ent.english)], 0.5) for ent in spans.values()]
    add_suggestions(cands)
    for ent, cand in zip(spans.values(), cands):
        ent.proposals = [(f.lang, f.text, f.origin) for f in cand.forms if f.lang != "en"]
        ent.proposals += _place_names(ent.english)
        ent.candidate = cand
        out[ent.key] = ent


def _demonyms(english: str) -> bool:
    """Words of nationality only ("Bolivian", "South Korean"): an adjective the edition
    renders in many ways (ボリビアの, 볼리비아인), no entry of the termbase.  The project's
    demonym list, and the regular adjectives of CLDR's English country names (Bolivia ->
    Bolivian, Chile -> Chilean, Brazil -> Brazilian, China -> Chinese)."""
    from ..extract.vocab import DEMONYMS

    words = english.split()
    return bool(words) and all(w in DEMONYMS or w in _regular_demonyms() for w in words)


#: how English makes a country's adjective from its name: (letters dropped, ending added)
_DEMONYM_ENDINGS = ((0, "n"), (0, "an"), (0, "ian"), (0, "ese"), (1, "an"), (1, "ian"), (1, "ean"), (1, "ese"))


@cache
def _regular_demonyms() -> frozenset[str]:
    names = [n for n in _english_territory_names().values() if n.isalpha() and n[:1].isupper() and len(n) > 3]
    return frozenset(name[:len(name) - cut] + ending for name in names for cut, ending in _DEMONYM_ENDINGS)


#: a word written in lower case (the original's common words)
LOWER_WORD_RE = regex.compile(r"\b\p{Ll}+\b")


def _common_word(english: str, lower_words: set[str]) -> bool:
    """A one-word candidate the original also writes in lower case ("Everyone has the
    right", "everyone"): a capitalised common word, not a name."""
    return " " not in english and english[:1].isupper() and english.lower() in lower_words \
        and not english[1:].isupper()


def _claimed(tb: "Termbase", tgt_entries: list[dict[str, str]], lang: str) -> dict[str, str]:
    """Edition strings that are termbase terms of some entry (loose key -> 'e:<id>')."""
    out: dict[str, str] = {}
    for found in tgt_entries:
        for entry_id, text in found.items():
            out.setdefault(norm_key(text).replace(" ", "").replace("・", "").replace("·", ""), "e:" + entry_id)
    return out


# -- deciding and storing -------------------------------------------------------------------

def _live(entry: Entry, lang: str) -> list[Term]:
    return [t for t in entry.terms_for(lang) if t.status is not Status.REJECTED]


def _decide(tb: "Termbase", found: list[Found], targets: list[str], pairs: list[AlignedPair],
            pair_no: dict[int, int], lang: str, origin: str):
    report: list[HarvestedTerm] = []
    problems: list[EditionProblem] = []
    changes: list[tuple[Entry, int | None]] = []
    new = 0
    name = os.path.basename(origin.split(":", 1)[1])
    for f in found:
        ent = f.entity
        n = pair_no[f.bead]
        pair = pairs[n - 1]
        evidence = f"edition {name}, sentence pair {n}: {f.detail}"
        k = norm_key(f.form)
        entry = tb.get(ent.entry.id, occurrences=False) if ent.entry is not None else None
        if entry is None:
            cand = ent.candidate
            if cand is None:
                continue
            terms = [term_of(x) for x in cand.forms if x.lang == "en"]
            terms.append(Term(lang, f.form, Role.PREFERRED, Status.SUGGESTED, origin, f.confidence, evidence,
                              context=pair.target))
            taken = {e.id for e, _ in changes}
            entry_id = new_id(ent.english, "en", lambda i: tb.exists(i) or i in taken)
            entry = Entry(entry_id, cand.category, cand.note, tuple(terms))
            changes.append((entry, None))
            new += 1
            report.append(HarvestedTerm(entry.id, ent.english, lang, f.form, f.how, origin, f.confidence, evidence,
                                        n, "new-entry", ent.forms))
            continue
        if any(t.status is Status.REJECTED and norm_key(t.text) == k for t in entry.terms_for(lang)):
            # an editor rejected this form: never proposed again
            report.append(HarvestedTerm(entry.id, ent.english, lang, f.form, f.how, origin, f.confidence, evidence,
                                        n, "rejected-before", ent.forms))
            continue
        approved = [t for t in entry.terms_for(lang) if t.status is Status.APPROVED and t.role is not Role.DEPRECATED]
        same = next((t for t in _live(entry, lang) if norm_key(t.text) == k), None)
        if approved and not any(norm_key(t.text) == k for t in approved):
            problems.append(EditionProblem("different", entry.id, ent.english, lang,
                                           tuple(t.text for t in approved), f.form, pair.target_line, n, pair.target))
            report.append(HarvestedTerm(entry.id, ent.english, lang, f.form, f.how, origin, f.confidence, evidence,
                                        n, "conflict", ent.forms))
            continue
        if same is not None and (same.is_editor_work or same.origin == origin):
            report.append(HarvestedTerm(entry.id, ent.english, lang, same.text, f.how, origin, f.confidence,
                                        evidence, n, "confirmed", ent.forms))
            continue
        new_term = Term(lang, f.form if same is None else same.text, Role.PREFERRED, Status.SUGGESTED, origin,
                        max(f.confidence, same.confidence if same else 0.0), evidence,
                        same.reading if same else "", context=pair.target)
        terms = [t for t in entry.terms if t is not same]
        preferred = next((t for t in terms if t.lang == lang and t.role is Role.PREFERRED
                          and t.status is not Status.REJECTED), None)
        if preferred is not None and preferred.is_editor_work:
            new_term = new_term.replace(role=Role.ALIAS if same is None else same.role)
        elif preferred is not None:
            # a machine guess gives way to the published form
            terms = [t.replace(role=Role.ALIAS) if t is preferred else t for t in terms]
        first = next((i for i, t in enumerate(terms) if t.lang == lang), None)
        if new_term.role is Role.PREFERRED:
            terms.insert(first if first is not None else len(terms), new_term)
        else:
            last = max((i for i, t in enumerate(terms) if t.lang == lang), default=len(terms) - 1)
            terms.insert(last + 1, new_term)
        updated = entry.with_terms(terms)
        if updated != entry:
            changes = [(e, b) for e, b in changes if e.id != entry.id]
            changes.append((updated, entry.revision))
        report.append(HarvestedTerm(entry.id, ent.english, lang, new_term.text, f.how, origin, f.confidence,
                                    evidence, n, "added" if same is None else "confirmed", ent.forms))
    return report, problems, changes, new


def _deprecated(tb: "Termbase", entities: dict[str, Entity], targets: list[str], pairs: list[AlignedPair],
                pair_no: dict[int, int], tgt: list[Sentence], beads: list[SentenceBead],
                lang: str) -> list[EditionProblem]:
    out = []
    for ent in entities.values():
        if ent.entry is None:
            continue
        bad = [t for t in ent.entry.terms_for(lang) if t.role is Role.DEPRECATED and t.status is Status.APPROVED]
        if not bad:
            continue
        good = tuple(t.text for t in ent.entry.terms_for(lang)
                     if t.status is Status.APPROVED and t.role is not Role.DEPRECATED)
        for b in sorted(ent.beads):
            if not targets[b]:
                continue
            hit = next((t for t in bad if find_surface(t.text, targets[b])), None)
            if hit:
                p = pairs[pair_no[b] - 1]
                out.append(EditionProblem("deprecated", ent.entry.id, ent.english, lang, good, hit.text,
                                          p.target_line, p.n, p.target))
                break
    return out
