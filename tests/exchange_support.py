"""Shared pieces of the exchange-format tests: hypothesis strategies for entries that a
termbase can hold, a frozen clock (for .po files, whose header is dated by the newest
change), and termbase builders."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path
from unittest import mock

from hypothesis import strategies as st

from glossary import api
from glossary.formats.tbxfile import XML_ILLEGAL
from glossary.model import Category, Entry, Occurrence, Role, Status, Term
from glossary.text.normalize import key, nfc

DATA = Path(__file__).parent / "data" / "formats"
FROZEN = "2024-10-01T09:30:00Z"

# Characters worth hitting on purpose: CJK, Hangul (and a decomposed jamo sequence),
# combining marks, RTL (Hebrew, Arabic), emoji with a skin-tone modifier and ZWJ,
# quotes, backslash, PO/CSV/XML specials.
SPECIAL = list("石破茂尹錫悦윤석열이시바シゲル\u1100\u1161\u11a8e\u0301\u05d0\u05d1\u0627\u0644😀👍🏽👨\u200d👩"
               "\"'\\<>&=+-@;:,|#%{}[]") + ["\U0001f1ef\U0001f1f5"]
_chars = st.one_of(st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from(SPECIAL))
_free_chars = st.one_of(_chars, st.sampled_from(["\n", "\t", "\r", "\\", '"', "\r\n"]))


def _xml_ok(s: str) -> bool:
    return not XML_ILLEGAL.search(s)


# terms in their stored form: nfc() of arbitrary text (NFC, idempotent, zero-width removed)
term_text = st.lists(_chars, min_size=1, max_size=16).map("".join).map(nfc).filter(
    lambda s: bool(s) and _xml_ok(s))
free_text = st.lists(_free_chars, max_size=30).map("".join).filter(_xml_ok)  # notes, evidence, readings
entry_ids = st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}[a-z0-9]", fullmatch=True)
docs = st.sampled_from(["seeds/000_409e99854556560e.txt", "seeds/a b.txt", "notes/한국어.md", "x.txt"])


@st.composite
def terms_of(draw, lang: str, min_size: int) -> list[Term]:
    texts = draw(st.lists(term_text, min_size=min_size, max_size=3, unique_by=key))
    out = []
    for i, text in enumerate(texts):
        role = Role.PREFERRED if i == 0 else draw(st.sampled_from(list(Role)))
        out.append(Term(lang, text, role, draw(st.sampled_from(list(Status))),
                        draw(st.sampled_from(["text", "footnote:3", "editor", "dictionary:names", "romanization"])),
                        draw(st.sampled_from([1.0, 0.9, 0.5, 0.1234])),
                        draw(st.one_of(st.just(""), free_text)), draw(st.one_of(st.just(""), free_text))))
    return out


@st.composite
def entries(draw, *, min_size: int = 1, max_size: int = 12) -> list[Entry]:
    ids = draw(st.lists(entry_ids, min_size=min_size, max_size=max_size, unique=True))
    out = []
    for entry_id in ids:
        terms = draw(terms_of("en", 1)) + draw(terms_of("ja", 0)) + draw(terms_of("ko", 0))
        occs = draw(st.lists(st.builds(Occurrence, docs, st.integers(1, 500), st.integers(0, 80), free_text,
                                       st.one_of(st.none(), st.integers(1, 40))), max_size=3))
        out.append(Entry(entry_id, draw(st.sampled_from(list(Category))), draw(free_text), tuple(terms),
                         tuple(occs)))
    return out


@contextlib.contextmanager
def frozen_clock():
    """Every stamp the store writes is FROZEN, so two termbases built at different
    moments export identical dates (the .po header is dated by the newest change)."""
    with mock.patch("glossary.store.sqlite.now", lambda: FROZEN):
        yield


def termbase(path: os.PathLike | str, items: list[Entry] | None = None) -> api.Glossary:
    g = api.Glossary.open(path, actor="test")
    if items:
        g.add_all(items)
    return g


def read(path: os.PathLike | str) -> bytes:
    return Path(path).read_bytes()
