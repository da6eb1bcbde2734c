"""Template tags of static-site articles: Hugo shortcodes and Liquid (Jekyll) tags.

An article kept in a Hugo or Jekyll site carries its pictures and asides as template tags:

    {{< photo "seoul/street_small.jpg" "width" "village street" "The main street." >}}
    {{< q a="Valmo Ostrin" c="The Book of Tarvik" >}} ... {{< /q >}}
    {% include figure.html image="/img/a.jpg" caption="Gate of the Kessin palace" %}
    {{ site.baseurl }}   {% raw %}

A tag is markup: its delimiters, its name, file paths, URLs, numbers, bare keywords
("width") and the values of layout attributes (data/markup_attributes.tsv: class, src,
width, ...) are blanked -- replaced by spaces of the same length, line ends kept, so that
every line and column of the article stays where it was.  What a tag quotes as prose (a
caption, an alt text, the author and title of a quotation) is text of the article: it
stays in place, its quotes blanked, and a full stop is written where its closing quote
was when it ends without one, so that two captions do not run into one sentence and a
lower-case alt text is no quoted term.
"""
from __future__ import annotations

import regex

from ..text import lexicon

#: a Hugo shortcode ({{< >}}, {{% %}}), a Liquid tag ({% %}) or a Liquid output ({{ }});
#: at most this many characters long (a longer stretch is no tag)
MAX_TAG_CHARS = 2000
_N = "{0," + str(MAX_TAG_CHARS) + "}?"
#: a Hugo shortcode: "{{<" or "{{%", a name (or "/name"), arguments, "%}}" or ">}}"; may
#: span lines.  A Liquid tag: "{%", a name, arguments on the same line, "%}".  A Liquid or
#: Go-template output: "{{", a variable or an expression with filters, "}}" on the line.
#: None follows a backslash or a letter (LaTeX's "\footnote{%", "\textbf{{X}}").
TAG_RE = regex.compile(
    r"(?<![\\\p{L}])\{\{[<%]\s*(?P<hugo_name>/?[\p{L}\p{N}_\-./]+)(?P<hugo_body>." + _N + r")[>%]\}\}"
    r"|(?<![\\\p{L}])\{%-?[ \t]*(?P<liquid_name>[a-z_]+)(?P<liquid_body>[^\n]{0,500}?)-?%\}"
    r"|(?<![\\\p{L}])\{\{-?[ \t]*(?P<output>[.$\p{L}_][\p{L}\p{N}_.\[\]\"' ]{0,120}(?:\|[^}\n]{0,200})?)-?\}\}",
    regex.S)
#: the opening tag of a Hugo or Liquid block whose body is code or a comment, not text:
#: blanked from it to its closing tag ({% endcomment %}, {{< /highlight >}})
BLOCK_OPEN = regex.compile(
    r"(?<![\\\p{L}])\{%-?[ \t]*(?P<liquid>comment|highlight|raw)\b[^\n]{0,500}?%\}"
    r"|(?<![\\\p{L}])\{\{[<%][ \t]*(?P<hugo>highlight|code)\b[^\n]{0,500}?[>%]\}\}")


def _block_end(kind: str, name: str) -> regex.Pattern:
    if kind == "liquid":
        return regex.compile(r"\{%-?[ \t]*end" + name + r"[ \t]*-?%\}")
    return regex.compile(r"\{\{[<%][ \t]*/" + name + r"[ \t]*[>%]\}\}")


#: one argument of a tag: key=, then a double- or single-quoted value or a bare word
ARG_RE = regex.compile(
    r"(?:(?P<key>[\p{L}\p{N}_\-]+)\s*=\s*)?(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s\"'=]+))")
#: a value that is no prose: a path, a URL, markup, a file name
NOT_PROSE_RE = regex.compile(r"[/\\<>{}=]|\.[A-Za-z0-9]{2,4}$|^[\p{N}\s.,%\-]*$")
#: sentence-final punctuation a prose value may already end with
SENTENCE_FINAL = ".!?…。！？"


def has_template_tags(text: str) -> bool:
    return "{{" in text or "{%" in text


def blank_template_tags(text: str) -> str:
    """`text` with its template tags blanked and their prose kept (same length and lines);
    a code or comment block between its tags blanked whole."""
    if not has_template_tags(text):
        return text
    text = _blank_blocks(text)
    return TAG_RE.sub(_tag_view, text)


def _blank_blocks(text: str) -> str:
    """Code and comment blocks blanked from their opening to their closing tag; an opening
    tag never closed is left to TAG_RE.  Linear: a kind of block found unclosed once is not
    looked for again."""
    if "comment" not in text and "highlight" not in text and "raw" not in text and "code" not in text:
        return text
    out: list[str] = []
    pos, unclosed = 0, set()
    while (m := BLOCK_OPEN.search(text, pos)) is not None:
        kind = "liquid" if m.group("liquid") else "hugo"
        name = m.group(kind)
        end = None if (kind, name) in unclosed else _block_end(kind, name).search(text, m.end())
        if end is None:
            unclosed.add((kind, name))
            out.append(text[pos:m.end()])
            pos = m.end()
            continue
        out.append(text[pos:m.start()])
        out.append(_blank(text[m.start():end.end()]))
        pos = end.end()
    out.append(text[pos:])
    return "".join(out)


def _blank(text: str) -> str:
    return "".join(c if c == "\n" else " " for c in text)


def _tag_view(m: regex.Match) -> str:
    tag = m.group()
    out = [c if c == "\n" else " " for c in tag]
    name = "hugo_body" if m.group("hugo_body") is not None else \
        "liquid_body" if m.group("liquid_body") is not None else None
    if name is None:        # {{ .Site.Title }}: a variable, no prose
        return "".join(out)
    liquid = name == "liquid_body"
    base = m.start(name) - m.start()
    skip = _layout_attributes()
    for a in ARG_RE.finditer(m.group(name)):
        group = "dq" if a.group("dq") is not None else "sq" if a.group("sq") is not None else None
        if group is None:
            continue        # the tag's name, a bare keyword or value
        value = a.group(group)
        if liquid and not a.group("key"):
            continue        # {% if page.lang == "X" %}: a Liquid tag's prose is a key="value"
        if (a.group("key") or "").lower() in skip or not _prose(value):
            continue
        start = base + a.start(group)
        for i, c in enumerate(value):
            out[start + i] = c
        if value.rstrip() and value.rstrip()[-1] not in SENTENCE_FINAL:
            out[start + len(value)] = "."      # where the closing quote was
    return "".join(out)


def _prose(value: str) -> bool:
    """A quoted value that reads as text: a letter, no path, URL or markup, and (one word)
    a capitalised or non-Latin one, not a keyword such as "width" or "center"."""
    v = value.strip()
    if not v or not any(c.isalpha() for c in v) or NOT_PROSE_RE.search(v):
        return False
    return any(c.isspace() for c in v) or v[0].isupper() or not v[0].isascii()


def _layout_attributes() -> frozenset[str]:
    return lexicon.words("markup_attributes")
