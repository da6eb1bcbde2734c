"""Tuning constants and named regular expressions of the structure and marker parsers.

Each regex is used by name in structure.py / markers.py; table-driven tests are in
tests/test_documents.py.
"""
from __future__ import annotations

import regex

# ---------------------------------------------------------------------------------------
# Tuning constants
# ---------------------------------------------------------------------------------------

#: Largest jump between consecutive note numbers still read as one notes section.
NOTE_GAP = 3
#: Most unnumbered lines between two numbered notes in one section.
MAX_NOTE_LINES = 12
#: A heading has at most this many words (or 2x this many characters when unspaced CJK).
HEADING_MAX_WORDS = 16
#: Largest footnote number read from glued digits.
MAX_MARKER = 999

# ---------------------------------------------------------------------------------------
# Regular expressions (each used by name; table-driven tests in tests/test_documents.py)
# ---------------------------------------------------------------------------------------

# A note number at the start of a line in a plain-text notes section: "12. ", "12) ",
# "[12] ", "(12) ", full-width "（12）", Japanese "注12" / "（注12）" / "※12", superscript "¹²" (group
# `sup`).  `N.`/`N)` need white space after them (so
# "2024.10.1" or "3.5%" do not count); bracketed forms may touch the text.
NOTE_NUMBER_RE = regex.compile(
    r"^[ \t]*(?:[*_]{1,2}(?=\\?\[))?(?:(?P<n>[0-9]{1,4})[.)](?=[ \t])|(?P<n>[0-9]{1,3}):(?=[ \t])|\\?\[(?P<n>[0-9]{1,4})\\?\]|[(（](?P<n>[0-9]{1,4})[)）]"
    r"|[(（]?(?:注|※)(?P<n>[0-9]{1,4})[)）:：.]?|\^(?P<n>[0-9]{1,4})\^"
    r"|(?P<sup>[¹²³⁴-⁹][⁰¹²³⁴-⁹]{0,2})[.)]?(?![⁰¹²³⁴-⁹]))[ \t]*"
)

# A note at a page's foot in PDF-to-text output: "12 Text", "12. Text", "12) Text", or the
# label glued to a capital or a Japanese character ("12Ibid.", "3「…」": a superscript label
# whose space was lost); the text must start with a letter, a quote or a bracket, not a
# digit ("12 3/4" is no note).
PAGE_NOTE_RE = regex.compile(r"^[ \t]*(?P<n>[0-9]{1,3})(?:[.)]?[ \t]+(?=[\p{L}\p{Han}「『“\"'‘(（\[])"
                             r"|(?=[\p{Lu}\p{Han}\p{Hiragana}\p{Katakana}「『“\"]))")
# The label of a page-foot note run on after the one before on the same line: after a full
# stop or a closing bracket or quote, a number and the note's first character.
INLINE_NOTE_RE = regex.compile(r"(?<=[.。)）」』”\]])[ \t]+(?P<n>[0-9]{1,3})[.)]?[ \t]*(?=[\p{Lu}\p{Han}「『“\"(（\[])")
# The first line of a note's text whose number stands on the line before (a superscript label
# in a PDF): a letter, a quote or a bracket first.
PAGE_NOTE_TEXT_RE = regex.compile(r"^[ \t]*[\p{L}\p{Han}「『“\"'‘(（\[]")
# A page number on a line of its own ("12", "- 12 -", "Page 12").
PAGE_NUMBER_RE = regex.compile(r"^[ \t\f]*(?:[-–—][ \t]*)?(?:[Pp]age[ \t]+)?[0-9]{1,4}(?:[ \t]*[-–—])?[ \t\f]*$")

# A Markdown footnote definition "[^label]: text" (up to three spaces of indent).
MD_NOTE_DEF_RE = regex.compile(r"^[ ]{0,3}\[\^(?P<label>[^\]\s]+)\]:[ \t]*")

# A footnote's label "[^label]" alone on its line, its text in the indented paragraph after
# it (a converter's output: "[^12]" / "" / "    Text ..."), without Markdown's colon.
MD_NOTE_LONE_RE = regex.compile(r"^[ ]{0,3}\[\^(?P<label>[^\]\s]+)\][ \t]*$")

# An indented continuation line of a Markdown footnote definition (4 spaces or a tab).
MD_NOTE_CONT_RE = regex.compile(r"^(?: {4}|\t)[ \t]*(?=\S)")

# A Markdown ATX heading "## Title ##"; `text` is the title.
MD_HEADING_RE = regex.compile(r"^[ ]{0,3}(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")

# A setext underline ("=====" or "-----") under a heading line in Markdown.
MD_SETEXT_RE = regex.compile(r"^[ ]{0,3}(?:=+|-+)[ \t]*$")

# A separator / thematic break line: three or more of - * _ = ~ (spaces allowed between).
SEPARATOR_RE = regex.compile(r"^[ \t]*([-*_=~])(?:[ \t]*\1){2,}[ \t]*$")

# A heading that announces the notes section ("Notes", "Endnotes:", "## References",
# Japanese 注/脚注/註, Korean 주/각주/미주).
NOTES_HEADING_RE = regex.compile(
    r"^[ \t#]*(?:notes?|end ?notes?|foot ?notes?|references?|sources?|bibliography|"
    r"注|脚注|註|注釈|参考文献|주|각주|미주|참고문헌)[ \t]*:?[ \t]*$",
    regex.IGNORECASE,
)

#: full-width digits, brackets and stops as ASCII, one character for one (columns stay): note
#: labels and markers typed in a Japanese or Korean input mode ("［１］", "１．", "（３）")
FULLWIDTH_MARKS = str.maketrans("０１２３４５６７８９［］（）．，－", "0123456789[]().,-")

# A URL or bare www. address; digits inside are never markers.
URL_RE = regex.compile(r"(?:https?://|www\.)[^\s<>“”\"]+")
# The start of a line that goes on the sentence of the line before it: a lower-case letter,
# a closing bracket or a stop ("the⏎⏎Kessin⏎⏎disturbance of 1350", "(⏎⏎[Ref](#B2)⏎⏎). Then").
CONTINUATION_RE = regex.compile(r"^\s*(?:\p{Ll}|[).,;:\]])")
# The target of a Markdown link, "(#fn6)", "(/notes/6)" after "]": never a note marker.
# A link to a note alone on its line, "[6](#fn6)" (then, at most, the sentence's ")" or
# stop): a marker where the inline runs of a page were copied onto lines of their own.
LINK_MARKER_LINE_RE = regex.compile(r"^[ \t]*\\?\[[0-9]{1,4}\\?\]\(#[^()\s]*\)[ \t]*[).,;:]?[ \t]*$")
# A link to a note anywhere in a line, "[6](#fn6)": its number.
LINK_MARKER_RE = regex.compile(r"\\?\[(?P<n>[0-9]{1,4})\\?\]\(#(?P<target>[^()\s]*)\)")
LINK_TARGET_RE = regex.compile(r"(?<=\])\([^()\s]+\)")

# A Markdown footnote reference "[^label]" in the body.
CARET_MARKER_RE = regex.compile(r"\[\^(?P<label>[^\]\s]+)\]")

# A bracketed numeric reference "[12]" (not a Markdown link "[12](...)" or definition).
# (Pandoc's Markdown writer escapes the brackets: "\[12\]")
BRACKET_MARKER_RE = regex.compile(r"\\?\[(?P<n>[1-9][0-9]{0,2})\\?\](?!:|\((?!#))")
#: `(N)` right after a word or punctuation (`... relations (3).`, `述べた(3)。`): a marker only in a
#: document whose notes are labelled `(N)` too; not after a digit (`Article 9(1)`) other than a
#: year's (`December 2018(20)`)
PAREN_MARKER_RE = regex.compile(r"(?:(?<=[^\s\d(])|(?<=(?<!\d)(?:1[6-9]|20)\d\d))\s?"
                                r"(?P<m>\((?P<n>[1-9][0-9]{0,2})\))(?![\p{L}\p{N}])")
#: `(N)` right before a sentence's stop (`founded in 2005 (1).`, `"thick" (2).`) or right
#: after it (`founded in 2005.(1) Its`): a marker wherever its note exists, however the notes
#: are labelled.  After a word, a closing quote or bracket, or a year (`Article 9(1).` is a
#: paragraph of an article); never at a line's start (`(1) first point`), never a year (`(2005).`).
PAREN_AT_STOP_RE = regex.compile(
    r"(?:(?<=[\p{L}\p{M}\"'”’)\]])|(?<=(?<!\d)(?:1[6-9]|20)\d\d))[ \t]?(?P<m>\((?P<n>[1-9][0-9]{0,2})\))(?=[.!?;])"
    r"|(?<=[\p{L}\p{M}\p{N}\"'”’)\]][.!?;][\"'”’]?)(?P<m>\((?P<n>[1-9][0-9]{0,2})\))(?=\s|$)")

# A bracketed series of references "[1,2]", "[3-5]", "[1, 3–5]" (Vancouver style): `body` is
# what the markers module expands, number by number.
BRACKET_SERIES_RE = regex.compile(r"\\?\[(?P<body>[1-9][0-9]{0,2}(?:[ \t]*[,–—-][ \t]*[1-9][0-9]{0,2})+)\\?\](?![(:])")

# Pandoc's superscript "^3^" (its Markdown for a raised note number), glued to a word or not;
# not a unit's exponent after a number ("12 km^2^").
PANDOC_SUP_MARKER_RE = regex.compile(r"(?<![\^\p{N}])(?<![0-9][ \t]?\p{L}{1,3})\^(?P<n>[1-9][0-9]{0,2})\^")

# A Japanese-style reference in the body: "（注3）", "(注3)", "注3", "※3".
CJK_NOTE_MARKER_RE = regex.compile(r"[(（]注(?P<n>[1-9][0-9]{0,2})[)）]|(?:注|※)(?P<n>[1-9][0-9]{0,2})(?![0-9])")

# Superscript digits "¹²" glued after a letter, punctuation, a closing quote or a year
# ("December 2018¹": after other digits they are an exponent, 10³).
SUPERSCRIPT_MARKER_RE = regex.compile(r"(?=[¹²³⁴-⁹])(?:(?<=[\p{L}\p{M}\p{P}])|(?<=(?<![0-9])(?:1[6-9]|20)[0-9][0-9]))"
                                      r"(?P<digits>[¹²³⁴-⁹][⁰¹²³⁴-⁹]{0,2})(?![⁰¹²³⁴-⁹])")

# A series of superscript numbers "¹,²", "¹⁻³", "²–⁴", "¹,³⁻⁵"; `body` is expanded number by
# number (and its separators go with the markers).
SUPERSCRIPT_SERIES_RE = regex.compile(r"(?:(?<=[\p{L}\p{M}\p{P}])|(?<=(?<![0-9])(?:1[6-9]|20)[0-9][0-9]))"
                                      r"(?P<body>[¹²³⁴-⁹][⁰¹²³⁴-⁹]{0,2}(?:[,⁻–-][¹²³⁴-⁹][⁰¹²³⁴-⁹]{0,2})+)(?![⁰¹²³⁴-⁹])")

# A series of glued numbers after a word's punctuation or a closing quote: "relations.1,2",
# "held,”3-5".  A list item has one or two digits ("1,000" is a number); a range may have
# three.  Not after a number's full stop ("2019.1,2" is a date).
GLUED_SERIES_RE = regex.compile(
    r"(?=[1-9])(?<=[.,;:!?)\]}\"'”’»」』】〕）。、…])(?<![0-9][.,:;])"
    r"(?P<body>[1-9][0-9]{0,2}(?:,[1-9][0-9]?(?![0-9])|[–-][1-9][0-9]{0,2})+)(?![0-9\p{L}\p{M}%°])(?![.,:][0-9])"
)

# Digits glued to what precedes them: a letter, a punctuation mark or a closing quote /
# bracket (`nations.”1`, `held,5`, `(January 2024)19`, `May 2023.7`, `In 2019,4`).  Not
# when they run on into a letter (`60th`), continue a number (`1,000` = comma + exactly
# three digits, `3.5`, `10:30`) or follow a dash, slash or currency sign (`F-35`, `1/2`,
# `$5`), which are data; nor after a JSON key's quote and colon (`"index":1`).
GLUED_MARKER_RE = regex.compile(
    r"(?=[1-9])(?<=[\p{L}\p{M}.,;:!?)\]}\"'”’»」』】〕）。、…])(?<![0-9]:)(?<!\":)(?<!(?:^|[\s#(§])[0-9]{1,3}(?:\.[0-9]{1,3})*\.)(?:(?<![0-9],)|(?![0-9]{3}(?![0-9])))"
    r"(?P<digits>[1-9][0-9]{0,2})(?![0-9\p{L}\p{M}%°])(?![.,:][0-9])"
)

# A year with marker digits glued on: "December 201820" = 2018 + 20.  The run starts after
# white space or "(" and is 5-7 digits whose first four are a year 1800-2099.
YEAR_GLUED_MARKER_RE = regex.compile(
    r"(?=[12])(?<![^\s(\[])(?P<year>1[89][0-9]{2}|20[0-9]{2})(?P<digits>[1-9][0-9]{0,2})(?![0-9\p{L}\p{M}%])"
)

# Quick test that a line can hold a marker at all: an ASCII or superscript digit or "[".
MARKER_HINT_RE = regex.compile(r"[0-9\[¹²³⁴-⁹]")  # (CJK "注3" contains a digit too)

# Sentence-final punctuation (optionally followed by closing quotes/brackets) at line end.
SENTENCE_END_RE = regex.compile(r"[.!?:;,…。！？、．][\"'”’)\]」』）]*\s*$")

# Note markers at the end of a line, after its last word or stop: `phone.[^1]`, `phone.[3]`,
# `phone.<sup>3</sup>`, `phone.³`, `phone.3` (they hide the stop that ends a sentence).
TRAILING_MARKERS_RE = regex.compile(
    r"(?:\[\^?[0-9A-Za-z]{1,6}\]|\[[0-9][0-9,–\- ]{1,14}\]|<sup>[^<]{1,8}</sup>|[¹²³⁰⁴-⁹][¹²³⁰⁴-⁹,⁻–-]*"
    r"|\^[0-9]{1,3}\^|(?<=[.!?”\"'’)])[0-9]{1,3}(?:[,–-][0-9]{1,3})*)+\s*$")

# A sentence break inside a line: ". " followed by a capital letter or a quote.
SENTENCE_BREAK_RE = regex.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]?\p{Lu}")

# A list item bullet at the start of a line.
BULLET_RE = regex.compile(r"^[ \t]*(?:[-*+•·▪◦‣]|[0-9]{1,3}[.)])[ \t]+")

# Cues that a note is a citation: a URL, a year, typographic quotes, page references.
CITATION_CUE_RE = regex.compile(
    r"https?://|www\.|\b(?:1[89]|20)[0-9]{2}\b|[“”「」『』\"]|\bpp?\.\s*[0-9]|\bibid\b|\bop\. cit\b",
    regex.IGNORECASE,
)

# A note that looks finished: it ends with a URL, a year, or closing punctuation.
NOTE_COMPLETE_RE = regex.compile(
    r"(?:(?:https?://|www\.)\S+|\b(?:1[89]|20)[0-9]{2}\b[).]*|[.)\]」』”\"’。])\s*$"
)

# Page furniture: a page number ("12", "- 12 -", "Page 3 of 5") or a copyright line.
PAGE_FURNITURE_RE = regex.compile(
    r"^[ \t]*(?:[-–—]?[ \t]*[0-9]{1,4}[ \t]*[-–—]?|page[ \t]+[0-9]+(?:[ \t]+of[ \t]+[0-9]+)?|(?:©|\(c\)|copyright\b).*)[ \t]*$",
    regex.IGNORECASE,
)

# A line wholly enclosed in quotes (a quoted title such as “Expectations for ...”).
QUOTED_LINE_RE = regex.compile(r"^[ \t]*[“\"‘「『].*[”\"’」』][ \t]*$")

# Words (for heading and title-case checks): runs of letters, digits, apostrophes, hyphens.
WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’\-]*")
