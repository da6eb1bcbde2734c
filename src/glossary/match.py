"""Find every known term in a text: one Aho-Corasick automaton over all the termbase's keys.

    from glossary import Glossary
    with Glossary.open("terms/glossary.db") as g:
        for m in g.find_terms("山田首相は洪吉童大統領と会談した。"):
            print(m.start, m.end, m.text, m.entry_id, m.lang)

How it works
------------
1. The text is normalised the way `glossary.text.normalize.key()` normalises terms
   (NFKC: full-width digits and letters, half-width katakana; casefold; composed Hangul
   so NFD text from macOS matches; one form of each dash, quote and middle dot; a run of
   white space becomes one space).  NFKC and casefold change lengths (``ß`` -> ``ss``,
   ``ｶﾞ`` -> ``ガ``, NFD ``ᄋ ᅲ ᆫ`` -> ``윤``), so `Normalized` keeps a map from each
   normalised position back to the original offsets; spans are reported in the
   ORIGINAL text.
2. One automaton (pyahocorasick) holds every distinct key (keys that start with a word
   character are stored folded, see `Matcher._hits`, and found in a second pass).  It was
   measured against the `regex` module's named lists (``\\L<terms>``) in
   bench/bench_qa.py: on 10,000 keys a raw scan of 1M characters takes ~0.07 s with
   pyahocorasick and ~50 s with the named list (which tries the list at every position,
   at a cost that grows with the list); at 200,000 keys the named list's compile alone
   takes ~40 s.  The automaton builds in <1 s and scans 1 MB in ~0.4 s with every rule
   below applied, and finds exactly what a `re` trie alternation of the same keys
   (longest first, boundaries as lookarounds) finds, ~18x faster.
3. Every raw hit is checked against the boundary rules below; among the hits that pass,
   the leftmost-longest non-overlapping ones are kept (what a regex alternation of the
   terms ordered longest-first would find).

Boundary rules (decided on the characters at the term's edges, not its language)
-------------------------------------------------------------------------------
- A term that starts (ends) with a *word character* -- a letter or digit of an alphabetic
  script, or ``_`` (``str.isalnum()``, but not Han, kana or Hangul) -- needs a non-word
  character or the text's edge before (after) it: ``US`` is not found in ``USE``,
  ``Kim`` not in ``Kimchi``, ``G7`` not in ``G70``.  ``Kim씨`` and ``G7サミット`` match.
- Japanese (Han, kana): no boundary.  Japanese has no spaces; ``日韓関係`` is found in
  ``日韓関係の改善``, and a longer term of the termbase wins over a shorter one.
- A term that starts with a Hangul syllable needs a non-Hangul character (or the edge)
  before it: ``한일`` is not found in ``대한일보``.
- A term that ends with a Hangul syllable may be followed by non-Hangul, or by a run of
  Hangul made ONLY of particles and copula endings (`KOREAN_ENDINGS`, up to three of
  them: ``에서+는``, ``과+의``, ``이+다``) followed by non-Hangul.  So ``야마다는``,
  ``홍길동의``, ``한일관계를``, ``홍길동 대통령과의`` match, while ``한일`` is NOT found in
  ``한일관계를`` (``관계를`` is not an ending: it is another word glued on) -- unless
  `hangul_compounds=True` asks for prefix matches (what `check` uses to test whether a
  term is present at all).

Nothing here imports pyahocorasick at module load: `import glossary` stays light.
"""
from __future__ import annotations

import re
import unicodedata
import weakref
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from .model import Entry, Status, Term
from .text.lexicon import ordered
from .text.normalize import (EMOJI_CLASS, KEY_INVISIBLE, MAX_KEY_CHARS, WHITESPACE_RUN,  # what key() uses
                             ZERO_WIDTH, key_chars)

# --------------------------------------------------------------------------------------
# Character classes
# --------------------------------------------------------------------------------------

# Code points of CJK scripts: Hangul jamo, CJK radicals/symbols and kana, Hangul
# compatibility jamo, katakana extensions, CJK ideographs (+ extension A), compatibility
# ideographs, half-width katakana/Hangul, Hangul syllables and extended jamo, and the
# supplementary ideograph planes.  These are never "word characters" for the boundary
# rule (Japanese and Korean do not separate words with spaces).
CJK_RANGES = ("\u1100-\u11ff\u2e80-\u2fdf\u3005-\u3007\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff"
              "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uffdc\ua960-\ua97f\uac00-\ud7ff"
              "\U00020000-\U0003134f")
# A word character for the English boundary rule: \w (letters, digits, _) minus CJK.
WORD_CHAR = re.compile(rf"[^\W{CJK_RANGES}]")
# A precomposed Hangul syllable (the text is normalised, so Hangul is composed).
HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")
# The run of Hangul syllables that follows a Korean term.
HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")

#: Particles (josa), copula and a few bound endings that may follow a Korean noun in the
#: same eojeol.  Deliberately NOT here: nouns and suffixes that make another word
#: (관계, 정부, 측, 대통령...), so `한일` does not match inside `한일관계`.
KOREAN_ENDINGS: tuple[str, ...] = ordered("ko_noun_endings", list="ending")
# The Hangul run after a term: one to three endings and nothing else (fullmatch).
KOREAN_ENDING_RUN = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, KOREAN_ENDINGS), key=len, reverse=True)) + "){1,3}")


class _CharClass(dict):
    """A memo of a per-character predicate (the few thousand distinct characters of a
    text are classified once; lookups are a dict access)."""

    def __init__(self, pattern: re.Pattern[str]):
        super().__init__()
        self.pattern = pattern

    def __missing__(self, ch: str) -> bool:
        value = self[ch] = self.pattern.match(ch) is not None
        return value


_IS_WORD = _CharClass(WORD_CHAR)
_IS_HANGUL = _CharClass(HANGUL_SYLLABLE)

#: stands for "any non-word character" in the folded text the automaton scans for keys
#: that start with a word character (a C0 control: never in a term, see api.clean_text)
BOUNDARY = "\x01"


class _FoldTable(dict):
    """str.translate table: word characters stay, every other character -> BOUNDARY."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = self[code] = ch if _IS_WORD[ch] else BOUNDARY
        return value


_FOLD = _FoldTable()

# Boundary flags of a key (from its first and last character).
START_WORD, START_HANGUL, END_WORD, END_HANGUL = 1, 2, 4, 8


def boundary_flags(k: str) -> int:
    flags = 0
    if _IS_WORD[k[0]]:
        flags |= START_WORD
    elif _IS_HANGUL[k[0]]:
        flags |= START_HANGUL
    if _IS_WORD[k[-1]]:
        flags |= END_WORD
    elif _IS_HANGUL[k[-1]]:
        flags |= END_HANGUL
    return flags


# --------------------------------------------------------------------------------------
# Normalisation with a map back to the original text
# --------------------------------------------------------------------------------------

# Per character: how it normalises alone.  kind 0 = one character (1:1), 1 = white space
# (a run becomes one space), 2 = irregular (changes length, or joins the character
# before it: combining marks, Hangul medial/final jamo, the half-width voicing marks).
_REGULAR, _SPACE, _IRREGULAR, _INVISIBLE = 0, 1, 2, 3
_CHAR_INFO: dict[str, tuple[str, int, bool]] = {}


def _cluster_key(s: str) -> str:
    """key() of a piece of text, without the white-space collapsing and trimming."""
    return unicodedata.normalize("NFC", WHITESPACE_RUN.sub(" ", key_chars(s)))


def _char_info(ch: str) -> tuple[str, int, bool]:
    """(normalised form, kind, joins the previous character)."""
    info = _CHAR_INFO.get(ch)
    if info is None:
        if WHITESPACE_RUN.fullmatch(ch):
            info = (" ", _SPACE, False)
        elif ZERO_WIDTH.fullmatch(ch):   # removed by key(): "Yama<ZWSP>da" is "Yamada"
            info = ("", _INVISIBLE, False)
        else:
            nk = unicodedata.normalize("NFKC", ch)
            joins = bool(nk) and (unicodedata.combining(nk[0]) != 0 or "\u1160" <= nk[0] <= "\u11ff")
            out = _cluster_key(ch)
            info = (out, _IRREGULAR if joins or len(out) != 1 else _REGULAR, joins)
        _CHAR_INFO[ch] = info
    return info


@dataclass(frozen=True)
class Normalized:
    """A text normalised for matching, with the map back to the original.

    The map is a list of segments: a 1:1 stretch (`olen` == -1: normalised position
    n maps to `ostart + n - nstart`) or a cluster of `olen` original characters that
    became the normalised characters from `nstart` to the next segment.
    """

    original: str
    text: str
    nstarts: tuple[int, ...]
    ostarts: tuple[int, ...]
    olens: tuple[int, ...]

    def orig_start(self, n: int) -> int:
        """Original offset of the character at normalised position n."""
        i = bisect_right(self.nstarts, n) - 1
        if i < 0:
            return n
        if self.olens[i] < 0:
            return self.ostarts[i] + n - self.nstarts[i]
        return self.ostarts[i]

    def orig_end(self, n_end: int) -> int:
        """Original offset just after the character at normalised position n_end - 1."""
        if n_end <= 0:
            return 0
        i = bisect_right(self.nstarts, n_end - 1) - 1
        if i < 0:
            return n_end
        if self.olens[i] < 0:
            return self.ostarts[i] + n_end - self.nstarts[i]
        return self.ostarts[i] + self.olens[i]

    def span(self, n_start: int, n_end: int) -> tuple[int, int]:
        return self.orig_start(n_start), self.orig_end(n_end)


_KEY_INVISIBLE_CLASS = "".join(re.escape(chr(c)) for c in KEY_INVISIBLE)


def normalize(text: str) -> Normalized:
    """`text` normalised as `key()` normalises terms, with a map back to `text`.

    Fast path: when every character normalises to exactly one character (ASCII, kanji,
    kana, composed Hangul, full-width digits and letters, half-width katakana without
    voicing marks) and white space comes one character at a time, the result is one
    `str.translate` and the map is the identity.
    """
    table: dict[int, str] = {}
    special: list[str] = []
    joiners: list[str] = []
    spaces: list[str] = []
    invisible: list[str] = []
    for ch in set(text):
        out, kind, joins = _char_info(ch)
        if kind == _REGULAR:
            if out != ch:
                table[ord(ch)] = out
        elif kind == _SPACE:
            spaces.append(ch)
            if ch != " ":
                table[ord(ch)] = " "
        elif kind == _INVISIBLE:
            invisible.append(ch)
        elif joins:
            joiners.append(ch)
        else:
            special.append(ch)
    alternatives: list[str] = []
    if "\u200d" in invisible:
        # an emoji ZWJ sequence is one cluster: key() keeps a joiner between two emoji
        # (other invisible characters around the joiner are dropped first)
        alternatives.append(f"[{EMOJI_CLASS}](?:[{_KEY_INVISIBLE_CLASS}]*\u200d[{_KEY_INVISIBLE_CLASS}]*[{EMOJI_CLASS}])+")
    if joiners:
        cls = "".join(map(re.escape, joiners))
        inv = "".join(map(re.escape, invisible))
        # a character followed by the marks/jamo that compose with it (invisible
        # characters in between are dropped by key() before it composes), or stray marks
        if inv:
            alternatives.append(rf"(?s:.)[{inv}]*[{cls}][{cls}{inv}]*|[{cls}]+")
        else:
            alternatives.append(rf"(?s:.)[{cls}]+|[{cls}]+")
    if special:
        alternatives.append("[" + "".join(map(re.escape, special)) + "]")
    if spaces or invisible:
        # a run of white space (and invisible characters) becomes one space; invisible
        # characters alone disappear
        run = "".join(map(re.escape, spaces + invisible))
        alternatives.append(f"[{run}]{{2,}}" + ("|[" + "".join(map(re.escape, invisible)) + "]" if invisible else ""))
    if not alternatives:
        return Normalized(text, text.translate(table) if table else text, (0,), (0,), (-1,))
    finder = re.compile("|".join(alternatives))
    parts: list[str] = []
    nstarts: list[int] = []
    ostarts: list[int] = []
    olens: list[int] = []
    n = 0   # position in the normalised text
    o = 0   # position in the original text
    for m in finder.finditer(text):
        a, b = m.span()
        if a > o:   # a 1:1 stretch
            piece = text[o:a]
            nstarts.append(n), ostarts.append(o), olens.append(-1)
            parts.append(piece.translate(table) if table else piece)
            n += a - o
        cluster = m.group()
        if WHITESPACE_RUN.search(cluster) and not WHITESPACE_RUN.sub("", ZERO_WIDTH.sub("", cluster)):
            out = " "   # a run of white space (with invisible characters in it)
        else:
            out = _cluster_key(cluster)
        if out:
            nstarts.append(n), ostarts.append(a), olens.append(b - a)
            parts.append(out)
            n += len(out)
        o = b
    if o < len(text):
        nstarts.append(n), ostarts.append(o), olens.append(-1)
        piece = text[o:]
        parts.append(piece.translate(table) if table else piece)
    if not nstarts:
        nstarts, ostarts, olens = [0], [0], [-1]
    return Normalized(text, "".join(parts), tuple(nstarts), tuple(ostarts), tuple(olens))


# --------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TermRef:
    """One term of the termbase as the automaton knows it (its position in the entry)."""

    entry_id: str
    pos: int
    lang: str


@dataclass(frozen=True)
class KeyMatch:
    """A key found in a text.  `start`/`end` are offsets in the ORIGINAL text and
    `text` is the original text there; `refs` are the terms with that key."""

    start: int
    end: int
    text: str
    key: str
    refs: tuple[TermRef, ...]


@dataclass(frozen=True)
class TermMatch:
    """A termbase term found in a text (what `Glossary.find_terms` returns).

    `start`/`end`: offsets in the original text (text[start:end] == `text`);
    `entry_id`, `term`, `lang`: the entry and the term that matched (when several
    entries share the key, the others are in `also`)."""

    start: int
    end: int
    text: str
    entry_id: str
    term: Term
    lang: str
    also: tuple[str, ...] = field(default=())

    @property
    def suggested(self) -> bool:
        """The term found is a suggestion (found only when suggestions were asked for)."""
        return self.term.status is Status.SUGGESTED

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "entry_id": self.entry_id,
                "term": self.term.text, "lang": self.lang, "role": self.term.role.value,
                "status": self.term.status.value, "suggestion": self.suggested, "also": list(self.also)}


def _lang_bit(langs: dict[str, int], lang: str) -> int:
    if lang not in langs:
        langs[lang] = 1 << len(langs)
    return langs[lang]


class Matcher:
    """One automaton over a set of keys (the normalised forms of terms).

    Build it from `(key, lang, entry_id, pos)` rows (`Store.all_keys()`); `find()` is
    leftmost-longest and non-overlapping, `find_all()` every hit that passes the
    boundary rules (overlapping).
    """

    def __init__(self, rows: Iterable[tuple[str, str, str, int]], *, langs: Iterable[str] | None = None):
        """`langs`: keep only the terms of these languages (None: all)."""
        import ahocorasick  # lazily: keep `import glossary` light

        self.langs = frozenset(langs) if langs is not None else None

        # Hundreds of thousands of small objects, none of them cyclic: a bulk front end
        # pauses the cyclic collector around this (cli/collector.py), 3x faster.
        refs: dict[str, list[tuple[str, int, str]]] = {}
        only = self.langs
        for k, lang, entry_id, pos in rows:
            # (a key longer than any term the facade takes was stored by other means:
            # skipped, the automaton must stay bounded)
            if k and len(k) <= MAX_KEY_CHARS and (only is None or lang in only):
                refs.setdefault(k, []).append((entry_id, pos, lang))
        self._langs: dict[str, int] = {}
        self.keys: list[str] = list(refs)
        self._refs: list[list[tuple[str, int, str]]] = list(refs.values())
        self._ref_cache: dict[int, tuple[TermRef, ...]] = {}
        automaton = ahocorasick.Automaton()
        lang_bit = self._langs.get
        is_word = _IS_WORD
        by_folded: dict[str, list[tuple[int, int, int, int, bool]]] = {}
        for kid, k in enumerate(self.keys):
            mask = 0
            for _, _, lang in self._refs[kid]:
                mask |= lang_bit(lang) or _lang_bit(self._langs, lang)
            if is_word[k[0]]:
                # stored as BOUNDARY + the key with non-word characters folded
                # (+ BOUNDARY when it ends with a word character): found only where
                # a word starts (and ends) in the folded text (see _hits)
                tail = 1 if is_word[k[-1]] else 0
                body = k.translate(_FOLD)
                by_folded.setdefault(BOUNDARY + body + BOUNDARY * tail, []).append(
                    (kid, len(k), tail, mask, body == k))
            else:
                automaton.add_word(k, (kid, len(k), boundary_flags(k), mask))
        for folded, values in by_folded.items():
            automaton.add_word(folded, values)
        if self.keys:
            automaton.make_automaton()
        self._automaton = automaton

    def refs(self, kid: int) -> tuple[TermRef, ...]:
        """The terms whose key is `self.keys[kid]` (made on first use, then kept)."""
        refs = self._ref_cache.get(kid)
        if refs is None:
            refs = self._ref_cache[kid] = tuple(TermRef(*r) for r in self._refs[kid])
        return refs

    def __len__(self) -> int:
        return len(self.keys)

    # -- scanning ------------------------------------------------------------------
    def _hits(self, norm: str, lang: str | None, hangul_compounds: bool) -> list[tuple[int, int, int]]:
        """(start, -length, key id) of every hit that passes the boundary rules."""
        if not self.keys or not norm:
            return []
        want = 0
        if lang is not None:
            want = self._langs.get(lang, 0)
            if not want:
                return []
        is_word, is_hangul = _IS_WORD, _IS_HANGUL
        endings = KOREAN_ENDING_RUN.fullmatch
        hangul_run = HANGUL_RUN.match
        keys = self.keys
        last = len(norm)
        out = []
        append = out.append
        # Pass 1, keys that start with a word character: scan the text with every
        # non-word character folded to BOUNDARY (1:1, so positions do not move) and a
        # BOUNDARY at each end.  Such a key is stored as BOUNDARY + folded key (+ BOUNDARY
        # if it ends with a word character), so the automaton only reports it where a
        # word starts (and ends): `us` is never even reported inside `because`, and no
        # boundary test is left to do here.  A key with non-word characters inside is
        # compared with the text, since folding merged them.
        folded = BOUNDARY + norm.translate(_FOLD) + BOUNDARY
        for end, values in self._automaton.iter(folded):
            if values.__class__ is not list:
                continue
            for kid, n, tail, mask, exact in values:
                if want and not mask & want:
                    continue
                e = end - tail      # folded[i] is norm[i - 1]
                s = e - n
                if not exact and norm[s:e] != keys[kid]:
                    continue
                append((s, -n, kid))
        # Pass 2, every other key (CJK, Hangul, punctuation first) on the text as is.
        # (A zero-width joiner is left in the text only inside an emoji ZWJ sequence: a
        # key that starts or ends at one would split that emoji.)
        zwj = "\u200d" in norm
        for end, values in self._automaton.iter(norm):
            if values.__class__ is list:
                continue
            kid, n, flags, mask = values
            if want and not mask & want:
                continue
            s = end - n + 1
            e = end + 1
            if zwj and (s and norm[s - 1] == "\u200d" or e < last and norm[e] == "\u200d"):
                continue
            if flags:
                if s and flags & START_HANGUL and is_hangul[norm[s - 1]]:
                    continue
                if e < last:
                    if flags & END_WORD:
                        if is_word[norm[e]]:
                            continue
                    elif flags & END_HANGUL and not hangul_compounds and is_hangul[norm[e]]:
                        if endings(hangul_run(norm, e).group()) is None:
                            continue
            append((s, -n, kid))
        return out

    def find_normalized(self, norm: Normalized, *, lang: str | None = None,
                        overlapping: bool = False, hangul_compounds: bool = False) -> list[KeyMatch]:
        return self._find(norm, lang, overlapping, hangul_compounds)

    def _find(self, norm: Normalized, lang: str | None, overlapping: bool,
              hangul_compounds: bool) -> list[KeyMatch]:
        hits = self._hits(norm.text, lang, hangul_compounds)
        hits.sort()
        original = norm.original
        result = []
        last_end = 0
        for s, negn, kid in hits:
            if not overlapping:
                if s < last_end:
                    continue
                last_end = s - negn
            a, b = norm.span(s, s - negn)
            refs = self.refs(kid)
            if lang is not None:
                refs = tuple(r for r in refs if r.lang == lang)
            result.append(KeyMatch(a, b, original[a:b], self.keys[kid], refs))
        return result

    def find(self, text: str, *, lang: str | None = None) -> list[KeyMatch]:
        """Leftmost-longest, non-overlapping matches of the keys (of `lang`'s terms)."""
        return self.find_normalized(normalize(text), lang=lang)

    def find_all(self, text: str, *, lang: str | None = None, hangul_compounds: bool = False) -> list[KeyMatch]:
        """Every match that passes the boundary rules, overlapping ones included."""
        return self.find_normalized(normalize(text), lang=lang, overlapping=True,
                                    hangul_compounds=hangul_compounds)


# --------------------------------------------------------------------------------------
# The termbase's matcher, cached per store and rebuilt when the data changes
# --------------------------------------------------------------------------------------

def data_version(store) -> int:
    """A number that changes whenever any entry of the termbase changes: the id of the
    last recorded change (every write records one, in the same transaction, whichever
    connection or process made it)."""
    last = store.history(None, 1)
    return last[0].id if last else 0


_MATCHERS: "weakref.WeakKeyDictionary[Any, dict[frozenset[str] | None, tuple[int, Matcher]]]" = \
    weakref.WeakKeyDictionary()
#: stores that had their one-shot matcher (see matcher_for)
_COLD_DONE: "weakref.WeakSet[Any]" = weakref.WeakSet()


def matcher_for(store, langs: Iterable[str] | None = None, *,
                texts: Sequence[Normalized] | None = None) -> Matcher:
    """The matcher over the store's live terms (of `langs`, default all), built once and
    reused until the data change.  A fresh matcher over all languages serves any `langs`;
    otherwise one over just `langs` is built (check needs two languages of three).

    `texts`: the (normalised) texts about to be scanned.  On the FIRST call for a store
    (a one-shot `glossary check`), when nothing is cached, the matcher is built over the
    only keys that can occur in them (`could_occur`) and not cached: 3-5x less to build.
    Later calls build and cache the full matcher (a TUI or a script checking many files).
    """
    version = data_version(store)
    cache = _MATCHERS.setdefault(store, {})
    wanted = frozenset(langs) if langs is not None else None
    for candidate in (None, wanted):
        cached = cache.get(candidate)
        if cached is not None and cached[0] == version:
            return cached[1]
    if texts is not None and store not in _COLD_DONE:
        _COLD_DONE.add(store)
        grams = _GramSet(texts)
        return Matcher((row for row in store.all_keys() if grams.could_occur(row[0])), langs=wanted)
    matcher = Matcher(store.all_keys(), langs=wanted)
    for stale in [k for k, (v, _) in cache.items() if v != version]:
        del cache[stale]
    cache[wanted] = (version, matcher)
    return matcher


class _GramSet:
    """The character trigrams of some normalised texts: a key none of whose sampled
    trigrams is missing from them may occur in them; any other key cannot (a match is
    an exact substring of the normalised text, see Matcher._hits)."""

    def __init__(self, texts: Sequence[Normalized]):
        grams: set[str] = set()
        short: set[str] = set()
        for norm in texts:
            t = norm.text
            grams.update(t[i:i + 3] for i in range(len(t) - 2))
            short.update(t[i:i + 2] for i in range(len(t) - 1))
            short.update(t)
        self.grams = grams
        self.short = short   # the texts' characters and bigrams

    def could_occur(self, k: str) -> bool:
        n = len(k)
        if n < 3:
            return k in self.short
        g = self.grams
        return k[:3] in g and k[n - 3:] in g and k[n // 2 - 1:n // 2 + 2] in g


def usable(term: Term, include_suggestions: bool = False) -> bool:
    """A term that counts as the termbase's: approved; or, asked for, a suggestion too
    (rejected terms never; the matcher does not hold them)."""
    return term.status is Status.APPROVED or (include_suggestions and term.status is Status.SUGGESTED)


def only_usable(matches: Sequence[KeyMatch], entries: dict[str, Entry],
                include_suggestions: bool = False) -> list[KeyMatch]:
    """`matches` (every hit, overlapping ones included) with the refs of terms that do
    not count (`usable`) removed, then leftmost-longest and non-overlapping: what a
    matcher over the usable terms alone would find."""
    kept = []
    for m in matches:
        refs = tuple(r for r in m.refs if r.entry_id in entries and r.pos < len(entries[r.entry_id].terms)
                     and usable(entries[r.entry_id].terms[r.pos], include_suggestions))
        if refs:
            kept.append(m if len(refs) == len(m.refs) else KeyMatch(m.start, m.end, m.text, m.key, refs))
    kept.sort(key=lambda m: (m.start, m.start - m.end))
    out: list[KeyMatch] = []
    last_end = 0
    for m in kept:
        if m.start >= last_end:
            out.append(m)
            last_end = m.end
    return out


def entries_of(store, matches: Sequence[KeyMatch]) -> dict[str, Entry]:
    """The entries the refs of `matches` name, each read once."""
    ids = list(dict.fromkeys(r.entry_id for m in matches for r in m.refs))
    return {e.id: e for e in store.get_many(ids, occurrences=False)}


def resolve(store, matches: Sequence[KeyMatch], entries: dict[str, Entry] | None = None) -> list[TermMatch]:
    """Key matches -> term matches (with the entry's Term), reading each entry once
    (`entries`: those already read)."""
    if entries is None:
        entries = entries_of(store, matches)
    out = []
    for m in matches:
        found = [(entries[r.entry_id], r) for r in m.refs if r.entry_id in entries
                 and r.pos < len(entries[r.entry_id].terms)]
        if not found:
            continue
        # several entries share the key: approved preferred terms first
        found.sort(key=lambda er: (er[0].terms[er[1].pos].status.value != "approved",
                                   er[0].terms[er[1].pos].role.value == "deprecated", er[0].id))
        entry, ref = found[0]
        out.append(TermMatch(m.start, m.end, m.text, entry.id, entry.terms[ref.pos], ref.lang,
                             tuple(dict.fromkeys(e.id for e, _ in found[1:] if e.id != entry.id))))
    return out


def find_terms(store, text: str, lang: str | None = None, *, include_suggestions: bool = False) -> list[TermMatch]:
    """Every termbase term in `text` (leftmost-longest, non-overlapping), with its entry:
    the approved terms; with `include_suggestions`, the suggestions too (each match says
    which it is: `TermMatch.suggested`)."""
    matcher = matcher_for(store)
    hits = matcher.find_normalized(normalize(text), lang=lang, overlapping=True)
    entries = entries_of(store, hits)
    return resolve(store, only_usable(hits, entries, include_suggestions), entries)
