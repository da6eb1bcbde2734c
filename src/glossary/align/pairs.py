"""The pair search: every named term of a cited Japanese/Korean title against the English
candidates that can name it.

For each CJK term of a note, `best_pairs` scores the candidates `RowIndex.rows_for` picks
(a superset of those with any evidence): persons by name evidence (`persons`), other
candidates by keywords (`terms`, `keywords`), by reading (`transliteration`) or by
transcription (`loanwords`), each score multiplied by the locality of the candidate's
occurrences relative to the citing marker (`citations.Body.locality`).  The best pairs
(ties within `TIE_MARGIN`) at or above `MIN_PAIR_SCORE` are kept; `one_per_note` keeps
one term per candidate, note and language.
"""
from __future__ import annotations

from functools import partial

import regex

from ..extract.candidates import Candidate, CjkTerm
from ..model import Category
from ..text.scripts import has_hangul
from . import vocab
from .caching import cached
from .citations import Body, Citation
from .citing import counterparts_apart
from .forms import Pair, quote
from .keywords import CJK_IGNORED, _cjk_spans, _en_spans, _match_ids_superset, en_has_concepts, en_tokens
from ..extract.cjk import KO_PERSON_TITLES
from .dictionary import city, territory
from .loanwords import first_vowels_agree, loanword_match, romanize, skeleton
from .glosses import _pieces, gloss_match, glossable, korean_reading_match
from .persons import SPACED_SCORE, en_initials, kind_word, name_evidence, name_initials, strip_title
from .terms import CJK_ORDINAL, CJK_PLUS_N, LATIN_PREFIX, country_compatible, loan_core, numbered_keyword_match
from .transliteration import _keys, _proper_parts, _word_keys, transliteration_match
from ..extract.vocab import COUNTRIES, DEMONYMS, GEO_WORDS

#: a capitalised word ("Tanaka", "Kim-jong"); a short run of initials ("AT&T")
_CAPITALISED_WORD = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Ll}+)?")
_INITIALS = regex.compile(r"[A-Z]{1,4}(?:&[A-Z])?")

__all__ = ["MIN_PAIR_SCORE", "candidate_rows", "RowIndex", "Occurrences", "best_pairs", "one_per_note"]


#: a footnote pair is kept at or above this score (evidence x locality)
MIN_PAIR_SCORE = 0.6

#: names are strong evidence wherever they occur: locality never lowers them below this
NAME_LOCALITY_FLOOR = 0.9

#: two English candidates within this margin of the best share a CJK term (LDP / Liberal ...)
TIE_MARGIN = 0.02

#: longest CJK term tried as a transliterated proper noun (宏池会, 尖閣諸島, 言論NPO)
MAX_TRANSLITERATED = 10


def candidate_rows(cands: list[Candidate]) -> list[tuple[int, bool, list[str], list[str], list[str]]]:
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
        stripped = tuple(dict.fromkeys(strip_title(f) for f in en_forms)) if person else ()
        # keyword_match finds nothing for a form without a concept of the table: skip those
        keyword_forms = [] if person else [f for f in en_forms if en_has_concepts(f)]
        out.append((i, person, en_forms, stripped, keyword_forms))
        if not person and cand.category in (Category.PLACE, Category.INSTITUTION) and \
                _person_shaped(cand.name, alone=cand.category is Category.INSTITUTION):
            # "lost to Yamada Taro": the English may have taken a person for a place; a note's
            # person may pair with it too (`persons.persons_by_notes` then makes it a person)
            out.append((i, DUAL, en_forms, (cand.name,), []))
    return out


#: the person flag of a row that is also a place's or organisation's: only a note's person pairs with it
DUAL = "dual"


@cached(maxsize=16384)
def _person_shaped(english: str, alone: bool = False) -> bool:
    """Two or three capitalised words (or, `alone`, one: "Suzuki dissolved ...") none of
    which names a kind of thing, a place or a country ("Yamada Taro", not "Shimane
    Prefecture", "North Korea", "New York City")."""
    words = english.split()
    if not (1 if alone else 2) <= len(words) <= 3 or english in COUNTRIES:
        return False
    return all(_CAPITALISED_WORD.fullmatch(w) and not kind_word(w) and w not in GEO_WORDS
               and w not in DEMONYMS and w not in COUNTRIES for w in words)


_NO_ROWS: frozenset[int] = frozenset()


class RowIndex:
    """The rows of `candidate_rows`, indexed so that each CJK term visits only the rows that
    can pair with it (in row order, so the pairs come out as if every row were tried):
    persons by the first letters of their names (`name_initials` / `en_initials`), other
    candidates by the keyword concepts of their forms and by their romanization keys."""

    def __init__(self, info) -> None:
        self.info = info
        self.persons: list[int] = []          # positions of person rows
        self.keyword_rows: list[int] = []     # positions of rows with a keyword form
        self.by_initial: dict[str, set[int]] = {}
        self.by_concept: dict[str, set[int]] = {}
        self.by_key: dict[str, dict[str, set[int]]] = {}   # lang -> romanization key -> rows
        self.form_rows: list | None = None                   # (row, its English forms) for cited_rows
        self.cited_memo: dict[str, list] = {}                # cited_rows by the text searched
        self.by_skeleton: dict[str, set[int]] | None = None  # consonant skeleton -> rows, for transcriptions
        by_initial, by_concept = self.by_initial, self.by_concept
        for pos, (_, person, _, stripped, keyword_forms) in enumerate(info):
            if person:
                self.persons.append(pos)
                for form in stripped:
                    if form:
                        for ch in en_initials(form):
                            by_initial.setdefault(ch, set()).add(pos)
            elif keyword_forms:
                self.keyword_rows.append(pos)
                for form in keyword_forms:
                    for cid in _en_concept_ids(form):
                        by_concept.setdefault(cid, set()).add(pos)

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
        """The rows `best_pairs` must try for `term`: a superset of those that give a pair."""
        info = self.info
        person_term = term.kind == "person"
        maybe_name = person_term or (_name_shaped(term.text) and not _vocabulary_word(term.text))
        picked: set[int] | list[int] = set()
        if maybe_name and self.persons:
            initials = None if has_hangul(term.text) else name_initials(term.text)
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

    def with_transcriptions(self, rows: list, term: CjkTerm) -> list:
        """`rows` and the rows (not persons) a transcribed term may spell anywhere in the
        article (their forms' consonant skeletons are the term's), in row order: the second
        pass's rows for a term nothing else paired."""
        sk = _loan_skeleton(term.text)
        extra = self._skeleton_index().get(sk, _NO_ROWS) if sk else _NO_ROWS
        if not extra:
            return rows
        have = {row[0] for row in rows}
        return sorted([*rows, *(self.info[pos] for pos in extra if self.info[pos][0] not in have)],
                      key=lambda row: row[0])

    def _skeleton_index(self) -> dict[str, set[int]]:
        """The rows (not persons) by the consonant skeleton of each English form, its
        company letters aside ("SK hynix" also as "hynix"): the rows a transcription may spell."""
        if self.by_skeleton is None:
            self.by_skeleton = {}
            for pos, (_, person, en_forms, _, _) in enumerate(self.info):
                if person:
                    continue
                for form in en_forms:
                    for sk in _form_skeletons(form):
                        self.by_skeleton.setdefault(sk, set()).add(pos)
        return self.by_skeleton

    def cited_rows(self, cits: list[Citation | None], paragraph: bool = False) -> list:
        """The rows (not persons) an English form of which the citing sentences hold (their
        paragraphs, with `paragraph`): the only ones the dictionary-gloss evidence is tried on
        (`GLOSS_LOCALITY`, `WIDE_GLOSS_PIECES`)."""
        text = "\n".join((c.body.paragraphs[c.para].text if paragraph else c.sentence_text)
                         for c in cits if c is not None)
        if not text:
            return []
        if self.form_rows is None:      # (made once: the rows' forms worth looking for)
            self.form_rows = [(row, tuple(f for f in row[2] if len(f) >= 4)) for row in self.info if not row[1]]
        found = self.cited_memo.get(text)   # (notes cited from one paragraph share its rows)
        if found is None:
            found = self.cited_memo[text] = []
            for row, forms in self.form_rows:
                for f in forms:
                    if f in text:
                        found.append(row)
                        break
        return found


@cached(maxsize=65536)
def _en_concept_ids(english: str) -> frozenset[str]:
    """The keyword concepts an English form names (`keyword_match`'s e_ids)."""
    return frozenset(c.id for _, _, c, _ in _en_spans(tuple(en_tokens(english))))


@cached(maxsize=16384)
def _keyword_prefilter_ids(cjk: str) -> frozenset[str] | None:
    """The concepts an English form must share for `numbered_keyword_match(cjk, form)` to find
    anything (keyword_match gives up on a term of more than three characters sharing no
    concept; a shorter one needs a concept of its own or of a longer key its last one or
    two characters start, `_truncated_tail`), or None when no such filter holds (an
    ordinal or +N, which `numbered_keyword_match` cuts off first)."""
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
    for proper, _, _ in _proper_parts(text, lang):
        out |= _keys(proper, lang)
    return frozenset(out)


@cached(maxsize=16384)
def _loan_skeleton(text: str) -> str:
    """The consonant skeleton of a transcribed term's name part (its company letters and
    legal form aside), '' when the term is no transcription."""
    core = loan_core(text)
    if not core:
        return ""
    m = LATIN_PREFIX.match(core)
    roman = romanize(core[m.end():] if m else core)
    return skeleton(roman) if roman else ""


@cached(maxsize=65536)
def _form_skeletons(form: str) -> tuple[str, ...]:
    words = form.split()
    out = [skeleton(form)]
    if len(words) > 1 and _INITIALS.fullmatch(words[0]):
        out.append(skeleton(" ".join(words[1:])))
    return tuple(k for k in out if len(k) >= 2)


@cached(maxsize=65536)
def _form_prefix_keys(form: str, lang: str) -> frozenset[str]:
    """The loose keys of an English form's first one to three words (`RowIndex` by key)."""
    words = tuple(w for w in en_tokens(form))
    if words and words[0] == "the":
        words = words[1:]
    if lang == "ko":
        return frozenset("".join(words[:k]) for k in range(1, min(3, len(words)) + 1))
    return frozenset(_word_keys(words))


def may_pair_by_dictionary(term: CjkTerm) -> bool:
    """Could the second pass (`best_pairs(..., dictionary_only=True)`) pair the term with
    anything: a transcribed name, or a term the dictionary's glosses cut into pieces."""
    return term.kind != "person" and len(term.text) >= 3 and (bool(loan_core(term.text)) or glossable(term.text))


def may_pair_widely(term: CjkTerm) -> bool:
    """Could the paragraph pass (`best_pairs(..., wide=True)`) pair the term: the dictionary
    cuts it into WIDE_GLOSS_PIECES pieces or more."""
    pieces = _pieces(term.text)
    return pieces is not None and len(pieces) >= WIDE_GLOSS_PIECES


#: the dictionary-gloss evidence counts only for a candidate this close to the citation
#: (the citing clause or sentence: citations.LOCALITY) ...
GLOSS_LOCALITY = 0.95
#: ... or in the citing paragraph, when it glosses at least this many pieces of the term
#: both ways (三浦|第一|原子力発電所 = "Miura Daiichi Nuclear Power Station": specific enough)
WIDE_GLOSS_PIECES = 3
WIDE_GLOSS_LOCALITY = 0.85


def best_pairs(term: CjkTerm, note_terms: list[CjkTerm], info, occ, body: Body,
               note_cits: list[Citation | None], loc_memo: dict[int, tuple[float, str]] | None = None,
               note_titles: tuple[str, ...] | None = None, dictionary_only: bool = False,
               wide: bool = False) -> list[Pair]:
    """The best pairs of a CJK term with the candidates of `info`'s rows; `dictionary_only`:
    the rows of the citing sentences, tried by transcription and the dictionary's glosses
    alone (after the other evidence found nothing); `wide`: the rows of the citing
    paragraphs, by glosses of WIDE_GLOSS_PIECES pieces or more alone."""
    if note_titles is None:
        note_titles = tuple(t.text for t in note_terms if t.kind == "title")
    title = term.title
    context = tuple(x.replace(term.text, " ") for x in note_titles if x == title)
    scored: list[Pair] = []
    maybe_name = term.kind == "person" or (_name_shaped(term.text) and not _vocabulary_word(term.text))
    is_person_term = term.kind == "person"
    term_keys = frozenset() if is_person_term else _term_keys(term.text, term.lang)
    term_loan = loan_core(term.text) if not is_person_term else ""
    if loc_memo is None:
        loc_memo = {}
    term_text = term.text

    def locality(i: int) -> tuple[float, str]:
        v = loc_memo.get(i)
        if v is None:
            v = loc_memo[i] = _locality(body, occ[i], note_cits)
        return v

    for i, person, en_forms, stripped, keyword_forms in info:
        best: Pair | None = None
        if person:
            if not maybe_name or (person is DUAL and not is_person_term):
                continue
            nm = name_evidence(term_text, stripped)
            if nm is None:
                continue
            base, why, reading, via_ja, full = nm
            loc, where = locality(i)
            score = base * max(loc, NAME_LOCALITY_FLOOR)
            if score < MIN_PAIR_SCORE:
                continue  # dropped below: no evidence text to write
            # (the family name of a Korean transcription whose given name follows it in the
            # title, 다루카와 of 「다루카와 겐지 전 장관…」: the form is the whole name)
            full = full if full and f" {full} " in f" {term.title} " else ""
            if not full and nm[4] and nm[4].split()[0] != term_text:
                continue   # a family name read without its last syllable, and the title does not confirm it
            if not full and term.lang == "ko" and " " not in term_text and term.title:
                # the first word of a foreign name the title writes in full (데이비드 of
                # 「데이비드 이게 하와이 주지사 …」 = "David Ige"): the form is the whole name
                full = _whole_name_in_title(term_text, term.title, stripped, base) or ""
            best = Pair(i, term, score, f"footnote {term.footnote}: {why}; cited in the {where}", reading, via_ja, full)
        else:
            if is_person_term:
                continue
            km = None
            by = "keywords"
            if dictionary_only:
                keyword_forms = ()
            for f in keyword_forms:
                m = numbered_keyword_match(term.text, f, context)
                if m and (km is None or m.score > km[0].score):
                    km = (m, f)
            if term_keys and not dictionary_only:
                for f in en_forms:
                    if _form_prefix_keys(f, term.lang).isdisjoint(term_keys):
                        continue
                    m = transliteration_match(term.text, term.lang, f)
                    if m and (km is None or m.score > km[0].score):
                        km = (m, f)
                        by = "reading"
            if km is None and term_loan and not wide:
                km, by = _first(_transcription_match(term.lang), term_loan, en_forms), "transcription"
            if km is None and dictionary_only:
                # the dictionary's glosses of the term's pieces: only for a name the citing
                # clause or sentence holds (a dictionary gives many senses), or its paragraph
                # when many pieces agree
                km, by = _first(gloss_match, term_text, en_forms), "dictionary"
                if km is None and term.lang == "ja":
                    km, by = _first(korean_reading_match, term_text, en_forms), "Korean reading"
                if km is not None and locality(i)[0] < (WIDE_GLOSS_LOCALITY if wide else GLOSS_LOCALITY):
                    km = None
                if km is not None and wide and len(km[0].pieces) < WIDE_GLOSS_PIECES:
                    km = None
            if km is None:
                continue
            m, f = km
            if m.score < MIN_PAIR_SCORE:
                continue  # locality is at most 1: below the threshold whatever it is
            if term.kind == "institution" and not country_compatible(term, f):
                continue
            loc, where = locality(i)
            score = m.score * loc
            if score < MIN_PAIR_SCORE:
                continue  # dropped below: no evidence text to write
            best = Pair(i, term, score,
                        f"footnote {term.footnote} title {quote(term.title)}: {term.text} = \"{f}\" by {by} "
                        f"{m.explain()} (score {m.score:.2f}, cited in the {where})")
        if best and best.score >= MIN_PAIR_SCORE:
            scored.append(best)
    if not scored:
        return []
    top = max(p.score for p in scored)
    tied = [p for p in scored if p.score >= top - TIE_MARGIN]
    if len(tied) > 1 and not is_person_term:    # (counterparts of two countries: the term's own)
        cands = {p.cand for p in tied}
        tied = counterparts_apart(tied, term, {row[0]: row[2] for row in info if row[0] in cands}, occ, note_cits)
    return tied


@cached(maxsize=4)
def _transcription_match(lang: str):
    """`loanword_match` for a note's term and a row's English form, looser than a name's
    evidence: the first vowels must agree too (치히로 is no "Seoul"), and a place the
    dictionary names (CLDR: Seoul 서울, Japan 일본) takes only the dictionary's own form
    (`_transcribed_as`, memoised: the pair search asks it of every row of every term)."""
    return partial(_transcribed_as, lang)


@cached(maxsize=65536)
def _transcribed_as(lang: str, cjk: str, english: str):
    known = territory(english) or city(english)
    if known is not None and known[1].get(lang) != cjk:
        return None
    m = loanword_match(cjk, english)
    return m if m is not None and first_vowels_agree(m.roman, english) else None


def _first(match, cjk: str, en_forms):
    """(match, form) of the first English form `match(cjk, form)` accepts, else None."""
    for f in en_forms:
        m = match(cjk, f)
        if m is not None:
            return m, f
    return None


def one_per_note(pairs: list[Pair]) -> list[Pair]:
    """Each candidate takes at most one term per note and language: the best one."""
    best: dict[tuple[int, int, str], Pair] = {}
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


class Occurrences:
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
    return bool(NAME_SHAPED.fullmatch(text)) and text[-1] not in vocab.SUFFIX_KEYS


@cached(maxsize=16384)
def _vocabulary_word(text: str) -> bool:
    """The keyword table reads the whole term (合意, 안보, 外交): a word, not a name, so the
    costly name matching is not tried on it."""
    covered = [False] * len(text)
    for a, b, _, _ in _cjk_spans(text):
        covered[a:b] = [True] * (b - a)
    return all(covered)


def _whole_name_in_title(word: str, title: str, forms: tuple[str, ...], score: float) -> str | None:
    """`word` and the one or two Hangul words after it in `title` (up to a middle dot or a
    comma), when together they match a whole English name of `forms` at least as well as
    `word` alone did."""
    at = title.find(word)
    if at < 0 or (at > 0 and not title[at - 1].isspace() and title[at - 1] not in "·「『\"“"):
        return None
    rest = _until_title(_NAME_BREAK.split(title[at:], maxsplit=1)[0].split())
    before = _NAME_BREAK.split(title[:at])[-1].split()
    if any(w in KO_PERSON_TITLES for w in before):   # (a title noun is no part of a name: 윤덕민 대사)
        before = before[len(before) - next(k for k, w in enumerate(reversed(before)) if w in KO_PERSON_TITLES):]
    for n in (3, 2):
        wanted = tuple(f for f in forms if len(f.split()) == n)
        # the word first, then the words after it; or the words before it, then the word
        for words in (rest[:n], before[-(n - 1):] + [word] if len(before) >= n - 1 else []):
            if len(words) == n and all(has_hangul(w) for w in words):
                nm = name_evidence(" ".join(words), wanted)
                if nm is not None and nm[0] >= min(score, SPACED_SCORE):
                    return " ".join(words)
    return None


def _until_title(words: list[str]) -> list[str]:
    """The words before the first title noun (대사, 의원, 장관): a name stops there."""
    for k, w in enumerate(words):
        if w in KO_PERSON_TITLES:
            return words[:k]
    return words


#: what ends a name in a title: a middle dot between names, a comma, a closing quote
_NAME_BREAK = regex.compile(r"[·,，、「」『』\"“”]")
