"""A body named after the country that owns it: "Japan's Ministry of Defense".

The chunker reads "Japan's" as a place of its own and the name after it as the body, so
"Japan's Ministry of Foreign Affairs" and "Korea's Ministry of Foreign Affairs" are two
mentions of one name -- two countries' ministries, whose Japanese and Korean names
differ (外務省 / 외교부).  The owner is kept:

- every mention owned by one country: the candidate gets the owned form ("Japan's
  Ministry of Defense") as an alias, which says whose body it is to the aligner and keeps
  the entry apart from another country's body of the same name in the termbase;
- mentions owned by different countries: one candidate per owner, the owned form
  preferred (the plain name an alias of each), and the mentions no owner names a
  candidate of their own.
"""
from __future__ import annotations

import regex

from ...model import Category, Role
from ..aliases import COUNTRY_NAME
from ..candidates import Candidate, Form
from .segments import _Raw

#: a country's possessive right before a name: "Japan's ", "South Korea’s "
OWNER_BEFORE = regex.compile(r"(?P<c>" + COUNTRY_NAME.pattern + r")['’]s[ \t]+$")
#: how far before a mention its owner may start
REACH = 48
#: the categories of bodies a country owns
OWNED = frozenset({Category.INSTITUTION})


#: a name that says its country at its end: "Ministry of Justice of Valmora"
OWNER_AFTER = regex.compile(r"\sof\s(?:the\s)?(?P<c>" + COUNTRY_NAME.pattern + r")$")


def owner_of(r: _Raw) -> str | None:
    """The country whose possessive stands right before the mention `r`, or whose name ends
    the mention ("... of Korea"), else None."""
    before = r.seg.text[max(0, r.start - REACH):r.start]
    # (each pattern is tried only where it can match: OWNER_BEFORE needs "'s" and blanks at
    # the end, or before a last line break; OWNER_AFTER needs an "of")
    end = before[:-1] if before.endswith("\n") else before
    stem = end.rstrip(" \t")
    m = (OWNER_BEFORE.search(before) if len(stem) < len(end) and stem.endswith(("'s", "’s")) else None) or \
        (OWNER_AFTER.search(r.text) if "of" in r.text else None)
    return m.group("c") if m else None


def owner_groups(rs: list[_Raw]) -> list[tuple[list[_Raw], str | None, bool]]:
    """The group `rs` as (raws, owner, split) parts: one part when at most one country owns
    its mentions; else one per owner (split True) and one of the mentions without one."""
    if not any(r.category in OWNED for r in rs):
        return [(rs, None, False)]
    owners = [owner_of(r) for r in rs]
    named = {o for o in owners if o}
    if not named or (len(named) == 1 and not _owned_beside_unowned(rs, owners)):
        return [(rs, next(iter(named), None), False)]
    parts: dict[str | None, list[_Raw]] = {}
    for r, o in zip(rs, owners):
        parts.setdefault(o, []).append(r)
    return [(sub, o, o is not None) for o, sub in parts.items()]


def _owned_beside_unowned(rs: list[_Raw], owners: list[str | None]) -> bool:
    """Does one sentence write the same name with its country and without one ("The Ministry
    of Foreign Affairs in Tokyo and Valmora's Ministry of Foreign Affairs will meet")?  Then
    the two are counterparts, not one body named twice."""
    for r, o in zip(rs, owners):
        if o is None:
            continue
        for q, p in zip(rs, owners):
            if p is None and q.text == r.text and q.seg is r.seg and q.start != r.start:
                a, b = sorted((q.start, r.start))
                if ". " not in q.seg.text[a:b]:
                    return True
    return False


def qualify(cand: Candidate, owner: str, split: bool, keep_bare: bool = True) -> None:
    """Give `cand` its owned form: an alias, or (split) the preferred form; `keep_bare`
    False: the bare name is another body's (mentions without a country), no form of this."""
    pref = next((f for f in cand.forms if f.lang == "en" and f.role is Role.PREFERRED), None)
    if pref is None or pref.text.startswith(owner) or OWNER_AFTER.search(pref.text):
        return      # (the name says its country itself: "Ministry of Justice of Korea")
    owned = Form("en", f"{owner}'s {pref.text}", Role.PREFERRED if split else Role.ALIAS,
                 confidence=pref.confidence, evidence=f"{owner}'s, before the name, says whose body it is")
    if split and not keep_bare:
        cand.forms.remove(pref)
        cand.forms.insert(0, owned)
    elif split:
        pref.role = Role.ALIAS
        cand.forms.insert(0, owned)
    else:
        cand.forms.append(owned)
