"""Which target term translates which English term: the pairs an export may serve.

An entry holds terms by language with a role each (preferred, alias, abbreviation,
deprecated) but does not say which alias of one language translates which alias of
another.  An export that pairs an English form with a target form (a .po message, a .mo
translation) may only pair what the termbase vouches for:

* the English *slots*: every live English term (not rejected, not deprecated); slot 0 is
  the main one (the best term of role preferred: approved first, then confidence; when
  the entry has no English term of that role, its best English term of any role), the
  others follow in the entry's order.  Slots depend on the English side only, so the
  `.pot` and every language's `.po` number them alike;
* a slot's target is a live target term (not rejected, not deprecated) **of the same
  role** as its English term: slot 0 takes the best target term of its role; any other
  slot takes the target term of its role only when each side has exactly one live term
  of that role (one English abbreviation, one target abbreviation).  Otherwise the slot
  has no target: two English aliases ("Yoshida", "Prime Minister Yoshida") and one
  Korean alias cannot be told apart, and a wrong pair would be served as a translation;
* the target terms no slot takes (`unpaired`) and the deprecated terms of both languages
  are not translations of anything here; exports show them as information only.

Suggestions are paired like approved terms; the export marks them (fuzzy in .po, left
out of .mo).
"""
from __future__ import annotations

from ..model import Entry, Role, Status, Term

SOURCE_LANG = "en"


class Pair:
    """One English slot: its number, its English term, the target term that translates it
    (None: none the termbase vouches for)."""

    __slots__ = ("slot", "source", "target")

    def __init__(self, slot: int, source: Term, target: Term | None) -> None:
        self.slot, self.source, self.target = slot, source, target

    def __repr__(self) -> str:
        return f"Pair({self.slot}, {self.source.text!r}, {self.target.text if self.target else None!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pair) and (self.slot, self.source, self.target) == (
            other.slot, other.source, other.target)

    __hash__ = None  # type: ignore[assignment]


def live(term: Term) -> bool:
    """A term an export may pair: neither rejected nor deprecated."""
    return term.status is not Status.REJECTED and term.role is not Role.DEPRECATED


def _best(terms: list[Term]) -> Term | None:
    """Approved before suggested, then the higher confidence, then the first."""
    if not terms:
        return None
    return min(terms, key=lambda t: (t.status is not Status.APPROVED, -t.confidence))


def source_slots(entry: Entry) -> list[Term]:
    """The English terms in slot order (see the module docstring); [] without one."""
    en = [t for t in entry.terms if t.lang == SOURCE_LANG and live(t)]
    if not en:
        return []
    main = _best([t for t in en if t.role is Role.PREFERRED]) or _best(en)
    return [main] + [t for t in en if t is not main]


def translation_pairs(entry: Entry, lang: str | None) -> list[Pair]:
    """Every English slot with the `lang` term that translates it (module docstring);
    `lang` None (a template) gives every slot without a target.  [] when the entry has
    no live English term."""
    en = source_slots(entry)
    if not en:
        return []
    if lang is None or lang == SOURCE_LANG:
        return [Pair(k, t, None) for k, t in enumerate(en)]
    targets: dict[Role, list[Term]] = {}
    for t in entry.terms:
        if t.lang == lang and live(t):
            targets.setdefault(t.role, []).append(t)
    en_count: dict[Role, int] = {}
    for t in en:
        en_count[t.role] = en_count.get(t.role, 0) + 1
    pairs = [Pair(0, en[0], _best(targets.get(en[0].role, [])))]
    for k, t in enumerate(en[1:], 1):
        same = targets.get(t.role, [])
        target = same[0] if en_count[t.role] == 1 and len(same) == 1 else None
        pairs.append(Pair(k, t, target))
    return pairs


def unpaired(entry: Entry, lang: str, pairs: list[Pair]) -> list[Term]:
    """The live `lang` terms no pair takes, in the entry's order."""
    taken = {id(p.target) for p in pairs if p.target is not None}
    return [t for t in entry.terms if t.lang == lang and live(t) and id(t) not in taken]


def deprecated(entry: Entry, lang: str) -> list[Term]:
    """The deprecated (not rejected) `lang` terms: forms not to use, never a translation."""
    return [t for t in entry.terms if t.lang == lang and t.role is Role.DEPRECATED
            and t.status is not Status.REJECTED]
