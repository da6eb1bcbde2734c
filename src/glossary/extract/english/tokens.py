"""The tokenizer of English extraction (no rule family: every family reads its tokens).

    _tokens(token, line, ascii_text, lower) -> list[_Tok]

Before a segment is tokenised, markup is blanked (replaced by spaces of the same length,
so that columns stay): HTML tags, URLs and e-mail addresses, Pandoc citation keys,
Markdown emphasis, code and link targets.  A token is a word (letters and digits with
inner hyphens, apostrophes, dotted abbreviations), a possessive 's, a news site written
as a domain, or one other visible character.  The patterns run in stdlib `re` over an
ASCII stand-in of the text (see `_A_TOKEN`), several times faster than `regex`.
"""
from __future__ import annotations

import re

import regex

from ...documents.html_text import TAG_RE as ELEMENT_TAG_RE
from ...text.lexicon import ordered
from ...text.scripts import CJK
from ..vocab import NEWS_DOMAINS


# URLs and e-mail addresses: blanked (same length) before anything else.  A URL is any
# scheme of RFC 3986's shape followed by "://" ("https://", "ftp://", a local
# "file:///C:/Users/X/Downloads/Y.pdf" copied into a note), or a bare "www." address.
_URL_START = r"(?:(?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]*://|www\.)"
URL = regex.compile(_URL_START + r"\S+|\S+@\S+\.\w+")


# A Pandoc citation key ("[@kitada_2005, p. 3]", "[-@smith2001]", "@doe99 says"): markup,
# not words (its lower-case author name would otherwise count as a common word).
PANDOC_CITATION = regex.compile(r"(?<![\p{L}\p{N}_.@])-?@[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*(?<![.:])")


# A LaTeX command whose arguments are identifiers, not text (Pandoc Markdown keeps them):
# "\label{fig:twitter}", "\ref{x}", "\cite[p. 3]{key}", "\includegraphics[width=1]{a/b.jpg}".
LATEX_REFERENCE = regex.compile(
    r"\\(?:label|ref|eqref|autoref|cref|Cref|pageref|cite[tp]?|citep|citet|includegraphics|input|include|url)"
    r"\*?(?:\[[^\]\n]{0,200}\])?\{[^}\n]{0,300}\}")
# A row of a table: Markdown pipes, a LaTeX row ("a & b \\"), HTML cells.
TABLE_ROW = regex.compile(r"^\s*\|.*\|\s*$|&.*\\\\\s*$|<t[dh][\s>]")
LATEX_ROW_END = regex.compile(r"\\\\\s*$")
# A bulleted list item ("-   X Y Z", "* X Y Z"): an entry of a list, often a name, not a headline.
LIST_ITEM = regex.compile(r"^\s*[-*+•]\s+\S")
# An HTML tag with its attributes ("<td width=...>", "</sup>"): markup, blanked.  Only tags
# of HTML elements (the reader's list): "<Asian Solidarity Conference>" written with
# &lt;/&gt; is a title in angle brackets, not markup.  (The reader already blanks tags;
# this covers text handed to the extractor without it.)
HTML_TAG = regex.compile(ELEMENT_TAG_RE.pattern + r"|<!--.*?-->", regex.IGNORECASE)


# An official document's symbol (WTO "WT/DS495/AB/R", UN "S/RES/2231", "E/CN.4/1996/53"):
# parts in capitals and digits over at least two slashes, a digit among them -- a code,
# not names ("WT", "DS495"); blanked like a URL.  "Japan/Korea/China" (no digit) stays.
DOCUMENT_SYMBOL = regex.compile(
    r"(?<![\w/])(?=[A-Z0-9./\-]*\d)[A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.\-]*){2,}(?![\w/])")


# URL without its e-mail branch, for a text without "@" (where that branch cannot match and
# costs the most: it tries every run of non-spaces).
_URL_ONLY = regex.compile(_URL_START + r"\S+")


# Abbreviations of titles and company forms kept with their period ("Dr.", "Inc.").
TITLE_ABBREVIATIONS = ordered("en_abbreviations", list="token")


# One token.  `site`: a news site written as a domain ("Politico.com"); `word`: letters and
# digits with inner hyphens, each part a word or a dotted abbreviation, a hyphen may be
# followed by one space before a capital ("Japan- U.S.-ROK"); an en dash joins like a
# hyphen when a capital follows ("US–Japan", not "2021–2025"); a part may hold an inner
# apostrophe ("Xi'an", "O'Brien", not the possessive "Japan's"), a "+number" ("ASEAN+3",
# "2+2"), or be a short version number ("2.0", also at a sentence's end: "Reform 2.0."); `poss`: possessive 's; `punct`: any other
# visible character.
_SITE = r"(?P<site>\p{Lu}[\p{L}\p{N}]*\.(?:" + "|".join(regex.escape(d) for d in NEWS_DOMAINS) + r")(?![\p{L}\p{N}]))"


# One part of a word token: a dotted abbreviation, capitals joined by an ampersand ("AT&T",
# "R&D"), a short version number, or letters and digits with an optional inner apostrophe +
# letters and an optional "+digits".
_WORD_PART = (r"(?:(?:\p{Lu}\.){2,}|\p{Lu}{1,3}&\p{Lu}{1,4}(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[+'’.](?:(?<=['’])(?!s(?!\p{L}))\p{L}+|(?<=\+)\p{N}+"
              r"|(?<=(?<![\p{L}\p{N}.])\p{N}{1,2}\.)\p{N}{1,2}(?!\p{N}|\.\p{N})))?)")


_NOT_SITE = (
    r"(?P<word>(?:" + "|".join(regex.escape(a) for a in sorted(TITLE_ABBREVIATIONS, key=len, reverse=True)) + r")(?=\s)"
    r"|" + _WORD_PART + r"(?:(?:[-‐‑](?:\s(?=\p{Lu}))?|–(?=\p{Lu}))" + _WORD_PART + r")*)"
    r"|(?P<poss>['’‘]s(?![\p{L}]))"
    r"|(?P<punct>\S)")


TOKEN = regex.compile(_SITE + "|" + _NOT_SITE)


# TOKEN without its `site` branch, for a text where no ".domain" occurs (the branch cannot
# match there, and trying it at every capital costs a scan of the word).
_TOKEN_NO_SITE = regex.compile(_NOT_SITE)


_SITE_HINT = regex.compile(r"\.(?:" + "|".join(regex.escape(d) for d in NEWS_DOMAINS) + r")(?![\p{L}\p{N}])")


# The tokenizer as run: TOKEN (and _SITE_HINT) in stdlib `re` over a stand-in of the text
# in which every character outside ASCII is replaced by one ASCII character of the same
# class for these patterns (upper-case letter "X", other letter "z", number "0", white
# space " ", anything else "~"; the apostrophes and dashes the patterns name stay as they
# are).  The text keeps its length, so the spans are those of TOKEN over the text itself,
# and the token texts are cut from the text; the classes are decided by `regex` itself,
# so \p{Lu}, \p{L}, \p{N} and \s mean exactly what they mean in TOKEN.  Several times
# faster than `regex` with Unicode properties.  (The stand-ins occur in no literal of the
# patterns: no title abbreviation or news domain holds "X", "z", "0" or "~".)
_A_LU, _A_L, _A_N = "A-Z", "A-Za-z", "0-9"


_A_SITE = (r"(?P<site>[" + _A_LU + r"][" + _A_L + _A_N + r"]*\.(?:" + "|".join(re.escape(d) for d in NEWS_DOMAINS)
           + r")(?![" + _A_L + _A_N + r"]))")


# (the look-behind over "1 or 2 digits and a full stop" is spelled as two fixed-width ones)
_A_WORD_PART = (r"(?:(?:[A-Z]\.){2,}|[A-Z]{1,3}&[A-Z]{1,4}(?![A-Za-z0-9])|[A-Za-z0-9]+(?:[+'’.](?:(?<=['’])(?!s(?![A-Za-z]))[A-Za-z]+|(?<=\+)[0-9]+"
                r"|(?:(?<=(?<![A-Za-z0-9.])[0-9]\.)|(?<=(?<![A-Za-z0-9.])[0-9][0-9]\.))[0-9]{1,2}(?![0-9]|\.[0-9])))?)")


_A_NOT_SITE = (
    r"(?P<word>(?:" + "|".join(re.escape(a) for a in sorted(TITLE_ABBREVIATIONS, key=len, reverse=True)) + r")(?=\s)"
    r"|" + _A_WORD_PART + r"(?:(?:[-‐‑](?:\s(?=[A-Z]))?|–(?=[A-Z]))" + _A_WORD_PART + r")*)"
    r"|(?P<poss>['’‘]s(?![A-Za-z]))"
    r"|(?P<punct>\S)")


_A_TOKEN = re.compile(_A_SITE + "|" + _A_NOT_SITE, re.ASCII)


_A_TOKEN_NO_SITE = re.compile(_A_NOT_SITE, re.ASCII)


_A_SITE_HINT = re.compile(r"\.(?:" + "|".join(re.escape(d) for d in NEWS_DOMAINS) + r")(?![A-Za-z0-9])", re.ASCII)


_KEEP = frozenset("’‘‐‑–")


_P_LU, _P_L, _P_N, _P_S = (regex.compile(x) for x in (r"\p{Lu}", r"\p{L}", r"\p{N}", r"\s"))


class _StandIn(dict):
    """str.translate table: a character outside ASCII -> its ASCII stand-in (filled lazily)."""

    def __missing__(self, o: int) -> str:
        ch = chr(o)
        if o < 128 or ch in _KEEP:
            v = ch
        elif _P_LU.match(ch):
            v = "X"
        elif _P_L.match(ch):
            v = "z"
        elif _P_N.match(ch):
            v = "0"
        elif _P_S.match(ch):
            v = " "
        else:
            v = "~"
        self[o] = v
        return v


_STAND_IN = _StandIn()


#: a run of characters outside ASCII
_NOT_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
#: a text with fewer characters outside ASCII than its length over this (counted from above
#: by its UTF-8 bytes) is mostly ASCII: its runs of other characters are looked at alone
MOSTLY_ASCII = 8


def _mostly_ascii(text: str) -> bool:
    return len(text.encode("utf-8", "surrogatepass")) - len(text) < len(text) // MOSTLY_ASCII


def _translate_run(m: re.Match) -> str:
    return m.group().translate(_STAND_IN)


def stand_in(text: str) -> str:
    """`text.translate(_STAND_IN)`: in a text mostly in ASCII only its runs of other
    characters are translated (`str.translate` looks up every character of a text that is
    not wholly ASCII, even the ASCII ones, whose stand-ins are themselves)."""
    if text.isascii():
        return text
    if _mostly_ascii(text):
        return _NOT_ASCII_RUN.sub(_translate_run, text)
    return text.translate(_STAND_IN)


def has_cjk_text(text: str) -> bool:
    """`text.scripts.has_cjk(text)`: a Han, kana or Hangul character (all outside ASCII)
    is looked for in the runs of characters outside ASCII of a text mostly in ASCII, not
    over the whole text."""
    if text.isascii():
        return False
    if _mostly_ascii(text):
        return any(CJK.search(run) is not None for run in _NOT_ASCII_RUN.findall(text))
    return CJK.search(text) is not None


# Markdown inline markup, blanked (same length, so columns stay) before tokenising:
# **bold**, __bold__, *italic*, _italic_ (an asterisk/underscore at a word edge), `code`.
MD_MARKUP = regex.compile(r"\*\*|__|`+|(?<![\p{L}\p{N}])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\p{L}\p{N}])")


# A Markdown link [text](url): the text stays in place, the brackets and the URL are blanked.
MD_LINK = regex.compile(r"\[(?P<t>[^\]\n^]{1,200})\]\([^)\s]{1,500}\)")
# A Markdown image "![alt](path)": markup as a whole (a file name is no word of the text).
MD_IMAGE = regex.compile(r"!\[[^\]\n]{0,200}\]\([^)\s]{1,500}\)")


# Markdown italics *Title* / _Title_ (not bold): a publication's name in a citation.
# Markdown **bold**: key terms ("**forward basing**").
MD_BOLD = regex.compile(r"\*\*(?P<t>[^*\n]{2,80}?)\*\*")


MD_ITALIC = regex.compile(r"(?<![*\p{L}\p{N}])([*_])(?![*_\s])(?P<t>[^*_\n]{2,100}?)(?<!\s)\1(?![*_\p{L}\p{N}])")


# A sentence end: ., ! or ? (optionally a closing quote/bracket) then space or line end.
# (stdlib `re`, several times faster here, with `regex`'s white space spelled out: Unicode's
# White_Space, which `re`'s \s is not quite)
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
SENTENCE_END = re.compile(f"[.!?][”’\"')\\]]*(?=[{_WHITE_SPACE}]|$)")


# A dotted abbreviation: "U.S.", "U.N.".
DOTTED_ABBREVIATION = regex.compile(r"(?:\p{Lu}\.)+")


# An ordinal number: "214th", "3rd".
ORDINAL = regex.compile(r"^\d+(?:st|nd|rd|th)$")


#: a coined name that starts with a digit: "2channel", "4chan", "7-Eleven" (not "10pm", "1990s", "3rd")
DIGIT_NAME = regex.compile(r"^\d{1,2}(?:-\p{Lu}\p{Ll}{2,}|\p{Ll}{3,})$")
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})


class _Tok:
    """One token of a segment; `cap`: starts a name (capitalised word or ordinal)."""

    __slots__ = ("kind", "text", "start", "end", "cap")

    def __init__(self, m, line: str) -> None:
        """The token matched by `m` (a match of the tokenizer over `line` or its stand-in)."""
        self.kind = kind = m.lastgroup
        self.start, self.end = start, end = m.span()
        self.text = text = line[start:end]
        if kind == "word" or kind == "site":
            c = text[0]
            self.cap = c.isupper() or (c.isdigit() and ((text[-2:] in _ORDINAL_ENDS and ORDINAL.match(text) is not None)
                                                        or DIGIT_NAME.match(text) is not None))
        else:
            self.cap = False


def _tokens(token, line: str, ascii_text: str, lower: list[str], caps: list[int] | None = None) -> list[_Tok]:
    """The tokens `token` (a tokenizer pattern) finds in `ascii_text`, the stand-in of
    `line`: _Tok(m, line) for each match, made without the call of __init__ (the
    commonest object of all).  The words that start with a lower-case letter are
    appended to `lower`, in lower case; the indices of the tokens that start a name
    (`cap`) to `caps`."""
    if caps is None:
        caps = []
    out: list[_Tok] = []
    append = out.append
    new = object.__new__
    ordinal = ORDINAL.match
    for m in token.finditer(ascii_text):
        t = new(_Tok)
        t.kind = kind = m.lastgroup
        t.start, t.end = start, end = m.span()
        t.text = text = line[start:end]
        if kind == "word" or kind == "site":
            c = text[0]
            if c.isupper():
                t.cap = True
                caps.append(len(out))
            elif c.isdigit():
                t.cap = (text[-2:] in _ORDINAL_ENDS and ordinal(text) is not None) or \
                    (len(text) > 4 and DIGIT_NAME.match(text) is not None)
                if t.cap:
                    caps.append(len(out))
            else:
                t.cap = False
                if kind == "word" and c.islower():
                    lower.append(text.lower())
        else:
            t.cap = False
        append(t)
    return out


def _blank(m) -> str:
    return " " * len(m.group())


def _last_word(text: str, end: int) -> str:
    """The last white-space-separated word of text[:end] ("" when there is none), as
    `text[:end].rsplit(None, 1)[-1]` gives it, without splitting the whole prefix."""
    a = max(0, end - 64)
    while True:
        parts = text[a:end].rsplit(None, 1)
        if len(parts) == 2 or a == 0:
            return parts[-1] if parts else ""
        a = max(0, a - 256)
