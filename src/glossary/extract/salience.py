"""Rule family `salience`: lower-case phrases an article uses far more often than English does.

A key concept of an article is often written in lower case ("comfort women", "model
village", "forced labour") and never quoted or defined; what marks it is repetition far
beyond its general frequency.  For every phrase of two to four lower-case words in the
body (no function word, no possessive, not ending in an -ly adverb or an -ed verb):

    keyness = (occurrences / words of the article) / frequency of the phrase in English

with the English frequency from `wordfreq` (general.py; for a phrase an upper bound, so
the keyness is a lower bound).  A phrase is a candidate when it occurs at least
MIN_COUNT times and its keyness is at least MIN_KEYNESS; of nested candidates the longest
one that keeps most of the shorter one's occurrences is kept ("japanese military sexual
slavery" rather than "sexual slavery").  This is the log-odds idea of keyword extraction
(a document against a reference corpus: Kilgarriff's "simple maths" keyness), with
wordfreq as the reference corpus.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress

import regex

from .general import per_word, zipf

#: a phrase must occur at least this often
MIN_COUNT = 4
#: ... and this many times more often than in general English
MIN_KEYNESS = 200.0
#: a longer phrase replaces a shorter one inside it when it keeps this share of its uses
NESTED_SHARE = 0.75
#: words of one phrase
MAX_WORDS = 4
#: characters of an article counted for the statistics (a sample as large as a book
#: chapter; the phrases found are then looked for in the whole article)
MAX_COUNTED_CHARS = 500_000
#: phrases reported per article, at most (the most key first; the loanwords come on top)
MAX_PHRASES = 12
#: a single lower-case word is a key term when it is a loanword from Japanese or Korean
#: (`dictionary_loanword`: "daimyo", "chaebol") rarer than this in English, used at least
#: MIN_LOANWORD_COUNT times (its plural counted)
LOANWORD_ZIPF = 3.0
MIN_LOANWORD_COUNT = 2
MAX_LOANWORDS = 8
MIN_LOANWORD_LEN = 4

WORD = regex.compile(r"[\p{L}][\p{L}\-]*(?:['’][\p{L}]+)?|\S")

# The class of a token for the phrases (`_classify`), one character each, so
# that a pattern over a text's string of classes finds where phrases start
_NOT_A_WORD, _NO_PHRASE_WORD, _CAPITALISED, _LOWER, _LOWER_LY, _LOWER_ED = "xyAale"
#: a run of phrase words: a phrase starts in it at each word but one ending in "-ly" and the
#: last, and goes on over the words written in lower case after it (see `_phrase_table`)
_PHRASE_RUN = re.compile(f"{_CAPITALISED}?[{_LOWER}{_LOWER_LY}{_LOWER_ED}]+")


@lru_cache(maxsize=4096)
def _phrase_table(run: str) -> tuple[tuple[int, int, bool], ...]:
    """The phrases in a run of phrase words (the string of their classes) in the order the
    plain loop over the tokens finds them: (first word, number of words, written wholly in
    lower case), from each start not ending in "-ly" the phrases of 2 .. MAX_WORDS words
    that end in a word not ending in "-ly" or "-ed"."""
    out = []
    for i, first in enumerate(run[:-1]):
        if first == _LOWER_LY:
            continue
        out += [(i, k, first != _CAPITALISED) for k in range(2, MAX_WORDS + 1) if run[i + k - 1:i + k] == _LOWER]
    return tuple(out)


@dataclass
class Salience:
    """Counts lower-case phrases of the body segments (pass 1), then picks the key ones."""
    stopwords: frozenset[str]
    words: int = 0
    counts: Counter = field(default_factory=Counter)
    lower: Counter = field(default_factory=Counter)    # occurrences written wholly in lower case
    single: Counter = field(default_factory=Counter)   # rare lower-case words (loanword candidates)
    chars: int = 0                                     # characters counted so far
    _classes: tuple | None = field(default=None, repr=False, compare=False)   # `_classes(stopwords)`

    def add_text(self, text: str) -> None:
        if self.chars >= MAX_COUNTED_CHARS:
            return      # the statistics of a very long text come from its first MAX_COUNTED_CHARS
        room = MAX_COUNTED_CHARS - self.chars
        self.chars += min(len(text), room)
        self._add_text(text if len(text) <= room else text[:room])

    def _add_text(self, text: str) -> None:
        toks = WORD.findall(text)
        # each token's class and lower-case form by look-ups (`_classify`: once per distinct
        # token, for every article with these function words)
        classes = self._classes
        if classes is None:     # (looked up once: the key, a set of words, is slow to compare)
            classes = self._classes = _classes(self.stopwords)
        cls_of, word_of, singles = classes
        new = set(toks).difference(cls_of)
        if new:
            _classify(new, self.stopwords, classes)
        codes = "".join(map(cls_of.__getitem__, toks))
        self.words += len(codes) - codes.count(_NOT_A_WORD)
        if not singles.isdisjoint(toks):
            self.single.update(filter(singles.__contains__, toks))
        # the phrases, in the order the plain loop over the tokens finds them (`_phrase_table`)
        found = [(m.start(), _phrase_table(m.group())) for m in _PHRASE_RUN.finditer(codes)]
        if not found:
            return
        words = list(map(word_of.__getitem__, toks))
        keys = [" ".join(words[s + i:s + i + k]) for s, table in found for i, k, _ in table]
        self.counts.update(keys)
        self.lower.update(compress(keys, [low for _, table in found for _, _, low in table]))

    def phrases(self) -> list[str]:
        """The key phrases of the article, most key first."""
        if self.words == 0:
            return []
        scored: list[tuple[float, str]] = []
        for key, n in self.counts.items():
            if n < MIN_COUNT or self.lower[key] == 0:
                continue
            general = per_word(zipf(key)) or 1e-9
            keyness = (n / self.words) / general
            if keyness >= MIN_KEYNESS:
                scored.append((keyness, key))
        kept: list[str] = []
        for _, key in sorted(scored, key=lambda x: (-len(x[1].split()), -x[0])):
            if any(f" {key} " in f" {k} " and self.counts[k] >= NESTED_SHARE * self.counts[key] for k in kept):
                continue
            kept.append(key)
        order = {k: s for s, k in scored}
        return sorted(kept, key=lambda k: -order[k])[:MAX_PHRASES] + self.loanwords()

    def loanwords(self) -> list[str]:
        """Lower-case words the article repeats that English took from Japanese or Korean
        ("daimyo", "chaebol"), with their plurals as written ("daimyos"), most used first."""
        from .general import dictionary_loanword

        counts: Counter = Counter()
        for w, n in self.single.items():
            base = w[:-1] if w.endswith("s") and w[:-1] in self.single else w
            counts[base] += n
        found: list[str] = []
        for w, n in counts.most_common():
            if n < MIN_LOANWORD_COUNT or len(found) >= MAX_LOANWORDS:
                break
            if dictionary_loanword(w):
                found.append(w)
                if w + "s" in self.single:
                    found.append(w + "s")
        return found


#: distinct tokens whose classes are remembered (`_classes`), at most: then forgotten
MAX_CLASSED_TOKENS = 100_000
#: function words -> what `_classify` found of each token: its class, its lower-case form
#: (None when it is no phrase's word), the tokens that may be loanwords
_CLASSES: dict[frozenset[str], tuple[dict[str, str], dict[str, str | None], set[str]]] = {}


def _classes(stopwords: frozenset[str]) -> tuple[dict[str, str], dict[str, str | None], set[str]]:
    """What `_classify` found of the tokens seen so far with these function words."""
    got = _CLASSES.get(stopwords)
    if got is None or len(got[0]) > MAX_CLASSED_TOKENS:
        if len(_CLASSES) > 4:
            _CLASSES.clear()
        got = _CLASSES[stopwords] = ({}, {}, set())
    return got


def _classify(toks: set[str], stopwords: frozenset[str],
              classes: tuple[dict[str, str], dict[str, str | None], set[str]]) -> None:
    """Into `classes` (see `_classes`): the class of each token, its lower-case form and
    whether it may be a loanword.  The class is one of _NOT_A_WORD (no letter first),
    _NO_PHRASE_WORD (a possessive or contraction, a function word, a capitalised word ending
    in "-ly"), _CAPITALISED, _LOWER (lower case, no "-ly" or "-ed" end), _LOWER_LY, _LOWER_ED."""
    english, rare = _english_frequencies(), per_word(LOANWORD_ZIPF)
    cls_of, word_of, singles = classes
    for t in toks:
        w = None
        if not t[0].isalpha():
            cls = _NOT_A_WORD
        elif "'" in t or "’" in t or (w := t.lower()) in stopwords:
            cls, w = _NO_PHRASE_WORD, None
        elif not t[0].islower():
            cls = _NO_PHRASE_WORD if t.endswith("ly") else _CAPITALISED
        else:
            cls = _LOWER_LY if t.endswith("ly") else _LOWER_ED if t.endswith("ed") else _LOWER
            if len(t) >= MIN_LOANWORD_LEN and english.get(t, 0.0) < rare:
                singles.add(t)
        cls_of[t], word_of[t] = cls, w


def _english_frequencies() -> dict[str, float]:
    """wordfreq's English word -> frequency (a dict lookup: `zipf` tokenises each word)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en")


def phrase_pattern(phrases: list[str]) -> regex.Pattern | None:
    """One pattern finding any of `phrases` (case-insensitive, whole words, any white space)."""
    if not phrases:
        return None
    alts = sorted((r"\s+".join(regex.escape(w) for w in p.split()) for p in phrases), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{N}\-])(?:" + "|".join(alts) + r")(?![\p{L}\p{N}\-])", regex.I)
