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
import re
from typing import Any, BinaryIO, Iterable, TextIO

from ..errors import FormatError
from ..model import Category, Entry, Occurrence, Role, Status, Term, definitions_of

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
        data: Any = json.load(stream, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise FormatError(f"invalid JSON: {exc.msg} (column {exc.colno})", path=path, line=exc.lineno) from None
    except UnicodeDecodeError as exc:
        raise FormatError(f"not valid UTF-8 (byte {exc.start})", path=path) from None
    except RecursionError:
        raise FormatError("invalid JSON: nested too deeply", path=path) from None
    except ValueError as exc:   # an integer of thousands of digits, NaN/Infinity
        raise FormatError(f"invalid JSON: {exc}", path=path) from None
    if isinstance(data, dict):
        if data.get("format") != FORMAT_NAME or not isinstance(data.get("entries"), list):
            raise FormatError('not a glossary dump (expected {"format": "glossary", "entries": [...]} '
                              "or a JSON array of entries)", path=path)
        version = data.get("version", 1)
        if type(version) is not int:
            raise FormatError(f"version must be a whole number, not {json.dumps(version)[:40]}", path=path)
        if version > FORMAT_VERSION:
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
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
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


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number this format allows")


# Lone surrogates ("\\ud800" in JSON) are not text: SQLite cannot store them
_SURROGATE = re.compile("[\ud800-\udfff]")
# SQLite's integers are 64-bit
_INT_MAX = 2**63 - 1


def _text(value: Any, what: str) -> str:
    if type(value) is not str:
        raise TypeError(f"{what} must be a string, not {type(value).__name__}")
    if _SURROGATE.search(value):
        raise ValueError(f"{what} holds a lone surrogate (not Unicode text)")
    return value


def _opt_text(value: Any, what: str) -> str:
    """An optional string field: null or missing is ""."""
    return "" if value is None else _text(value, what)


def _int(value: Any, what: str, low: int = 0) -> int:
    if type(value) is not int:
        if type(value) is str and value.strip().lstrip("-").isdecimal() and len(value) < 20:
            value = int(value)
        else:
            raise TypeError(f"{what} must be a whole number, not {json.dumps(value)[:40]}")
    if not low <= value <= _INT_MAX:
        raise ValueError(f"{what} {value} is out of range")
    return value


def _confidence(value: Any) -> float:
    if type(value) is not float:
        if type(value) is bool or not isinstance(value, (int, float)):
            raise TypeError(f"confidence must be a number, not {json.dumps(value)[:40]}")
        value = float(value)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence {value} is not a number from 0 to 1")
    return value


def _occurrence(d: dict[str, Any]) -> Occurrence:
    footnote = d.get("footnote")
    return Occurrence(_text(d["doc"], "an occurrence's doc"), _int(d["line"], "line"), _int(d["col"], "col"),
                      _opt_text(d.get("context"), "an occurrence's context"),
                      None if footnote is None else _int(footnote, "footnote"))


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
                if type(confidence) is not float or not 0.0 <= confidence <= 1.0:
                    confidence = _confidence(confidence)
                terms.append(Term(_text(lang, "a language"), _text(item["text"], "a term's text"), role, status,
                                  _text(item.get("origin", "text"), "origin"), confidence,
                                  _opt_text(item.get("evidence"), "evidence"),
                                  _opt_text(item.get("reading"), "reading"),
                                  _opt_text(item.get("context"), "a term's context"),
                                  _opt_text(item.get("part_of_speech"), "part_of_speech")))
    occurrences = d.get("occurrences")
    return Entry(
        _text(d["id"], "id"),
        _member(_CATEGORIES, Category, d.get("category", "other")),
        _opt_text(d.get("note"), "note"),
        tuple(terms),
        tuple(_occurrence(o) for o in occurrences) if occurrences else (),
        _int(d.get("revision", 0), "revision"),
        _opt_text(d.get("created_at"), "created_at"),
        _opt_text(d.get("updated_at"), "updated_at"),
        _definitions(d.get("definitions")),
        _opt_text(d.get("subject"), "subject"),
        _flag(d.get("translate", True), "translate"),
        _opt_text(d.get("created_by"), "created_by"),
        _opt_text(d.get("updated_by"), "updated_by"),
    )


def _definitions(value: Any) -> tuple[tuple[str, str], ...]:
    """`definitions`: an object {lang: text} (null or missing: none)."""
    if value is None:
        return ()
    if type(value) is not dict:
        raise TypeError(f"definitions must be an object {{lang: text}}, not {json.dumps(value)[:40]}")
    return definitions_of({_text(lang, "a definition's language"): _text(text, "a definition")
                           for lang, text in value.items()})


def _flag(value: Any, what: str) -> bool:
    if type(value) is not bool:
        raise TypeError(f"{what} must be true or false, not {json.dumps(value)[:40]}")
    return value
