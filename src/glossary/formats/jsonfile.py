"""JSON: the DESIGN.md section 4 entry shape as a lossless dump and restore.

    {"format": "glossary", "version": 1, "entries": [
    {"id": "ishiba-shigeru", "category": "person", ..., "occurrences": [...]},
    ...
    ]}

One entry per line: diffs stay readable and the C encoder does the work (an indented
dump goes through the pure-Python encoder, several times slower).  Reading also accepts
a bare JSON array of entries (what `glossary list --json` prints).
"""
from __future__ import annotations

import json
from typing import Any, BinaryIO, Iterable, TextIO

from ..errors import FormatError
from ..model import Entry

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
    for n, item in enumerate(items, 1):
        try:
            if not isinstance(item, dict):
                raise TypeError("not an object")
            entries.append(Entry.from_dict(item))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            ident = item.get("id") if isinstance(item, dict) else None
            what = f"entry {n}" + (f" ({ident!r})" if ident else "")
            detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise FormatError(f"{what}: {detail}", path=path) from None
    return entries
