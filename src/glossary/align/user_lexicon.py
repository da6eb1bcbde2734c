"""Evidence source: the desk's own lexicon, a TSV file editors extend without code.

    GLOSSARY_LEXICON=~/desk/lexicon.tsv glossary extract article.md

The file (several may be given, separated by the platform's path separator, ":" on Unix)
is UTF-8 tab-separated text with a header row naming its columns: `en` and at least one
of `ja`, `ko`; `category` and `note` are optional and other columns are ignored.  Lines
starting with `#` and blank lines are skipped.  Each row is one concept:

    en	ja	ko	category
    General Security of Military Information Agreement	軍事情報包括保護協定	군사정보보호협정	agreement
    Kono Statement	河野談話	고노 담화

An entry whose English form matches a row's `en` (by the termbase's matching key: NFKC,
case, spacing and punctuation do not matter) gets the row's Japanese and Korean forms it
lacks, as suggestions with origin `lexicon:<file name>` and the row's line in the evidence.
A malformed file is refused with one line naming the file and the line.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from ..text.normalize import key as norm_key

ENV = "GLOSSARY_LEXICON"
#: an editor's lexicon is curated, but a row may be meant for another context
CONFIDENCE = 0.95


@dataclass(frozen=True)
class LexiconRow:
    en: str
    forms: dict[str, str]        # lang -> form
    source: str                  # "lexicon.tsv:12"


def configured_paths() -> tuple[str, ...]:
    raw = os.environ.get(ENV, "").strip()
    return tuple(p for p in raw.split(os.pathsep) if p.strip()) if raw else ()


def rows_by_key() -> dict[str, LexiconRow]:
    """The rows of every configured lexicon by English key (a later file wins)."""
    out: dict[str, LexiconRow] = {}
    for path in configured_paths():
        stat = _stat(path)
        out.update(_load(path, stat.st_mtime_ns, stat.st_size))
    return out


def _stat(path: str) -> os.stat_result:
    """The lexicon file's status; a FIFO, socket or device is refused before it is read
    (reading one would block or never end), as every file glossary reads."""
    import stat

    try:
        st = os.stat(path)
    except OSError as exc:
        raise InputError(f"${ENV}: cannot read the lexicon: {exc.strerror or exc}", path=path) from None
    if not stat.S_ISREG(st.st_mode):
        kind = "a directory" if stat.S_ISDIR(st.st_mode) else "a FIFO, socket or device"
        raise InputError(f"${ENV}: the lexicon is not a regular file ({kind})", path=path)
    return st


@lru_cache(maxsize=8)
def _load(path: str, _mtime: int, _size: int) -> dict[str, LexiconRow]:
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"the lexicon is not UTF-8 (byte {exc.start})", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read the lexicon: {exc.strerror or exc}", path=path) from None
    name = os.path.basename(path)
    header: list[str] | None = None
    out: dict[str, LexiconRow] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = [c.lower() for c in cells]
            if "en" not in header or not ({"ja", "ko"} & set(header)):
                raise InputError(f"the header must name the columns en and ja and/or ko "
                                 f"(tab-separated), not {line.strip()[:60]!r}", path=path, line=n)
            continue
        if len(cells) > len(header):
            raise InputError(f"{len(cells)} fields, the header has {len(header)}", path=path, line=n)
        row = dict(zip(header, cells))
        en = row.get("en", "")
        if not en:
            raise InputError("no English term in the en column", path=path, line=n)
        forms = {lang: row[lang] for lang in ("ja", "ko") if row.get(lang)}
        if forms:
            out[norm_key(en)] = LexiconRow(en, forms, f"{name}:{n}")
    if header is None:
        raise InputError("the lexicon is empty (no header row)", path=path)
    return out
