"""Reading articles: bytes -> text (encoding detection) -> structure (body, notes, markers).

Public surface (the extractor depends on exactly this):

    read_document(path, *, max_bytes=None) -> Document   # raises InputError naming the file
    parse_document(text, path="<text>", encoding="utf-8") -> Document
    decode_bytes(data, path="<bytes>") -> tuple[str, str]  # (text, encoding name)

Columns are 1-based and counted in code points of the NFC text; lines are 1-based.

How it works
============

Decoding (`decode_bytes`)
    A BOM decides (UTF-8-sig, UTF-16 LE/BE).  Otherwise NUL bytes mean binary (unless the
    NULs sit on every other byte: BOM-less UTF-16).  Strict UTF-8 wins when it decodes.
    Otherwise CP932, EUC-JP and CP949 are each tried strictly and the decodings are
    scored for plausibility (kana, common Hangul syllables of KS X 1001, JIS level-1
    kanji are good; half-width katakana, compatibility jamo, rare UHC syllables, private
    use and control characters are bad).  Same-byte-range encodings (EUC-KR vs EUC-JP)
    therefore resolve by what the text looks like, not by which decoder happens to
    succeed.  Nothing plausible -> InputError.  Then CRLF/CR -> LF and NFC.

Structure (`parse_document`)
    * Markdown footnote definitions (`[^n]: text`, indented or lazy continuation lines)
      are notes wherever they are; `#` lines (and setext underlines) are headings.
    * Otherwise a plain-text notes section is looked for: starting at the last line that
      begins with a note number (`N.`, `N)`, `[N]`, `(N)`), walk backwards through
      numbered lines with decreasing numbers (gaps of up to NOTE_GAP allowed, at most
      MAX_NOTE_LINES unnumbered lines between two of them) until note 1.  Inside that
      section every numbered line with a plausible number starts a note, other lines
      continue the note before.  A section is kept when a "Notes" heading or a
      separator precedes it, when markers in the body link to it, or when most notes
      look like citations (URL, year, quotes, "p.").  Otherwise it is body text (a
      numbered list).
    * Trailer: after the first line of the last note, a line ends the notes (it and
      everything after are `trailer`) when it is a separator line, or when the note so
      far looks complete (ends with a URL, a year or closing punctuation) and the line
      looks like page furniture: short, no final full stop, title-cased or wholly
      quoted, a page number or a copyright line.
    * Headings in the body: short lines (<= HEADING_MAX_WORDS words) with no sentence
      punctuation at the end nor a sentence break inside, not list items.  When the
      body separates paragraphs by blank lines, a heading must also stand alone.
    * Markers: candidates are `[^label]`, `[N]`, Japanese `（注N）`/`※N`, superscript
      digits, digits glued after a letter, punctuation or a closing quote/bracket
      (`nations.”1`, `held,5`, `(January 2024)19`) and digits glued onto a year
      (`December 201820`: the year 2018 + 20).  URLs are ignored.  Each candidate has a
      weight by its context (after a closing quote or a word's punctuation: strong;
      after a number's full stop or a lower-case word: medium; `G7`, `No.4`, `p.12`:
      weak).  A dynamic programme (prefix maxima in a Fenwick tree, O(k log N)) picks
      the strictly increasing sequence of candidate numbers with the largest total
      weight minus _GAP_PENALTY per note number skipped (a run may start past note 1
      for at most _START_COST).  Only numbers that have a note count, except for
      explicit markers, or when there are no notes at all (then glued digits must run
      1, 2, 3...).  Explicit candidates ([N], 注N, superscripts) and glued ones are
      solved separately and the family that links more notes wins; a repeated `[N]`
      is kept; `[^label]` markers are always taken.
"""
from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .errors import InputError


@dataclass(frozen=True)
class Marker:
    """A footnote reference in the body: `nations.”1`, `[3]`, `[^3]`, `¹`."""

    n: int
    line: int
    col: int          # column of the marker's first character
    text: str         # the marker as written ("1", "[3]", "[^3]", "¹")

    def to_dict(self) -> dict:
        return {"n": self.n, "line": self.line, "col": self.col}


@dataclass(frozen=True)
class Note:
    """One footnote: its number and its whole text (continuation lines joined with \\n)."""

    n: int
    line: int         # line of the note's first line
    col: int          # column where the note text starts (after "N. ", "[N]", "[^N]:")
    text: str
    end_line: int
    label: str = ""   # the label as written: "12" for "12.", "note" for Markdown "[^note]:"


@dataclass(frozen=True)
class Segment:
    """A piece of text to extract from, with where it is.

    kind: "body" (article text), "heading" (a section heading line in the body),
    "note" (text of a footnote; `footnote` is its number) or "trailer" (lines after the
    notes that are not notes: series title, page furniture).
    `text` is the line's text with every marker replaced by spaces of the same length,
    so columns stay exact and glued digits (`December 201820`) do not read as data.
    """

    kind: str
    line: int
    col: int
    text: str
    footnote: int | None = None


@dataclass(frozen=True)
class Document:
    path: str
    encoding: str
    text: str                                   # NFC, line ends normalised to \n
    lines: tuple[str, ...]
    segments: tuple[Segment, ...]
    notes: tuple[Note, ...]
    markers: tuple[Marker, ...]
    warnings: tuple[str, ...] = field(default=())
    format: str = "text"                        # "text" or "markdown"

    def note(self, n: int) -> Note | None:
        for note in self.notes:
            if note.n == n:
                return note
        return None

    def marker(self, n: int) -> Marker | None:
        """The first marker that refers to note `n`."""
        for m in self.markers:
            if m.n == n:
                return m
        return None

    def segments_of(self, kind: str) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.kind == kind)

    def report(self) -> dict:
        """The per-document part of `extract --json` (DESIGN.md section 4)."""
        return {"doc": self.path, "encoding": self.encoding, "notes": len(self.notes),
                "markers": [m.to_dict() for m in self.markers],
                "warnings": list(self.warnings)}


# ---------------------------------------------------------------------------------------
# Limits and tuning constants
# ---------------------------------------------------------------------------------------

#: Files larger than this are refused (override per call or with $GLOSSARY_MAX_INPUT_MB).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_BYTES_ENV = "GLOSSARY_MAX_INPUT_MB"
#: Non-ASCII characters looked at when scoring a candidate decoding.
ENCODING_SAMPLE_CHARS = 40_000
#: Largest jump between consecutive note numbers still read as one notes section.
NOTE_GAP = 3
#: Most unnumbered lines between two numbered notes in one section.
MAX_NOTE_LINES = 12
#: A heading has at most this many words (or 2x this many characters when unspaced CJK).
HEADING_MAX_WORDS = 16
#: Largest footnote number read from glued digits.
MAX_MARKER = 999

# ---------------------------------------------------------------------------------------
# Regular expressions (each used by name below; table-driven tests in tests/test_documents.py)
# ---------------------------------------------------------------------------------------

# A note number at the start of a line in a plain-text notes section: "12. ", "12) ",
# "[12] ", "(12) ", full-width "（12）", Japanese "注12" / "（注12）" / "※12".  `N.`/`N)` need white space after them (so
# "2024.10.1" or "3.5%" do not count); bracketed forms may touch the text.
NOTE_NUMBER_RE = regex.compile(
    r"^[ \t]*(?:(?P<n>[0-9]{1,4})[.)](?=[ \t])|\[(?P<n>[0-9]{1,4})\]|[(（](?P<n>[0-9]{1,4})[)）]"
    r"|[(（]?(?:注|※)(?P<n>[0-9]{1,4})[)）:：.]?)[ \t]*"
)

# A Markdown footnote definition "[^label]: text" (up to three spaces of indent).
MD_NOTE_DEF_RE = regex.compile(r"^[ ]{0,3}\[\^(?P<label>[^\]\s]+)\]:[ \t]*")

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

# A URL or bare www. address; digits inside are never markers.
URL_RE = regex.compile(r"(?:https?://|www\.)[^\s<>“”\"]+")

# A Markdown footnote reference "[^label]" in the body.
CARET_MARKER_RE = regex.compile(r"\[\^(?P<label>[^\]\s]+)\]")

# A bracketed numeric reference "[12]" (not a Markdown link "[12](...)" or definition).
BRACKET_MARKER_RE = regex.compile(r"\[(?P<n>[1-9][0-9]{0,2})\](?![(:])")

# A Japanese-style reference in the body: "（注3）", "(注3)", "注3", "※3".
CJK_NOTE_MARKER_RE = regex.compile(r"[(（]注(?P<n>[1-9][0-9]{0,2})[)）]|(?:注|※)(?P<n>[1-9][0-9]{0,2})(?![0-9])")

# Superscript digits "¹²" glued after a letter, punctuation or a closing quote.
SUPERSCRIPT_MARKER_RE = regex.compile(r"(?=[¹²³⁴-⁹])(?<=[\p{L}\p{M}\p{P}])(?P<digits>[¹²³⁴-⁹][⁰¹²³⁴-⁹]{0,2})(?![⁰¹²³⁴-⁹])")

# Digits glued to what precedes them: a letter, a punctuation mark or a closing quote /
# bracket (`nations.”1`, `held,5`, `(January 2024)19`, `May 2023.7`, `In 2019,4`).  Not
# when they run on into a letter (`60th`), continue a number (`1,000` = comma + exactly
# three digits, `3.5`, `10:30`) or follow a dash, slash or currency sign (`F-35`, `1/2`,
# `$5`), which are data.
GLUED_MARKER_RE = regex.compile(
    r"(?=[1-9])(?<=[\p{L}\p{M}.,;:!?)\]}\"'”’»」』】〕）。、…])(?<![0-9]:)(?:(?<![0-9],)|(?![0-9]{3}(?![0-9])))"
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

# Line-end conventions other than \n: CRLF, CR, NEL, LINE/PARAGRAPH SEPARATOR.
LINE_END_RE = regex.compile(r"\r\n|[\r\u0085\u2028\u2029]")

# C0/C1 control characters other than tab, newline, carriage return, form feed, escape.
CONTROL_RE = regex.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]")

# Non-ASCII characters (for sampling a decoding's plausibility).
NON_ASCII_RE = regex.compile(r"[^\x00-\x7f]")

_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")

# ---------------------------------------------------------------------------------------
# Reading and decoding
# ---------------------------------------------------------------------------------------


def _max_bytes(max_bytes: int | None) -> int:
    if max_bytes is not None:
        return max_bytes
    env = os.environ.get(MAX_BYTES_ENV, "").strip()
    if env:
        try:
            return int(float(env) * 1024 * 1024)
        except ValueError:
            raise InputError(f"${MAX_BYTES_ENV} must be a number of megabytes, not {env!r}") from None
    return DEFAULT_MAX_BYTES


def read_document(path, *, max_bytes: int | None = None) -> Document:
    """Read, decode and parse the article at `path`.

    Raises InputError (naming the file) for a missing, unreadable, empty, binary,
    undecodable or too large file.  `max_bytes` defaults to DEFAULT_MAX_BYTES or
    $GLOSSARY_MAX_INPUT_MB.
    """
    name = os.fspath(path)
    limit = _max_bytes(max_bytes)
    try:
        with open(name, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise InputError(
                    f"file too large: {size / 1e6:.1f} MB (limit {limit / 1e6:.1f} MB; "
                    f"raise it with ${MAX_BYTES_ENV})", path=name)
            data = fh.read(limit + 1)
    except IsADirectoryError:
        raise InputError("is a directory, not a text file", path=name) from None
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except PermissionError:
        raise InputError("permission denied", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=name) from None
    if len(data) > limit:  # grew while we read it, or a special file
        raise InputError(f"file too large (limit {limit / 1e6:.1f} MB)", path=name)
    text, encoding = decode_bytes(data, path=name)
    del data
    return parse_document(text, path=name, encoding=encoding)


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode an article's bytes; return (text, encoding name).  Raises InputError."""
    if not data:
        raise InputError("empty file", path=path)
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig", "utf-8-sig", path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", "utf-16", path)
    if b"\x00" in data:
        guess = _bomless_utf16(data)
        if guess:
            return _strict(data, guess, guess, path)
        raise InputError("binary file (contains NUL bytes), not a text article", path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _check_controls(text, path)
        return text, "utf-8"
    best: tuple[float, str, str] | None = None
    for codec in ("cp932", "euc-jp", "cp949"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, codec, text)
    if best is None or best[0] < 0.05:
        raise InputError("cannot decode: not UTF-8, UTF-16, CP932/Shift_JIS, EUC-JP or "
                         "CP949/EUC-KR text (binary file?)", path=path)
    _check_controls(best[2], path)
    return best[2], best[1]


def _strict(data: bytes, codec: str, name: str, path: str) -> tuple[str, str]:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid {name} at byte {exc.start}", path=path) from None
    if not text.strip("\ufeff \t\r\n"):
        raise InputError("empty file", path=path)
    _check_controls(text, path)
    return text, name


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit on every other byte (BOM-less UTF-16)."""
    if len(data) % 2:
        return None
    sample = data[:20000]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _check_controls(text: str, path: str) -> None:
    sample = text[:200_000]
    bad = len(CONTROL_RE.findall(sample))
    if bad > max(2, len(sample) // 1000):
        raise InputError(f"binary file ({bad} control characters), not a text article", path=path)


@lru_cache(maxsize=1)
def _common_hangul() -> frozenset[str]:
    """The 2,350 Hangul syllables of KS X 1001 (the ones real Korean text uses)."""
    out = []
    for cp in range(0xAC00, 0xD7A4):
        ch = chr(cp)
        try:
            if len(ch.encode("euc_kr")) != 2:   # 8-byte "make-up" sequences are not KS X 1001
                continue
        except UnicodeEncodeError:
            continue
        out.append(ch)
    return frozenset(out)


# The most frequent Hangul syllables of modern Korean prose (news, government, essays).
# Real Korean text is mostly made of these; Japanese EUC-JP bytes misread as EUC-KR give
# syllables spread evenly over all 2,350, so this tier tells the two apart.
FREQUENT_HANGUL = frozenset(
    "이다는의에하고을를가한지서로기사시대정인도으적자수아리나국부전일게있들제해주여상과"
    "어그생관장신우구위보원문회거세만성소내치경면라화동미것때중했비공연마개조진방물민실선"
    "무계분발명학당오안저간모통식및외교금요결체업러후음야않현래차터속심단말점데권본행각며"
    "산반까건두니운영역작입법용표또설석합강재피될청럼히특바받더따근직집할던월년날번령총담"
    "협력북판의원것들었던였으며습니다까요죠네서요게는데지만면서도록려고려면처럼보다부터까지"
    "에서에게께서한테으로로써로서와과랑이나든지마저조차뿐밖만큼대로같이처럼씩쯤경우결과과정"
    "문제사회경제정치국가정부대통령총리장관의원선거국회정당여당야당시민국민지역세계미국중국"
    "일본한국북한러시아유럽동아시아외교안보군사협정조약회담정상회의발표입장판결법원헌재검찰"
    "경찰기업산업무역수출수입시장가격금융투자은행주식노동자임금고용실업교육학교대학교수연구"
    "과학기술문화예술언론방송신문기자보도사설칼럼독자시청자인터넷온라인디지털데이터정보통신"
    "오늘내일어제올해지난다음현재최근당시이후이전동안사이가운데이번저번매년매일매주시간때문"
    "위해통해대해관해따라의해비해불구하고그러나그리고그래서하지만또한따라서그런데즉특히물론"
    "매우가장더욱아주너무정말많이적게크게작게새로운오래된좋은나쁜중요한필요한가능한어려운쉬운"
    "있는없는하는되는된할될했던하던받은받는준주는온오는간가는본보는말한말하는생각한알려진"
    "사람들우리저희여러분모두각자서로자신스스로누구무엇어디언제어떻게왜얼마몇어느이것그것저것"
    "여기거기저기이곳그곳하나둘셋넷다섯여섯일곱여덟아홉열백천만억조첫번째두번째세번째마지막"
    "남녀노소아이어른청년노인가족부모자녀형제친구이웃동료상사직원회사단체조직기관위원회협회"
    "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진나"
    "석열재명준표근혜무현대중영삼태우두환희정철수영호민준서연지우하은도윤시우주원예준건우"
)


@lru_cache(maxsize=4096)
def _kanji_weight(ch: str) -> float:
    """JIS X 0208 level-1 kanji (common) 0.6, level 2 0.2, others (rare) -0.5."""
    try:
        b = ch.encode("euc_jp")
    except UnicodeEncodeError:
        return -0.5
    return 0.6 if len(b) == 2 and b[0] < 0xD0 else 0.2


def _char_weight(ch: str) -> float:
    cp = ord(ch)
    if 0x3041 <= cp <= 0x30FF:                 # hiragana, katakana
        return 1.0
    if 0xAC00 <= cp <= 0xD7A3:                 # Hangul: frequent, KS X 1001, or rare (UHC)
        if ch in FREQUENT_HANGUL:
            return 1.0
        return 0.3 if ch in _common_hangul() else -1.5
    if 0x4E00 <= cp <= 0x9FFF:                 # CJK unified ideographs
        return _kanji_weight(ch)
    if 0x3000 <= cp <= 0x303F or 0x2010 <= cp <= 0x206F:   # CJK punctuation, general punctuation
        return 0.5
    if 0xFF01 <= cp <= 0xFF5E:                 # full-width ASCII
        return 0.3
    if 0xFF61 <= cp <= 0xFF9F:                 # half-width katakana: rare in modern text
        return -1.0
    if 0x3130 <= cp <= 0x318F:                 # Hangul compatibility jamo: rare in prose
        return -2.0
    if 0xE000 <= cp <= 0xF8FF or 0x80 <= cp <= 0x9F or cp == 0xFFFD:
        return -3.0
    if 0x2500 <= cp <= 0x257F or 0x0370 <= cp <= 0x04FF or 0x2160 <= cp <= 0x217F:
        return -0.5                            # box drawing, Greek/Cyrillic, Roman numerals
    if 0xA0 <= cp <= 0x24F:
        return 0.2
    return 0.0


def _plausibility(text: str) -> float:
    """Mean plausibility of a decoding's non-ASCII characters (about -3 .. 1)."""
    total = 0.0
    count = 0
    for m in NON_ASCII_RE.finditer(text):
        total += _char_weight(m.group())
        count += 1
        if count >= ENCODING_SAMPLE_CHARS:
            break
    return total / count if count else 0.0


def normalize_text(text: str) -> str:
    """Line ends -> \\n, a leading BOM dropped, NFC."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text or "\u0085" in text or "\u2028" in text or "\u2029" in text:
        text = LINE_END_RE.sub("\n", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


# ---------------------------------------------------------------------------------------
# Structure
# ---------------------------------------------------------------------------------------


@dataclass
class _NoteBuild:
    n: int
    label: str
    first: int                 # 0-based line index
    col: int                   # 1-based column of the note text on its first line
    lines: list[int] = field(default_factory=list)   # 0-based line indexes (incl. first)


@dataclass(frozen=True)
class _Candidate:
    line: int                  # 0-based
    start: int                 # 0-based column of the marker's first char
    end: int
    n: int
    text: str
    weight: float
    family: str                # "caret", "explicit", "glued"


def parse_document(text: str, path: str = "<text>", encoding: str = "utf-8") -> Document:
    """Split `text` into body, headings, notes and trailer and find the note markers.

    Never raises for odd structure: problems become `Document.warnings`.
    """
    text = normalize_text(text)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    warnings: list[str] = []
    kinds: list[str | None] = [None] * len(lines)      # per line: body/heading/note/trailer/skip
    heading_col: dict[int, int] = {}

    md_notes = _markdown_notes(lines, kinds)
    is_markdown = bool(md_notes) or any(MD_HEADING_RE.match(ln) for ln in lines)
    notes: list[_NoteBuild]
    section: tuple[int, int] | None = None
    if md_notes:
        notes = md_notes
    else:
        notes, section = _plain_notes(lines, kinds)

    if is_markdown:
        _markdown_headings(lines, kinds, heading_col)
    _plain_headings(lines, kinds, heading_col)
    for i, k in enumerate(kinds):
        if k is None:
            kinds[i] = "body" if lines[i].strip() else "skip"

    markers = _find_markers(lines, kinds, notes)
    if section is not None and not _keep_section(lines, notes, markers, section):
        for i in range(section[0], section[1]):
            kinds[i] = None
        notes = []
        _plain_headings(lines, kinds, heading_col)
        for i, k in enumerate(kinds):
            if k is None:
                kinds[i] = "body" if lines[i].strip() else "skip"
        markers = _find_markers(lines, kinds, notes)

    warnings.extend(_structure_warnings(notes, markers, bool(md_notes)))
    segments = _segments(lines, kinds, heading_col, notes, markers)
    markers = [c for c in markers if c.n > 0]
    note_objs = tuple(
        Note(n=nb.n, line=nb.first + 1, col=nb.col, text=_note_text(lines, nb),
             end_line=nb.lines[-1] + 1, label=nb.label)
        for nb in notes)
    marker_objs = tuple(Marker(n=c.n, line=c.line + 1, col=c.start + 1, text=c.text) for c in markers)
    return Document(path=path, encoding=encoding, text=text, lines=tuple(lines),
                    segments=tuple(segments), notes=note_objs, markers=marker_objs,
                    warnings=tuple(warnings), format="markdown" if is_markdown else "text")


# -- notes ------------------------------------------------------------------------------


def _markdown_notes(lines: list[str], kinds: list[str | None]) -> list[_NoteBuild]:
    """Markdown `[^label]:` definitions anywhere; marks their lines as notes."""
    defs: list[_NoteBuild] = []
    current: _NoteBuild | None = None
    pending_blank = False
    for i, ln in enumerate(lines):
        m = MD_NOTE_DEF_RE.match(ln)
        if m:
            label = m.group("label")
            current = _NoteBuild(n=0, label=label, first=i, col=m.end() + 1, lines=[i])
            defs.append(current)
            kinds[i] = "note"
            pending_blank = False
            continue
        if current is None:
            continue
        if not ln.strip():
            pending_blank = True
            continue
        if MD_NOTE_CONT_RE.match(ln) or (not pending_blank and not MD_HEADING_RE.match(ln)
                                         and not SEPARATOR_RE.match(ln)):
            current.lines.append(i)
            kinds[i] = "note"
            pending_blank = False
            continue
        current = None
    if not defs:
        return []
    # Numbers: when every label is numeric the label is the number.  Otherwise notes are
    # numbered as Markdown renders them: in order of first reference, unreferenced
    # definitions after, in the order they are defined.
    if all(d.label.isdigit() for d in defs):
        for d in defs:
            d.n = int(d.label)
        return defs
    order: dict[str, int] = {}
    for i, ln in enumerate(lines):
        if kinds[i] == "note":
            continue
        for m in CARET_MARKER_RE.finditer(ln):
            order.setdefault(m.group("label"), len(order))
    known = {d.label for d in defs}
    numbering = {label: k + 1 for k, label in enumerate(lb for lb in order if lb in known)}
    for d in defs:
        if d.label not in numbering:
            numbering[d.label] = len(numbering) + 1
        d.n = numbering[d.label]
    return defs


def _note_number(line: str) -> tuple[int, int] | None:
    m = NOTE_NUMBER_RE.match(line)
    if not m:
        return None
    return int(m.group("n")), m.end() + 1


def _plain_notes(lines: list[str], kinds: list[str | None]) -> tuple[list[_NoteBuild], tuple[int, int] | None]:
    numbered = [(i, nc[0], nc[1]) for i, ln in enumerate(lines) if (nc := _note_number(ln))]
    numbered = [t for t in numbered if t[1] >= 1]
    if not numbered:
        return [], None
    # Walk back from the last numbered line through decreasing numbers.  `filled[i]` =
    # non-blank lines before line i, so the lines between two candidates cost O(1).
    filled = [0]
    for ln in lines:
        filled.append(filled[-1] + (1 if ln.strip() else 0))
    k = len(numbered) - 1
    chain = [numbered[k]]
    while chain[-1][1] > 1 and k > 0:
        cur_i, cur_n, _ = chain[-1]
        found = None
        # look back over a bounded number of numbered lines (linear time on any input)
        for j in range(k - 1, max(-1, k - 1 - MAX_NOTE_LINES - 4 * NOTE_GAP), -1):
            i, n, _ = numbered[j]
            between = filled[cur_i] - filled[i + 1] - (k - 1 - j)   # unnumbered, non-blank
            if between > MAX_NOTE_LINES:
                break
            if cur_n - NOTE_GAP - 1 <= n < cur_n:
                found = j
                break
        if found is None:
            break
        k = found
        chain.append(numbered[k])
    start = chain[-1][0]
    top = chain[0][1]
    # Inside the section, every numbered line with a fresh, plausible number starts a note.
    notes: list[_NoteBuild] = []
    used: set[int] = set()
    for i, n, col in numbered:
        if i < start or n > top + NOTE_GAP or n in used:
            continue
        used.add(n)
        notes.append(_NoteBuild(n=n, label=str(n), first=i, col=col, lines=[]))
    # Assign lines; after the last note's first line, detect the trailer.
    firsts = {nb.first: nb for nb in notes}
    current: _NoteBuild | None = None
    last_first = notes[-1].first
    # do the notes themselves sit in blank-line separated blocks?
    spaced = any(not lines[i].strip() for i in range(start, last_first))
    end = len(lines)
    after_blank = False
    for i in range(start, len(lines)):
        if i in firsts:
            current = firsts[i]
        elif not lines[i].strip():
            after_blank = True
            continue
        elif i > last_first and _is_trailer(lines, current, i, after_blank and not spaced):
            end = i
            break
        after_blank = False
        if current is not None:        # always set: the section starts at a note
            current.lines.append(i)
    for i in range(start, end):
        kinds[i] = "note" if lines[i].strip() else "skip"
    for i in range(end, len(lines)):
        kinds[i] = "trailer" if lines[i].strip() else "skip"
    return notes, (start, len(lines))


def _is_trailer(lines: list[str], note: _NoteBuild | None, i: int, new_block: bool) -> bool:
    """Is line i (after the last note's first line) page furniture rather than note text?

    `new_block`: a blank line precedes it although the notes are not blank-separated.
    """
    ln = lines[i].strip()
    if SEPARATOR_RE.match(ln) or MD_HEADING_RE.match(ln) or new_block:
        return True
    if note is None or not note.lines:
        return False
    so_far = lines[note.lines[-1]].rstrip()
    if not NOTE_COMPLETE_RE.search(so_far):
        return False
    if PAGE_FURNITURE_RE.match(ln) or QUOTED_LINE_RE.match(ln):
        return True
    return _title_like(ln)


def _title_like(ln: str) -> bool:
    """Short, no final full stop, most words capitalised (a title, a series name)."""
    if SENTENCE_END_RE.search(ln) or URL_RE.search(ln):
        return False
    words = WORD_RE.findall(ln)
    if not words or len(words) > HEADING_MAX_WORDS:
        return False
    caps = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    small = sum(1 for w in words if w.lower() in _SMALL_WORDS)
    return caps >= max(1, 0.6 * (len(words) - small))


_SMALL_WORDS = frozenset("a an the of and or for to in on at by with from as vs via nor but".split())


def _keep_section(lines, notes, markers, section) -> bool:
    if not notes:
        return False
    start = section[0]
    j = start - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if j >= 0 and (NOTES_HEADING_RE.match(lines[j]) or SEPARATOR_RE.match(lines[j])):
        return True
    numbers = {nb.n for nb in notes}
    if any(c.n in numbers for c in markers):
        return True
    # judged on each note's own numbered line: "1. Introduction" section headings
    # followed by paragraphs with years in them are not citations
    cited = sum(1 for nb in notes if CITATION_CUE_RE.search(lines[nb.first]))
    return cited * 2 >= len(notes)


def _note_text(lines: list[str], nb: _NoteBuild) -> str:
    parts = [lines[nb.first][nb.col - 1:].strip()]
    parts += [lines[i].strip() for i in nb.lines if i != nb.first]
    return "\n".join(parts)


# -- headings ---------------------------------------------------------------------------


def _markdown_headings(lines, kinds, heading_col) -> None:
    for i, ln in enumerate(lines):
        if kinds[i] is not None:
            continue
        m = MD_HEADING_RE.match(ln)
        if m:
            kinds[i] = "heading"
            heading_col[i] = m.start("text") + 1
        elif MD_SETEXT_RE.match(ln) and i > 0 and kinds[i - 1] in (None, "body", "heading") \
                and lines[i - 1].strip() and not SEPARATOR_RE.match(lines[i - 1]):
            kinds[i - 1] = "heading"
            kinds[i] = "skip"
        elif SEPARATOR_RE.match(ln):
            kinds[i] = "skip"


def _plain_headings(lines, kinds, heading_col) -> None:
    body = [i for i, k in enumerate(kinds) if k is None]
    if not body:
        return
    blank_mode = any(not lines[i].strip() for i in body)
    lengths = sorted(len(lines[i]) for i in body if lines[i].strip())
    wrapped = bool(lengths) and lengths[len(lengths) // 2] < 100 and not blank_mode
    for i in body:
        ln = lines[i]
        if not ln.strip():
            continue
        if SEPARATOR_RE.match(ln):
            kinds[i] = "skip"
            continue
        if NOTES_HEADING_RE.match(ln):
            kinds[i] = "heading"
            continue
        if blank_mode:
            before = i == 0 or not lines[i - 1].strip()
            after = i + 1 >= len(lines) or not lines[i + 1].strip() or kinds[i + 1] not in (None, "body")
            if not (before and after):
                continue
        if _heading_like(ln) and (not wrapped or _title_like(ln.strip())):
            kinds[i] = "heading"


def _heading_like(ln: str) -> bool:
    s = ln.strip()
    if len(s) > 160 or BULLET_RE.match(s) or URL_RE.search(s):
        return False
    if SENTENCE_END_RE.search(s) or SENTENCE_BREAK_RE.search(s):
        return False
    words = WORD_RE.findall(s)
    if not words:
        return False
    if len(words) > HEADING_MAX_WORDS:
        return False
    if len(words) == 1 and len(s) > 2 * HEADING_MAX_WORDS * 2:   # long unspaced (CJK) line
        return False
    first = s.lstrip("“\"‘'「『(（[")[:1]
    return bool(first) and (first.isupper() or first.isdigit() or not first.isascii() and first.isalpha())


# -- markers ----------------------------------------------------------------------------

# Context weights of glued-digit candidates (what the digits are glued to).
_W_CLOSE = 3.0        # closing quote or bracket: nations.”1  (January 2024)19
_W_PUNCT = 3.0        # punctuation after a word: held,5  meetings.2
_W_PUNCT_NUM = 1.5    # punctuation after a number: May 2023.7
_W_LOWER = 1.5        # a lower-case word: Korea1
_W_UPPER = 0.5        # an upper-case token: G7, F35 (usually a name)
_W_YEAR = 2.5         # glued onto a year: December 201820
_W_EXPLICIT = 4.0     # [3], ¹
_GAP_PENALTY = 0.3    # per note number skipped between two markers
_START_COST = 1.0     # most a run pays for starting past note 1 (when notes exist)
_W_ABBREV = 0.3       # after an abbreviation's full stop: No.4, p.12, Vol.3
# Abbreviations whose full stop is followed by a number that is data, not a marker.
_NUMBER_ABBREVIATIONS = frozenset("no nos vol vols p pp art arts sec para ch chap fig figs cf op ed eds".split())
_CLOSERS = set(")]}\"'”’»」』】〕）")


def _find_markers(lines, kinds, notes: list[_NoteBuild]) -> list[_Candidate]:
    numbers = {nb.n for nb in notes}
    labels = {nb.label: nb.n for nb in notes}
    max_n = max(numbers, default=0)
    caret: list[_Candidate] = []
    explicit: list[_Candidate] = []
    glued: list[_Candidate] = []
    for i, ln in enumerate(lines):
        if kinds[i] not in ("body", "heading"):
            continue
        if not MARKER_HINT_RE.search(ln):
            continue
        urls = [(m.start(), m.end()) for m in URL_RE.finditer(ln)] if ("http" in ln or "www." in ln) else []

        def in_url(p: int) -> bool:
            return any(a <= p < b for a, b in urls)

        for m in CARET_MARKER_RE.finditer(ln):
            label = m.group("label")
            n = labels.get(label)
            if n is None and label.isdigit():
                n = int(label)
            if n is None:
                n = -1          # an undefined word label: warned about, not returned
            caret.append(_Candidate(i, m.start(), m.end(), n, m.group(), _W_EXPLICIT, "caret"))
        for m in BRACKET_MARKER_RE.finditer(ln):
            if in_url(m.start()) or (m.start() > 0 and ln[m.start() - 1] == "^"):
                continue
            explicit.append(_Candidate(i, m.start(), m.end(), int(m.group("n")), m.group(),
                                       _W_EXPLICIT, "explicit"))
        for m in CJK_NOTE_MARKER_RE.finditer(ln):
            explicit.append(_Candidate(i, m.start(), m.end(), int(m.group("n")), m.group(),
                                       _W_EXPLICIT, "explicit"))
        for m in SUPERSCRIPT_MARKER_RE.finditer(ln):
            if in_url(m.start()):
                continue
            n = int(m.group("digits").translate(_SUPERSCRIPT_DIGITS))
            explicit.append(_Candidate(i, m.start(), m.end(), n, m.group(), _W_EXPLICIT, "explicit"))
        for m in GLUED_MARKER_RE.finditer(ln):
            if in_url(m.start()):
                continue
            glued.append(_Candidate(i, m.start(), m.end(), int(m.group("digits")), m.group("digits"),
                                    _glued_weight(ln, m.start()), "glued"))
        for m in YEAR_GLUED_MARKER_RE.finditer(ln):
            if in_url(m.start()):
                continue
            run = m.group("digits")
            s = m.start("digits")
            # every suffix of the glued digits not starting with 0 is a possible marker
            for k in range(len(run)):
                if run[k] == "0":
                    continue
                glued.append(_Candidate(i, s + k, m.end(), int(run[k:]), run[k:], _W_YEAR, "glued"))
    if caret:
        chosen = caret
    else:
        best_explicit = _best_sequence(explicit, numbers, max_n, allow_unknown=True)
        best_explicit += _repeats(explicit, best_explicit)
        best_glued = _best_sequence(glued, numbers, max_n, allow_unknown=not numbers)
        linked_e = len({c.n for c in best_explicit} & numbers)
        linked_g = len({c.n for c in best_glued} & numbers)
        if not numbers:
            linked_e, linked_g = len(best_explicit), len(best_glued)
        chosen = best_explicit if linked_e >= linked_g and best_explicit else best_glued
    chosen = sorted(chosen, key=lambda c: (c.line, c.start))
    return chosen


def _glued_weight(ln: str, start: int) -> float:
    prev = ln[start - 1]
    if prev in _CLOSERS:
        return _W_CLOSE
    if prev.isalpha():
        # the token the digits are glued to
        j = start - 1
        while j > 0 and (ln[j - 1].isalpha() or ln[j - 1] in "-'’"):
            j -= 1
        token = ln[j:start]
        if token.isupper() or (j > 0 and ln[j - 1].isdigit()):
            return _W_UPPER
        return _W_LOWER
    before = ln[start - 2] if start >= 2 else " "
    if before.isdigit():
        return _W_PUNCT_NUM
    if prev == "." and before.isalpha():
        j = start - 2
        while j > 0 and ln[j - 1].isalpha():
            j -= 1
        if ln[j:start - 1].lower() in _NUMBER_ABBREVIATIONS:
            return _W_ABBREV
    return _W_PUNCT


def _best_sequence(cands: list[_Candidate], numbers: set[int], max_n: int,
                   allow_unknown: bool) -> list[_Candidate]:
    """The strictly increasing run of candidate numbers with the largest total weight.

    Weight of a chain = sum of its candidates' weights - _GAP_PENALTY per number
    skipped between consecutive members (and before the first).  Solved with prefix
    maxima over note numbers (Fenwick tree): O(k log N).
    """
    if not cands:
        return []
    limit = max(max_n + NOTE_GAP, 0) if numbers else MAX_MARKER
    usable = []
    for c in cands:
        if c.n < 1 or c.n > limit:
            continue
        if numbers and c.n not in numbers and not allow_unknown:
            continue
        usable.append(c)
    if not usable:
        return []
    usable.sort(key=lambda c: (c.line, c.start, -len(c.text)))
    size = max(c.n for c in usable) + 2
    tree_val = [float("-inf")] * (size + 1)
    tree_arg = [-1] * (size + 1)

    def update(n: int, val: float, arg: int) -> None:          # position n (0-based) -> index n+1
        k = n + 1
        while k <= size:
            if val > tree_val[k]:
                tree_val[k], tree_arg[k] = val, arg
            k += k & -k

    def query(n: int) -> tuple[float, int]:                    # max over positions 0..n
        k = n + 1
        best, arg = float("-inf"), -1
        while k > 0:
            if tree_val[k] > best:
                best, arg = tree_val[k], tree_arg[k]
            k -= k & -k
        return best, arg

    update(0, 0.0, -1)                  # the empty chain "ends" at number 0
    score = [0.0] * len(usable)
    back = [-1] * len(usable)
    # when no notes exist, unknown numbers cost most of their weight: only clean runs survive
    unknown_cost = 0.0 if not numbers else 2.0
    idx = 0
    while idx < len(usable):
        # candidates at the same place are alternatives: evaluate together, then insert
        j = idx
        while j < len(usable) and usable[j].line == usable[idx].line and \
                usable[j].end == usable[idx].end and usable[j].family == usable[idx].family:
            j += 1
        group = range(idx, j)
        for g in group:
            c = usable[g]
            w = c.weight
            if numbers and c.n not in numbers:
                w -= unknown_cost + c.weight
            elif not numbers:
                w = min(w, 1.0)
            prev, arg = query(c.n - 1)
            chained = prev - _GAP_PENALTY * (c.n - 1)
            # with notes, a run may start at any note (earlier markers may be missing);
            # without notes it must start at 1 (that is what makes digits markers at all)
            if numbers and chained < -_START_COST:
                chained, arg = -_START_COST, -1
            score[g] = chained + w
            back[g] = arg
        for g in group:
            c = usable[g]
            update(c.n, score[g] + _GAP_PENALTY * c.n, g)
        idx = j
    best_g = max(range(len(usable)), key=lambda g: score[g])
    if score[best_g] <= 0:
        return []
    out = []
    g = best_g
    while g != -1:
        out.append(usable[g])
        g = back[g]
    out.reverse()
    # drop members that lower the total (a trailing unknown, for instance)
    return [c for c in out if not numbers or c.n in numbers or c.family == "explicit"]


def _repeats(cands: list[_Candidate], chosen: list[_Candidate]) -> list[_Candidate]:
    """Explicit markers that repeat an already linked number ("see [3]" twice)."""
    taken = {(c.line, c.start) for c in chosen}
    linked = {c.n for c in chosen}
    return [c for c in cands if (c.line, c.start) not in taken and c.n in linked
            and not c.text[-1] in "⁰¹²³⁴⁵⁶⁷⁸⁹"]


# -- warnings and segments --------------------------------------------------------------


def _structure_warnings(notes: list[_NoteBuild], markers: list[_Candidate], markdown: bool) -> list[str]:
    out: list[str] = []
    seen: set[int] = set()
    prev = 0
    for nb in notes:
        if nb.n in seen:
            out.append(f"line {nb.first + 1}: note {nb.label} defined twice")
        elif nb.n < prev and not markdown:
            out.append(f"line {nb.first + 1}: note {nb.label} out of order (after note {prev})")
        seen.add(nb.n)
        prev = max(prev, nb.n)
    if not markdown and notes:
        missing = sorted(set(range(1, prev + 1)) - seen)
        if missing:
            out.append("notes missing from the notes section: " + ", ".join(map(str, missing)))
    numbers = {nb.n for nb in notes}
    referenced = {c.n for c in markers}
    for c in markers:
        if c.n not in numbers:
            what = c.text if c.n < 0 else str(c.n)
            out.append(f"line {c.line + 1}, col {c.start + 1}: marker {what} has no note")
    if notes and not markers:
        out.append("no note markers found in the body")
    for nb in notes:
        if nb.n not in referenced:
            out.append(f"line {nb.first + 1}: note {nb.label} has no marker in the body")
    last = 0
    counts: dict[int, int] = {}
    for c in markers:
        counts[c.n] = counts.get(c.n, 0) + 1
    for c in markers:
        if 0 < c.n < last and c.family != "caret" and counts[c.n] == 1:
            out.append(f"line {c.line + 1}, col {c.start + 1}: marker {c.n} out of order (after {last})")
        last = max(last, c.n)
    return out


def _segments(lines, kinds, heading_col, notes: list[_NoteBuild], markers: list[_Candidate]) -> list[Segment]:
    by_line: dict[int, list[_Candidate]] = {}
    for c in markers:
        by_line.setdefault(c.line, []).append(c)
    note_of: dict[int, _NoteBuild] = {}
    for nb in notes:
        for i in nb.lines:
            note_of[i] = nb
    out: list[Segment] = []
    for i, (ln, kind) in enumerate(zip(lines, kinds)):
        if kind in ("skip", None) or not ln.strip():
            continue
        if i in by_line:
            chars = list(ln)
            for c in by_line[i]:
                chars[c.start:c.end] = " " * (c.end - c.start)
            ln = "".join(chars)
        if kind == "note":
            nb = note_of.get(i)
            if nb is None:
                continue
            col = nb.col if i == nb.first else len(ln) - len(ln.lstrip()) + 1
            out.append(Segment("note", i + 1, col, ln[col - 1:].rstrip(), footnote=nb.n))
        elif kind == "heading":
            col = heading_col.get(i) or len(ln) - len(ln.lstrip()) + 1
            text = ln[col - 1:].rstrip()
            m = MD_HEADING_RE.match(ln)
            if m and i in heading_col:
                text = ln[col - 1:m.end("text")]
            out.append(Segment("heading", i + 1, col, text))
        else:
            out.append(Segment(kind, i + 1, 1, ln.rstrip()))
    return out
