"""Length-based alignment with anchors (Gale & Church 1993, "A program for aligning
sentences in bilingual corpora", with lexical anchors added to the bead cost).

    align_units(src, tgt, model) -> list[Bead]

Two sequences of units (paragraphs or sentences) are aligned by dynamic programming over
beads: 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2.  A bead costs

    -log P(bead type)                      the type's prior (Gale & Church's table)
  + -log 2(1 - Phi(|delta|))               its lengths: delta = (l2 - c l1) / sqrt(s2 n)
  - sum of the weights of anchors it shares  (a number, a footnote marker, a termbase
  + sum of the weights of anchors it leaves     entry, a name found on both sides)
    unmatched

where l1, l2 are the lengths of the two sides in characters without white space, `c` the
ratio of the two texts' lengths (the edition's characters per character of the original,
measured on the document itself: Japanese is about a third as long as English), s2 the
variance of that ratio per character (Gale & Church's 6.8, scaled by c squared so that it
is measured in characters of the original) and n the mean length of the two sides in
characters of the original.  Only anchors that occur on both sides somewhere in the
document count, each weighted by its rarity (1 / the most sentences it occurs in on one
side), so a year mentioned ten times weighs a tenth of a treaty number mentioned once.

A band around the diagonal keeps long documents quick: cells further than `band` units
from the line that joins the two corners are not visited.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

#: Gale & Church's priors for the bead types (1-0 and 0-1 share their 0.0099, 2-1 and
#: 1-2 their 0.089)
PRIORS = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2, (1, 2): 0.089 / 2,
          (2, 2): 0.011}
#: Gale & Church's variance of the length ratio per character
VARIANCE = 6.8
#: what a shared anchor of weight 1 is worth, and what an unshared one costs (nats)
ANCHOR_MATCH = 4.0
ANCHOR_MISS = 2.0
#: a number or month found on one side of the documents only (`n:`, `m:` anchors) costs
#: this much in a bead that pairs it with anything: a translation keeps its numbers, so a
#: sentence whose numbers the other text lacks everywhere was most likely left out
ORPHAN = 2.5
#: the anchor kinds a translation keeps (see ORPHAN)
KEPT_KINDS = ("n:", "m:")
#: the length cost of a bead is never more than this (a bead is never impossible)
MAX_LENGTH_COST = 40.0
#: a dropped or added unit (1-0, 0-1) costs its prior and this share of |delta| (nats):
#: the normal model makes dropping a long paragraph dearer than merging it wrongly with
#: its neighbour, and an edition that leaves a paragraph out is not rare
DROP_DELTA = 0.3


@dataclass(frozen=True)
class Unit:
    """A paragraph or sentence: its length (characters without white space) and anchors."""

    length: int
    anchors: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Bead:
    """src[i0:i1] aligned with tgt[j0:j1] (an empty side: dropped or added), its cost."""

    i0: int
    i1: int
    j0: int
    j1: int
    cost: float

    @property
    def kind(self) -> str:
        return f"{self.i1 - self.i0}-{self.j1 - self.j0}"


@dataclass(frozen=True)
class Model:
    """The parameters of one document pair: length ratio, variance, anchor weights."""

    ratio: float
    variance: float
    weights: dict[str, float]
    orphans: dict[str, float] = None  # type: ignore[assignment]

    @classmethod
    def measure(cls, src: list[Unit], tgt: list[Unit]) -> "Model":
        total_src = sum(u.length for u in src) or 1
        total_tgt = sum(u.length for u in tgt) or 1
        ratio = total_tgt / total_src
        count_src: dict[str, int] = {}
        count_tgt: dict[str, int] = {}
        for units, counts in ((src, count_src), (tgt, count_tgt)):
            for u in units:
                for a in u.anchors:
                    counts[a] = counts.get(a, 0) + 1
        weights = {a: 1.0 / max(n, count_tgt[a]) for a, n in count_src.items() if a in count_tgt}
        orphans = {a: 1.0 / n for counts, other in ((count_src, count_tgt), (count_tgt, count_src))
                   for a, n in counts.items() if a not in other and a.startswith(KEPT_KINDS)}
        return cls(ratio, VARIANCE * ratio * ratio, weights, orphans)


def _length_cost(l1: int, l2: int, model: Model) -> float:
    mean = (l1 + l2 / model.ratio) / 2 if model.ratio else l1
    if mean <= 0:
        return 0.0
    delta = abs(l2 - model.ratio * l1) / math.sqrt(model.variance * mean)
    p = math.erfc(delta / math.sqrt(2))       # 2 (1 - Phi(|delta|))
    return min(MAX_LENGTH_COST, -math.log(p)) if p > 0 else MAX_LENGTH_COST


def _anchor_cost(a: frozenset[str], b: frozenset[str], model: "Model") -> float:
    if not a and not b:
        return 0.0
    cost = 0.0
    weights, orphans = model.weights, model.orphans or {}
    for x in a:
        w = weights.get(x)
        if w is not None:
            cost += -ANCHOR_MATCH * w if x in b else ANCHOR_MISS * w
        elif x in orphans:
            cost += ORPHAN * orphans[x]
    for x in b:
        w = weights.get(x)
        if w is not None:
            if x not in a:
                cost += ANCHOR_MISS * w
        elif x in orphans:
            cost += ORPHAN * orphans[x]
    return cost


def bead_cost(src: list[Unit], tgt: list[Unit], model: Model) -> float:
    prior = PRIORS[(len(src), len(tgt))]
    l1 = sum(u.length for u in src)
    l2 = sum(u.length for u in tgt)
    a = src[0].anchors.union(*(u.anchors for u in src[1:])) if src else frozenset()
    b = tgt[0].anchors.union(*(u.anchors for u in tgt[1:])) if tgt else frozenset()
    return _cost(-math.log(prior), l1, l2, a, b, bool(src), bool(tgt), model)


def _cost(prior_cost: float, l1: int, l2: int, a: frozenset[str], b: frozenset[str], has_src: bool,
          has_tgt: bool, model: Model) -> float:
    """A bead's cost; `prior_cost` = -log P(bead type)."""
    if not has_src or not has_tgt:
        gap = model.ratio * l1 if has_src else l2          # in characters of the edition
        mean = max(1.0, (l1 + l2 / model.ratio) / 2)
        delta = gap / math.sqrt(model.variance * mean)
        weights = model.weights
        return prior_cost + DROP_DELTA * delta + ANCHOR_MISS * sum(weights.get(x, 0.0) for x in (a or b))
    return prior_cost + _length_cost(l1, l2, model) + (_anchor_cost(a, b, model) if a or b else 0.0)


def align_units(src: list[Unit], tgt: list[Unit], model: Model, *, band: int | None = None) -> list[Bead]:
    """The cheapest sequence of beads covering both sequences (see the module docstring)."""
    n, m = len(src), len(tgt)
    inf = math.inf
    # only the anchors that can count (shared by both texts, or a number on one side only)
    relevant = set(model.weights) | set(model.orphans or ())
    src_anchors = [u.anchors & relevant if u.anchors else u.anchors for u in src]
    tgt_anchors = [u.anchors & relevant if u.anchors else u.anchors for u in tgt]
    src_len = [0]
    for u in src:
        src_len.append(src_len[-1] + u.length)
    tgt_len = [0]
    for u in tgt:
        tgt_len.append(tgt_len[-1] + u.length)
    beads_types = [(a, b, -math.log(PRIORS[(a, b)])) for (a, b) in PRIORS]
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    slope = m / n if n else 0.0
    width = band if band is not None else max(n, m) + 2
    empty: frozenset[str] = frozenset()
    for i in range(n + 1):
        centre = i * slope
        lo = max(0, int(centre - width))
        hi = min(m, int(centre + width) + 1)
        row = cost[i]
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, how = inf, None
            for (da, db, prior) in beads_types:
                pi, pj = i - da, j - db
                if pi < 0 or pj < 0:
                    continue
                before = cost[pi][pj]
                if before == inf:
                    continue
                a = src_anchors[pi] if da == 1 else (src_anchors[pi] | src_anchors[pi + 1] if da == 2 else empty)
                b = tgt_anchors[pj] if db == 1 else (tgt_anchors[pj] | tgt_anchors[pj + 1] if db == 2 else empty)
                c = before + _cost(prior, src_len[i] - src_len[pi], tgt_len[j] - tgt_len[pj], a, b, da > 0, db > 0,
                                   model)
                if c < best:
                    best, how = c, (pi, pj, c - before)
            row[j] = best
            back[i][j] = how
    if cost[n][m] == inf:       # outside the band: cannot happen with the band ending at (n, m)
        raise ValueError("alignment band too narrow")
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        how = back[i][j]
        assert how is not None
        pi, pj, c = how
        beads.append(Bead(pi, i, pj, j, c))
        i, j = pi, pj
    beads.reverse()
    return beads
