"""Validation and ids: what a term, an id or a whole entry must be before it is stored.

The one owner of these rules: the facade (`api.Glossary`), the services (`pipeline`,
`exchange`) and the readers of exchange formats call them; nothing here knows about a
store or a front end.

    clean_text(text, what)    a term as stored (NFC, no controls, at most MAX_TERM_CHARS), or InputError
    check_entry(entry)        a whole entry that did not come through clean_text (imports, editors)
    VALID_ID / slugify / new_id   ids given by users / made from a term / made unique
    parse_category/role/status  an enum member from user input, or InputError naming the choices
"""
from __future__ import annotations

import re
import unicodedata
TYPE_CHECKING = False  # typing is not imported at run time: `glossary lookup` starts fast

if TYPE_CHECKING:
    from typing import Callable

from .errors import InputError
from .model import Category, Entry, Role, Status, check_confidence
from .text.normalize import MAX_TERM_CHARS, nfc, refuse_controls

__all__ = ["SLUG_UNSAFE", "VALID_ID", "check_entry", "clean_text", "new_id", "parse_category", "parse_role",
           "parse_status", "slugify", "unique_id"]

# Characters that may appear in an entry id; everything else becomes a hyphen.
SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")
# Ids given by users: a lower-case slug, 1-80 characters, no leading/trailing hyphen.
VALID_ID = re.compile(r"^[a-z0-9](?:[a-z0-9._-]{0,78}[a-z0-9])?$")


def slugify(text: str, lang: str = "en") -> str:
    """A stable ASCII id from a term: 'Hong Gil-dong' -> 'hong-gil-dong'.

    Text without Latin letters gets `<lang>-<hash>` so ids stay ASCII (they are msgctxt
    values and file names for translators' tools)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = SLUG_UNSAFE.sub("-", ascii_text).strip("-")
    if len(slug) > 60:
        slug = slug[:60].rsplit("-", 1)[0] or slug[:60]
    if not slug or len(slug) < 2 and len(text) > 2:
        import hashlib

        slug = f"{lang}-{hashlib.sha1(nfc(text).encode()).hexdigest()[:8]}"
    return slug


def clean_text(text: str, what: str = "text") -> str:
    """A term as stored (NFC, invisible characters removed, white space collapsed), or
    InputError: empty, a control character, longer than MAX_TERM_CHARS."""
    if text is None or not nfc(text):
        raise InputError(f"empty {what}")
    refuse_controls(text, what, limit=MAX_TERM_CHARS * 4)   # before collapsing white space
    text = nfc(text)
    if len(text) > MAX_TERM_CHARS:
        raise InputError(f"{what} is {len(text)} characters long (at most {MAX_TERM_CHARS})")
    return text


def check_entry(entry: Entry) -> Entry:
    """`entry` unchanged, or InputError naming the entry: a control or bidi character in a
    term, note, evidence, origin or reading, a term over MAX_TERM_CHARS, a confidence that
    is not a number from 0 to 1.  For whole entries that did not come through clean_text
    (the TUI's editor, imports); the exchange readers call the same validators per field."""
    where = f"entry {entry.id}"
    refuse_controls(entry.note or "", f"{where}: note")
    for what in ("subject", "created_by", "updated_by"):
        refuse_controls(getattr(entry, what) or "", f"{where}: {what}")
    for lang, text in entry.definitions:
        refuse_controls(text, f"{where}: {lang} definition")
    for t in entry.terms:
        refuse_controls(t.text, f"{where}: term", limit=MAX_TERM_CHARS)
        for what in ("evidence", "origin", "reading", "context", "part_of_speech"):
            refuse_controls(getattr(t, what) or "", f"{where}: {what} of {t.text!r}")
        try:
            check_confidence(t.confidence)
        except ValueError as exc:
            raise InputError(f"{where}: {exc} (term {t.text!r})") from None
    return entry


def parse_category(value: str | Category) -> Category:
    try:
        return Category(value)
    except ValueError:
        raise InputError(f"unknown category {value!r} (one of: {', '.join(c.value for c in Category)})") from None


def parse_role(value: str | Role) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InputError(f"unknown role {value!r} (one of: {', '.join(r.value for r in Role)})") from None


def parse_status(value: str | Status) -> Status:
    try:
        return Status(value)
    except ValueError:
        raise InputError(f"unknown status {value!r} (one of: {', '.join(s.value for s in Status)})") from None


def unique_id(base: str, exists: Callable[[str], bool]) -> str:
    """`base`, or `base-2`, `base-3` ... : the first id for which `exists` is false."""
    candidate, n = base, 2
    while exists(candidate):
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def new_id(text: str, lang: str, exists: Callable[[str], bool]) -> str:
    """A new entry id for a term: its slug, made unique (`exists`: is this id taken?)."""
    return unique_id(slugify(text, lang), exists)
