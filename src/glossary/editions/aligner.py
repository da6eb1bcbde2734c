"""Paragraphs, then sentences: an original and its edition aligned (lengths.py's model).

    align_sentences(src_paras, tgt_paras, src_anchors, tgt_anchors) -> list[SentenceBead]

First the paragraphs are aligned (1-1, 2-1, 1-2, 2-2, 1-0, 0-1 beads: an edition that
merges two paragraphs or drops one); then, inside each paragraph bead, its sentences.
When the two documents are cut into paragraphs too differently for that (an edition
copied as one block, or one line per sentence), the sentences of the whole documents
are aligned at once, in a band around the diagonal.

Anchors (`anchors.py`) are given per sentence, in document order.
"""
from __future__ import annotations

from .lengths import Bead, Model, Unit, align_units
from .texts import Paragraph

#: paragraph counts at least this similar (smaller / larger) are aligned paragraph first
PARAGRAPH_SIMILARITY = 0.6
#: half-width of the band of a whole-document sentence alignment (beyond the count difference)
SENTENCE_BAND = 40
#: ... and of a paragraph alignment
PARAGRAPH_BAND = 30


#: original sentences src[i0:i1] aligned with edition sentences tgt[j0:j1], indexes over the
#: whole document (a paragraph-level `Bead` of lengths.py, counted in sentences)
SentenceBead = Bead


def _flat_index(paras: list[Paragraph]) -> list[int]:
    """The index of each paragraph's first sentence in the flat list (and the total)."""
    out, n = [], 0
    for p in paras:
        out.append(n)
        n += len(p.sentences)
    out.append(n)
    return out


def align_sentences(src_paras: list[Paragraph], tgt_paras: list[Paragraph],
                    src_anchors: list[frozenset[str]], tgt_anchors: list[frozenset[str]]) -> list[SentenceBead]:
    src_first, tgt_first = _flat_index(src_paras), _flat_index(tgt_paras)
    src_units = [Unit(s.length, src_anchors[k]) for k, s in enumerate(s for p in src_paras for s in p.sentences)]
    tgt_units = [Unit(s.length, tgt_anchors[k]) for k, s in enumerate(s for p in tgt_paras for s in p.sentences)]
    sentence_model = Model.measure(src_units, tgt_units)
    n, m = len(src_paras), len(tgt_paras)
    if not n or not m:
        return [SentenceBead(0, len(src_units), 0, len(tgt_units), 0.0)] if src_units or tgt_units else []
    if min(n, m) / max(n, m) < PARAGRAPH_SIMILARITY:
        band = abs(len(src_units) - len(tgt_units)) + SENTENCE_BAND
        return [SentenceBead(b.i0, b.i1, b.j0, b.j1, b.cost)
                for b in align_units(src_units, tgt_units, sentence_model, band=band)]

    def para_unit(units: list[Unit], first: list[int], k: int) -> Unit:
        part = units[first[k]:first[k + 1]]
        return Unit(sum(u.length for u in part), frozenset().union(*(u.anchors for u in part)))

    src_p = [para_unit(src_units, src_first, k) for k in range(n)]
    tgt_p = [para_unit(tgt_units, tgt_first, k) for k in range(m)]
    by_para = Model.measure(src_p, tgt_p)
    para_model = Model(sentence_model.ratio, sentence_model.variance, by_para.weights, by_para.orphans)
    out: list[SentenceBead] = []
    for pb in align_units(src_p, tgt_p, para_model, band=abs(n - m) + PARAGRAPH_BAND):
        i0, i1 = src_first[pb.i0], src_first[pb.i1]
        j0, j1 = tgt_first[pb.j0], tgt_first[pb.j1]
        if i0 == i1 or j0 == j1:        # a paragraph dropped or added: each sentence alone
            out += [SentenceBead(i, i + 1, j0, j0, pb.cost) for i in range(i0, i1)]
            out += [SentenceBead(i0, i0, j, j + 1, pb.cost) for j in range(j0, j1)]
            continue
        for b in _inside(src_units[i0:i1], tgt_units[j0:j1], sentence_model):
            out.append(SentenceBead(i0 + b.i0, i0 + b.i1, j0 + b.j0, j0 + b.j1, b.cost))
    return out


def _inside(src: list[Unit], tgt: list[Unit], model: Model) -> list[Bead]:
    if len(src) == 1 and len(tgt) == 1:
        return [Bead(0, 1, 0, 1, 0.0)]
    return align_units(src, tgt, model)
