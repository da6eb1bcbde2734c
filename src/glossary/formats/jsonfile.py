"""JSON: the DESIGN.md section 4 entry shape as a lossless dump and restore.

    {"format": "glossary", "version": 1, "entries": [
    {"id": "ishiba-shigeru", "category": "person", ..., "occurrences": [...]},
    ...
    ]}

One entry per line: diffs stay readable and the C encoder does the work (an indented
dump goes through the pure-Python encoder, several times slower).  Reading also accepts
a bare JSON array of entries (what `glossary list --json` prints).

Reading builds the model objects directly (`entry_from_dict`): the same result as
`Entry.from_dict`, without its per-field enum calls and conversions, which dominated a
100,000-entry restore.
"""
from __future__ import annotations

import json
from typing import Any, BinaryIO, Iterable, TextIO

from ..errors import FormatError
from ..model import Category, Entry, Occurrence, Role, Status, Term

FORMAT_NAME = "glossary"
FORMAT_VERSION = 1


def write_json(stream: TextIO, entries: Iterable[Entry], *, langs: Iterable[str] | None = None) -> int:
    keep = set(langs) if langs is not None else None
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    lines = []
    for e in entries:
        d = e.to_dict()
        if keep is not None:
            d["terms"] = {lang: items for lang, items in d["terms"].items() if lang in keep}
        lines.append(dumps(d))
    stream.write(f'{{"format": "{FORMAT_NAME}", "version": {FORMAT_VERSION}, "entries": [\n')
    stream.write(",\n".join(lines))
    stream.write("\n]}\n")
    return len(lines)


def read_json(stream: BinaryIO | TextIO, *, path: str | None = None) -> list[Entry]:
    try:
        data: Any = json.load(stream)
    except json.JSONDecodeError as exc:
        raise FormatError(f"invalid JSON: {exc.msg} (column {exc.colno})", path=path, line=exc.lineno) from None
    except UnicodeDecodeError as exc:
        raise FormatError(f"not valid UTF-8 (byte {exc.start})", path=path) from None
    if isinstance(data, dict):
        if data.get("format") != FORMAT_NAME or not isinstance(data.get("entries"), list):
            raise FormatError('not a glossary dump (expected {"format": "glossary", "entries": [...]} '
                              "or a JSON array of entries)", path=path)
        if int(data.get("version", 1)) > FORMAT_VERSION:
            raise FormatError(f"dump version {data.get('version')} is newer than this program "
                              f"({FORMAT_VERSION})", path=path)
        items = data["entries"]
    elif isinstance(data, list):
        items = data
    else:
        raise FormatError("expected a JSON object or array", path=path)
    entries: list[Entry] = []
    decode = entry_from_dict
    for n, item in enumerate(items, 1):
        try:
            entries.append(decode(item))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            ident = item.get("id") if isinstance(item, dict) else None
            what = f"entry {n}" + (f" ({ident!r})" if ident else "")
            detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise FormatError(f"{what}: {detail}", path=path) from None
    return entries


_CATEGORIES = {c.value: c for c in Category}
_ROLES = {r.value: r for r in Role}
_STATUSES = {s.value: s for s in Status}


def _member(table: dict[str, Any], cls: Any, value: Any) -> Any:
    member = table.get(value) if type(value) is str else None
    return member if member is not None else cls(value)  # cls(value) raises the usual ValueError


def _text(value: Any, what: str) -> str:
    if type(value) is not str:
        raise TypeError(f"{what} must be a string, not {type(value).__name__}")
    return value


def _occurrence(d: dict[str, Any]) -> Occurrence:
    line, col = d["line"], d["col"]
    return Occurrence(d["doc"], line if type(line) is int else int(line), col if type(col) is int else int(col),
                      d.get("context", "") or "", d.get("footnote"))


def entry_from_dict(d: Any) -> Entry:
    """`Entry.from_dict` for one entry of a dump, lean: the common values (members of the
    enums, floats, strings) pass through without conversion; anything else is converted
    or refused exactly as Entry.from_dict does (KeyError, TypeError, ValueError)."""
    if type(d) is not dict:
        raise TypeError("not an object")
    terms: list[Term] = []
    groups = d.get("terms")
    if groups:
        roles, statuses = _ROLES, _STATUSES
        for lang, items in groups.items():
            for item in items:
                if type(item) is str:
                    terms.append(Term(lang, item))
                    continue
                role = roles.get(item.get("role", "preferred"))
                if role is None:
                    role = Role(item["role"])
                status = statuses.get(item.get("status", "suggested"))
                if status is None:
                    status = Status(item["status"])
                confidence = item.get("confidence", 1.0)
                if type(confidence) is not float:
                    confidence = float(confidence)
                terms.append(Term(lang, _text(item["text"], "a term's text"), role, status,
                                  item.get("origin", "text"), confidence, item.get("evidence", "") or "",
                                  item.get("reading", "") or ""))
    occurrences = d.get("occurrences")
    revision = d.get("revision", 0)
    return Entry(
        _text(d["id"], "id"),
        _member(_CATEGORIES, Category, d.get("category", "other")),
        d.get("note", "") or "",
        tuple(terms),
        tuple(_occurrence(o) for o in occurrences) if occurrences else (),
        revision if type(revision) is int else int(revision),
        d.get("created_at", "") or "",
        d.get("updated_at", "") or "",
    )
