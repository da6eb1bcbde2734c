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

from collections import Counter
from dataclasses import dataclass, field

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


@dataclass
class Salience:
    """Counts lower-case phrases of the body segments (pass 1), then picks the key ones."""
    stopwords: frozenset[str]
    words: int = 0
    counts: Counter = field(default_factory=Counter)
    lower: Counter = field(default_factory=Counter)    # occurrences written wholly in lower case
    single: Counter = field(default_factory=Counter)   # rare lower-case words (loanword candidates)
    chars: int = 0                                     # characters counted so far

    def add_text(self, text: str) -> None:
        if self.chars >= MAX_COUNTED_CHARS:
            return      # the statistics of a very long text come from its first MAX_COUNTED_CHARS
        room = MAX_COUNTED_CHARS - self.chars
        self.chars += min(len(text), room)
        self._add_text(text if len(text) <= room else text[:room])

    def _add_text(self, text: str) -> None:
        toks = WORD.findall(text)
        stop = self.stopwords
        n = len(toks)
        english, rare = _english_frequencies(), per_word(LOANWORD_ZIPF)
        # per token: None when it cannot be a phrase's word (no letter first, a possessive
        # or contraction, a function word), else (its lower-case form, written in lower case)
        info: list[tuple[str, bool] | None] = [None] * n
        words = 0
        single = []
        for k, t in enumerate(toks):
            if not t[0].isalpha():
                continue
            words += 1
            if "'" in t or "’" in t:
                continue
            w = t.lower()
            if w in stop:
                continue
            small = t[0].islower()
            info[k] = (w, small)
            if small and len(t) >= MIN_LOANWORD_LEN and english.get(t, 0.0) < rare:
                single.append(t)
        self.words += words
        self.single.update(single)
        counts, lower = self.counts, self.lower
        for i in range(n - 1):
            first, second = info[i], info[i + 1]
            # a phrase's second word and the ones after it are written in lower case
            if first is None or second is None or not second[1] or toks[i].endswith("ly"):
                continue
            all_lower = first[1]
            words_of = [first[0]]
            for j in range(i + 1, min(n, i + MAX_WORDS)):
                nxt = info[j]
                if nxt is None or not nxt[1]:
                    break
                words_of.append(nxt[0])
                if toks[j].endswith(("ly", "ed")):
                    continue
                key = " ".join(words_of)
                counts[key] += 1
                if all_lower:
                    lower[key] += 1

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
