"""LaTeX articles: commands removed, footnotes read where they stand (`latex_view`).

Papers and drafts arrive as `.tex` sources.  Before the structure parser runs,
`latex_view` rewrites such a text **line for line** (every line of the file is one line
of the view, so line numbers stay those of the file; columns move where markup goes):

* markup goes: `\\cite{…}`, `\\label{…}`, `\\ref{…}`, preamble commands, `\\begin{…}` and
  `\\end{…}`, math, comments, and the braces and names of commands whose argument is
  text (`\\textbf{X}` → `X`); `\\textit{X}` and `\\emph{X}` become Markdown italics
  (`*X*`), which the extractor reads as titles; TeX quotes, dashes, ties and accents become
  their characters (``` ``X'' ``` → “X”, `--` → –, `~` → space, `\\=o` → ō);
* `\\section{…}` and its kin, and `\\title{…}`, are headings; `\\author{A \\and B}` is a
  byline ("By A and B");
* a **footnote** -- `\\footnote{…}` (also `\\endnote`), or `\\footnotemark` with its
  `\\footnotetext{…}` -- is numbered as LaTeX numbers it (an optional `[n]` sets the
  number); its marker becomes the number in superscript digits where the command
  stood, and its text stays where it is written, inside the sentence: it is reported as
  a `LatexNote` (its span in the view), so that the structure parser reads that span as
  the note and the rest of the line as body.

A text is LaTeX when it has `\\documentclass` or `\\begin{document}`, or at least
MIN_COMMANDS of the commands articles are written with (`\\section{`, `\\footnote{`,
`\\cite{`, `\\emph{` ...); Markdown's escaped brackets (`\\[1\\]`) are not commands.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import regex

from ..text import lexicon

#: how far an optional argument `[…]` may run
MAX_OPTIONAL = 500
#: groups inside groups deeper than this are written as plain text (no recursion)
MAX_DEPTH = 40
#: a text holding this many article commands (or a preamble) is read as LaTeX
MIN_COMMANDS = 3
_LATEX_RE = regex.compile(r"\\documentclass\b|\\begin\{document\}")
_COMMAND_HINT_RE = regex.compile(
    r"\\(?:(?:sub)*section|chapter|footnote|footnotetext|endnote|cite[pt]?|parencite|textcite|emph|textit|"
    r"textbf|label|ref|begin|end|item)\*?(?=[{\[\s])")
#: Markdown structure: a note definition or an ATX heading at a line's start
_MARKDOWN_RE = regex.compile(r"^(?:[ ]{0,3}\[\^[^\]\s]+\]:|#{1,6}[ \t]+\S)", regex.MULTILINE)
_NAME_RE = regex.compile(r"\\(?P<name>[A-Za-z@]+)\*?|\\(?P<sym>.)", regex.DOTALL)

# Command kinds: LaTeX's own markup, listed in data/latex_commands.tsv (what each kind means
# is said there); read on the first LaTeX article (`import glossary` reads no data file).
@cache
def _kind(kind: str) -> frozenset[str]:
    return lexicon.words("latex_commands", list=kind, column="command")


@cache
def _named() -> dict[str, str]:
    """Symbols' commands and the text each writes ("\\ldots" …)."""
    return lexicon.mapping("latex_commands", "command", "text", list="named")


_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328"}
_SYMBOLS = {"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ", ",": " ",
            ";": " ", ":": " ", "!": "", "/": "", "@": "", "-": "", "\\": " ", "\n": "\n"}
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True)
class LatexNote:
    """A footnote: note `n`, its text from (`line`, `col`) to (`end_line`, `end_col`) of
    the view.  Lines 0-based, columns 1-based, `end_col` exclusive (as `_NoteBuild`)."""

    n: int
    line: int
    col: int
    end_line: int
    end_col: int


@dataclass(frozen=True)
class LatexMarker:
    """A footnote's marker in the view: note `n` at (`line`, `start`..`end`), 0-based."""

    n: int
    line: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class LatexView:
    """The view (`text`: every note where it stands) and `body` (the same with each note's
    text blanked), with the notes, markers and heading lines."""

    text: str
    body: str
    notes: tuple[LatexNote, ...] = ()
    markers: tuple[LatexMarker, ...] = ()
    headings: frozenset[int] = frozenset()


def looks_like_latex(text: str) -> bool:
    """A preamble, or MIN_COMMANDS article commands in a text with no Markdown notes or
    headings (Pandoc Markdown carries raw LaTeX tables and figures: it stays Markdown)."""
    if "\\" not in text:
        return False
    if _LATEX_RE.search(text):
        return True
    if sum(1 for _ in zip(range(MIN_COMMANDS), _COMMAND_HINT_RE.finditer(text))) < MIN_COMMANDS:
        return False
    return not _MARKDOWN_RE.search(text)


def latex_view(text: str) -> LatexView | None:
    """The view of a LaTeX text, or None when `text` does not look like LaTeX."""
    if not looks_like_latex(text):
        return None
    w = _Writer(text)
    start = text.find("\\begin{document}")
    if start >= 0:       # the preamble: only its \title and \author are text
        w.preamble(0, start)
        w.pos = start
    w.run(len(text))
    full = "".join(w.out)
    body = list(full)
    for a, b in w.note_spans:
        for k in range(a, b):
            if body[k] != "\n":
                body[k] = " "
    starts = [0]
    for k, ch in enumerate(full):
        if ch == "\n":
            starts.append(k + 1)

    def where(offset: int) -> tuple[int, int]:
        import bisect
        line = bisect.bisect_right(starts, offset) - 1
        return line, offset - starts[line]

    notes = []
    for (a, b), n in zip(w.note_spans, w.note_numbers):
        (la, ca), (lb, cb) = where(a), where(b)
        notes.append(LatexNote(n, la, ca + 1, lb, cb + 1))
    markers = []
    for off, n, mark in w.markers:
        ln, col = where(off)
        markers.append(LatexMarker(n, ln, col, col + len(mark), mark))
    headings = frozenset(where(off)[0] for off in w.headings)
    return LatexView("".join(full), "".join(body), tuple(notes), tuple(markers), headings)


class _Writer:
    """One pass over the source, writing the view into `out` (a list of strings)."""

    def __init__(self, text: str):
        self.text = text
        self.pos = 0
        self.out: list[str] = []
        self.size = 0                 # characters written so far
        self.counter = 0              # LaTeX's footnote counter
        self.note_spans: list[tuple[int, int]] = []
        self.note_numbers: list[int] = []
        self.markers: list[tuple[int, int, str]] = []
        self.headings: list[int] = []
        self.env: list[str] = []
        self.depth = 0                # groups being written inside each other
        self.braces = _matching_braces(text)

    # -- output ---------------------------------------------------------------
    def emit(self, s: str) -> None:
        if s:
            self.out.append(s)
            self.size += len(s)

    def newlines(self, a: int, b: int) -> None:
        """What goes between a and b leaves its line breaks."""
        self.emit("\n" * self.text.count("\n", a, b))

    # -- reading --------------------------------------------------------------
    def group_end(self, p: int, close: str = "}") -> int:
        """The index after the group opening at `p` (`{` or `[`), or the end of the text
        (an unclosed brace); an optional argument `[…]` is looked for in MAX_OPTIONAL."""
        if close == "}":
            return self.braces.get(p, len(self.text))
        t, k = self.text, p + 1
        stop = min(len(t), p + MAX_OPTIONAL)
        while k < stop and t[k] != "]":
            k = self.braces.get(k, k + 1) if t[k] == "{" else k + 1
        return k + 1 if k < stop else p + 1

    def args(self, p: int) -> list[tuple[str, int, int]]:
        """The arguments right after a command ending at `p`: (kind "[" or "{", start, end)."""
        t, out = self.text, []
        while p < len(t):
            q = p
            while q < len(t) and t[q] in " \t":
                q += 1
            if q < len(t) and t[q] == "\n" and q + 1 < len(t) and t[q + 1] not in "\n":
                q2 = q + 1
                while q2 < len(t) and t[q2] in " \t":
                    q2 += 1
                if q2 < len(t) and t[q2] in "{[" and out:
                    q = q2
            if q >= len(t) or t[q] not in "{[" or (t[q] == "[" and q != p):
                break
            end = self.group_end(q, "}" if t[q] == "{" else "]")
            out.append((t[q], q, end))
            p = end
        return out

    # -- writing --------------------------------------------------------------
    def preamble(self, a: int, b: int) -> None:
        t = self.text
        k = a
        for m in regex.finditer(r"\\(?P<c>title|author)\s*(?:\[[^\]]*\])?\s*(?=\{)", t, pos=a, endpos=b):
            end = min(self.group_end(m.end()), b)      # (an unclosed group ends with the preamble)
            if end <= k:
                continue
            self.newlines(k, m.start())
            line_start = t.rfind("\n", 0, m.start()) + 1
            if m["c"] == "title":
                self.headings.append(self.size)
            elif not t[line_start:m.start()].strip():
                self.emit("By ")
            self.pos = m.end() + 1
            self.run(end - 1 if t[end - 1] == "}" else end)
            k = end
        self.newlines(k, b)

    def run(self, end: int) -> None:
        """Write the source from `self.pos` up to `end`."""
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                self.emit(self.text[self.pos:end])
                self.pos = end
                return
            self._run(end)
        finally:
            self.depth -= 1

    def _run(self, end: int) -> None:
        t = self.text
        while self.pos < end:
            ch = t[self.pos]
            if ch == "\\":
                self.command(end)
            elif ch == "%":
                nl = t.find("\n", self.pos, end)
                self.pos = end if nl < 0 else nl
            elif ch == "{":
                m = regex.match(r"\{\\(?P<s>[A-Za-z]+)\b[ \t]*", t[self.pos:self.pos + 20])
                if m and m["s"] in _kind("italic_switch"):
                    g = self.group_end(self.pos)
                    self.italic(self.pos + m.end(), min(g, end) - 1)
                    self.pos = g
                else:
                    self.pos += 1
            elif ch == "}":
                self.pos += 1
            elif ch == "$":
                double = t.startswith("$$", self.pos)
                para = t.find("\n\n", self.pos, end)      # math never runs past a paragraph
                close = t.find("$$" if double else "$", self.pos + 1, end if para < 0 else para)
                if close < 0:       # an unclosed "$" is a dollar sign ("It cost $5")
                    self.emit("$")
                    self.pos += 1
                    continue
                close += 2 if double else 1
                self.newlines(self.pos, close)
                self.pos = close
            elif ch == "~":
                self.emit(" ")
                self.pos += 1
            elif ch == "`":
                two = t.startswith("``", self.pos)
                self.emit("“" if two else "‘")
                self.pos += 2 if two else 1
            elif ch == "'" and t.startswith("''", self.pos):
                self.emit("”")
                self.pos += 2
            elif ch == "-" and t.startswith("--", self.pos):
                three = t.startswith("---", self.pos)
                self.emit("—" if three else "–")
                self.pos += 3 if three else 2
            elif ch == "&" and self.env and self.env[-1] in ("tabular", "tabular*", "tabularx", "longtable"):
                self.emit("|")
                self.pos += 1
            else:
                nxt = self.pos + 1
                while nxt < end and t[nxt] not in "\\%{}$~`'-&":
                    nxt += 1
                self.emit(t[self.pos:nxt])
                self.pos = nxt

    def italic(self, a: int, b: int) -> None:
        """The text between a and b, as Markdown italics when it fits on one line."""
        inner = self.text[a:b]
        mark = "*" if inner.strip() and "\n" not in inner and "*" not in inner and "_" not in inner \
            and inner == inner.strip() else ""
        self.emit(mark)
        self.pos = a
        self.run(b)
        self.emit(mark)

    def command(self, end: int) -> None:
        t = self.text
        m = _NAME_RE.match(t, self.pos)
        if m is None:
            self.pos += 1
            return
        sym = m["sym"]
        if sym is not None:
            self.symbol(sym, m.end(), end)
            return
        name = m["name"]
        after = m.end()
        if name in _named():
            self.emit(_named()[name])
            self.pos = after + (1 if after < len(t) and t[after] == " " and name in ("ldots", "dots", "S") else 0)
            return
        if name == "item":
            line_start = t.rfind("\n", 0, self.pos) + 1
            self.emit("- " if not t[line_start:self.pos].strip() else " ")
            self.pos = after
            while self.pos < end and t[self.pos] in " \t":
                self.pos += 1
            return
        if name in ("begin", "end"):
            self.environment(name, after, end)
            return
        if name in _kind("note") or name == "footnotetext":
            self.footnote(name, after, end)
            return
        if name == "footnotemark":
            args = self.args(after)
            n = self._number(args)
            if n is None:
                n = self.counter = self.counter + 1
            self.mark(n)
            self.pos = args[-1][2] if args else after
            return
        args = self.args(after)
        if name in _kind("drop"):
            self.newlines(self.pos, args[-1][2] if args else after)
            self.pos = args[-1][2] if args else after
            return
        braces = [a for a in args if a[0] == "{"]
        if name == "url" and braces:        # a URL is written as it is ("%" and all)
            self.emit(t[braces[0][1] + 1:braces[0][2] - 1])
            self.pos = args[-1][2]
            return
        if name in _kind("heading"):
            self.headings.append(self.size)
        if not braces:       # an unknown declaration (\\bfseries, \\noindent ...): it goes
            self.newlines(self.pos, args[-1][2] if args else after)
            self.pos = args[-1][2] if args else after
            if not args and self.pos < end and t[self.pos] == " ":
                self.pos += 1
            return
        keep = braces[-1] if name in _kind("last") else braces[0]
        self.newlines(self.pos, keep[1])
        if name in _kind("italic"):
            self.italic(keep[1] + 1, min(keep[2], end) - 1)
        else:
            self.pos = keep[1] + 1
            self.run(min(keep[2], end) - 1)
        self.newlines(keep[2] - 1, args[-1][2])
        self.pos = args[-1][2]

    def symbol(self, sym: str, after: int, end: int) -> None:
        t = self.text
        if sym in _ACCENTS:
            base, nxt = self._accented(after)
            if base is not None:
                self.emit(unicodedata.normalize("NFC", base + _ACCENTS[sym]))
                self.pos = nxt
                return
        if sym in ("(", "["):           # inline or display math
            close = t.find("\\)" if sym == "(" else "\\]", after, end)
            close = end if close < 0 else close + 2
            self.newlines(self.pos, close)
            self.pos = close
            return
        self.emit(_SYMBOLS.get(sym, ""))
        self.pos = after
        if sym == "\\" and t.startswith("[", after):      # a line break's spacing: "\\[2pt]"
            close = t.find("]", after, min(end, after + MAX_OPTIONAL))
            if close > 0 and "\n" not in t[after:close]:
                self.pos = close + 1

    def _accented(self, p: int) -> tuple[str | None, int]:
        t = self.text
        if p < len(t) and t[p] == "{":
            q = self.group_end(p)
            inner = t[p + 1:q - 1]
            if "\n" in inner:
                return None, p
            inner = inner.strip()
            inner = "i" if inner in ("\\i", "\\i{}") else inner
            return (inner, q) if len(inner) == 1 else (None, p)
        if t.startswith("\\i", p) and not t[p + 2:p + 3].isalpha():
            return "i", p + 2
        if p < len(t) and t[p].isalpha():
            return t[p], p + 1
        return None, p

    def environment(self, name: str, after: int, end: int) -> None:
        t = self.text
        args = self.args(after)
        env = t[args[0][1] + 1:args[0][2] - 1].strip() if args and args[0][0] == "{" else ""
        stop = args[-1][2] if args else after
        if name == "begin" and env in _kind("opaque_env"):
            close = t.find("\\end{" + env + "}", stop)
            stop = len(t) if close < 0 else close + len("\\end{" + env + "}")
        elif name == "begin":
            self.env.append(env)
        elif self.env and self.env[-1] == env:
            self.env.pop()
        self.newlines(self.pos, stop)
        self.pos = stop

    def footnote(self, name: str, after: int, end: int) -> None:
        args = self.args(after)
        body = next((a for a in args if a[0] == "{"), None)
        n = self._number(args)
        if name == "footnotetext":
            n = n or self.counter or 1
        else:
            n = n or self.counter + 1
            if not self._number(args):
                self.counter = n
            self.mark(n)
        if body is None:
            self.pos = after
            return
        self.newlines(self.pos, body[1])
        start = self.size
        self.pos = body[1] + 1
        self.run(min(body[2], end) - 1)
        self.note_spans.append((start, self.size))
        self.note_numbers.append(n)
        self.pos = body[2]

    def _number(self, args) -> int | None:
        for kind, a, b in args:
            if kind == "[":
                s = self.text[a + 1:b - 1].strip()
                if s.isdecimal() and 0 < int(s) < 1000:
                    return int(s)
        return None

    def mark(self, n: int) -> None:
        mark = str(n).translate(_SUPERSCRIPT)
        self.markers.append((self.size, n, mark))
        self.emit(mark)


def _matching_braces(text: str) -> dict[int, int]:
    """offset of each `{` -> the offset after its `}` (escaped braces and comments skipped),
    in one pass: an unclosed brace is not in the map."""
    out: dict[int, int] = {}
    stack: list[int] = []
    for m in _BRACE_RE.finditer(text):
        ch = m.group()
        if m.start("url") >= 0:     # a URL is read as written: its "%" starts no comment
            out[m.start("url")] = m.end()
        elif ch == "{":
            stack.append(m.start())
        elif ch == "}" and stack:
            out[stack.pop()] = m.end()
    return out


_BRACE_RE = regex.compile(r"\\(?:url|href)\s*(?P<url>\{)[^{}\s]*\}|\\.|%[^\n]*|[{}]", regex.DOTALL)
