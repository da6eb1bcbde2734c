"""Alignment: join English candidates with the Japanese and Korean terms of the footnotes.

    align(doc, candidates, cjk_terms) -> list[Candidate]

1. Footnote-citation alignment.  A marker ties the English clause before it (then its
   sentence, its paragraph, the document, each weaker) to its note.  Every named term of a
   Japanese/Korean title in that note is scored against every English candidate:
   - persons by cross-script name evidence (`names.match_name`, and the Korean standard
     transcription of a romanized Japanese name for a Hangul name);
   - other terms by keyword evidence (`keywords.keyword_match`: the bilingual table of
     general politics vocabulary in `vocab`, 日韓|安全保障|対話 = Japan-South Korea
     security dialogue);
   each score is multiplied by the locality of the candidate's occurrences (clause 1.0 ...
   elsewhere 0.75) and pairs below `MIN_PAIR_SCORE` are dropped.  A term fully translated
   by a phrase of the citing sentence that no candidate holds becomes a new candidate.
2. One `title` candidate per cited title (its form origin `footnote:N`, the citing English
   clause as its note) and one person candidate per Japanese/Korean name that matched no
   English name (an editor or co-author), with a romanized English suggestion.
3. Suggestions for missing forms (lower confidence; the store keeps them `suggested`):
   Hangul for Japanese names (from the kanji, else from the romanized name), katakana for
   Korean names whose Hangul is known, and the Korean form of a Japanese institution,
   party or election through the ja<->ko bridge.

Every form added carries an origin (`footnote:N`, `transcription`, `romanization`,
`bridge`), a confidence and a one-line `evidence` an editor can judge in seconds.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import os
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator

import regex

from ..documents import Document
from ..extract.candidates import Candidate, CjkTerm, Form, Mention
from ..model import Category, Role
from ..text.normalize import key as text_key
from ..text.scripts import HAN, has_hangul, has_kana
from .bridge import korean_for_japanese_term
from .caching import cached, clear_caches
from .citations import Body, Citation, citations
from .in_text import bracket_pairs
from .keywords import en_has_concepts, find_phrases, keyword_match
from .names import (
    japanese_for_korean_name, japanese_given_name_first, japanese_reading, korean_for_japanese_name,
    korean_for_japanese_romaji, match_name, romaji_is_japanese,
)
from .names.japanese import _kanwa, _options
from .names.kana import kana_to_romaji, romaji_key
from .transliteration import transliteration_match

__all__ = ["align", "clear_caches", "AlignmentWarning", "MIN_PAIR_SCORE"]

#: a footnote pair is kept at or above this score (evidence x locality)
MIN_PAIR_SCORE = 0.6
#: a name match must reach this score (names.match_name's scale, 0..1) to count at all
MIN_NAME_SCORE = 0.75
#: names are strong evidence wherever they occur: locality never lowers them below this
NAME_LOCALITY_FLOOR = 0.9
#: two English candidates within this margin of the best share a CJK term (LDP / Liberal ...)
TIE_MARGIN = 0.02
#: minimum confidence of a transcription suggestion to be proposed
MIN_SUGGESTION = 0.5

# English titles before a name: stripped before name matching ("Prime Minister Ishiba").
EN_PERSON_TITLE = regex.compile(
    r"^(?:(?:former|late|then|current|new|incoming|outgoing|acting|deputy|vice|chief|US|U\.S\.|South Korean|"
    r"Japanese|Korean|North Korean|Chinese|Russian|American|British|French|German)\s+)*"
    r"(?:Prime Minister|President|Chairman|Chairwoman|Minister|Foreign Minister|Defense Minister|Secretary|"
    r"Ambassador|Governor|Mayor|Professor|Prof\.|Dr\.|Mr\.|Mrs\.|Ms\.|Speaker|Senator|Representative|"
    r"General|Admiral|Emperor|King|Queen|Premier|Chancellor|Leader|Chair)\s+")

# A title or nationality right before a name that says the person is not Japanese: Japan's
# head of government is a prime minister; presidents and chairmen of states are foreign.
NOT_JAPANESE_CUE = regex.compile(
    r"(?:President|Chairman|General Secretary|King|Queen|Chancellor|US|U\.S\.|American|Russian|Chinese|"
    r"Korean|British|French|German|Indian|Australian)\s+(?:\p{Lu}[\p{L}.]*\s+)?$")

# Korean-style romanized names: a hyphenated given name (Dong-hoon, Jong-un) or a common
# Korean/Chinese surname spelled the conventional way as a separate word.
KOREAN_STYLE_NAME = regex.compile(
    r"\b\p{Lu}\p{Ll}+-\p{Ll}+\b|^(?:Kim|Lee|Park|Yoon|Yun|Choi|Moon|Jung|Chung|Kang|Cho|Jang|Lim|Shin|Hwang|Ahn|Song|"
    r"Hong|Jeon|Ko|Bae|Baek|Heo|Roh|Rhee|Yi|Xi|Wang|Zhang|Liu|Chen|Li|Hu|Deng|Mao)\s")

# Words around a person's name that say the person is Japanese (or acts in Japanese politics).
JAPANESE_CUE = regex.compile(
    r"\b(?:Japan|Japan[’']s|Japanese|Tokyo|LDP|Liberal Democratic Party|Diet|Komeito|Kantei|Nagatacho|"
    r"Prime Minister of Japan)\b")
#: characters around a mention searched for a Japanese cue
CUE_WINDOW = 160
#: longest CJK term tried as a transliterated proper noun (宏池会, 尖閣諸島, 言論NPO)
MAX_TRANSLITERATED = 10
#: a name's own shape decides its order when `japanese_given_name_first` is at least this sure
CLEAR_NAME_ORDER = 1.0
#: a Japanese/Korean name matching no English name makes an entry only at this confidence
MIN_PERSON_ENTRY_CONFIDENCE = 0.55

# Patterns used on every call of small helpers below (compiled once).
_DIGITS = regex.compile(r"[0-9]+")
_HAN_CHAR = regex.compile(r"\p{Han}")
_LETTERS = regex.compile(r"\p{L}+")
_HAN_2_TO_10 = regex.compile(r"[\p{Han}々]{2,10}")
_BRIDGEABLE_HEAD = regex.compile(r"(?:党|省|庁|裁判所|法院|院|選挙|総裁選|国|銀行|大学)$")

_CAT_BY_KIND = {"event": Category.EVENT, "institution": Category.INSTITUTION, "person": Category.PERSON,
                "publication": Category.PUBLICATION}


@dataclass
class _Pair:
    cand: int            # index into the candidate list
    term: CjkTerm
    score: float
    evidence: str
    reading: str = ""
    via_japanese_transcription: bool = False


class AlignmentWarning(UserWarning):
    """An unexpected error in part of one document's alignment (that part was skipped)."""


class _Problems:
    """The unexpected errors of one document's alignment: each part that fails (the pairs of
    one note term, the suggestions for one candidate) is skipped and reported in one line,
    to `report` (the caller's: the document's warnings) or else as an AlignmentWarning.
    With $GLOSSARY_DEBUG set the error is raised instead, with its traceback."""

    def __init__(self, report: Callable[[str], None] | None) -> None:
        self.report = report

    @contextmanager
    def guard(self, what: str) -> Iterator[None]:
        try:
            yield
        except Exception as exc:  # noqa: BLE001 - reported below, never silently dropped
            if isinstance(exc, MemoryError) or os.environ.get("GLOSSARY_DEBUG"):
                raise
            message = f"alignment: {what} skipped after an internal error ({type(exc).__name__}: {exc})"
            message = " ".join(message.split())[:300]
            if self.report is not None:
                self.report(message)
            else:
                warnings.warn(message, AlignmentWarning, stacklevel=4)


def align(doc: Document, candidates: list[Candidate], cjk_terms: list[CjkTerm], *,
          on_error: Callable[[str], None] | None = None) -> list[Candidate]:
    """The final candidate list: English candidates with ja/ko forms, title and CJK-only
    person candidates, and suggested forms.  The input list is not modified.

    A part of the work that fails unexpectedly (a bug) is skipped; `on_error` receives one
    line saying what was skipped (the pipeline adds it to the document's warnings), and
    without `on_error` it is an `AlignmentWarning`."""
    problems = _Problems(on_error)
    out = [_working_copy(c) for c in candidates]
    by_note: dict[int, list[CjkTerm]] = {}
    for t in cjk_terms:
        by_note.setdefault(t.footnote, []).append(t)
    pairs: list[_Pair] = []
    fixed: set[tuple[int, str]] = set()
    with problems.guard("the table of newspapers and news agencies"):
        found, made, fixed = _outlet_pairs(cjk_terms, out)
        pairs += found
        out += made
    with problems.guard("bracketed acronyms in the notes"):
        found, done = _acronym_pairs(doc, by_note, out)
        pairs += found
        fixed |= done

    body = Body(doc)
    cits = citations(doc, body)
    occ = _Occurrences(out, body)
    info = _RowIndex(_cand_info(out))
    for n, terms in sorted(by_note.items()):
        note_cits = cits.get(n) or [None]
        loc_memo: dict[int, tuple[float, str]] = {}
        titles = tuple(t.text for t in terms if t.kind == "title")
        for term in terms:
            if term.kind == "title" or (term.footnote, term.text) in fixed:
                continue
            with problems.guard(f"pairing of {term.text} (footnote {term.footnote})"):
                pairs.extend(_best_pairs(term, terms, info.rows_for(term), occ, body, note_cits, loc_memo, titles))
    pairs = _one_per_note(pairs)

    with problems.guard("the one-to-one rule"):
        pairs += _one_to_one_pairs(by_note, cits, out, occ, body, {(p.term.footnote, p.term.text) for p in pairs},
                                   pairs)
    with problems.guard("the quotation rule"):
        found, made = _quoted_pairs(by_note, cits, out, body, {(p.term.footnote, p.term.text) for p in pairs})
        pairs += found
        out += made
    aligned_terms = {(p.term.footnote, p.term.text) for p in pairs}
    for p in pairs:
        _attach(out[p.cand], p.term, p.score, p.evidence, p.reading)
    with problems.guard("forms written in brackets"):
        for i, form, mention in _bracketed_forms(body, out):
            out[i].forms.append(form)
            out[i].mentions.append(mention)
    pair_of = {}
    for p in pairs:
        pair_of.setdefault(p.cand, []).append(p)

    # terms no candidate holds, translated by a phrase of the citing sentence
    for n, terms in sorted(by_note.items()):
        for term in terms:
            if term.kind in ("title", "person") or (term.footnote, term.text) in aligned_terms:
                continue
            with problems.guard(f"a phrase of the citing sentence for {term.text} (footnote {n})"):
                new = _candidate_from_sentence(term, terms, cits.get(n) or [], body, out)
                if new is not None:
                    out.append(new)
                    aligned_terms.add((term.footnote, term.text))

    for what, make in (("title entries", lambda: _title_candidates(cjk_terms, cits)),
                       ("entries for names without an English match",
                        lambda: _unaligned_persons(cjk_terms, aligned_terms, out)),
                       ("entries for sources named only in the notes",
                        lambda: _unaligned_sources(cjk_terms, aligned_terms, out))):
        with problems.guard(what):
            out += make()
    given_first = None
    with problems.guard("the article's order of Japanese names"):
        given_first = _article_given_name_first(out)
    for i, cand in enumerate(out):
        with problems.guard(f"suggestions for {cand.name!r}"):
            _suggest(cand, doc, body, pair_of.get(i, []), given_first)
        _order_roles(cand)
    return out


def _working_copy(cand: Candidate) -> Candidate:
    """The copy of an input candidate that alignment works on: its own lists and its own
    forms (a form's confidence, evidence and role may change); the mentions, which nothing
    changes, are the input's."""
    return dataclasses.replace(cand, forms=[dataclasses.replace(f) for f in cand.forms], mentions=list(cand.mentions))


# --- scoring ---------------------------------------------------------------------------------

def _cand_info(cands: list[Candidate]) -> list[tuple[int, bool, list[str], list[str], list[str]]]:
    """Per candidate, once per document (the pair loop below runs once per CJK term):
    (index, is a person, English forms, English forms without titles, deduplicated,
    English forms keyword evidence can use)."""
    out = []
    for i, cand in enumerate(cands):
        if cand.category is Category.TITLE:
            continue
        en_forms = [f.text for f in cand.forms if f.lang == "en"]
        if not en_forms:
            continue
        person = cand.category is Category.PERSON
        stripped = tuple(dict.fromkeys(_strip_title(f) for f in en_forms)) if person else ()
        # keyword_match finds nothing for a form without a concept of the table: skip those
        keyword_forms = [] if person else [f for f in en_forms if en_has_concepts(f)]
        out.append((i, person, en_forms, stripped, keyword_forms))
    return out


_NO_ROWS: frozenset[int] = frozenset()


class _RowIndex:
    """The rows of `_cand_info`, indexed so that each CJK term visits only the rows that
    can pair with it (in row order, so the pairs come out as if every row were tried):
    persons by the first letters of their names (`_ja_initials` / `_en_initials`), other
    candidates by the keyword concepts of their forms and by their romanization keys."""

    def __init__(self, info) -> None:
        self.info = info
        self.persons: list[int] = []          # positions of person rows
        self.keyword_rows: list[int] = []     # positions of rows with a keyword form
        self.by_initial: dict[str, set[int]] = {}
        self.by_concept: dict[str, set[int]] = {}
        self.by_key: dict[str, dict[str, set[int]]] = {}   # lang -> romanization key -> rows
        by_initial, by_concept = self.by_initial, self.by_concept
        for pos, (_, person, _, stripped, keyword_forms) in enumerate(info):
            if person:
                self.persons.append(pos)
                for form in stripped:
                    if form:
                        for ch in _en_initials(form):
                            rows = by_initial.get(ch)
                            if rows is None:
                                by_initial[ch] = {pos}
                            else:
                                rows.add(pos)
            elif keyword_forms:
                self.keyword_rows.append(pos)
                for form in keyword_forms:
                    for cid in _en_concept_ids(form):
                        rows = by_concept.get(cid)
                        if rows is None:
                            by_concept[cid] = {pos}
                        else:
                            rows.add(pos)

    def _keys_index(self, lang: str) -> dict[str, set[int]]:
        idx = self.by_key.get(lang)
        if idx is None:
            idx = self.by_key[lang] = {}
            get = idx.get
            for pos, (_, person, en_forms, _, _) in enumerate(self.info):
                if person:
                    continue
                for form in en_forms:
                    for k in _form_prefix_keys(form, lang):
                        rows = get(k)
                        if rows is None:
                            idx[k] = {pos}
                        else:
                            rows.add(pos)
        return idx

    def rows_for(self, term: CjkTerm) -> list:
        """The rows `_best_pairs` must try for `term`: a superset of those that give a pair."""
        info = self.info
        person_term = term.kind == "person"
        maybe_name = person_term or (_name_shaped(term.text) and not _vocabulary_word(term.text))
        picked: set[int] | list[int] = set()
        if maybe_name and self.persons:
            initials = None if has_hangul(term.text) else _ja_initials(term.text)
            if initials is None:
                picked.update(self.persons)
            else:
                for ch in initials:
                    picked |= self.by_initial.get(ch, _NO_ROWS)
        if not person_term:
            ids = _keyword_prefilter_ids(term.text)
            if ids is None:
                picked.update(self.keyword_rows)
            else:
                for cid in ids:
                    picked |= self.by_concept.get(cid, _NO_ROWS)
            keys = _term_keys(term.text, term.lang)
            if keys:
                idx = self._keys_index(term.lang)
                for k in keys:
                    picked |= idx.get(k, _NO_ROWS)
        return [info[pos] for pos in sorted(picked)]


@cached(maxsize=65536)
def _en_concept_ids(english: str) -> frozenset[str]:
    """The keyword concepts an English form names (`keyword_match`'s e_ids)."""
    from .keywords import _en_spans, en_tokens

    return frozenset(c.id for _, _, c, _ in _en_spans(tuple(en_tokens(english))))


@cached(maxsize=16384)
def _keyword_prefilter_ids(cjk: str) -> frozenset[str] | None:
    """The concepts an English form must share for `_keyword_match(cjk, form)` to find
    anything (keyword_match gives up on a term of more than three characters sharing no
    concept; a shorter one needs a concept of its own or of a longer key its last one or
    two characters start, `_truncated_tail`), or None when no such filter holds (an
    ordinal or +N, which `_keyword_match` cuts off first)."""
    from .keywords import CJK_IGNORED, _cjk_spans, _match_ids_superset

    if CJK_PLUS_N.search(cjk) or CJK_ORDINAL.match(cjk):
        return None
    text = CJK_IGNORED.sub("", cjk)
    if len(text) <= 3:
        return _match_ids_superset(text)
    return frozenset(c.id for _, _, c, _ in _cjk_spans(text))


@cached(maxsize=16384)
def _term_keys(text: str, lang: str) -> frozenset[str]:
    """Every romanization key of the term's proper parts (`transliteration`): the prefilter
    that keeps transliteration matching to the English forms that can match."""
    from .keywords import CJK_IGNORED, _cjk_spans
    from .transliteration import _keys, _splits

    # a term the keyword table covers entirely is translated, not read (国家安全保障戦略);
    # a long one is no proper noun: neither pays for a reading
    text = CJK_IGNORED.sub("", text)
    if not text or len(text) > MAX_TRANSLITERATED:
        return frozenset()
    covered = [False] * len(text)
    for i, j, _, _ in _cjk_spans(text):
        covered[i:j] = [True] * (j - i)
    if all(covered):
        return frozenset()
    out: set[str] = set()
    for proper, _ in _splits(text, lang):
        out |= _keys(proper, lang)
    return frozenset(out)


def _form_prefix_keys(form: str, lang: str) -> frozenset[str]:
    from .keywords import en_tokens
    from .transliteration import _word_keys

    words = tuple(w for w in en_tokens(form))
    if words and words[0] == "the":
        words = words[1:]
    if lang == "ko":
        return frozenset("".join(words[:k]) for k in range(1, min(3, len(words)) + 1))
    return frozenset(_word_keys(words))


_form_prefix_keys = cached(maxsize=65536)(_form_prefix_keys)


def _best_pairs(term: CjkTerm, note_terms: list[CjkTerm], info, occ, body: Body,
                note_cits: list[Citation | None], loc_memo: dict[int, tuple[float, str]] | None = None,
                note_titles: tuple[str, ...] | None = None) -> list[_Pair]:
    if note_titles is None:
        note_titles = tuple(t.text for t in note_terms if t.kind == "title")
    title = term.title
    title_ctx = tuple(x for x in note_titles if x == title)
    context = tuple(x.replace(term.text, " ") for x in title_ctx)
    scored: list[_Pair] = []
    maybe_name = term.kind == "person" or (_name_shaped(term.text) and not _vocabulary_word(term.text))
    is_person_term = term.kind == "person"
    term_keys = frozenset() if is_person_term else _term_keys(term.text, term.lang)
    term_loan = _loan_core(term.text) if not is_person_term else ""
    if loc_memo is None:
        loc_memo = {}
    term_text = term.text
    name_evidence = _name_evidence_memo

    def locality(i: int) -> tuple[float, str]:
        v = loc_memo.get(i)
        if v is None:
            v = loc_memo[i] = _locality(body, occ[i], note_cits)
        return v

    for i, person, en_forms, stripped, keyword_forms in info:
        best: _Pair | None = None
        if person:
            if not maybe_name:
                continue
            nm = name_evidence(term_text, stripped)
            if nm is None:
                continue
            base, why, reading, via_ja = nm
            loc, where = locality(i)
            score = base * max(loc, NAME_LOCALITY_FLOOR)
            if score < MIN_PAIR_SCORE:
                continue  # dropped below: no evidence text to write
            best = _Pair(i, term, score, f"footnote {term.footnote}: {why}; cited in the {where}", reading, via_ja)
        else:
            if is_person_term:
                continue
            km = None
            by = "keywords"
            for f in keyword_forms:
                m = _keyword_match(term.text, f, context)
                if m and (km is None or m.score > km[0].score):
                    km = (m, f)
            if term_keys:
                for f in en_forms:
                    if not (_form_prefix_keys(f, term.lang) & term_keys):
                        continue
                    m = transliteration_match(term.text, term.lang, f)
                    if m and (km is None or m.score > km[0].score):
                        km = (m, f)
                        by = "reading"
            if km is None and term_loan:
                from .loanwords import loanword_match

                for f in en_forms:
                    lm = loanword_match(term_loan, f)
                    if lm is not None:
                        km = (lm, f)
                        by = "transcription"
                        break
            if km is None:
                continue
            m, f = km
            if m.score < MIN_PAIR_SCORE:
                continue  # locality is at most 1: below the threshold whatever it is
            if term.kind == "institution" and not _country_compatible(term, f):
                continue
            loc, where = locality(i)
            score = m.score * loc
            if score < MIN_PAIR_SCORE:
                continue  # dropped below: no evidence text to write
            best = _Pair(i, term, score,
                         f"footnote {term.footnote} title {_quote(term.title)}: {term.text} = \"{f}\" by {by} "
                         f"{m.explain()} (score {m.score:.2f}, cited in the {where})")
        if best and best.score >= MIN_PAIR_SCORE:
            scored.append(best)
    if not scored:
        return []
    top = max(p.score for p in scored)
    return [p for p in scored if p.score >= top - TIE_MARGIN]


# A company's legal form around a transcribed name: ラピダス株式会社, 주식회사 ….
_COMPANY_FORM = regex.compile(r"^(?:株式会社|주식회사)|(?:株式会社|주식회사|社)$")


@cached(maxsize=16384)
def _loan_core(text: str) -> str:
    """The transcribed-name part of a term (ラピダス of ラピダス株式会社), '' when none."""
    core = _COMPANY_FORM.sub("", text)
    return core if _LOAN_SHAPED.fullmatch(core) else ""


# --- outlets and bracketed acronyms -------------------------------------------------------------

#: score of a source linked through the table of newspapers and news agencies
OUTLET_SCORE = 0.9
#: score of `CJK name(ACRONYM)` paired with the English candidate the acronym abbreviates
ACRONYM_SCORE = 0.9


@cached(maxsize=65536)
def _loose_en(s: str) -> str:
    """Comparison key of an English outlet name: letters and digits only, Shinbun = Shimbun."""
    k = "".join(c for c in _text_key(s) if c.isalnum())
    k = k[3:] if k.startswith("the") and len(k) > 6 else k
    return HEPBURN_N_BEFORE_LABIAL.sub("m", k)


def _outlet_pairs(terms: list[CjkTerm], cands: list[Candidate]
                  ) -> tuple[list[_Pair], list[Candidate], set[tuple[int, str]]]:
    """A CJK source name of the outlets table (`outlets`) is linked to the English candidate
    with one of the outlet's English names; when the body names it in no form, the table's
    English name makes an entry (a publication, numbered after `cands`).  Returns the pairs,
    the new entries and the (note, text) handled."""
    from .outlets import outlet

    pairs: list[_Pair] = []
    new: list[Candidate] = []
    done: set[tuple[int, str]] = set()
    if not any(outlet(t.text) for t in terms if t.kind != "title"):
        return pairs, new, done
    by_key: dict[str, int] = {}
    for i, c in enumerate(cands):
        if c.category is Category.TITLE:
            continue
        for f in c.forms:
            if f.lang == "en":
                by_key.setdefault(_loose_en(f.text), i)
    made: dict[str, int] = {}
    for t in terms:
        if t.kind == "title":
            continue
        o = outlet(t.text)
        if o is None:
            continue
        idx = next((by_key[_loose_en(e)] for e in o.en if _loose_en(e) in by_key), None)
        how = "named in the article"
        if idx is None:
            idx = made.get(o.en[0])
            how = "named only in the notes"
        if idx is None:
            new.append(Candidate(category=Category.PUBLICATION, confidence=SOURCE_NAME_CONFIDENCE + 0.2,
                                   forms=[Form(lang="en", text=o.en[0], role=Role.PREFERRED, origin="dictionary:outlets",
                                               confidence=SOURCE_NAME_CONFIDENCE + 0.2,
                                               evidence=f"table of newspapers and news agencies: {t.text} = {o.en[0]} "
                                                        f"(named only in footnote {t.footnote})")],
                                   mentions=[]))
            idx = made[o.en[0]] = len(cands) + len(new) - 1
            for f in o.en:
                by_key.setdefault(_loose_en(f), idx)
        done.add((t.footnote, t.text))
        pairs.append(_Pair(idx, t, OUTLET_SCORE,
                           f"footnote {t.footnote}: table of newspapers and news agencies: {t.text} = "
                           f"\"{' / '.join(o.en)}\" ({how})"))
    return pairs, new, done


# A CJK name with its acronym in brackets: 핵협의그룹(NCG), 日本政府観光局(JNTO).  The name is the
# run of Han/katakana/Hangul right before the bracket (hiragana and spaces end it).
CJK_NAME_ACRONYM = regex.compile(r"(?P<cjk>[\p{Han}\p{Katakana}\p{Hangul}ー々]{2,30})\s*[(（]\s*"
                                 r"(?P<ac>[A-Z][A-Za-z&\-]{1,9}|[A-Z][A-Za-z&\-]{0,19}(?:\s+[A-Z][A-Za-z&\-]{0,19}){1,5})"
                                 r"\s*[)）]")
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "to", "a", "an", "at", "by"})


def _abbreviation(name: str) -> str:
    """The initials of an English name's words: Japan National Tourism Organization -> JNTO."""
    words = [w for w in regex.split(r"[\s\-–]+", name) if w and w.casefold() not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words if w[0].isalpha()).upper() if len(words) >= 2 else ""


def _acronym_pairs(doc: Document, by_note: dict[int, list[CjkTerm]], cands: list[Candidate]
                   ) -> tuple[list[_Pair], set[tuple[int, str]]]:
    """`CJK name(ACRONYM)` in a note, where ACRONYM is an English candidate's abbreviation
    (one of its forms, or the initials of its name): the CJK name is that candidate's form.
    Returns the pairs and the (note, text) handled."""
    pairs: list[_Pair] = []
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
            ab = _abbreviation(f.text)
            if ab:
                by_ac.setdefault(ab, set()).add(i)
    for nt in notes:
        terms = by_note.get(nt.n, [])
        for m in CJK_NAME_ACRONYM.finditer(nt.text):
            hits = by_ac.get(regex.sub(r"\s+", " ", m.group("ac")), set())
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
            pairs.append(_Pair(i, term, ACRONYM_SCORE,
                               f"footnote {nt.n}: {cjk}({m.group('ac')}) — the bracketed "
                               + (f"acronym is \"{cands[i].name}\"'s abbreviation" if " " not in m.group("ac")
                                  else f"gloss is the English name \"{cands[i].name}\"")))
    return pairs, done


# --- ordinals ---------------------------------------------------------------------------------

# An ordinal at the head of a CJK event name: 第9回, 第11次, 제9차, 제28회.
CJK_ORDINAL = regex.compile(r"^(?:第|제)\s*(?P<n>[0-9０-９]+)\s*(?:回|次|차|회)\s*")
# An ordinal at the head of an English name: "Ninth", "9th", "the 28th".
EN_ORDINAL = regex.compile(r"^(?:the\s+)?(?P<w>\p{L}+|[0-9]+(?:st|nd|rd|th))\s+", regex.I)
_ORDINAL_WORDS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)}


# "+N" glued to a CJK name (아세안+3) and its English forms ("ASEAN+3", "ASEAN Plus Three").
CJK_PLUS_N = regex.compile(r"\+(?P<n>[0-9]+)$")
EN_PLUS_N = regex.compile(r"(?i)(?:\+|\s+plus\s+)(?P<n>[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)\b")
_NUMBER_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}


def _number(s: str) -> int:
    return int(s) if s.isdigit() else _NUMBER_WORDS.get(s.casefold(), -1)


def _en_ordinal(english: str) -> tuple[int, str] | None:
    m = EN_ORDINAL.match(english)
    if not m:
        return None
    w = m.group("w").casefold()
    n = _ORDINAL_WORDS.get(w)
    if n is None and w[:1].isdigit():
        n = int(_DIGITS.match(w).group(0))
    return None if n is None else (n, english[m.end():])


@cached(maxsize=65536)
def _keyword_match(cjk: str, english: str, context: tuple[str, ...] = ()):
    """`keyword_match`, with ordinals: 第9回日中韓サミット = "Ninth Trilateral Summit" when the
    numbers agree and the rest matches; a numbered CJK event never matches an English name
    without the same number (one meeting is not the series), nor the reverse."""
    plus = CJK_PLUS_N.search(cjk)
    if plus:  # 아세안+3 = "ASEAN+3" / "ASEAN Plus Three": the numbers agree, the rest matches
        en_plus = EN_PLUS_N.search(english)
        if en_plus is None or _number(en_plus.group("n")) != int(plus.group("n")):
            return None
        cjk, english = cjk[:plus.start()], english[:en_plus.start()] + english[en_plus.end():]
        if not english.strip():
            return None
    m = CJK_ORDINAL.match(cjk)
    en = _en_ordinal(english)
    if m is None:
        return keyword_match(cjk, english, context)
    if en is None:
        return None
    import unicodedata
    if int(unicodedata.normalize("NFKC", m.group("n"))) != en[0]:
        return None
    return keyword_match(cjk[m.end():], en[1], context)


#: the country an institution named without one belongs to, by the language it is named in
_OWN_COUNTRY = {"ja": "japan", "ko": "korea"}
#: country concepts (of `vocab`) that include each country: a pair names both
_INCLUDES = {"japan": {"japan", "ja-ko", "us-ja", "us-ja-ko", "ja-ch-ko", "ja-ch"},
             "korea": {"korea", "ja-ko", "us-ko", "us-ja-ko", "ja-ch-ko", "ko-ch"}}


@cached(maxsize=65536)
def _en_countries(english: str) -> frozenset[str]:
    from .keywords import _en_spans, en_tokens

    return frozenset(c.id for _, _, c, _ in _en_spans(tuple(en_tokens(english))) if c.country)


@cached(maxsize=16384)
def _cjk_has_country(text: str) -> bool:
    from .keywords import CJK_IGNORED, _cjk_spans

    return any(c.country for _, _, c, _ in _cjk_spans(CJK_IGNORED.sub("", text)))


def _country_compatible(term: CjkTerm, english: str) -> bool:
    """An institution named without a country (外務省, 외교부) is the country of its language's:
    it never pairs with an English name of another country's institution (外務省 is not the
    "Ministry of Foreign Affairs of the Republic of Korea")."""
    own = _OWN_COUNTRY.get(term.lang)
    if own is None or _cjk_has_country(term.text):
        return True
    countries = _en_countries(english)
    return not countries or bool(countries & _INCLUDES[own])


def _one_per_note(pairs: list[_Pair]) -> list[_Pair]:
    """Each candidate takes at most one term per note and language: the best one."""
    best: dict[tuple[int, int, str], _Pair] = {}
    for p in pairs:
        k = (p.cand, p.term.footnote, p.term.lang)
        if k not in best or p.score > best[k].score or (
                p.score == best[k].score and len(p.term.text) > len(best[k].term.text)):
            best[k] = p
    return sorted(best.values(), key=lambda p: (p.term.footnote, p.term.line, p.term.col))


def _locality(body: Body, occurrences, note_cits: list[Citation | None]) -> tuple[float, str]:
    best = (0.0, "absent")
    for cit in note_cits:
        v = body.locality(occurrences, cit)
        if v[0] > best[0]:
            best = v
    return best


class _Occurrences:
    """`[_occurrences(c, body) for c in cands]`, each computed on first use: most candidates
    never need theirs (no CJK term pairs with them).  Used only before alignment changes
    any candidate (the pair search and the one-to-one rule), so the result is the same."""

    __slots__ = ("cands", "body", "done")

    def __init__(self, cands: list[Candidate], body: Body) -> None:
        self.cands = list(cands)
        self.body = body
        self.done: dict[int, list[tuple[int, int, int]]] = {}

    def __len__(self) -> int:
        return len(self.cands)

    def __getitem__(self, i: int) -> list[tuple[int, int, int]]:
        v = self.done.get(i)
        if v is None:
            v = self.done[i] = _occurrences(self.cands[i], self.body)
        return v


def _occurrences(cand: Candidate, body: Body) -> list[tuple[int, int, int]]:
    found: set[tuple[int, int, int]] = set()
    for m in cand.mentions:
        if m.footnote is not None:
            continue
        loc = body.locate(m.line, m.col)
        if loc:
            found.add((loc[0], loc[1], loc[1] + len(m.text)))
    for f in cand.forms:
        if f.lang == "en":
            found.update(body.find_all(f.text))
    return sorted(found)


NAME_SHAPED = regex.compile(r"[\p{Han}々]{2,5}|[\p{Katakana}ー・]{2,12}|\p{Hangul}{2,4}")


@cached(maxsize=16384)
def _name_shaped(text: str) -> bool:
    """Could be a person's name: 2-5 Han/kana or 2-4 Hangul characters, no spaces, not
    ending in the head of a term (安倍派 is a faction, 外務省 a ministry)."""
    from . import vocab

    return bool(NAME_SHAPED.fullmatch(text)) and text[-1] not in vocab.SUFFIX_KEYS


@cached(maxsize=16384)
def _vocabulary_word(text: str) -> bool:
    """The keyword table reads the whole term (合意, 안보, 外交): a word, not a name, so the
    costly name matching is not tried on it."""
    from .keywords import _cjk_spans

    covered = [False] * len(text)
    for a, b, _, _ in _cjk_spans(text):
        covered[a:b] = [True] * (b - a)
    return all(covered)


@cached(maxsize=16384)
def _ja_initials(text: str) -> frozenset[str] | None:
    """The first letters (loose Hepburn) every reading of a Japanese name can start with:
    the first character's readings.  A romanized name none of whose words starts so cannot
    be its reading, and the costly reading enumeration of `names` is skipped.  None when
    unknown (kana, no dictionary): no filtering then."""
    if not text or not _HAN_CHAR.match(text):
        return None
    loaded = _kanwa()
    if loaded is None:
        return None
    kanwa, itaiji = loaded
    conv = itaiji.convert(text)
    out = set()
    for _, yomi, _ in _options(conv, 0, kanwa):
        k = romaji_key(kana_to_romaji(yomi))
        if k:
            out.add(k[0])
    default = _reading(text[:2]) if len(text) >= 2 else ""
    if default:
        k = romaji_key(kana_to_romaji(default.replace(" ", "")))
        if k:
            out.add(k[0])
    return frozenset(out) if out else None


@cached(maxsize=16384)
def _en_initials(form: str) -> frozenset[str]:
    out = set()
    for w in _LETTERS.findall(form):
        k = romaji_key(w)
        if k:
            out.add(k[0])
    return frozenset(out)


def _strip_title(name: str) -> str:
    return _strip_title_memo(name)


@cached(maxsize=65536)
def _strip_title_memo(name: str) -> str:
    return EN_PERSON_TITLE.sub("", name).strip()


def _name_evidence(term: CjkTerm, en_forms: list[str]) -> tuple[float, str, str, bool] | None:
    """Best (score, evidence, reading, via Japanese transcription) over the English forms."""
    return _name_evidence_stripped(term, list(dict.fromkeys(_strip_title(f) for f in en_forms)))


def _name_evidence_stripped(term: CjkTerm, forms: list[str]) -> tuple[float, str, str, bool] | None:
    """`_name_evidence` over forms already stripped of titles and deduplicated."""
    return _name_evidence_memo(term.text, tuple(forms))


@cached(maxsize=65536)
def _name_evidence_memo(text: str, forms: tuple[str, ...]) -> tuple[float, str, str, bool] | None:
    """`_name_evidence_stripped` by the term's text (all it depends on) and the forms."""
    term = _TermText(text)
    best = None
    hangul = has_hangul(term.text)
    initials = None if hangul else _ja_initials(term.text)
    for form in forms:
        if not form:
            continue
        if initials is None or _en_initials(form) & initials:
            nm = match_name(term.text, form)
            if nm is not None and nm.score >= MIN_NAME_SCORE and (best is None or nm.score > best[0]):
                why = f"{term.text}" + (f" ({nm.reading})" if nm.reading else "") + f" matches \"{form}\": {nm.evidence}"
                best = (nm.score, why, nm.reading or "", False)
        if (best is None or best[0] < LOANWORD_SCORE) and _LOAN_SHAPED.fullmatch(term.text):
            # a foreign or Japanese name transcribed in katakana/Hangul: 헤그세스 = Hegseth
            from .loanwords import loanword_match

            for word in form.split():
                lm = loanword_match(term.text, word)
                if lm is not None and (best is None or lm.score > best[0]):
                    best = (lm.score, f"{term.text} matches \"{form}\" by transcription {lm.explain()}", "", False)
        if hangul:
            sug = korean_for_japanese_romaji(form)
            if sug is not None and sug.confidence >= MIN_SUGGESTION:
                full = sug.text.replace(" ", "")
                family = sug.text.split()[0] if sug.text.split() else ""
                if term.text in (full, family) or term.text.replace(" ", "") == full:
                    score = 0.9 if term.text == full else 0.85
                    if best is None or score > best[0]:
                        why = (f"{term.text} is the Korean standard transcription of the Japanese name \"{form}\" "
                               f"({sug.text}; {sug.evidence})")
                        best = (score, why, "", True)
    return best


#: score of a transcription (consonant skeleton) match, `loanwords`
LOANWORD_SCORE = 0.8
# A katakana-only or Hangul-only word of 3 or more characters (a transcribed name).
_LOAN_SHAPED = regex.compile(r"[\p{Katakana}ー]{3,12}|\p{Hangul}{3,8}")


class _TermText:
    """What `_name_evidence_memo` reads of a CjkTerm: its text."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


# --- building forms --------------------------------------------------------------------------

# --- one-to-one, quoted and in-body pairs -----------------------------------------------------

#: score of a pair made by the one-to-one rule (no lexical evidence, only the citation)
ONE_TO_ONE_SCORE = 0.65
#: score of a pair made by quotation (the only quoted CJK term and the only quoted English phrase)
QUOTED_SCORE = 0.62
#: score of an English term followed by its CJK form in brackets in the body: `Foo (日本語)`
IN_BODY_SCORE = 0.9
#: CJK term kinds and the English categories they may pair with by the one-to-one rule
_ONE_TO_ONE_CATEGORIES = {"institution": {Category.INSTITUTION}, "event": {Category.EVENT},
                          "publication": {Category.PUBLICATION}}


def _one_to_one_pairs(by_note, cits, cands, occ, body: Body, aligned: set, pairs: list[_Pair]) -> list[_Pair]:
    """The one-to-one rule: when a marker's citing clause (else its sentence) holds exactly
    one English candidate of a category and the note exactly one unaligned CJK term of the
    matching kind, they name the same thing (研究院 in the note, the only institute in the
    clause).  Several note terms of the kind: the one sharing most keyword concepts with the
    English name, when it is the only best."""
    out: list[_Pair] = []
    aligned = set(aligned)
    taken = {(p.cand, p.term.footnote, p.term.lang) for p in pairs}
    of_kind = {kind: [i for i, c in enumerate(cands) if c.category in cats]
               for kind, cats in _ONE_TO_ONE_CATEGORIES.items()}
    for n, terms in sorted(by_note.items()):
        for kind, cats in _ONE_TO_ONE_CATEGORIES.items():
            kind_terms = [t for t in terms if t.kind == kind]
            free = [t for t in kind_terms if (t.footnote, t.text) not in aligned]
            if not free:
                continue
            for cit in cits.get(n) or []:
                picked = None
                for span, where in ((cit.clause, "clause"), (cit.sentence, "sentence")):
                    inside = [i for i in of_kind[kind]
                              if any(p == cit.para and a >= span[0] and b <= span[1] + 1 for p, a, b in occ[i])]
                    if len(inside) == 1:
                        picked = (inside[0], where)
                        break
                    if len(inside) > 1:
                        break
                if picked is None:
                    continue
                i, where = picked
                term = free[0] if len(kind_terms) == 1 else _most_shared(free, cands[i])
                if term is None or (i, n, term.lang) in taken or SOURCE_NAME.search(term.text) \
                        or _contradicted(term.text, cands[i]):
                    continue
                if not term.title and _most_shared([term], cands[i]) is None:
                    continue  # the note's author (総務省) is often not what the clause names: a shared concept is required
                if term.kind == "institution" and not _country_compatible(term, cands[i].name or ""):
                    continue
                taken.add((i, n, term.lang))
                aligned.add((term.footnote, term.text))
                out.append(_Pair(i, term, ONE_TO_ONE_SCORE,
                                 f"footnote {n}: one-to-one rule: {term.text} is the only {kind} of the note and "
                                 f"\"{cands[i].name}\" the only {kind} in the citing {where}"))
                break
    return out


# A newspaper, news agency or publisher (日本経済新聞, 조선일보, 연합뉴스, 講談社): the source
# of a citation, never what the citing clause is about.
SOURCE_NAME = regex.compile(r"(?:新聞|新報|通信|出版|書店|書房|新書|文庫|社|신문|일보|뉴스|통신|출판|경제|북스)$")


def _contradicted(text: str, cand: Candidate) -> bool:
    """The keyword table reads the whole CJK term (정부 = government) and none of its
    concepts is in the English name: the table says they differ."""
    from .keywords import CJK_IGNORED, _cjk_spans, _en_spans, en_tokens

    t = CJK_IGNORED.sub("", text)
    every = _cjk_spans(t)
    # the longest reading wins: 부 (ministry) inside 정부 (government) is no concept of its own
    spans = [x for x in every if not any(y[0] <= x[0] and x[1] <= y[1] and (y[1] - y[0]) > (x[1] - x[0])
                                         for y in every)]
    cov = [False] * len(t)
    for a, b, _, _ in spans:
        cov[a:b] = [True] * (b - a)
    if not t or not all(cov):
        return False
    e_ids = {c.id for f in cand.forms if f.lang == "en" for _, _, c, _ in _en_spans(tuple(en_tokens(f.text)))}
    return not any(c.id in e_ids for _, _, c, _ in spans)


def _shares_concept(cjk: str, english: str) -> bool:
    """The keyword table reads at least one concept on both sides (7월 패키지 / “July package”)."""
    from .keywords import CJK_IGNORED, _cjk_spans, _en_spans, en_tokens

    e_ids = {c.id for _, _, c, _ in _en_spans(tuple(en_tokens(english)))}
    return any(c.id in e_ids for _, _, c, _ in _cjk_spans(CJK_IGNORED.sub("", cjk)))


def _most_shared(terms: list[CjkTerm], cand: Candidate) -> CjkTerm | None:
    """The term sharing most keyword concepts with the candidate's English forms (covered
    characters), when it alone is best and shares at least one."""
    from .keywords import CJK_IGNORED, _cjk_spans, _en_spans, en_tokens

    e_ids = set()
    for f in cand.forms:
        if f.lang == "en":
            e_ids |= {c.id for _, _, c, _ in _en_spans(tuple(en_tokens(f.text)))}
    scored = []
    for t in terms:
        text = CJK_IGNORED.sub("", t.text)
        cov = [False] * len(text)
        for a, b, c, _ in _cjk_spans(text):
            if c.id in e_ids:
                cov[a:b] = [True] * (b - a)
        scored.append((sum(cov) / max(1, len(text)), t))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


# A phrase quoted inside a CJK title: ‘한일중’, '7월 패키지', 「…」 inside 『…』.
TITLE_INNER_QUOTE = regex.compile(r"[‘'「〈《](?P<q>[^’'」〉》\n]+)[’'」〉》]")

# A quoted English phrase in the body: “July package”, "white list" (2 to 6 words).
EN_QUOTED = regex.compile(r"[“\"](?P<q>\p{L}[\p{L}\p{N}'’\- ]{1,60}?)[,.]?[”\"]")


def _quoted_pairs(by_note, cits, cands, body: Body, aligned: set) -> tuple[list[_Pair], list[Candidate]]:
    """A note title quoting exactly one term ('7월 패키지') cited by a sentence quoting exactly
    one English phrase (“July package”): the two quotations name the same thing.  The
    phrase's candidate takes the form; a phrase no candidate holds becomes one (numbered
    after `cands`).  Returns the pairs and the new candidates."""
    out: list[_Pair] = []
    new: list[Candidate] = []
    aligned = set(aligned)
    for n, terms in sorted(by_note.items()):
        inner = {m.group("q").strip() for t in terms if t.kind == "title" for m in TITLE_INNER_QUOTE.finditer(t.text)}
        if not inner:
            continue
        quoted = [t for t in terms if t.kind == "term" and t.title and t.text in inner]
        if len(quoted) != 1 or (quoted[0].footnote, quoted[0].text) in aligned:
            continue
        term = quoted[0]
        for cit in cits.get(n) or []:
            text = body.paragraphs[cit.para].text[cit.sentence[0]:cit.sentence[1] + 1]
            phrases = [m.group("q").strip() for m in EN_QUOTED.finditer(text)]
            phrases = [p for p in phrases if 1 <= len(p.split()) <= 6]
            if len(phrases) != 1:
                continue
            phrase = phrases[0]
            if not _shares_concept(term.text, phrase):
                continue  # quotation alone is too weak (‘물 반 컵’ is a metaphor, not the quoted phrase)
            k = _text_key(phrase)
            idx = next((i for i, c in enumerate(itertools.chain(cands, new)) if c.category is not Category.TITLE
                        and any(f.lang == "en" and _text_key(f.text) == k for f in c.forms)), None)
            if idx is None:
                m = Mention(text=phrase, line=cit.marker.line, col=cit.marker.col, context=cit.sentence_text)
                new.append(Candidate(category=Category.OTHER, confidence=QUOTED_SCORE,
                                       forms=[Form(lang="en", text=phrase, role=Role.PREFERRED, origin="text",
                                                   confidence=QUOTED_SCORE,
                                                   evidence=f"quoted in the sentence citing footnote {n}")],
                                       mentions=[m]))
                idx = len(cands) + len(new) - 1
            aligned.add((term.footnote, term.text))
            out.append(_Pair(idx, term, QUOTED_SCORE,
                             f"footnote {n}: quotation rule: {term.text} is the only term quoted in the title and "
                             f"“{phrase}” the only phrase quoted in the citing sentence"))
            break
    return out, new


# An English name followed by its Japanese/Korean form in brackets in the body:
# `“Korea–Japan–China” (한일중)`, `Yoon Suk Yeol (尹錫悦)`.
def _bracketed_forms(body: Body, cands: list[Candidate]) -> list[tuple[int, Form, Mention]]:
    """`Foo Bar (日本語)`, `'Foo' (*romaji*, 日本語)`, `(『日本語』, *Foo*)` in the body: the
    English candidate the bracket glosses takes the CJK form (origin `text`, high
    confidence).  The rule is `in_text.bracket_pairs`.  Returns (candidate index, form, its
    mention) for each form a candidate does not have yet."""
    by_form: dict[str, int] = {}
    for i, c in enumerate(cands):
        if c.category is Category.TITLE:
            continue
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
                held = have[i] = {(f.lang, _text_key(f.text)) for f in cands[i].forms}
            if (pair.lang, _text_key(pair.cjk)) in held:
                continue
            held.add((pair.lang, _text_key(pair.cjk)))
            line, col = position(pair.start)
            where = "the article" if footnote is None else f"note {footnote}"
            out.append((i, Form(lang=pair.lang, text=pair.cjk, role=Role.ALIAS, origin="text", confidence=IN_BODY_SCORE,
                                evidence=f"bracket rule: written “{pair.written}” in {where}"),
                        Mention(text=pair.cjk, line=line, col=col, footnote=footnote,
                                context=_short(text[max(0, pair.start - 60):pair.start + len(pair.cjk) + 1]))))
    return out


def _attach(cand: Candidate, term: CjkTerm, score: float, evidence: str, reading: str = "") -> None:
    if term.lang == "ko" and not has_hangul(term.text):
        return  # a Han-only form is no Korean form (modern Korean writes Hangul)
    origin = f"footnote:{term.footnote}"
    for f in cand.forms:
        if f.lang == term.lang and _text_key(f.text) == _text_key(term.text):
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


def _candidate_from_sentence(term: CjkTerm, note_terms: list[CjkTerm], note_cits: list[Citation], body: Body,
                             cands: list[Candidate]) -> Candidate | None:
    context = tuple(t.text.replace(term.text, " ") for t in note_terms if t.kind == "title" and t.text == term.title)
    for cit in note_cits:
        sent = cit.sentence_text
        para = body.paragraphs[cit.para]
        s0 = cit.sentence[0] + (len(para.text[cit.sentence[0]:cit.sentence[1]]) -
                                len(para.text[cit.sentence[0]:cit.sentence[1]].lstrip()))
        found = find_phrases(term.text, sent, context)
        if not found:
            continue
        # the cited clause first, then the best translation, then the longest phrase
        start, end, m = max(found, key=lambda x: (s0 + x[0] >= cit.clause[0] and s0 + x[1] <= cit.clause[1] + 1,
                                                  x[2].score, x[1] - x[0]))
        if all(_is_country_part(k) for k, _ in m.cjk_parts):
            continue
        phrase = sent[start:end]
        line, col = para.position(s0 + start)
        where = "clause" if s0 + start >= cit.clause[0] and s0 + end <= cit.clause[1] + 1 else "sentence"
        score = m.score * (1.0 if where == "clause" else 0.95)
        if score < 0.75:
            continue
        # an existing candidate with this very form takes the term instead
        phrase_key = _text_key(phrase)
        for c in cands:
            if any(f.lang == "en" and _text_key(f.text) == phrase_key for f in c.forms):
                _attach(c, term, score, f"footnote {term.footnote}: {term.text} = \"{phrase}\" by keywords {m.explain()}")
                return None
        if _inside_longer_name(phrase, sent, cands):
            continue  # part of a longer name the extractor found (Act on … of X Information)
        cat = _CAT_BY_KIND.get(term.kind, Category.OTHER)
        cand = Candidate(category=cat, confidence=round(0.6 * score, 3),
                         forms=[Form(lang="en", text=phrase, origin="text", confidence=round(0.6 * score, 3),
                                     evidence=f"phrase of the sentence citing footnote {term.footnote}, "
                                              f"translating {term.text}")],
                         mentions=[Mention(text=phrase, line=line, col=col, context=cit.sentence_text)])
        _attach(cand, term, score, f"footnote {term.footnote} title {_quote(term.title)}: {term.text} = \"{phrase}\" "
                                   f"by keywords {m.explain()} (score {m.score:.2f}, in the citing {where})")
        return cand
    return None


_text_key = cached(maxsize=65536)(text_key)


def _inside_longer_name(phrase: str, sentence: str, cands: list[Candidate]) -> bool:
    """Is `phrase` a part of a longer English form of a candidate written in `sentence`?"""
    p = phrase.casefold()
    s = sentence.casefold()
    for c in cands:
        for f in c.forms:
            if f.lang == "en" and len(f.text) > len(phrase):
                t = f.text.casefold()
                if p in t and t in s:
                    return True
    return False


def _is_country_part(k: str) -> bool:
    from . import vocab

    k = k.rstrip("…")
    cs = vocab.cjk_index().get(k, [])
    return bool(cs) and all(c.country for c in cs)


def _title_candidates(terms: list[CjkTerm], cits: dict[int, list[Citation]]) -> list[Candidate]:
    out: dict[str, Candidate] = {}
    for t in terms:
        if t.kind != "title":
            continue
        k = t.lang + ":" + _text_key(t.text)
        clause = ""
        for cit in cits.get(t.footnote) or []:
            clause = cit.clause_text
            break
        m = Mention(text=t.text, line=t.line, col=t.col, context=t.text, footnote=t.footnote)
        if k in out:
            out[k].mentions.append(m)
            if clause and not out[k].note:
                out[k].note = clause
            continue
        ev = f"title cited in footnote {t.footnote}" + (f" for: {_short(clause)}" if clause else "")
        out[k] = Candidate(category=Category.TITLE, confidence=round(t.confidence, 3),
                           forms=[Form(lang=t.lang, text=t.text, origin=f"footnote:{t.footnote}",
                                       confidence=round(t.confidence, 3), evidence=ev)],
                           mentions=[m], note=clause)
    return list(out.values())


def _unaligned_persons(terms: list[CjkTerm], aligned: set[tuple[int, str]], cands: list[Candidate]) -> list[Candidate]:
    """A Japanese/Korean name that matched no English name (a co-author, an editor)."""
    held = {(f.lang, _text_key(f.text)) for c in cands for f in c.forms if f.lang in ("ja", "ko")}
    out: dict[str, Candidate] = {}
    for t in terms:
        if t.kind != "person" or (t.lang, _text_key(t.text)) in held or t.confidence < MIN_PERSON_ENTRY_CONFIDENCE:
            continue
        if t.lang == "ko" and t.title and not _korean_personal_name(t.text):
            continue  # a headline word next to a title (취임사, 공동성명) without an English match
        k = t.lang + ":" + _text_key(t.text)
        m = Mention(text=t.text, line=t.line, col=t.col, context=t.title or t.text, footnote=t.footnote)
        if k in out:
            out[k].mentions.append(m)
            continue
        ev = f"name in footnote {t.footnote}" + (f" (in the title {_quote(t.title)})" if t.title else " (author)")
        out[k] = Candidate(category=Category.PERSON, confidence=round(0.8 * t.confidence, 3),
                           forms=[Form(lang=t.lang, text=t.text, origin=f"footnote:{t.footnote}",
                                       confidence=round(t.confidence, 3), evidence=ev, reading=t.reading)],
                           mentions=[m])
    return list(out.values())


def _korean_personal_name(s: str) -> bool:
    """A Korean name: a common surname and one or two syllables, no digits."""
    from ..extract.cjk import _korean_name_shaped

    return _korean_name_shaped(s)


#: confidence of an English name made for a CJK-only source or ministry
SOURCE_NAME_CONFIDENCE = 0.5
#: the country phrase an English ministry name takes, by the language it is named in
_COUNTRY_PHRASE = {"ja": "of Japan", "ko": "of the Republic of Korea"}
#: Japanese heads of newspaper and publisher names and their usual romanized English
_JA_SOURCE_HEADS = (("新聞", "Shimbun"), ("新報", "Shimpo"), ("通信", "Tsushin"), ("書店", "Shoten"),
                    ("出版", "Shuppan"), ("書房", "Shobo"))


def _unaligned_sources(terms: list[CjkTerm], aligned: set[tuple[int, str]], cands: list[Candidate]) -> list[Candidate]:
    """A newspaper, publisher or ministry named only in Japanese/Korean (the author or
    source of a note) gets an entry with an English name when a general rule gives one:
    a Japanese source romanized by its reading (読売新聞 = Yomiuri Shimbun, 有斐閣 =
    Yuhikaku); a ministry or office translated by the keyword table plus its country
    (財務省 = Ministry of Finance of Japan, 대통령실 = Presidential Office of the Republic of
    Korea).  Korean sources are not romanized: their English names follow no one rule."""
    held = {(f.lang, _text_key(f.text)) for c in cands for f in c.forms if f.lang in ("ja", "ko")}
    out: dict[str, Candidate] = {}
    for t in terms:
        if t.kind not in ("institution", "publication") or t.title or (t.footnote, t.text) in aligned \
                or (t.lang, _text_key(t.text)) in held:
            continue
        k = t.lang + ":" + _text_key(t.text)
        m = Mention(text=t.text, line=t.line, col=t.col, context=t.text, footnote=t.footnote)
        if k in out:
            out[k].mentions.append(m)
            continue
        made = _ministry_name(t.text, t.lang)
        category = Category.INSTITUTION
        # only a publisher's or newspaper's proper name is romanized (読売新聞, 岩波書店), never
        # a generic noun (閣議決定, 衆議院本会議) nor a Korean outlet written in kanji (韓国日報:
        # its English name is read in Korean, see `outlets`)
        if made is None and t.lang == "ja" and SOURCE_NAME.search(t.text) and not KOREAN_OUTLET_IN_KANJI.match(t.text):
            made = _romanized_source(t.text)
            if made and made[0].endswith(tuple(h for _, h in _JA_SOURCE_HEADS[:3])):
                category = Category.PUBLICATION
        if made is None:
            continue
        english, why = made
        out[k] = Candidate(category=category, confidence=SOURCE_NAME_CONFIDENCE,
                           forms=[Form(lang="en", text=english, role=Role.PREFERRED, origin="romanization"
                                       if "reading" in why else "translation", confidence=SOURCE_NAME_CONFIDENCE,
                                       evidence=f"{why} (named only in footnote {t.footnote})"),
                                  Form(lang=t.lang, text=t.text, role=Role.PREFERRED, origin=f"footnote:{t.footnote}",
                                       confidence=round(t.confidence, 3), evidence=f"source named in footnote {t.footnote}")],
                           mentions=[m])
    return list(out.values())


# A Korean (or North Korean) outlet written in kanji by a Japanese note: 韓国日報, 朝鮮日報.
KOREAN_OUTLET_IN_KANJI = regex.compile(r"^(?:韓国|韓國|朝鮮|大韓|中央|東亜|京郷|ソウル)")


def _ministry_name(text: str, lang: str) -> tuple[str, str] | None:
    """財務省 -> ("Ministry of Finance of Japan", evidence): a whole-term concept naming an
    office or ministry, or a ministry head (省, 부) after a field of the table."""
    from . import vocab

    idx = vocab.cjk_index()
    country = _COUNTRY_PHRASE.get(lang)
    if country is None:
        return None
    for c in idx.get(text, ()):
        head = c.en[0]
        if head.split()[0] in ("ministry", "presidential", "office") and not c.country:
            return (_title_case(head) + " " + country,
                    f"keyword table: {text} = \"{head}\", with the country of its language")
    if len(text) >= 3 and text[-1] in ("省" if lang == "ja" else "부"):
        field = [c for c in idx.get(text[:-1], ()) if not c.country]
        if field:
            name = f"Ministry of {_title_case(field[0].en[0])} {country}"
            return name, f"keyword table: {text[:-1]} = \"{field[0].en[0]}\" + {text[-1]} = ministry, with the country of its language"
    return None


def _title_case(s: str) -> str:
    small = {"of", "and", "the", "for", "on", "in"}
    return " ".join(w if (w in small and i) else w[:1].upper() + w[1:] for i, w in enumerate(s.split()))


@cached(maxsize=4096)
def _romanized_source(text: str) -> tuple[str, str] | None:
    """日本経済新聞 -> "Nihon Keizai Shimbun": the usual head (新聞 = Shimbun, 書店 = Shoten),
    the rest read by pykakasi in two-character words (Japanese proper compounds), long
    vowels unmarked."""
    if not _HAN_2_TO_10.fullmatch(text):
        return None
    head = ""
    stem = text
    for h, roman in _JA_SOURCE_HEADS:
        if text.endswith(h) and len(text) > len(h):
            stem, head = text[:-len(h)], roman
            break
    if len(stem) % 2 == 0 and len(stem) > 2:
        words = [stem[i:i + 2] for i in range(0, len(stem), 2)]
    else:
        words = [stem]
    from ..extract.cjk import _kakasi

    def read(w: str) -> str:
        return "".join(p["hira"] for p in _kakasi().convert(w))

    readings = [read(w) for w in words]
    if not all(readings):
        return None
    # the words read in context (日本 of 日本経済 is にほん, alone にっぽん): cut the reading of
    # the whole from the right by the words' own readings, the first word takes the rest
    whole = read(stem)
    rest, cut = whole, []
    for r in reversed(readings[1:]):
        if not rest.endswith(r) or len(rest) == len(r):
            break
        cut.insert(0, r)
        rest = rest[:-len(r)]
    else:
        readings = [rest] + cut
    roman = _hepburn_name(" ".join(readings))
    if not roman:
        return None
    english = roman + (" " + head if head else "")
    return english, f"Hepburn romanization by reading ({' '.join(readings)}) of a Japanese newspaper or publisher"


# --- suggestions -----------------------------------------------------------------------------

def _article_given_name_first(cands: list[Candidate]) -> bool | None:
    """The article's habit for romanized Japanese names: True when the names whose order is
    clear from their shape (Kakuei Tanaka, Nakasone Yasuhiro) are mostly written given name first,
    False when mostly family name first, None when nothing tells."""
    votes = 0
    for cand in cands:
        if cand.category is not Category.PERSON:
            continue
        score = japanese_given_name_first(_strip_title(cand.name)) if cand.name else 0.0
        if abs(score) >= CLEAR_NAME_ORDER:
            votes += 1 if score > 0 else -1
    return None if votes == 0 else votes > 0


def _suggest(cand: Candidate, doc: Document, body: Body, pairs: list[_Pair],
             given_first: bool | None = None) -> None:
    if cand.category is not Category.PERSON:
        for f in cand.forms:
            if f.lang == "ja":
                break
        else:
            return  # only persons and terms with a Japanese form get suggestions
    langs = {f.lang for f in cand.forms}
    ja = [f for f in cand.forms if f.lang == "ja"]
    ko = [f for f in cand.forms if f.lang == "ko"]
    en = [f for f in cand.forms if f.lang == "en"]
    if cand.category is Category.PERSON:
        ja_kanji = [f for f in ja if HAN.search(f.text)]
        if ja_kanji and not any(_is_full_hangul_name(f.text) for f in ko):
            src = ja_kanji[0]
            english = _strip_title(cand.name) if en else None
            sug = korean_for_japanese_name(src.text, english)
            if sug is not None and sug.confidence >= MIN_SUGGESTION:
                _add_suggestion(cand, "ko", sug, "transcription",
                                f"Korean transcription of the Japanese name {src.text}")
        elif en and "ko" not in langs and "ja" not in langs and _looks_japanese(cand, body) \
                and _romaji_name_is_japanese(_strip_title(cand.name)) and _japanese_cue(cand, body):
            english = _strip_title(cand.name)
            order = None if abs(japanese_given_name_first(english)) >= CLEAR_NAME_ORDER else given_first
            sug = korean_for_japanese_romaji(english, order)
            if sug is not None and sug.confidence >= MIN_SUGGESTION:
                _add_suggestion(cand, "ko", sug, "transcription",
                                f"Korean transcription of the romanized Japanese name \"{english}\"")
        elif en and ko and "ja" not in langs and not any(p.via_japanese_transcription for p in pairs) \
                and not _looks_japanese(cand, body):
            english = _strip_title(cand.name)
            sug = japanese_for_korean_name(english, ko[0].text)
            if sug is not None and sug.confidence >= MIN_SUGGESTION:
                _add_suggestion(cand, "ja", sug, "transcription",
                                f"katakana for the Korean name {ko[0].text} (\"{english}\")")
        if not en and ja and HAN.search(ja[0].text) or (not en and ja and has_kana(ja[0].text)):
            _suggest_romanization(cand, ja[0])
        return
    if any(f.origin == "romanization" for f in en):
        return  # a source named by its reading (有斐閣 = Yuhikaku): Korean transcribes it, no Sino-Korean reading
    if ja and not ko and (cand.category is Category.INSTITUTION or _bridgeable(ja[0].text)):
        src = next((f for f in ja if f.origin.startswith("footnote:")), ja[0])
        if " by reading " in src.evidence:
            return  # a proper noun read aloud (尖閣, 安倍派): Korean transcribes it, no Sino-Korean reading
        sug = korean_for_japanese_term(src.text)
        if sug is not None and sug.confidence >= MIN_SUGGESTION:
            _add_suggestion(cand, "ko", _korea_first(src.text, sug), "bridge", f"Sino-Korean reading of {src.text}")


def _korea_first(ja: str, sug):
    """Korean puts Korea first in country pairs: 日韓議員連盟 reads 일한…, Korean writes 한일…."""
    from dataclasses import replace
    from . import vocab

    for n in (3, 2):
        head = ja[:n]
        concepts = vocab.cjk_index().get(head, [])
        if not concepts or not concepts[0].country or not concepts[0].ko:
            continue
        literal = korean_for_japanese_term(head)
        usual = concepts[0].ko[0]
        if literal is not None and sug.text.startswith(literal.text) and literal.text != usual:
            return replace(sug, text=usual + sug.text[len(literal.text):])
        break
    return sug


def _bridgeable(ja: str) -> bool:
    """Names read character by character in Korean: parties, ministries, courts, elections.
    Dialogues and consultations are named by each side in its own words (the Korean side
    puts Korea first and often another noun), so they are not bridged."""
    return bool(_BRIDGEABLE_HEAD.search(ja))


def _is_full_hangul_name(s: str) -> bool:
    return " " in s.strip()


def _looks_japanese(cand: Candidate, body: Body) -> bool:
    """A person whose romanized name can be Japanese: not Korean/Chinese-style, and never
    introduced by a foreign head-of-state title or nationality (US President Joe Biden)."""
    for f in cand.forms:
        if f.lang != "en":
            continue
        bare = _strip_title(f.text)
        if KOREAN_STYLE_NAME.search(bare) or KOREAN_STYLE_NAME.search(bare + " "):
            return False
        if bare != f.text and NOT_JAPANESE_CUE.search(f.text[: len(f.text) - len(bare)]):
            return False
    for f in cand.forms:
        if f.lang != "en":
            continue
        for para, start, _ in body.find_all(_strip_title(f.text)):
            before = body.paragraphs[para].text[max(0, start - 40):start]
            if NOT_JAPANESE_CUE.search(before):
                return False
    return True


def _romaji_name_is_japanese(english: str) -> bool:
    """Every word of the name can be Japanese (no pinyin: Wen Jiabao; no loanword sounds)."""
    words = _LETTERS.findall(english)
    return bool(words) and all(romaji_is_japanese(w) for w in words)


def _japanese_cue(cand: Candidate, body: Body) -> bool:
    """A person named near a Japanese cue (Japan's, Japanese, Tokyo, LDP, the Diet ...): a
    romanized name that parses as Japanese is transcribed only then (Gina, Raimondo parse)."""
    for f in cand.forms:
        if f.lang != "en":
            continue
        for para, start, end in body.find_all(f.text):
            text = body.paragraphs[para].text
            if JAPANESE_CUE.search(text, max(0, start - CUE_WINDOW), min(len(text), end + CUE_WINDOW)):
                return True
    return False


def _suggest_romanization(cand: Candidate, ja: Form) -> None:
    reading = ja.reading or _reading(ja.text)
    if not reading:
        return
    roman = _hepburn_name(reading)
    if not roman:
        return
    cand.forms.append(Form(lang="en", text=roman, role=Role.PREFERRED, origin="romanization",
                           confidence=0.6, reading=reading,
                           evidence=f"Hepburn romanization (long vowels unmarked, family name first) of "
                                    f"{ja.text} read {reading}"))


def _add_suggestion(cand: Candidate, lang: str, sug, origin: str, rule: str) -> None:
    if any(f.lang == lang and _text_key(f.text) == _text_key(sug.text) for f in cand.forms):
        return
    ev = f"{rule}: {sug.text}"
    if getattr(sug, "reading", ""):
        ev += f" (reading {sug.reading})"
    if getattr(sug, "evidence", ""):
        ev += f"; {sug.evidence}"
    cand.forms.append(Form(lang=lang, text=sug.text, role=Role.ALIAS, origin=origin,
                           confidence=round(min(float(sug.confidence), 0.85), 3), evidence=ev,
                           reading=getattr(sug, "reading", "") or ""))


def _order_roles(cand: Candidate) -> None:
    """One preferred form per language: the existing one, else the best literal form, else
    the best suggestion.  Forms that came with the candidate keep their role."""
    if len(cand.forms) == 1:  # the common case, as the loop below would do it
        if cand.forms[0].role is not Role.PREFERRED:
            cand.forms[0].role = Role.PREFERRED
        return
    for lang in {f.lang for f in cand.forms}:
        forms = [f for f in cand.forms if f.lang == lang]
        if any(f.role is Role.PREFERRED for f in forms):
            continue
        best = max(forms, key=lambda f: (f.origin.startswith("footnote:") or f.origin == "text",
                                         f.confidence, len(f.text)))
        best.role = Role.PREFERRED


# --- helpers ---------------------------------------------------------------------------------

def _reading(ja: str) -> str:
    from ..extract.cjk import _reading as kakasi_reading

    return japanese_reading(ja) or kakasi_reading(ja)


# Hepburn for kana, by pykakasi; long vowels unmarked as in names written in English
# (ou -> o, uu -> u: しんぞう -> Shinzo).
LONG_VOWEL = regex.compile(r"(?<=[o])u|(?<=[u])u|(?<=[o])o(?=\b|[^aeiou])")


# A syllabic n before b, m or p, which traditional Hepburn writes m (Shimbun, Namba, Homma).
HEPBURN_N_BEFORE_LABIAL = regex.compile(r"n(?=[bmp])")


@cached(maxsize=16384)
def _hepburn_name(reading: str) -> str:
    from ..extract.cjk import _kakasi

    parts = []
    for word in reading.split():
        roma = "".join(p["hepburn"] for p in _kakasi().convert(word))
        roma = LONG_VOWEL.sub("", roma)
        roma = HEPBURN_N_BEFORE_LABIAL.sub("m", roma)   # しんぶん -> shimbun (Hepburn: m before b, m, p)
        if roma:
            parts.append(roma[:1].upper() + roma[1:])
    return " ".join(parts)


def _quote(s: str) -> str:
    return f"“{s}”" if s else ""


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
