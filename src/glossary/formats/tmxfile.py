"""TMX 1.4b translation memories (LISA/GALA, what OmegaT, Trados, memoQ and Okapi import).

    write_tmx(stream, units, *, srclang="en", tgtlang) -> int     # translation units written
    read_tmx(stream, path=...) -> list[TmxUnit]                   # our own files and others'

One `<tu>` per aligned sentence pair, a `<tuv xml:lang>` per language with its `<seg>`;
`<prop>`s say where the pair comes from (`x-edition`, `x-original`, `x-pair`,
`x-bead`).  The header is TMX 1.4b's required one (creationtool, creationtoolversion,
segtype "sentence", o-tmf, adminlang, srclang, datatype "plaintext").

Safe XML: text is escaped, characters XML 1.0 cannot hold (C0 controls but tab and line
ends, lone surrogates, U+FFFE/U+FFFF) are dropped, and reading goes through defusedxml
(no entity expansion, no external entities).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Iterable
from xml.sax.saxutils import escape, quoteattr

import regex

from ..errors import FormatError

TOOL = "glossary"
TOOL_VERSION = "0.1.0"
#: characters XML 1.0 cannot hold
XML_INVALID_RE = regex.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class TmxUnit:
    """A translation unit: the segment of each language, and its properties."""

    segments: dict[str, str]
    props: tuple[tuple[str, str], ...] = field(default=())


def _clean(text: str) -> str:
    return XML_INVALID_RE.sub("", text)


def write_tmx(stream: IO[str], units: Iterable[TmxUnit], *, srclang: str = "en", tgtlang: str | None = None,
              created: str = "") -> int:
    """Write `units` as TMX 1.4b; returns how many were written.  `created`: the header's
    creationdate (YYYYMMDDThhmmssZ), left out when empty."""
    w = stream.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    w('<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n')
    w('<tmx version="1.4">\n')
    date = f" creationdate={quoteattr(created)}" if created else ""
    w(f'  <header creationtool="{TOOL}" creationtoolversion="{TOOL_VERSION}" segtype="sentence" '
      f'o-tmf="glossary" adminlang="en" srclang={quoteattr(srclang)} datatype="plaintext"{date}>\n')
    if tgtlang:
        w(f'    <prop type="x-target-language">{escape(tgtlang)}</prop>\n')
    w('  </header>\n  <body>\n')
    n = 0
    for unit in units:
        w('    <tu>\n')
        for name, value in unit.props:
            w(f'      <prop type={quoteattr(_clean(name))}>{escape(_clean(value))}</prop>\n')
        langs = [srclang, *sorted(k for k in unit.segments if k != srclang)]
        for lang in langs:
            if lang in unit.segments:
                w(f'      <tuv xml:lang={quoteattr(lang)}><seg>{escape(_clean(unit.segments[lang]))}</seg></tuv>\n')
        w('    </tu>\n')
        n += 1
    w('  </body>\n</tmx>\n')
    return n


def read_tmx(stream: IO[bytes], path: str = "<tmx>") -> list[TmxUnit]:
    """The translation units of a TMX file (1.1-1.4b): each `<tu>`'s segments by language
    (the text of `<seg>` with its inline markup's text) and its `<prop>`s."""
    from defusedxml import ElementTree as ET

    try:
        root = ET.parse(stream).getroot()
    except ET.ParseError as exc:
        raise FormatError(f"not well-formed XML: {exc}", path=path) from None
    except Exception as exc:   # defusedxml's refusals (entities, DTDs with declarations)
        raise FormatError(f"refused: {exc}", path=path) from None
    if root.tag != "tmx":
        raise FormatError(f"not a TMX file (root element <{root.tag}>)", path=path)
    body = root.find("body")
    out: list[TmxUnit] = []
    for tu in (body.iter("tu") if body is not None else ()):
        segs: dict[str, str] = {}
        for tuv in tu.findall("tuv"):
            lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
            seg = tuv.find("seg")
            if lang and seg is not None:
                segs[lang] = "".join(seg.itertext())
        props = tuple((p.get("type", ""), p.text or "") for p in tu.findall("prop"))
        out.append(TmxUnit(segs, props))
    return out
