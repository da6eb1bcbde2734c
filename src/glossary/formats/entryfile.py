"""An entry as a plain text file for `$EDITOR` (the fallback for typing Japanese and
Korean with an input method, which Textual cannot show inline), and back.

    # comment lines start with '#'
    category: agreement
    note: first line (further lines of the note are indented by two spaces;
      the note keeps its line breaks)

    [en]
    General Security of Military Information Agreement | preferred | approved
    RCEP | abbreviation | approved
    [ko]
    한일 군사정보보호협정 | preferred | suggested

A term line is `text | role | status`; role and status may be left out (preferred,
then alias; suggested).  A term that keeps its text keeps its origin, confidence,
evidence and reading; a new one is the editor's.
"""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import CATEGORIES, ROLES, STATUSES, Entry, Role, Status, Term
from ..text.normalize import key as norm_key
from ..text.normalize import clean_note, nfc
from ..text.langtags import normalize_lang

# A language section header: "[ko]", "[pt-BR]" (anything in brackets; the tag inside is
# validated by normalize_lang, so "[xx-!!]" is an error, not a term).
SECTION = re.compile(r"^\[(?P<lang>[^\[\]]+)\]$")
# A "field: value" line at the top of the file.
FIELD = re.compile(r"^(?P<name>category|note):\s?(?P<value>.*)$")

HEADER = ("# glossary entry {id} (revision {revision}).  Edit, save and quit; lines starting with '#'\n"
          "# are ignored.  A term is `text | role | status`; roles: {roles};\n"
          "# statuses: {statuses}.  Delete a line to delete the term.\n")


def dump(entry: Entry, langs: tuple[str, ...] = ("en", "ja", "ko")) -> str:
    out = [HEADER.format(id=entry.id, revision=entry.revision, roles=", ".join(ROLES),
                         statuses=", ".join(STATUSES))]
    out.append(f"category: {entry.category.value}\n")
    first, *rest = entry.note.split("\n") if entry.note else [""]
    out.append(f"note: {first}\n")
    out.extend(f"  {line}\n" for line in rest)
    for lang in (*langs, *(lang for lang in entry.languages if lang not in langs)):
        out.append(f"\n[{lang}]\n")
        for t in entry.terms_for(lang):
            out.append(f"{t.text} | {t.role.value} | {t.status.value}\n")
    return "".join(out)


def parse(text: str, entry: Entry) -> Entry:
    """The entry as edited in `text` (the id and revision stay those of `entry`)."""
    category = entry.category.value
    note_lines: list[str] | None = None
    lang: str | None = None
    terms: list[Term] = []
    old = {(t.lang, norm_key(t.text)): t for t in entry.terms}
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#"):
            continue
        if lang is None and note_lines is not None and line.startswith("  "):
            note_lines.append(line[2:])
            continue
        if not line.strip():
            continue
        if m := SECTION.match(line.strip()):
            try:
                lang = normalize_lang(m["lang"])
            except InputError as exc:
                raise InputError(exc.message, line=number) from None
            continue
        if lang is None:
            m = FIELD.match(line)
            if not m:
                raise InputError(f"expected 'category:', 'note:' or a [lang] section: {line!r}", line=number)
            if m["name"] == "category":
                category = m["value"].strip()
                if category not in CATEGORIES:
                    raise InputError(f"unknown category {category!r} (one of: {', '.join(CATEGORIES)})",
                                     line=number)
            else:
                note_lines = [m["value"]]
            continue
        terms.append(_term(line, lang, number, terms, old))
    note = clean_note("\n".join(note_lines)) if note_lines is not None else entry.note
    return entry.replace(category=category, note=note, terms=tuple(terms))


def _term(line: str, lang: str, number: int, so_far: list[Term], old: dict) -> Term:
    parts = [p.strip() for p in line.split("|")]
    text, rest = nfc(parts[0]), parts[1:]
    if not text:
        raise InputError("a term line with no text", line=number)
    if len(rest) > 2:
        raise InputError(f"too many '|' in {line!r} (text | role | status)", line=number)
    first = not any(t.lang == lang for t in so_far)
    role = rest[0] if rest and rest[0] else ("preferred" if first else "alias")
    status = rest[1] if len(rest) > 1 and rest[1] else "suggested"
    if role not in ROLES:
        raise InputError(f"unknown role {role!r} (one of: {', '.join(ROLES)})", line=number)
    if status not in STATUSES:
        raise InputError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})", line=number)
    before = old.get((lang, norm_key(text)))
    if before is not None:
        return before.replace(text=text, role=Role(role), status=Status(status))
    return Term(lang, text, Role(role), Status(status), "editor", 1.0)
