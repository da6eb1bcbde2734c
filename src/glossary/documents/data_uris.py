"""Files embedded in an article as `data:` URIs (RFC 2397), blanked in place.

A page saved whole, a Markdown export or an OCR service's JSON answer carries its
pictures inline:

    ![img-0.jpeg](data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBD...)
    <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA..." alt="Ostrin harbour">
    {"id": "img-0.jpeg", "image_base64": "data:image/jpeg;base64,/9j/4AAQ..."}

The payload is no text: thousands of letters and digits that would read as names, and
as note markers glued to them ("...Ab3"), and it can dwarf the article.  Each URI, its
`data:` scheme, media type and payload, is replaced by spaces of the same length (as
shortcodes.py and html_text.py blank markup), so that every line and column of the
article stays where it was.  What surrounds it -- the brackets of a Markdown image, its
alt text, the quotes and key of a JSON field, the rest of an `<img>` tag -- is left to
the other readers.
"""
from __future__ import annotations

import regex

#: A `data:` URI: the scheme (not the end of a longer word: "metadata:"), a media type
#: ("image/jpeg", "image/svg+xml"), parameters (";charset=utf-8"), ";base64", a comma,
#: then the payload up to white space, a quote, a bracket or a backslash (the end of a
#: JSON string, a Markdown link or an HTML attribute); JSON's escaped slash "\/" is part
#: of it.  A base64 payload is letters, digits, "+", "/" and "="; any other payload is
#: percent-encoded URL characters.  A URI needs a media type or ";base64" (so "data:,"
#: in prose is none).
DATA_URI_RE = regex.compile(
    r"(?<![\p{L}\p{N}_\-])data:(?P<type>[a-z]+/[a-z0-9.+\-]+)?"
    r"(?:;[a-z0-9\-]+=[^;,\s\"'()<>\\]+)*"
    r"(?:(?P<base64>;base64,)(?:[A-Za-z0-9+/=]|\\/)*"
    r"|,[A-Za-z0-9%._~!$&*+,;=:@/?\-]*)",
    regex.IGNORECASE)


def blank_data_uris(text: str) -> str:
    """`text` with every `data:` URI replaced by spaces of the same length."""
    if "ata:" not in text and "ATA:" not in text:
        return text
    return DATA_URI_RE.sub(_blank, text)


def _blank(m: regex.Match) -> str:
    if not (m.group("type") or m.group("base64")):
        return m.group()
    return " " * len(m.group())
