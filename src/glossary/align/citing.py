"""Rules over the citing sentence, for terms no lexical evidence pairs.

- one-to-one: the only institution (event, publication) of the citing clause and the only
  unaligned one of the note name the same thing (`one_to_one_pairs`);
- quotation: the only term quoted in a cited title and the only phrase quoted in the citing
  sentence (`quoted_pairs`);
- translation: a phrase of the citing sentence that translates the term fully becomes the
  term's English candidate (`candidate_from_sentence`);
- and one `title` candidate per cited title, with its citing clause as the note
  (`title_candidates`).
"""
from __future__ import annotations

import itertools

import regex

from ..extract.candidates import Candidate, CjkTerm, Form, Mention
from ..extract.cjk import JA_PERSON_TITLES, KO_PERSON_TITLES
from ..model import Category, Role
from . import vocab
from .caching import cached
from .citations import Body, Citation
from .forms import Pair, attach, quote, short, text_key
from .glosses import GlossMatch, SharedSenses, gloss_phrases, shared_senses
from .keywords import CJK_IGNORED, _cjk_spans, _en_spans, en_tokens, find_phrases, keyword_match
from .sources import SOURCE_NAME
from .missions import _country as country_code
from .state_institutions import _qualified
from .terms import _OWN_COUNTRY, _cjk_has_country, country_compatible
from ..extract.general import zipf
from ..extract.vocab import STOPWORDS
from .state_institutions import _rows

__all__ = ["one_to_one_pairs", "quoted_pairs", "candidate_from_sentence", "title_candidates", "inside_longer_name",
           "counterparts_apart"]


_CAT_BY_KIND = {"event": Category.EVENT, "institution": Category.INSTITUTION, "person": Category.PERSON,
                "publication": Category.PUBLICATION, "statute": Category.POLICY}

#: score of a pair made by the one-to-one rule (no lexical evidence, only the citation)
ONE_TO_ONE_SCORE = 0.65

#: score of a pair made by quotation (the only quoted CJK term and the only quoted English phrase)
QUOTED_SCORE = 0.62

#: CJK term kinds and the English categories they may pair with by the one-to-one rule
#: (a cited title pairs with the only publication the citing clause names -- "its white
#: paper, *Defense of Japan*,⁶" and 『令和6年版 防衛白書』 -- when they share a concept)
_ONE_TO_ONE_CATEGORIES = {"institution": {Category.INSTITUTION}, "event": {Category.EVENT},
                          "publication": {Category.PUBLICATION}, "title": {Category.PUBLICATION}}


def one_to_one_pairs(by_note, cits, cands, occ, body: Body, aligned: set, pairs: list[Pair]) -> list[Pair]:
    """The one-to-one rule: when a marker's citing clause (else its sentence) holds exactly
    one English candidate of a category and the note exactly one unaligned CJK term of the
    matching kind, they name the same thing (研究院 in the note, the only institute in the
    clause).  Several note terms of the kind: the one sharing most keyword concepts with the
    English name (else most dictionary senses), when it is the only best.  A name written
    inside a longer one of the clause ("National Assembly" of "... Committee of the
    National Assembly") does not count, nor one that took another term of the note; of
    several institutions left, the only one the note's one institution shares dictionary
    senses with, when they cover half its words (`_pick`)."""
    out: list[Pair] = []
    aligned = set(aligned)
    taken = {(p.cand, p.term.footnote, p.term.lang) for p in pairs}
    holding: dict[int, set[int]] = {}           # note -> the candidates that took one of its terms
    for p in pairs:
        holding.setdefault(p.term.footnote, set()).add(p.cand)
    of_kind = {kind: [i for i, c in enumerate(cands) if c.category in cats]
               for kind, cats in _ONE_TO_ONE_CATEGORIES.items()}
    para_index: dict[str, dict[int, list[tuple[int, int, int]]]] = {}    # (`_by_paragraph` of a kind's pool)
    for n, terms in sorted(by_note.items()):
        for kind, cats in _ONE_TO_ONE_CATEGORIES.items():
            kind_terms = [t for t in terms if t.kind == kind]
            free = [t for t in kind_terms if (t.footnote, t.text) not in aligned]
            if not free:
                continue
            for cit in cits.get(n) or []:
                pool = of_kind[kind]
                by_para = None
                if kind == "title":     # (cheap first: a publication whose name the sentence holds)
                    sentence = cit.sentence_text
                    pool = [i for i in pool if any(f.lang == "en" and f.text in sentence for f in cands[i].forms)]
                else:
                    by_para = para_index.get(kind)
                    if by_para is None:
                        by_para = para_index[kind] = _by_paragraph(pool, occ)
                alone = free[0] if kind == "institution" and len(free) == 1 else None
                picked = _pick(pool, cit, occ, cands, holding.get(n, set()), alone, by_para)
                if picked is None:
                    continue
                i, where, several = picked
                owners = _owner_names(cands, i, of_kind["institution"])
                term = free[0] if len(kind_terms) == 1 else (_most_shared(free, cands[i], owners)
                                                             or _most_senses(free, cands[i]))
                if term is None or (i, n, term.lang) in taken or SOURCE_NAME.search(term.text) \
                        or term.text in JA_PERSON_TITLES or term.text in KO_PERSON_TITLES \
                        or _contradicted(term.text, cands[i]):
                    continue
                senses = None
                if (term.title and not several) or _most_shared([term], cands[i]) is not None:
                    why = ""
                else:   # the note's author (総務省) is often not what the clause names: a shared concept is required
                    senses = _senses_shared(term, cands[i])
                    if senses is None:
                        continue
                    why = f"; by the dictionary's senses of its parts {senses.explain()}"
                if term.kind == "institution" and not country_compatible(term, cands[i].name or "") \
                        and not (senses and senses.countries):
                    continue    # (朝鮮総督府 names Korea itself: "Government-General of Korea")
                if term.kind == "title" and not any(f.lang == "en" and _EDITION_EN.search(f.text)
                                                    for f in cands[i].forms):
                    term = _series_of(term, terms)    # (an edition the English names keeps its year)
                taken.add((i, n, term.lang))
                aligned.add((term.footnote, term.text))
                holding.setdefault(n, set()).add(i)
                only = f"the only {kind} in the citing {where}" if not several else \
                    f"the only {kind} of the citing {where} {several}"
                out.append(Pair(i, term, ONE_TO_ONE_SCORE,
                                f"footnote {n}: one-to-one rule: {term.text} is the only {kind} of the note and "
                                f"\"{cands[i].name}\" {only}{why}"))
                break
    return out


def _by_paragraph(pool: list[int], occ) -> dict[int, list[tuple[int, int, int]]]:
    """Paragraph -> (candidate, start, end) of each occurrence there of a name of `pool`, in
    the pool's order, then the occurrences' (what `_pick` reads of one paragraph)."""
    out: dict[int, list[tuple[int, int, int]]] = {}
    for i in pool:
        for p, a, b in occ[i]:
            out.setdefault(p, []).append((i, a, b))
    return out


def _pick(pool: list[int], cit: Citation, occ, cands: list[Candidate], holding: set[int],
          alone: CjkTerm | None, by_para: dict | None = None) -> tuple[int, str, str] | None:
    """(candidate, "clause" or "sentence", how it was told from others) of the only name of
    `pool` the citing clause (else sentence) holds, names inside a longer one aside.  Of
    several, when the note has one free institution (`alone`): the only one that took no
    other term of the note, if the term's dictionary senses cover its name better than the
    others'; else the only one whose name they cover well (`_SENSES_COVERAGE`)."""
    for span, where in ((cit.clause, "clause"), (cit.sentence, "sentence")):
        if by_para is None:
            spans = {i: [(a, b) for p, a, b in occ[i] if p == cit.para and a >= span[0] and b <= span[1] + 1]
                     for i in pool}
        else:   # (`_by_paragraph` of the pool: the same names inside, in the same order)
            spans = {}
            for i, a, b in by_para.get(cit.para, ()):
                if a >= span[0] and b <= span[1] + 1:
                    spans.setdefault(i, []).append((a, b))
        inside = [i for i, s in spans.items() if s]
        if len(inside) > 1:      # ("National Assembly" inside "... Committee of the National Assembly")
            inside = [i for i in inside if not all(any(c <= a and b <= d and d - c > b - a for j in inside if j != i
                                                       for c, d in spans[j]) for a, b in spans[i])]
        if len(inside) == 1:
            return inside[0], where, ""
        if len(inside) > 1:
            if alone is None:
                return None
            left = [i for i in inside if i not in holding]
            if len(left) == 1 and all(_coverage(alone, cands[j]) < _coverage(alone, cands[left[0]])
                                      for j in inside if j != left[0]):
                return left[0], where, "no other term of the note took"   # (and the term is least like those)
            told = [i for i in left if (s := _senses_shared(alone, cands[i])) is not None
                    and s.coverage >= _SENSES_COVERAGE and len(s.pieces) >= 2]
            if len(told) == 1:
                return told[0], where, "whose name the note's term shares dictionary senses with"
            told = [i for i in left if _most_shared([alone], cands[i]) is not None and not _owner_in_term(alone, cands[i])]
            if len(told) == 1:      # (국회입법조사처: 국회 of "National Assembly Research Service", not "WTO")
                return told[0], where, "whose name shares a keyword with the note's term"
            return None
    return None


def _owner_in_term(term: CjkTerm, cand: Candidate) -> bool:
    """The term begins with the candidate's whole name and goes on: a body of it
    (外務省|外交史料館, the ministry's archives, is not "Ministry of Foreign Affairs")."""
    forms = [f.text for f in cand.forms if f.lang == "en"]
    return any((m := keyword_match(term.text[:k], f)) is not None and m.score >= ONE_TO_ONE_SCORE
               for k in range(2, len(term.text)) for f in forms)


def _coverage(term: CjkTerm, cand: Candidate) -> float:
    """The share of an English form's words the term's dictionary senses cover (the best form)."""
    return max((s.coverage for f in cand.forms if f.lang == "en" and (s := shared_senses(term.text, f.text))),
               default=0.0)


#: of several institutions of the citing clause, the one the note's term shares dictionary
#: senses with must have at least this share of its words covered (朝鮮総督府 covers all of
#: "Government-General of Korea")
_SENSES_COVERAGE = 0.5


def _senses_shared(term: CjkTerm, cand: Candidate) -> SharedSenses | None:
    """The dictionary senses the term shares with an English form of the candidate, when
    they say what the body is or does (`SharedSenses.specific`: 監査 "audit" of 감사원 and
    "Board of Audit and Inspection"), or name its place besides another of its words, the
    term's head among them (대전 "Daejeon" and 법원 "court" of "Daejeon District Court"; not
    名古屋大学出版会, the press, of "Nagoya University")."""
    best = None
    for f in cand.forms:
        if f.lang != "en":
            continue
        s = shared_senses(term.text, f.text)
        if s is None or s.head_inside:
            continue        # (the English names a body the term's is a part or an offshoot of: its press)
        if (s.specific or (s.places and s.ends and len({w for _, w in s.pieces} - s.countries) >= 2)) \
                and (best is None or s.coverage > best.coverage):
            best = s
    return best


def _most_senses(terms: list[CjkTerm], cand: Candidate) -> CjkTerm | None:
    """The only term the candidate shares dictionary senses with (`_senses_shared`)."""
    found = [t for t in terms if _senses_shared(t, cand) is not None]
    return found[0] if len(found) == 1 else None


#: an English name of one year's edition ("Diplomatic Bluebook 2024")
_EDITION_EN = regex.compile(r"\b(?:19|20)\d\d$")


def _series_of(title, terms):
    """The series a cited title is one edition of, when the note holds it as a term of its
    own: 外交青書 of 『外交青書2024』, 防衛白書 of 『令和6年版 防衛白書』 (the entry is the
    series; the year says which edition)."""
    from ..extract.cjk import JA_EDITION_YEAR, JA_NUMBERING

    text = title.text.replace(" ", "").replace("\u3000", "")
    series = JA_NUMBERING.sub("", JA_EDITION_YEAR.sub("", text))
    if series == text:
        return title
    return next((t for t in terms if t.kind != "title" and t.text == series), title)


def _contradicted(text: str, cand: Candidate) -> bool:
    """The keyword table reads the whole CJK term (정부 = government) and none of its
    concepts is in the English name: the table says they differ."""
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
    e_ids = {c.id for _, _, c, _ in _en_spans(tuple(en_tokens(english)))}
    return any(c.id in e_ids for _, _, c, _ in _cjk_spans(CJK_IGNORED.sub("", cjk)))


#: the body a name's head belongs to, after it: "... Committee of the National Assembly"
_OF_OWNER = regex.compile(r"\s+of\s+(?:the\s+)?(?P<o>[^,;]+)$")


def _owner_names(cands: list[Candidate], i: int, bodies: list[int]) -> tuple[str, ...]:
    """The English names of other bodies written inside candidate `i`'s names: the body it
    belongs to ("National Assembly" of "... Committee of the National Assembly"), another
    candidate of `bodies` or a state body of the table (data/state_institutions_cjk.tsv)."""
    own = [f.text for f in cands[i].forms if f.lang == "en"]
    found = {m.group("o") for o in own if (m := _OF_OWNER.search(o)) and text_key(m.group("o")) in _rows()}
    return tuple(found | {f.text for j in bodies if j != i for f in cands[j].forms
                          if f.lang == "en" and len(f.text) >= 4 and any(f.text in o and f.text != o for o in own)})


def _most_shared(terms: list[CjkTerm], cand: Candidate, owners: tuple[str, ...] = ()) -> CjkTerm | None:
    """The term sharing most keyword concepts with the candidate's English forms (covered
    characters), when it alone is best and shares at least one.  The name of the body it
    belongs to (`owners`) counts for nothing: 국회사무처 (the Assembly's secretariat) shares
    "National Assembly" with "... Committee of the National Assembly", but not the committee."""
    e_ids = set()
    for f in cand.forms:
        if f.lang == "en":
            text = f.text
            for o in owners:
                text = text.replace(o, " ")
            e_ids |= {c.id for _, _, c, _ in _en_spans(tuple(en_tokens(text)))}
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


#: the country a body of the citing sentence is placed in, named right after it ("the
#: National Security Office in Seoul", "the Joint Staff of Japan": a country, its
#: adjective or its capital, data/diplomatic_missions.tsv) or before it ("Japan's ...")
_PLACE_AFTER = regex.compile(r"[ \t]+(?:in|of)[ \t]+(?:the[ \t]+)?(?P<p>\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*){0,2})")
_OWNER_BEFORE = regex.compile(r"(?P<p>\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*)?)['’]s[ \t]+$")
#: the country a CJK body named without one belongs to, by its language (`terms.country_compatible`)


def counterparts_apart(pairs: list[Pair], term: CjkTerm, forms_of: dict[int, list[str]], occ,
                       cits: list[Citation | None]) -> list[Pair]:
    """Of the English candidates a CJK body ties with (`pairs`), not those the citing
    sentence places in another country than the term's language says: "the National
    Security Secretariat in Tokyo and the National Security Office in Seoul" share the
    keywords of 국가안보실, which is Korea's (a body written without its country is its
    language's).  Only when the sentence places one of them in the term's country."""
    own = _OWN_COUNTRY.get(term.lang)
    if own is None or _cjk_has_country(CJK_IGNORED.sub("", term.text)):
        return pairs
    where = {p.cand: _placed_country(forms_of.get(p.cand, ()), occ[p.cand], cits) for p in pairs}
    if own not in where.values() or all(c in (own, None) for c in where.values()):
        return pairs
    return [p for p in pairs if where[p.cand] in (own, None)]


def _placed_country(forms, occurrences, cits: list[Citation | None]) -> str | None:
    """The one country a candidate's English names or the citing sentences place it in."""
    found = {q[1] for f in forms if (q := _qualified(f))}
    for cit in cits:
        if cit is None:
            continue
        text = cit.body.paragraphs[cit.para].text
        for para, a, b in occurrences:
            if para != cit.para or a < cit.sentence[0] or b > cit.sentence[1] + 1:
                continue
            after, before = _PLACE_AFTER.match(text, b), _OWNER_BEFORE.search(text, max(0, a - 40), a)
            for m in (after, before):
                words = m.group("p").split() if m else []
                code = next((c for k in range(len(words), 0, -1) if (c := country_code(" ".join(words[:k])))), None)
                if code:
                    found.add(code)
    return found.pop() if len(found) == 1 else None


# A phrase quoted inside a CJK title: ‘한일중’, '7월 패키지', 「…」 inside 『…』.
TITLE_INNER_QUOTE = regex.compile(r"[‘'「〈《](?P<q>[^’'」〉》\n]+)[’'」〉》]")

# A quoted English phrase in the body: “July package”, "white list" (2 to 6 words).
EN_QUOTED = regex.compile(r"[“\"](?P<q>\p{L}[\p{L}\p{N}'’\- ]{1,60}?)[,.]?[”\"]")


def quoted_pairs(by_note, cits, cands, body: Body, aligned: set) -> tuple[list[Pair], list[Candidate]]:
    """A note title quoting exactly one term ('7월 패키지') cited by a sentence quoting exactly
    one English phrase (“July package”): the two quotations name the same thing.  The
    phrase's candidate takes the form; a phrase no candidate holds becomes one (numbered
    after `cands`).  Returns the pairs and the new candidates."""
    out: list[Pair] = []
    new: list[Candidate] = []
    aligned = set(aligned)
    for n, terms in sorted(by_note.items()):
        inner = {m.group("q").strip() for t in terms if t.kind == "title" for m in TITLE_INNER_QUOTE.finditer(t.text)}
        if not inner:
            continue
        quoted = [t for t in terms if t.kind in ("term", "statute") and t.title and t.text in inner]
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
            k = text_key(phrase)
            idx = next((i for i, c in enumerate(itertools.chain(cands, new)) if c.category is not Category.TITLE
                        and any(f.lang == "en" and text_key(f.text) == k for f in c.forms)), None)
            if idx is None:
                m = Mention(text=phrase, line=cit.marker.line, col=cit.marker.col, context=cit.sentence_text)
                new.append(Candidate(category=Category.OTHER, confidence=QUOTED_SCORE,
                                       forms=[Form(lang="en", text=phrase, role=Role.PREFERRED, origin="text",
                                                   confidence=QUOTED_SCORE,
                                                   evidence=f"quoted in the sentence citing footnote {n}")],
                                       mentions=[m]))
                idx = len(cands) + len(new) - 1
            aligned.add((term.footnote, term.text))
            out.append(Pair(idx, term, QUOTED_SCORE,
                            f"footnote {n}: quotation rule: {term.text} is the only term quoted in the title and "
                            f"“{phrase}” the only phrase quoted in the citing sentence"))
            break
    return out, new


def candidate_from_sentence(term: CjkTerm, note_terms: list[CjkTerm], note_cits: list[Citation], body: Body,
                            cands: list[Candidate]) -> Candidate | None:
    context = tuple(t.text.replace(term.text, " ") for t in note_terms if t.kind == "title" and t.text == term.title)
    for cit in note_cits:
        sent = cit.sentence_text
        para = body.paragraphs[cit.para]
        s0 = cit.sentence[0] + (len(para.text[cit.sentence[0]:cit.sentence[1]]) -
                                len(para.text[cit.sentence[0]:cit.sentence[1]].lstrip()))
        found = find_phrases(term.text, sent, context) or (
            list(gloss_phrases(term.text, sent)) if term.kind != "person" and len(term.text) >= 3 else [])
        if not found:
            continue
        # the cited clause first, then the best translation, then the longest phrase
        start, end, m = max(found, key=lambda x: (s0 + x[0] >= cit.clause[0] and s0 + x[1] <= cit.clause[1] + 1,
                                                  x[2].score, x[1] - x[0]))
        if isinstance(m, GlossMatch):
            if _dictionary_phrase_taken(phrase := sent[start:end], cands):
                continue
        elif all(_is_country_part(k) for k, _ in m.cjk_parts):
            continue
        phrase = sent[start:end]
        if PHRASE_BREAK.search(phrase):
            continue     # "white paper, Defense": two constituents, no one phrase
        if CUT_NAME.search(phrase) and NAME_GOES_ON.match(sent, end):
            continue     # "export controls on South" (Korea): the phrase ends inside a name
        line, col = para.position(s0 + start)
        where = "clause" if s0 + start >= cit.clause[0] and s0 + end <= cit.clause[1] + 1 else "sentence"
        score = m.score * (1.0 if where == "clause" else 0.95)
        if score < 0.75:
            continue
        # an existing candidate with this very form takes the term instead
        phrase_key = text_key(phrase)
        for c in cands:
            if any(f.lang == "en" and text_key(f.text) == phrase_key for f in c.forms):
                attach(c, term, score, f"footnote {term.footnote}: {term.text} = \"{phrase}\" by {_by(m)} {m.explain()}")
                return None
        if inside_longer_name(phrase, sent, cands):
            continue  # part of a longer name the extractor found (Act on … of X Information)
        cat = _CAT_BY_KIND.get(term.kind, Category.OTHER)
        cand = Candidate(category=cat, confidence=round(0.6 * score, 3),
                         forms=[Form(lang="en", text=phrase, origin="text", confidence=round(0.6 * score, 3),
                                     evidence=f"phrase of the sentence citing footnote {term.footnote}, "
                                              f"translating {term.text}")],
                         mentions=[Mention(text=phrase, line=line, col=col, context=cit.sentence_text)])
        attach(cand, term, score, f"footnote {term.footnote} title {quote(term.title)}: {term.text} = \"{phrase}\" "
                                   f"by {_by(m)} {m.explain()} (score {m.score:.2f}, in the citing {where})")
        return cand
    return None


#: punctuation between a lower-case word and a capitalised one (or the other way round)
#: inside a phrase: the phrase runs over two constituents ("its white paper, Defense of ...")
PHRASE_BREAK = regex.compile(r"(?<!\p{L})(?:\p{Ll}\p{L}*[”’\"']?\s*[,;:]\s*\p{Lu}|\p{Lu}\p{L}*[”’\"']?\s*[,;:]\s*\p{Ll})")


#: a phrase ending in a capitalised word ...
CUT_NAME = regex.compile(r"\p{Lu}\p{L}*$")
#: ... that the sentence's next word, capitalised too, continues
NAME_GOES_ON = regex.compile(r"[ \t]+\p{Lu}")


def _by(m) -> str:
    return "the dictionary's glosses" if isinstance(m, GlossMatch) else "keywords"


def _dictionary_phrase_taken(phrase: str, cands: list[Candidate]) -> bool:
    """A dictionary-gloss phrase names nothing new when a person's name is in it."""
    return any(c.category is Category.PERSON and any(f.lang == "en" and f.text in phrase for f in c.forms)
               for c in cands)


def inside_longer_name(phrase: str, sentence: str, cands: list[Candidate]) -> bool:
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
    k = k.rstrip("…")
    cs = vocab.cjk_index().get(k, [])
    return bool(cs) and all(c.country for c in cs)


#: "『題名』 (English title)": a cited title's translation in brackets right after it
TRANSLATED_TITLE = regex.compile(r"^[」』”\"’]?\s*[(（]\s*(?P<en>\p{Lu}[^()（）\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]{4,200}?)"
                                 r"\s*[)）]")
#: ... not publication details: "(Tokyo: Iwanami, 2001)", "(Seoul, 1998)", "(pp. 3-9)"
_PUBLICATION_DETAILS = regex.compile(r"^[\p{L} .]+:\s[^,]*,\s*(?:1[89]|20)\d\d|,\s*(?:1[89]|20)\d\d\b|"
                                     r"\b(?:pp?|vol|no|ed|eds|trans)\.", regex.I)
#: score of a title's translation given in brackets after it
TRANSLATED_SCORE = 0.85
#: a translation's words are English: this share of its lower-case content words are words
#: English uses at least so often (a romanisation's are not)
ENGLISH_SHARE = 0.6
ENGLISH_ZIPF = 3.0


def translated_title(line: str, term: CjkTerm) -> str | None:
    """The English translation the note writes in brackets right after a cited title
    ("沖縄の歴史(A History of Okinawa)"), or None: not publication details, not a
    romanisation of the title ("(Okinawa no rekishi)": most words no English word)."""
    return _translated_title(line, term.text, term.col)


@cached(maxsize=16384)
def _translated_title(line: str, text: str, col: int) -> str | None:
    start = col - 1 + len(text)
    if not (0 <= start <= len(line)) or line[col - 1:start] != text:
        return None
    m = TRANSLATED_TITLE.match(line[start:])
    if m is None or _PUBLICATION_DETAILS.search(m["en"]):
        return None
    words = regex.findall(r"\p{L}+", m["en"])
    # (function words and names do not tell English from a romanisation: "Okinawa no rekishi")
    content = [w for w in words if w.lower() not in STOPWORDS]
    content = [w for w in content if w[:1].islower()] or content     # (title case: all of them)
    if len(words) < 2 or not content or \
            sum(1 for w in content if zipf(w.lower()) >= ENGLISH_ZIPF) < ENGLISH_SHARE * len(content):
        return None
    return m["en"].strip()


def title_candidates(terms: list[CjkTerm], cits: dict[int, list[Citation]],
                     aligned: set[tuple[int, str]] = frozenset(), lines: tuple[str, ...] = ()) -> list[Candidate]:
    """One `title` entry per cited title no English candidate took (`aligned`); a title
    the note translates in brackets is a publication with that English name."""
    out: dict[str, Candidate] = {}
    for t in terms:
        if t.kind != "title" or (t.footnote, t.text) in aligned:
            continue
        english = translated_title(lines[t.line - 1], t) if 0 < t.line <= len(lines) else None
        if english is not None:
            out["en:" + text_key(english)] = _translated(t, english)
            continue
        k = t.lang + ":" + text_key(t.text)
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
        ev = f"title cited in footnote {t.footnote}" + (f" for: {short(clause)}" if clause else "")
        out[k] = Candidate(category=Category.TITLE, confidence=round(t.confidence, 3),
                           forms=[Form(lang=t.lang, text=t.text, origin=f"footnote:{t.footnote}",
                                       confidence=round(t.confidence, 3), evidence=ev)],
                           mentions=[m], note=clause)
    return list(out.values())


def _translated(t: CjkTerm, english: str) -> Candidate:
    """A publication: the title as cited and its translation the note gives in brackets."""
    m = Mention(text=t.text, line=t.line, col=t.col, context=t.text, footnote=t.footnote)
    ev = f"the note gives the title's English in brackets: {t.text} ({english})"
    return Candidate(category=Category.PUBLICATION, confidence=TRANSLATED_SCORE,
                     forms=[Form(lang="en", text=english, origin="text", confidence=TRANSLATED_SCORE, evidence=ev),
                            Form(lang=t.lang, text=t.text, origin=f"footnote:{t.footnote}",
                                 confidence=TRANSLATED_SCORE, evidence=ev)],
                     mentions=[m])
