"""JSON in articles: a saved API answer, a dataset's record, a scraped page as JSON.

An article may arrive as JSON -- a CMS's REST answer (`{"title":{"rendered":"…"},
"content":{"rendered":"<p>…"}}`), a news dataset's JSON Lines, an encyclopedia's record --
whole or cut out of a larger file (then no JSON parser accepts it).  `json_text` reads it
lexically, so an excerpt reads as well as a whole file: the prose is the string values;
keys, brackets, commas, numbers and the values that are no prose (dates, URLs, slugs,
identifiers: a value without a space that holds a digit or a slash, a slug) are blanked; a value's
escapes are decoded (`\\n` a line break, `\\u2019` ’, `\\/` /), and a value that does not end
its sentence ends it (a full stop), so that values never run into each other; line numbers
then count the decoded lines, as for HTML written on one line.  A value that shares its
line with the next one ends the line, so that a title and the text after it do not run
together.  Lines before the JSON (a source line) stay as they are; HTML inside the values
is left to `html_text`.

A text is JSON when, after its first lines, a line opens an object or an array or starts
with a key (an excerpt: `"Government": {`), and the text holds at least MIN_KEYS `"key":`
pairs.
"""
from __future__ import annotations

import json

import regex

from ..text.scripts import has_cjk

#: a JSON string token
#: (a string may hold raw line breaks, and the last one of an excerpt may be cut off)
_STRING = regex.compile(r'"(?:[^"\\]|\\.)*(?:"|\Z)')
#: a key: a string followed by a colon
_KEY_AFTER = regex.compile(r"\s*:")
#: where the JSON starts: a line that opens an object or an array, then a key soon after
_START = regex.compile(r'^[ \t]*[\[{]?[\s\[{]*"[^"\n]{1,80}"[ \t]*:[ \t]*[\[{"0-9tfn-]', regex.MULTILINE)
_KEYS = regex.compile(r'"[^"\n]{1,80}"\s*:')
MIN_KEYS = 3
#: how far into the text the JSON may start (a source line, a title before a pasted record)
MAX_LEAD = 2000
#: a value that is no prose: one token holding a digit or a slash (a date, a URL, an id)
_NO_PROSE = regex.compile(r"\S*[\d/]\S*|[a-z]+(?:[-_][a-z]+)+")
#: what JSON writes between two strings: brackets, a colon, commas, a number or a literal
_JSON_GAP = regex.compile(r"[\s,:{}\[\]]*(?:(?:-?\d[\d.eE+\-]*|true|false|null)[\s,:{}\[\]]*)*")
#: a value that ends its sentence
_ENDS_SENTENCE = regex.compile(r"[.!?。！？…:;>]\s*$")
#: a half of a surrogate pair alone (an excerpt cut between the two): not text
_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")
#: an escape cut off at the end of an excerpt (`\u20`)
_CUT_ESCAPE = regex.compile(r"\\(?:u[0-9a-fA-F]{0,3})?$")


def json_text(text: str) -> str | None:
    """The prose of a JSON text (see the module's docstring), or None for a text that is
    not JSON: an HTML page (its JSON-LD), or a text with anything but JSON syntax between
    its strings (a Markdown article quoting JSON, a glossary of '"Term": its meaning' lines,
    JSON front matter before a body)."""
    start = _START.search(text, 0, MAX_LEAD + 200)
    if start is None or start.start() > MAX_LEAD or len(_KEYS.findall(text, start.start())) < MIN_KEYS \
            or "<" in text[:start.start()] or text.lstrip()[:1] == "<":
        return None
    tokens = list(_STRING.finditer(text, start.start()))
    gaps = [text[a.end():b.start()] for a, b in zip(tokens, tokens[1:])]
    if not tokens or not all(_JSON_GAP.fullmatch(g) for g in gaps) \
            or not _JSON_GAP.fullmatch(text[start.start():tokens[0].start()]) \
            or not _JSON_GAP.fullmatch(text[tokens[-1].end():]):
        return None
    out = [text[:start.start()]]
    pos = start.start()
    for k, m in enumerate(tokens):
        out.append(_blank(text[pos:m.start()]))
        pos = m.end()
        if _KEY_AFTER.match(text, m.end()):
            out.append(" " * (m.end() - m.start()))
            continue
        value = _decode(m.group())
        v = value.strip()
        if not v or (_NO_PROSE.fullmatch(v) and not has_cjk(v)):
            out.append(" " * (m.end() - m.start()))
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        same_line = nxt is not None and "\n" not in text[m.end():nxt.start()]
        # (each value a sentence of its own: an author's name does not run into the tags after it)
        end = "" if _ENDS_SENTENCE.search(v) else "."
        out.append(" " + value + end + ("\n" if same_line else " "))
    out.append(_blank(text[pos:]))
    return "".join(out)


def _blank(between: str) -> str:
    """What lies between strings (brackets, colons, commas, numbers, literals): blanked, its
    line breaks kept."""
    return regex.sub(r"[^\n]", " ", between)


def _decode(token: str) -> str:
    """A string token's value (escapes decoded; a lone surrogate becomes U+FFFD, an escape
    cut off at the end of an excerpt is dropped); a token JSON rejects is read as written."""
    body = token[1:-1] if token.endswith('"') and len(token) > 1 else _CUT_ESCAPE.sub("", token[1:])
    try:
        value = json.loads('"' + body + '"', strict=False)
    except ValueError:
        return body
    return _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else body
