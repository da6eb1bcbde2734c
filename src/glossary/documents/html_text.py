"""HTML in articles: tags blanked, `<sup>` markers and footnote lists made readable.

Articles arrive as saved web pages, CMS templates or Markdown with inline HTML.  Before
the structure parser runs, `mask_html` rewrites such a text **without moving any
character**: every tag, comment, script/style body and template tag becomes spaces of
the same length (newlines inside a tag stay newlines), so lines and columns of the rest
stay exactly where they were in the file.  Two things are rewritten in place rather
than blanked, so that the ordinary parser sees them:

* a **footnote reference** -- `<sup>3</sup>`, `<sup><a href="#fn3">[3]</a></sup>`, or a
  `<sup>` whose label is not a number (`*`, `**`, `†`) but whose link points at a note
  -- becomes the note number in superscript digits (`³`) at the position of `<sup`,
  glued to the word before it like any superscript marker;
* a **footnote list item** -- an `<li>` whose id a reference links to, or any `<li>`
  inside a container whose class or id says footnotes/endnotes/notes/references -- is
  blanked like any tag, and reported as an `HtmlNote` (its number, where its text starts,
  its last line), so the structure parser takes exactly those lines as the note and the
  article text around and between footnote lists as body.  Notes are numbered in
  document order; a link resolves to the nearest following item with its id (pages with
  one list per section reuse ids).  A back-link (`↩`, `^`, "back") inside a note is
  blanked.  A plain `<ol>` (no class) right after a heading that names the notes
  (`<h3>Notes</h3>`, `<p><b>Endnotes</b></p>`, "References": NOTES_HEADING_RE) is such a
  container too when a numbered `<sup>` reference comes before it (a hand-written or
  CMS page): its item k is note k, unless the item says its number (`value="K"`,
  `id="fnK"`) or the list its first one (`start="K"`).

Character references (`&amp;`, `&#8220;`, `&nbsp;`) become their character followed by
spaces.  A text is treated as HTML when it holds a tag of an HTML element
(`looks_like_html`); an XML document (a declaration or an `xmlns`) has the tags of all its
own elements removed the same way (`_xml_markup`); `<https://...>` autolinks and "<Title>" in angle brackets are not
tags and are left alone.
"""
from __future__ import annotations

import bisect
import html.entities
from dataclasses import dataclass

import regex

from .patterns import NOTES_HEADING_RE

#: Element names whose tags are markup (anything else in angle brackets is left as text).
_ELEMENTS = (
    "a|abbr|article|aside|b|big|blockquote|body|br|caption|center|cite|code|col|colgroup|dd|del|details|"
    "dfn|div|dl|dt|em|figcaption|figure|font|footer|h[1-6]|head|header|hr|html|i|img|ins|kbd|label|li|"
    "main|mark|meta|nav|ol|p|pre|q|rp|rt|ruby|s|samp|section|small|span|strike|strong|sub|summary|sup|"
    "table|tbody|td|tfoot|th|thead|time|title|tr|tt|u|ul|var|wbr|link"
)
TAG_RE = regex.compile(r"<(?P<close>/)?(?P<name>" + _ELEMENTS + r")\b(?P<attrs>[^<>]*)>", regex.IGNORECASE)
# Comments, script/style bodies, template tags (<?php ... ?>, <% ... %>), doctype.
_OPAQUE_RE = regex.compile(
    r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|<\?.*?\?>|<%.*?%>|<!DOCTYPE[^>]*>",
    regex.IGNORECASE | regex.DOTALL)
_COMMENT_RE = regex.compile(r"<!--.*?-->", regex.DOTALL)
_ENTITY_RE = regex.compile(r"&(?:#(?P<dec>[0-9]{1,7})|#[xX](?P<hex>[0-9a-fA-F]{1,6})|(?P<name>[A-Za-z][A-Za-z0-9]{1,31}));")
_SUP_RE = regex.compile(r"<sup\b[^<>]*>(?P<inner>.*?)</sup\s*>", regex.IGNORECASE | regex.DOTALL)
_HREF_RE = regex.compile(r"""(?<![\w-])href\s*=\s*["']?#(?P<id>[^"'\s>]+)""", regex.IGNORECASE)
_ID_RE = regex.compile(r"""(?<![\w-])id\s*=\s*["']?(?P<id>[^"'\s>]+)""", regex.IGNORECASE)
_CLASS_OR_ID_RE = regex.compile(r"""(?<![\w-])(?:class|id)\s*=\s*["']?(?P<v>[^"'>]*)""", regex.IGNORECASE)
#: A class or id that names a notes container.
_NOTES_CONTAINER_RE = regex.compile(r"foot[-_ ]?notes?|end[-_ ]?notes?|\bnotes\b|references|footnote", regex.IGNORECASE)
#: What a reference's label may be once its tags are removed.
_LABEL_RE = regex.compile(r"^\s*[\[(]?\s*(?P<n>[0-9]{1,3})?\s*(?P<sym>\*{1,4}|†|‡|§)?\s*[\])]?\s*$")
#: a series label "8,9", "[3-5]", "1, 3–5": rendered as superscripts with its separators ("⁸,⁹", "³⁻⁵")
_SERIES_LABEL_RE = regex.compile(r"^\s*[\[(]?\s*(?P<body>[1-9][0-9]{0,2}(?:\s*[,–—-]\s*[1-9][0-9]{0,2})+)\s*[\])]?\s*$")
#: a reference right after another one (`<sup>1</sup><sup>2</sup>`): a comma keeps them two numbers
_AFTER_SUP_RE = regex.compile(r"</sup\s*>[\s,]*$", regex.IGNORECASE)
#: A back-link inside a note: <a href="#..">↩</a>, ^, ↑, "back".
_BACKLINK_RE = regex.compile(r"<a\b[^<>]*href\s*=\s*[\"']?#[^<>]*>\s*(?:↩︎?|↑|\^|⤴|back)\s*</a\s*>", regex.IGNORECASE)
#: an emphasised run (a hard-wrapped page may break it over lines), without tags or asterisks inside: `<em>Title</em>`, `<i>word</i>`
_EMPHASIS_RE = regex.compile(r"<(?P<tag>em|i|cite)\b[^<>\n]*>(?P<inner>[^<>*]{2,200}?)</(?P=tag)\s*>", regex.IGNORECASE)
#: a reference set off from the word before it by a space, on the same line (not a note's
#: label at the start of a line): its superscript is glued to that word
_SET_OFF_RE = regex.compile(r"\S[ \t]+$")
#: digits as superscripts, and a range's dash raised as the markers module reads it ("3-5" -> "³⁻⁵")
_SUPERSCRIPT = str.maketrans("0123456789-–—", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁻")
#: Containers that may hold a footnote list.
_CONTAINERS = frozenset({"ol", "ul", "section", "div", "aside", "footer"})
#: what ends the text before a plain `<ol>` that is a notes list: a heading element, or a
#: paragraph (maybe in bold), holding only the heading's words ("<h3>Notes</h3>",
#: "<p><b>Endnotes</b></p>"), then only white space or comments; `title` is the words
_NOTES_TITLE_BEFORE_RE = regex.compile(
    r"<(?P<tag>h[1-6]|p|div)\b[^<>]*>\s*(?:<(?:b|strong|em|i|span|u)\b[^<>]*>\s*)*"
    r"(?P<title>[^<>]{1,40}?)\s*(?:</(?:b|strong|em|i|span|u)\s*>\s*)*</(?P=tag)\s*>"
    r"(?:\s|<!--.*?-->)*$", regex.IGNORECASE | regex.DOTALL)
#: how far before an `<ol>` its heading may start (characters)
_TITLE_LOOKBACK = 400
#: a numbered `<sup>` reference ("<sup>3</sup>", "<sup><a href=…>[3]</a></sup>")
_NUMBERED_SUP_RE = regex.compile(r"<sup\b[^<>]*>(?:\s*<a\b[^<>]*>)?\s*\[?[0-9]{1,3}\]?\s*(?:</a\s*>\s*)?</sup\s*>",
                                 regex.IGNORECASE)
#: the number an item of a notes list says it has: its `value`, or an id ending in it ("fn3", "note-3")
_ITEM_VALUE_RE = regex.compile(r"""(?<![\w-])value\s*=\s*["']?(?P<n>[0-9]{1,3})\b""", regex.IGNORECASE)
_ITEM_ID_NUMBER_RE = regex.compile(r"^\p{L}[\p{L}_:.-]*?(?P<n>[1-9][0-9]{0,2})$")
_LIST_START_RE = regex.compile(r"""(?<![\w-])start\s*=\s*["']?(?P<n>[0-9]{1,3})\b""", regex.IGNORECASE)
#: Inline elements: their tags vanish ("<em>Asahi</em> Shimbun"); other tags read as a space.
_INLINE = frozenset("a abbr b big cite code del dfn em font i ins kbd label mark q rp rt ruby s samp small "
                    "span strike strong sub sup time tt u var wbr".split())
MIN_TAGS = 1
#: elements that start a paragraph or a line as a page shows them
_PARAGRAPHS = frozenset("p div li h1 h2 h3 h4 h5 h6 br tr blockquote section article header footer aside hr dt dd".split())
_PARAGRAPH_TAG_RE = regex.compile(r"<(?:p|div|li|h[1-6]|br|tr|blockquote)\b", regex.IGNORECASE)
#: more paragraph tags than this many per line: the page is minified (one long line or a few)
MINIFIED_RATIO = 3


def looks_like_html(text: str) -> bool:
    """At least MIN_TAGS tags of HTML elements."""
    if "<" not in text:
        return False
    found = 0
    for _ in TAG_RE.finditer(text):
        found += 1
        if found >= MIN_TAGS:
            return True
    return False


#: an XML document: a declaration, or a namespace declared on an element (not on an SVG or
#: MathML island inside an HTML page)
_XML_SIGN_RE = regex.compile(r"<\?xml\b|<(?!svg\b|math\b)[\p{L}_][\w:.-]*\s[^<>]*\bxmlns(?::[\w.-]+)?\s*=")
#: an element's closing tag or an empty element (`</para>`, `<image src="…"/>`)
_XML_NAME_RE = regex.compile(r"</(?P<n>[\p{L}_][\w:.-]*)\s*>|<(?P<e>[\p{L}_][\w:.-]*)\b[^<>]*/>")
#: text right before a tag on its line: the element sits inside running text
_TEXT_BEFORE_RE = regex.compile(r"[^\s>][ \t]*\Z")
#: elements that are never inline: notes (TEI, CNXML, DocBook, JATS), line, page and column
#: breaks, and HTML's block and empty elements
_XML_BLOCKS = frozenset("note footnote fn endnote lb pb cb milestone".split()) | _PARAGRAPHS | {"img", "hr", "td", "th"}


def _xml_markup(text: str):
    """For an XML document (CNXML, TEI, DocBook, JATS…; not an HTML page): (a tag pattern of
    every element it closes or leaves empty, its inline elements), else None.  An element
    with content is inline when most of its opening tags stand inside running text ("prime
    minister Clement <term>Attlee</term>"): its tags vanish, so the name it holds reads
    whole; the others, empty elements (<lb/>) and notes read as a space."""
    if "<" not in text or not _XML_SIGN_RE.search(text) or regex.search(r"<html\b", text, regex.IGNORECASE):
        return None
    names = {m.group("n") or m.group("e") for m in _XML_NAME_RE.finditer(text)}
    if not names:
        return None
    alternation = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    tag_re = regex.compile(r"<(?P<close>/)?(?P<name>" + alternation + r")(?![\w:.-])(?P<attrs>[^<>]*)>")
    inside: dict[str, list[int]] = {}
    for m in tag_re.finditer(text):
        name = m.group("name").lower()
        if m.group("close") or m.group().endswith("/>") or name in _XML_BLOCKS:
            continue
        votes = inside.setdefault(name, [0, 0])
        votes[bool(_TEXT_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()))] += 1
    inline = set(_INLINE) | {n for n, (out, within) in inside.items() if within > out}
    return tag_re, frozenset(inline)


@dataclass(frozen=True)
class HtmlNote:
    """A footnote list item: note `n`, its text from (`line`, `col`) to the end of `end_line`.
    Lines are 0-based, `col` 1-based (as the structure parser's note records)."""

    n: int
    label: str
    line: int
    col: int
    end_line: int


@dataclass(frozen=True)
class HtmlView:
    """The text of an HTML article (same lines; markup removed) and what the markup said."""

    text: str
    notes: tuple[HtmlNote, ...] = ()
    headings: frozenset[int] = frozenset()        # 0-based lines that are one <h1>..<h6>


def html_view(text: str) -> HtmlView:
    """`text` with its markup removed, footnote references rewritten, footnote items and
    headings found.  Text that does not look like HTML comes back as it is."""
    xml = _xml_markup(text)
    if xml is None and not looks_like_html(text):
        return _plain_view(text)
    tag_re, inline = xml if xml is not None else (TAG_RE, _INLINE)
    edits: list[tuple[int, int, str]] = []
    for m in _OPAQUE_RE.finditer(text):
        edits.append((m.start(), m.end(), "\n" * m.group().count("\n")))
    taken = _Spans(edits)
    items = _note_items(text, taken)               # li start offset -> (n, id)
    for m in _BACKLINK_RE.finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            taken.add(m.start(), m.end(), "")
    taken.commit()
    for (start, end), label in _references(text, items, taken).items():
        glue = "," if _AFTER_SUP_RE.search(text, max(0, start - 12), start) else ""
        space = _SET_OFF_RE.search(text, max(0, start - 40), start) if not glue else None
        if space is not None and not taken.overlaps(space.start() + 1, start):
            # set off by a space ("said so <sup>1</sup>."): glued to the word, as the page shows it
            start = space.start() + 1
        taken.add(start, end, glue + label.translate(_SUPERSCRIPT))
    taken.commit()
    for m in _EMPHASIS_RE.finditer(text):
        # an emphasised run reads as Markdown italics: a work's title ("<em>Title</em>"), a term
        if not taken.overlaps(m.start(), m.end()) and m.group("inner").strip():
            taken.add(m.start(), m.start("inner"), "*")
            taken.add(m.end("inner"), m.end(), "*")
    taken.commit()
    heading_opens: list[tuple[int, str]] = []
    # a page written on a few long lines (an editor's export, "<p>…</p><div><p>…</p></div>"):
    # each paragraph starts a line, as the page shows it (line numbers then count those lines)
    minified = len(_PARAGRAPH_TAG_RE.findall(text)) > MINIFIED_RATIO * (text.count("\n") + 1)
    for m in tag_re.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        name = m.group("name").lower()
        block = name not in inline
        breaks = m.group().count("\n")
        if minified and not breaks and name in _PARAGRAPHS and (not m.group("close") or name == "br"):
            taken.add(m.start(), m.end(), "\n")
        else:
            taken.add(m.start(), m.end(), (" " if block else "") + "\n" * breaks)
        if name[0] == "h" and name[1:].isdigit():
            heading_opens.append((m.start(), "/" if m.group("close") else ""))
    taken.commit()
    for m in _ENTITY_RE.finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            taken.add(m.start(), m.end(), _entity(m))
    out, where = taken.apply(text)
    return HtmlView(out, tuple(_note_spans(text, out, where, items)), _heading_lines(text, heading_opens, out, where))


def _plain_view(text: str) -> HtmlView:
    """A text without HTML elements may still carry an HTML comment (a Markdown page's
    hidden draft, `<!-- … -->`) or character references (`&quot;`, `&#39;` in a scraped
    transcript): the comment goes (its line breaks stay), a reference is its character."""
    if "&" not in text and "<!--" not in text:
        return HtmlView(text)
    edits = [(m.start(), m.end(), "\n" * m.group().count("\n")) for m in _COMMENT_RE.finditer(text)]
    taken = _Spans(edits)
    for m in _ENTITY_RE.finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            taken.add(m.start(), m.end(), _entity(m))
    if not taken.pending and not edits:
        return HtmlView(text)
    return HtmlView(taken.apply(text)[0])


class _Spans:
    """Non-overlapping replacements of the original text, applied in one pass.

    Added in phases (comments and scripts, back-links, references, tags, character
    references); a match of one phase is checked against the phases before it (`commit`
    ends a phase), and the matches of one phase never overlap each other."""

    def __init__(self, edits: list[tuple[int, int, str]]):
        self.edits = sorted(edits)
        self.pending: list[tuple[int, int, str]] = []

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.edits, (end, -1, "")) - 1    # last edit starting before `end`
        return k >= 0 and self.edits[k][1] > start

    def add(self, start: int, end: int, new: str) -> None:
        self.pending.append((start, end, new))

    def commit(self) -> None:
        if self.pending:
            self.edits = sorted(self.edits + self.pending)
            self.pending = []

    def apply(self, text: str):
        """The edited text and a function: original offset -> offset in the edited text."""
        self.commit()
        parts, starts, shifts, pos, shift = [], [], [], 0, 0
        for s, e, new in self.edits:
            parts.append(text[pos:s])
            parts.append(new)
            shift += len(new) - (e - s)
            starts.append(e)
            shifts.append(shift)
            pos = e
        parts.append(text[pos:])

        def where(offset: int) -> int:
            k = bisect.bisect_right(starts, offset) - 1
            return offset + (shifts[k] if k >= 0 else 0)
        return "".join(parts), where


def _heading_lines(text: str, opens: list[tuple[int, str]], out: str, where) -> frozenset[int]:
    """Lines (of the edited text `out`; `where` maps an offset of `text` into it) where an
    <hN> opens and its </hN> closes on the same line."""
    lines = set()
    for (a, kind_a), (b, kind_b) in zip(opens, opens[1:]):
        if kind_a == "" and kind_b == "/" and "\n" not in text[a:b]:
            x, y = where(a), where(b)
            if "\n" not in out[x:y].strip("\n"):
                lines.add(out.count("\n", 0, x) + (1 if out[x:x + 1] == "\n" else 0))
    return frozenset(lines)


_END_OF_ITEM_RE = regex.compile(r"</li\s*>|<li\b|</(?:ol|ul)\s*>", regex.IGNORECASE)


def _note_spans(text: str, out: str, where, items: dict[int, tuple[int, str]]) -> list[HtmlNote]:
    """Where each footnote item's text lies in the edited text: from the first character
    after its `<li>` tag to the line of its `</li>` (or of the next item, or the list's end)."""
    line_starts = [0] + [i + 1 for i, ch in enumerate(out) if ch == "\n"]
    notes: list[HtmlNote] = []
    for start, (n, _ident) in sorted(items.items()):
        tag_end = text.index(">", start) + 1
        stop = _END_OF_ITEM_RE.search(text, tag_end)
        a, b = where(tag_end), where(stop.start() if stop else len(text))
        body = out[a:b]
        if not body.strip():                  # an empty item
            continue
        first = a + len(body) - len(body.lstrip())
        last = a + len(body.rstrip()) - 1
        line = bisect.bisect_right(line_starts, first) - 1
        end_line = bisect.bisect_right(line_starts, last) - 1
        notes.append(HtmlNote(n=n, label=str(n), line=line, col=first - line_starts[line] + 1,
                              end_line=end_line))
    return notes


def _note_items(text: str, taken: _Spans) -> dict[int, tuple[int, str]]:
    """Footnote list items in document order: offset of the `<li` tag -> (number, id).

    An item is a note when it sits in a notes container (class/id naming notes or
    references, or a plain `<ol>` under a notes heading: `_titled_notes_list`) or when
    some `href="#id"` in the text points at its id.  Items are numbered in document order;
    the items of a titled list by what they say or their place in it (`_titled_number`)."""
    targets = {m.group("id") for m in _HREF_RE.finditer(text)}
    first_sup = _NUMBERED_SUP_RE.search(text)
    depth: dict[str, int] = {}        # open containers of each name since a notes container opened
    container: str | None = None
    titled: list[int] | None = None   # a titled list: [its first number, items so far]
    items: dict[int, tuple[int, str]] = {}
    for m in TAG_RE.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        name = m.group("name").lower()
        closing = bool(m.group("close"))
        if container is not None and name == container:
            depth[name] += -1 if closing else 1
            if depth[name] == 0:
                container, titled = None, None
            continue
        if closing:
            continue
        attrs = m.group("attrs")
        if container is None and name in _CONTAINERS and _names_notes(attrs):
            container, depth[name] = name, 1
            continue
        if container is None and name == "ol" and first_sup is not None and first_sup.start() < m.start() \
                and _titled_notes_list(text, m.start()):
            container, depth[name] = name, 1
            start = _LIST_START_RE.search(attrs)
            titled = [int(start["n"]) if start else 1, 0]
            continue
        if name != "li":
            continue
        idm = _ID_RE.search(attrs)
        ident = idm.group("id") if idm else ""
        if titled is not None and depth["ol"] == 1:
            items[m.start()] = (_titled_number(attrs, ident, titled), ident)
        elif container is not None or (ident and ident in targets):
            items[m.start()] = (len(items) + 1, ident)
    return items


def _titled_notes_list(text: str, at: int) -> bool:
    """The `<ol>` at offset `at` follows a heading that names the notes ("Notes",
    "Endnotes", "References"), with nothing but white space or comments between."""
    m = _NOTES_TITLE_BEFORE_RE.search(text, max(0, at - _TITLE_LOOKBACK), at)
    return m is not None and NOTES_HEADING_RE.match(html.unescape(m.group("title"))) is not None


def _titled_number(attrs: str, ident: str, titled: list[int]) -> int:
    """The number of the next item of a titled notes list (`titled`: [the list's first
    number, items so far], updated): its `value`, else the number its id ends in, else
    its place in the list.  The items after one that says its number follow it."""
    said = _ITEM_VALUE_RE.search(attrs) or (_ITEM_ID_NUMBER_RE.match(ident) if ident else None)
    n = int(said["n"]) if said else titled[0] + titled[1]
    if said:
        titled[0] = n - titled[1]
    titled[1] += 1
    return n


def _names_notes(attrs: str) -> bool:
    return any(_NOTES_CONTAINER_RE.search(m.group("v")) for m in _CLASS_OR_ID_RE.finditer(attrs))


def _references(text: str, notes: dict[int, tuple[int, str]], taken: _Spans) -> dict[tuple[int, int], str]:
    """`<sup>` footnote references: their span -> the note number(s) they stand for ("3",
    or a series "8,9", "3⁻5" whose dash is raised as the markers module reads it).

    A link to a note item decides the number (the nearest following item with that id,
    else the first); otherwise a numeric label does; a symbol label without a link
    is not a reference."""
    by_id: dict[str, list[tuple[int, int]]] = {}
    for offset, (n, ident) in notes.items():
        if ident:
            by_id.setdefault(ident, []).append((offset, n))
    refs: dict[tuple[int, int], str] = {}
    for m in _SUP_RE.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        inner = m.group("inner")
        series = _SERIES_LABEL_RE.match(html.unescape(TAG_RE.sub("", inner)))
        if series:
            refs[m.span()] = regex.sub(r"\s+", "", series.group("body"))
            continue
        label = _LABEL_RE.match(TAG_RE.sub("", inner))
        if not label or not (label.group("n") or label.group("sym")):
            continue
        n = None
        href = _HREF_RE.search(inner)
        if href and href.group("id") in by_id:
            cands = by_id[href.group("id")]
            n = next((k for off, k in cands if off > m.start()), cands[0][1])
        elif label.group("n"):
            n = int(label.group("n"))
        if n:
            refs[m.span()] = str(n)
    return refs


def _entity(m: regex.Match) -> str:
    """A character reference -> its character (a no-break space -> a space)."""
    try:
        if m.group("dec"):
            ch = chr(int(m.group("dec")))
        elif m.group("hex"):
            ch = chr(int(m.group("hex"), 16))
        else:
            ch = html.entities.html5.get(m.group("name") + ";")
    except (ValueError, OverflowError):
        ch = None
    if not ch or ch in "\n\r" or not ch.isprintable() and ch != "\xa0":
        return m.group()
    return " " if ch == "\xa0" else ch
