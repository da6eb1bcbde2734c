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



# An acronym and a lower-case word right after it ("AB widgets"): mixed-case name candidates.
# (stdlib `re`, ASCII; the one look-behind anchors the match at the start of a capital run,
# so a long run without spaces is not rescanned from every position — that was quadratic;
# the other word edges are checked on the few matches.)
ACRONYM_LOWER = re.compile(r"(?<![A-Z0-9])([A-Z][A-Z0-9]+) ([a-z]+)")


class _Acronyms:
    pass
