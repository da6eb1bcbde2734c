"""Keyword evidence: how well a Japanese/Korean compound and an English term translate each other.

    keyword_match(cjk, english, context=()) -> KeywordMatch | None

Both sides are cut into concepts of the bilingual table in `vocab`.  A character of the
CJK term is covered when some table key spanning it names a concept the English term also
has; an English word is covered the same way.  The score is the geometric mean of the two
coverages, so a partial translation (日韓安全保障対話 vs "security dialogue") scores lower
than a full one, and a shared country name alone (日韓 vs "Japan-South Korea relations")
scores too low to count.

Forgiven gaps: a country pair the other side does not name at all (日韓次官戦略対話 vs
"vice-ministerial strategic dialogue"), a country the English names that the rest of the
title names (`context`: 日韓安保トップが初の経済安保協議 vs "Japan-South Korea Economic
Security Dialogue" for 経済安保協議), generic heads (issue, camps) and a title cut short
(安全保障協 -> 協力/協議: the last characters are the start of a table key).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from . import vocab
from .caching import cached
from .vocab import Concept

# English word tokens: letters and digits; hyphens, slashes, dots and apostrophes split words
# ("Japan-ROK" -> japan rok, "U.S." -> u s, "Korea's" -> korea s).
EN_WORD = regex.compile(r"[\p{L}\p{N}]+")

# Characters ignored inside a CJK term when matching (spaces, middle dots, quotes).
CJK_IGNORED = regex.compile(r"[\s·・ㆍ‘’“”'\"「」『』]")

# A hiragana character inside a CJK term: particles and connectives of a title used as a
# term (海上保安能力強化に関する方針), which carry no content of their own.
HIRAGANA = regex.compile(r"\p{Hiragana}")

#: weight of a light concept or word left unmatched
LIGHT = 0.3
#: minimum coverage of each side
MIN_COVERAGE = 0.6

# A formal law title ends in 法律/법률 (…に関する法律, …에 관한 법률); at least this long it
# is a clause, not a compound, and only half its characters need a match
FORMAL_LAW = regex.compile(r"(?:法律|법률)$")
FORMAL_LAW_MIN_LEN = 12
FORMAL_LAW_MIN_COVERAGE = 0.5


@dataclass(frozen=True)
class KeywordMatch:
    score: float
    cjk_parts: tuple[tuple[str, str], ...]   # (CJK key, English rendering) matched
    cjk_coverage: float
    en_coverage: float

    def explain(self) -> str:
        return " + ".join(f"{k}={e}" for k, e in self.cjk_parts)


def en_tokens(text: str) -> list[str]:
    return [w.casefold() for w in EN_WORD.findall(text.replace("’", "'"))]


@cached(maxsize=8192)
def _cjk_spans(text: str) -> tuple[tuple[int, int, Concept, str], ...]:
    """Every table key inside `text`: (start, end, concept, key).  Single-character keys only
    when they are the whole text (日 inside 毎日 is not Japan) or a head at its end
    (`vocab.SUFFIX_KEYS`: 法, 省, 부)."""
    idx = vocab.cjk_index()
    out = []
    n = len(text)
    for i in range(n):
        for j in range(i + 1, min(n, i + vocab.max_cjk_key()) + 1):
            key = text[i:j]
            if len(key) == 1 and n > 1 and not (j == n and key in vocab.SUFFIX_KEYS):
                continue
            for c in idx.get(key, ()):
                out.append((i, j, c, key))
    return tuple(out)


def _truncated_tail(text: str, covered: list[bool]) -> list[tuple[int, int, Concept, str]]:
    """A cut-off title: the uncovered last characters start a longer key (安全保障協 -> 協力)."""
    n = len(text)
    start = n
    while start > 0 and not covered[start - 1]:
        start -= 1
    tail = text[start:]
    if not tail or len(tail) > 2 or start == 0:
        return []
    glosses = _dictionary_glosses(text) if len(tail) == 1 else ""
    out = []
    for key, concepts in vocab.cjk_longer_keys().get(tail, ()):
        for c in concepts:
            if glosses and not any(w in glosses for e in c.en for w in e.split()):
                continue    # 日本国 is a word of its own ("Japan"), not 日本 and a cut-off 国会 "national diet"
            out.append((start, n, c, key))   # (参院選 "House of Councillors election": 選 is 選挙)
    return out


@cached(maxsize=4096)
def _dictionary_glosses(text: str) -> str:
    """The glosses, in lower case, of JMdict's entries written exactly `text` ("" when it is
    no headword: a cut title)."""
    from ..text import jmdict

    if not jmdict.available():
        return ""
    return " ".join(g.casefold() for e in jmdict.entries_for_ja(text) if e.source == "jmdict" and e.headword == text
                    for g in e.glosses)


@cached(maxsize=16384)
def _en_spans(words: tuple[str, ...]) -> tuple[tuple[int, int, Concept, str], ...]:
    idx = vocab.en_index()
    out = []
    n = len(words)
    for i in range(n):
        for j in range(i + 1, min(n, i + vocab.max_en_key()) + 1):
            t = tuple(words[i:j])
            if len(t) == 1 and len(t[0]) == 1:
                continue  # "u" of "U.S." only counts inside "u s"
            for c in idx.get(t, ()):
                out.append((i, j, c, " ".join(t)))
    return tuple(out)


@cached(maxsize=65536)
def en_has_concepts(english: str) -> bool:
    """Does the English text name any concept of the table?  keyword_match(x, english)
    is None for every x when it does not."""
    words = tuple(en_tokens(english))
    return bool(words) and bool(_en_spans(words))


@cached(maxsize=65536)
def keyword_match(cjk: str, english: str, context: tuple[str, ...] = ()) -> KeywordMatch | None:
    """Score the CJK term against the English term (None when the evidence is too weak).

    `context`: other CJK text of the same title (its concepts forgive English country
    words the term itself leaves out).
    """
    text = CJK_IGNORED.sub("", cjk)
    words = tuple(en_tokens(english))
    if not text or not words:
        return None
    cspans = _cjk_spans(text)
    espans = _en_spans(words)
    e_ids = {c.id for _, _, c, _ in espans}
    c_ids = {c.id for _, _, c, _ in cspans}
    if not e_ids or (not (e_ids & c_ids) and len(text) > 3):
        return None  # nothing in common (a cut-off tail alone is too little for a long term)

    covered = [False] * len(text)
    parts: dict[str, str] = {}
    matched_ids: set[str] = set()
    for i, j, c, key in cspans:
        if c.id in e_ids:
            for k in range(i, j):
                covered[k] = True
            matched_ids.add(c.id)
            parts.setdefault(key, _en_render(c, espans))
    partial = [False] * len(text)
    for i, j, c, key in _truncated_tail(text, covered):
        if c.id in e_ids:
            for k in range(i, j):
                partial[k] = True
            matched_ids.add(c.id)
            parts.setdefault(text[i:j] + "…", _en_render(c, espans))
            c_ids.add(c.id)
    if not matched_ids:
        return None

    en_has_country = any(c.country for _, _, c, _ in espans)
    cjk_has_country = any(c.country for _, _, c, _ in cspans)
    ctx_ids = set()
    for t in context:
        ctx_ids |= {c.id for _, _, c, _ in _cjk_spans(CJK_IGNORED.sub("", t))}

    # CJK side coverage, by characters
    c_total = c_hit = 0.0
    # the concepts of the spans over each character (each word below), in span order
    c_at: list[list] = [[] for _ in text]
    for i, j, c, _ in cspans:
        for k in range(i, j):
            c_at[k].append(c)
    for k, ch in enumerate(text):
        span_concepts = c_at[k]
        if not span_concepts and not covered[k] and not partial[k] and HIRAGANA.match(ch):
            continue  # a particle or connective (の, に関する, における): no content
        if covered[k]:
            w = 1.0
            c_hit += w
        elif partial[k]:
            w = 1.0
            c_hit += 0.5
        elif span_concepts and all(c.light for c in span_concepts):
            w = LIGHT
        elif span_concepts and all(c.country for c in span_concepts) and not en_has_country:
            w = LIGHT
        else:
            w = 1.0
        c_total += w

    # English side coverage, by words
    e_total = e_hit = 0.0
    e_at: list[list] = [[] for _ in words]
    for i, j, c, _ in espans:
        for k in range(i, j):
            e_at[k].append(c)
    for k, w_ in enumerate(words):
        span_concepts = e_at[k]
        if any(c.id in c_ids for c in span_concepts):
            e_total += 1
            e_hit += 1 if any(c.id in matched_ids for c in span_concepts) else 0.5
            continue
        if w_ in vocab.EN_FUNCTION_WORDS:
            continue
        if span_concepts and all(c.light for c in span_concepts):
            e_total += LIGHT
        elif span_concepts and any(c.id in ctx_ids and c.country for c in span_concepts):
            e_total += LIGHT  # a country named elsewhere in the title
        elif span_concepts and all(c.country for c in span_concepts) and not cjk_has_country and not ctx_ids:
            e_total += LIGHT
        elif w_ in vocab.EN_LIGHT_WORDS:
            e_total += LIGHT
        else:
            e_total += 1
    if c_total == 0 or e_total == 0:
        return None
    c_cov, e_cov = c_hit / c_total, e_hit / e_total
    min_c = MIN_COVERAGE
    if FORMAL_LAW.search(text) and len(text) >= FORMAL_LAW_MIN_LEN and e_cov >= 0.99 and "law" in matched_ids:
        # a formal law title (…の確保の推進に関する法律) spells out what its short English name
        # ("Economic Security Promotion Act") abbreviates: every English word must be matched,
        # the title's clause words (施策, 一体的, 確保) may stay uncovered
        min_c = FORMAL_LAW_MIN_COVERAGE
    if c_cov < min_c or e_cov < MIN_COVERAGE:
        return None
    # a match made of country names only must be complete on both sides (日本 = Japan)
    if all(_concept(cid).country for cid in matched_ids) and (c_cov < 0.99 or e_cov < 0.99):
        return None
    score = (c_cov * e_cov) ** 0.5
    return KeywordMatch(round(score, 3), tuple(parts.items()), round(c_cov, 3), round(e_cov, 3))


def _en_render(c: Concept, espans) -> str:
    for _, _, c2, text in espans:
        if c2.id == c.id:
            return text
    return c.en[0]


def _concept(cid: str) -> Concept:
    for c in vocab.ROWS:
        if c.id == cid:
            return c
    raise KeyError(cid)


@cached(maxsize=16384)
def _match_ids_superset(text: str) -> frozenset[str]:
    """Every concept `keyword_match` can find `text` (CJK_IGNORED removed) sharing: those of
    its own keys and those of the longer keys its last one or two characters start."""
    ids = {c.id for _, _, c, _ in _cjk_spans(text)} if text else set()
    for k in (1, 2):
        if len(text) > k:
            for _, concepts in vocab.cjk_longer_keys().get(text[-k:], ()):
                ids.update(c.id for c in concepts)
    return frozenset(ids)


def find_phrases(cjk: str, text: str, context: tuple[str, ...] = (), min_words: int = 2) -> list[tuple[int, int, KeywordMatch]]:
    """English phrases in `text` that translate the CJK term fully: (start, end, match).

    Used to propose an English term the extractor missed (the clause cites 強制徴用 and says
    "forced labor issue").  Only phrases of at least `min_words` content words whose every
    word is covered, and CJK terms covered at least 0.8.
    """
    # nothing to find, whatever the text (see _find_phrases): every phrase word must be
    # covered by a concept of `_match_ids_superset`, and a term of more than three
    # characters must share a concept of its own spans
    stripped = CJK_IGNORED.sub("", cjk)
    if not stripped or not _match_ids_superset(stripped) or (
            len(stripped) > 3 and not _cjk_spans(stripped)):
        return []
    return list(_find_phrases(cjk, text, context, min_words))


@cached(maxsize=4096)
def _find_phrases(cjk: str, text: str, context: tuple[str, ...], min_words: int) -> tuple[tuple[int, int, KeywordMatch], ...]:
    out = []
    toks = [(m.group(0), m.start(), m.end()) for m in EN_WORD.finditer(text.replace("’", "'"))]
    n = len(toks)
    function_words = vocab.EN_FUNCTION_WORDS
    folded = [t[0].casefold() for t in toks]
    is_function = [w in function_words for w in folded]
    # content words before token k: content[j] - content[i] content words in toks[i:j]
    content = [0]
    for f in is_function:
        content.append(content[-1] + (0 if f else 1))
    # keyword_match finds nothing for a phrase naming no concept, nor (for a term of more
    # than three characters) for one sharing none with the term: the concepts of the
    # phrase toks[i:j] are those of the sentence's spans inside it
    #
    # keyword_match's English coverage counts a word 1 (at most) when a span over it names
    # a concept of the term (or of a key a cut-off tail starts: `super_ids`), and every
    # other content word at least LIGHT: a phrase whose words cannot reach the coverage
    # asked below is not scored
    stripped = CJK_IGNORED.sub("", cjk)
    c_ids = {c.id for _, _, c, _ in _cjk_spans(stripped)} if stripped else set()
    super_ids = _match_ids_superset(stripped)
    need_shared = len(stripped) > 3
    spans_ending: list[list[tuple[int, str]]] = [[] for _ in range(n + 1)]
    for a, b, c, _ in _en_spans(tuple(folded)):
        spans_ending[b].append((a, c.id))
    light_words = vocab.EN_LIGHT_WORDS
    for i in range(n):
        if is_function[i]:
            continue  # the phrase would start with a function word
        any_concept = shared = False
        covered = [False] * (min(n, i + 7) - i)
        for j in range(i + 1, min(n, i + 7) + 1):
            for a, cid in spans_ending[j]:
                if a >= i:
                    any_concept = True
                    if cid in c_ids:
                        shared = True
                    if cid in super_ids:
                        for k in range(a - i, j - i):
                            covered[k] = True
            if is_function[j - 1] or content[j] - content[i] < min_words:
                continue
            if not stripped or not any_concept or (need_shared and not shared):
                continue
            hit = uncovered = 0
            for k in range(j - i):
                if covered[k]:
                    hit += 1
                elif not is_function[i + k]:
                    uncovered += 1
            if uncovered:
                bound = hit / (hit + LIGHT * uncovered) + 0.001  # en_coverage is rounded to 3 places
                if bound < 0.85 or (bound < 0.99 and folded[j - 1] not in light_words):
                    continue
            phrase = text[toks[i][1]:toks[j - 1][2]]
            m = keyword_match(cjk, phrase, context)
            # every word covered, or only a light head left over ("forced labor issue")
            if m and m.en_coverage >= 0.85 and m.cjk_coverage >= 0.8 and (
                    m.en_coverage >= 0.99 or folded[j - 1] in vocab.EN_LIGHT_WORDS):
                out.append((toks[i][1], toks[j - 1][2], m))
    # keep the longest non-overlapping phrases
    out.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    kept: list[tuple[int, int, KeywordMatch]] = []
    for s, e, m in out:
        if all(e <= s2 or s >= e2 for s2, e2, _ in kept):
            kept.append((s, e, m))
    return tuple(sorted(kept, key=lambda x: x[0]))
