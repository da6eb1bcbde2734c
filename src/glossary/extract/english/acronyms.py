"""Rule family `acronyms`: acronym definitions in both orders, lower-case defined terms.

The definitions themselves are found by `extract.acronyms` (Schwartz-Hearst, both
orders: "Ministry of X (MOX)", "MOX (Ministry of X)"); here each long form and its short
form become two linked occurrences of one name, and a lower-case term defined by an
acronym ("peacetime command authority (PCA)") is a name unless the acronym is a common
one (GDP).  The text they cover is no capitalised span of its own.  Also here: a
lower-case word always written after the same acronym ("AB widgets") is part of a
mixed-case name (`_brands`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

import regex

from ...model import Category
from ...text.lexicon import alternation
from ..acronyms import find_acronyms, find_lower_definitions
from ..categories import category_of_head, head_of
from ..vocab import COMMON_ACRONYMS, COUNTRIES, HEAD_CATEGORY, LOWER_HEAD_CATEGORY, STOPWORDS
from .segments import _Raw, _SegCtx
from .shared import _is_acronym

# A name, its other name or spelling in brackets, then the head they share: "Valmo (also called
# Valmu) Dynasty", "Kessin (Kessyn) Dynasty" (the cue words: data, en_function_words alias_cue and
# spelling_cue).
_NAME_WORDS = r"\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2}"
_NAME_THEN_OTHER = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<name>" + _NAME_WORDS + r")\s+\(\s*(?:(?:also\s+)?(?:" +
    alternation("en_function_words", list="alias_cue").replace("\\ ", r"\s+") + "|" +
    alternation("en_function_words", list="spelling_cue").replace("\\ ", r"\s+") + r")\s+)?(?P<other>" +
    _NAME_WORDS + r")\s*\)\s+(?P<head>\p{Lu}\p{L}+)")

# A capitalised word and a hyphen right before a long form ("Valmora-" of "Valmora-Republic of Ostrin").
_HYPHENED_LEAD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}.]*[-‐‑–]$")

# An acronym and a lower-case word right after it ("AB widgets"): mixed-case name candidates.
# (stdlib `re`, ASCII; the one look-behind anchors the match at the start of a capital run,
# so a long run without spaces is not rescanned from every position — that was quadratic;
# the other word edges are checked on the few matches.)
ACRONYM_LOWER = re.compile(r"(?<![A-Z0-9])([A-Z][A-Z0-9]+) ([a-z]+)")


class _Acronyms:
    def _acronym_definitions(self, c: _SegCtx, suppressed: list[tuple[int, int]]) -> None:
        """Acronym definitions, both orders, and without brackets (a row of an acronym list,
    "X stands for Y"): the long and the short form, linked."""
        for a in find_acronyms(c.text):
            if a.long_start < a.short_start and "names" not in self.off:
                self._name_goes_on(c, a, suppressed)
            if a.short in COUNTRIES:
                continue
            words = a.long.split()
            # (a coined long form without a head that "stands for" spells is a programme's
            # or a slogan's: "END stands for Exchange, Normalization and Denuclearization")
            cat = category_of_head(head_of(words)) or \
                (Category.POLICY if a.cue == "stands_for" and len(words) >= 2 else Category.INSTITUTION)
            self.add(_Raw(a.long, c.seg, a.long_start, cat, 3, "name", links=[a.short]))
            self.add(_Raw(a.short, c.seg, a.short_start, cat, 3, "abbr", links=[a.long]))
            suppressed.append((min(a.long_start, a.short_start), max(a.long_end, a.short_end)))

    def _name_goes_on(self, c: _SegCtx, a, suppressed: list[tuple[int, int]]) -> None:
        """A definition inside a longer name: the name goes on after the bracket with a head
        noun ("the Valmora-Republic of Ostrin (ROO) Trade Ministers' Meeting", "the Northern
        Union (NU) Security Council"): one name, written in full and with the acronym
        ("Valmora-ROO Trade Ministers' Meeting"), linked; what it covers is no span of its own."""
        text, toks = c.text, c.tokens
        close = text.find(")", a.short_end)
        if close < 0 or text[a.short_end:close].strip() or text[close + 1:close + 2] != " ":
            return
        k = bisect_left([t.start for t in toks], close + 2)
        if k >= len(toks) or toks[k].start != close + 2 or not toks[k].cap:
            return
        j = self._run_end(c, k)
        words = [t.text for t in toks[k:j + 1]]
        cat = category_of_head(head_of(words))
        if cat is None or cat is Category.PERSON or j == k and words[0] in HEAD_CATEGORY:
            return
        rest = text[toks[k].start:toks[j].end]
        lead = _HYPHENED_LEAD.search(text, 0, a.long_start)   # "Valmora-" before the long form
        start = lead.start() if lead else a.long_start
        full = f"{text[start:a.long_end]} {rest}"
        short = f"{text[start:a.long_start]}{a.short} {rest}"
        self.add(_Raw(full, c.seg, start, cat, 3, "name", links=[short]))
        self.add(_Raw(short, c.seg, a.short_start, cat, 3, "abbr", links=[full]))
        suppressed.append((start, toks[j].end))

    def _other_name_inside(self, c: _SegCtx, suppressed: list[tuple[int, int]]) -> None:
        """A name's other name or spelling in brackets before its head: "the Valmo (also called
        Valmu) Dynasty", "the Kessin (Kessyn) Dynasty": one name with its head, written
        both ways ("Valmo Dynasty", "Valmu Dynasty"), linked; what it covers is no span of its own."""
        text = c.text
        if "(" not in text:
            return
        for m in _NAME_THEN_OTHER.finditer(text):
            head = m["head"]
            cat = HEAD_CATEGORY.get(head)
            if cat is None or cat is Category.PERSON or any(x <= m.start() < y for x, y in suppressed) or \
                    _is_acronym(m["other"]) or m["name"] in COUNTRIES:
                continue
            name, start = m["name"], m.start("name")
            while " " in name and name.split(" ", 1)[0].lower() in STOPWORDS:   # "The Valmo (...) Dynasty"
                first, name = name.split(" ", 1)
                start += len(first) + 1
            full, other = f"{name} {head}", f"{m['other']} {head}"
            self.add(_Raw(full, c.seg, start, cat, 3, "name", links=[other]))
            self.add(_Raw(other, c.seg, m.start("other"), cat, 3, "name", links=[full]))
            suppressed.append((start, m.end("head")))

    def _lower_definitions(self, c: _SegCtx, suppressed: list[tuple[int, int]]) -> None:
        """Lower-case defined terms: "peacetime command authority (PCA)" (not "gross
        domestic product (GDP)": a common kind of thing)."""
        text = c.text
        if "(" in text and c.seg.kind == "body":
            for a in find_lower_definitions(text):
                if a.short in COMMON_ACRONYMS or a.short in COUNTRIES or \
                        any(x <= a.long_start < y for x, y in suppressed):
                    continue
                long, long_start = a.long, a.long_start
                for x, y in c.bold:   # "**x y z** (YZ)": the emphasised term is the long form
                    if x <= long_start < y and text[x:y].strip().endswith(long):
                        long, long_start = text[x:y].strip(), x + text[x:y].find(text[x:y].strip())
                cat = LOWER_HEAD_CATEGORY.get(long.split()[-1], Category.POLICY)
                if cat is Category.OTHER:
                    continue
                self.add(_Raw(long, c.seg, long_start, cat, 3, "name", links=[a.short]))
                self.add(_Raw(a.short, c.seg, a.short_start, cat, 3, "abbr", links=[long]))
                suppressed.append((min(long_start, a.short_start), max(a.long_end, a.short_end)))


def _acronym_pairs(t: str, pairs: Counter) -> None:
    """Count each (acronym, lower-case word right after it) of a prepared text in `pairs`."""
    for m in ACRONYM_LOWER.finditer(t):
        x, y = m.span()
        if (x and (t[x - 1].isalnum() or t[x - 1] in ".-")) or \
                (y < len(t) and (t[y].isalnum() or t[y] in "'’-")):
            continue  # inside a longer word, or a hyphenated/possessive one
        pairs[(m.group(1), m.group(2))] += 1


#: the word of a mixed-case name is no word general English uses this often or more (Zipf):
#: "pharma" (3.4) is one, "said" (6.0, an irregular verb form) and "proposal" (4.5) are not,
#: though an article that prints itself twice (a crawl's raw and tokenised copies) writes
#: "the MOLIT said" twice and "said" nowhere else
BRAND_WORD_ZIPF = 4.0


def _brands(pairs: Counter, texts: list[str]) -> dict[str, str]:
    """A lower-case word always written after the same acronym (at least twice) is part of a
    mixed-case name: "AB widgets", "XY pharma" (not a function word or an inflected verb).
    -> {word: acronym}"""
    from ..general import zipf

    brands: dict[str, str] = {}
    for (acr, w), n in pairs.items():
        if n >= 2 and _is_acronym(acr) and w not in STOPWORDS and not w.endswith(("s", "ed", "ing", "ly")) \
                and zipf(w) < BRAND_WORD_ZIPF:
            alone = regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(w) + r"(?![\p{L}\p{N}])")
            if sum(len(alone.findall(t)) for t in texts) == n:
                brands[w] = acr
    return brands
