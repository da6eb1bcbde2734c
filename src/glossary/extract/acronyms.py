"""Acronym definitions, both orders, after Schwartz & Hearst (2003).

    "Status of Forces Agreement (SOFA)"   long (SHORT)
    "MOTIE (Ministry of Trade, Industry and Energy)"                 SHORT (long)

and the cues of a definition without brackets: a row of a two-column acronym list
("| MOTIE | Ministry of Trade, Industry and Energy |"), "X stands for Y", "dubbed X, for
'Y'" (`cue` says which).

The long form is the shortest run of words before the parenthesis whose letters contain
the short form's letters in order, the short form's first letter starting a word
(Schwartz & Hearst's algorithm; they report 96% precision, 82% recall).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..text.lexicon import words

# A parenthesised short form: 2-10 characters starting with a capital, with at least two
# capitals in total (SOFA, SOFA, G7, METI, MOTIE), optional plural s: "(SDFs)".
PAREN_SHORT = regex.compile(r"\(\s*(?P<short>\p{Lu}[\p{Lu}\p{N}&.\-]{1,9}?(?<=[\p{Lu}\p{N}.])s?)\s*\)")

# A short form followed by a parenthesised long form: "MOTIE (Ministry of Trade, ...)".
SHORT_PAREN_LONG = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<short>\p{Lu}[\p{Lu}\p{N}&]{1,9}s?)\s*\(\s*(?P<long>\p{Lu}[^()\n]{2,150}?)\s*\)")

# A row of a two-column list of acronyms, as a Markdown pipe table writes it:
# "| MOTIE | Ministry of Trade, Industry and Energy |".
TABLE_ROW = regex.compile(
    r"^\|\s*(?P<short>\p{Lu}[\p{Lu}\p{N}&\-]{1,9}s?)\s*\|\s*(?P<long>\p{Lu}[^|\n]{2,150}?)\s*\|\s*$")

# "X stands for Y", "X, (short) for 'Y'" (the long form quoted after a bare "for"): "END stands
# for Exchange, Normalization and Denuclearization.", "dubbed MASGA, for "Make American ...""
STANDS_FOR = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<short>\p{Lu}[\p{Lu}\p{N}&]{1,9}s?)(?:(?P<stands>\s+stands\s+for\s+)[\"“‘]?|,?\s+(?:short\s+)?for\s+[\"“‘])"
    r"(?:the\s+)?(?P<long>\p{Lu}[^.;:!?()\"“”‘’\n]{2,150}?)(?=[.;:!?\"”’]|\s*$)")

# A word of the window before the parenthesis (letters, digits, inner hyphens/apostrophes).
WINDOW_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")

# A possessive ending left at the start of a long form: "'s Ministry ...".
LEADING_POSSESSIVE = regex.compile(r"['’‘]?s?\s+|['’‘]s\s+")

# Words that cannot start a long form.
_BAD_FIRST = words("en_function_words", list="long_form_bad_first")


@dataclass(frozen=True)
class AcronymDef:
    """One definition: where the short and the long form are in the text."""

    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int
    cue: str = "paren"     # "paren" | "table" (a row of an acronym list) | "stands_for"


def _letters(short: str) -> str:
    return "".join(c for c in short.lower() if c.isalnum())


def match_long_form(short: str, long: str) -> int | None:
    """Schwartz-Hearst: the start index in `long` of the long form of `short`, or None."""
    s = _letters(short)
    if s.endswith("s") and len(s) > 2 and short[-1] == "s":
        s = s[:-1]  # plural short form "SDFs"
    low = long.lower()
    si, li = len(s) - 1, len(low) - 1
    while si >= 0:
        c = s[si]
        while li >= 0 and (low[li] != c or (si == 0 and not _word_start_ok(low, li))):
            li -= 1
        if li < 0:
            return None
        si -= 1
        li -= 1
    return li + 1


def _word_start_ok(low: str, i: int) -> bool:
    """The first letter of a long form starts a word that is not a function word."""
    if i > 0 and low[i - 1].isalnum():
        return False
    word = WINDOW_WORD.match(low, i)
    return word is None or word.group().lower() not in _BAD_FIRST


def _valid_short(short: str) -> bool:
    caps = sum(1 for c in short if c.isupper())
    return caps >= 2 or (caps == 1 and any(c.isdigit() for c in short))


#: how far back before a parenthesis the word window is looked for (beyond 24 characters a
#: word): a bound, so that a line of any length costs the same per parenthesis
WINDOW_REACH = 4096


def _last_words(text: str, end: int, k: int) -> list:
    """WINDOW_WORD matches in `text[:end]`, at least the last `k` of them (all when there
    are fewer within WINDOW_REACH): the scan starts at a space far enough back (no word
    holds a space, so the words after it are those of a scan of the whole text), else at
    the reach, without a word cut there.  Never looks at the whole text: linear lines."""
    lo = max(0, end - 24 * k)
    floor = max(0, lo - WINDOW_REACH)
    cut = text.rfind(" ", floor, lo)
    if cut > 0:
        words = list(WINDOW_WORD.finditer(text, cut, end))
        if len(words) >= k:
            return words
    words = list(WINDOW_WORD.finditer(text, floor, end))
    if words and floor > 0 and words[0].start() == floor and WINDOW_WORD.match(text, floor - 1, floor):
        words.pop(0)      # the tail of a word that starts before the reach
    return words


def _end_before(text: str, pos: int, strip: str | None = None) -> int:
    """The end of `text[:pos].rstrip(strip)`, without copying the text before `pos`."""
    end = pos
    if strip is None:
        while end > 0 and text[end - 1].isspace():
            end -= 1
    else:
        while end > 0 and text[end - 1] in strip:
            end -= 1
    return end


def _unbracketed(text: str) -> list[AcronymDef]:
    """Definitions without brackets: a row of an acronym list, "X stands for Y", "X, for
    'Y'"; the long form a whole cell or the whole phrase, its first word holding the short
    form's first letter (`match_long_form`); after a bare "for", every word of it but a
    connector giving the short form letters (`initials_of`)."""
    out: list[AcronymDef] = []
    found = []
    if text.startswith("|"):
        found = [(m, "table") for m in (TABLE_ROW.match(text),) if m]
    # (STANDS_FOR needs "stands" or a quote mark after its "for")
    if " for " in text and ("stands" in text or '"' in text or "“" in text or "‘" in text):
        found += [(m, "stands_for") for m in STANDS_FOR.finditer(text)]
    for m, cue in found:
        short, long = m.group("short"), m.group("long").strip(" ,")
        if _valid_short(short) and len(long) > len(short) and \
                (match_long_form(short, long) == 0 if cue == "table" or m.group("stands") else initials_of(short, long)):
            out.append(AcronymDef(short, long, m.start("short"), m.end("short"),
                                  m.start("long"), m.start("long") + len(long), cue))
    return out


def find_acronyms(text: str) -> list[AcronymDef]:
    """All acronym definitions in `text` (one line or paragraph), in order."""
    out: list[AcronymDef] = _unbracketed(text) if "|" in text[:1] or " for " in text else []
    if "(" not in text:
        return out
    for m in PAREN_SHORT.finditer(text):
        short = m.group("short").rstrip(".")
        if not _valid_short(short):
            continue
        end = _end_before(text, m.start())
        n = len(_letters(short))
        max_words = min(n + 5, 2 * n)
        words = _last_words(text, end, max_words)
        if not words:
            continue
        window = words[-max_words:]
        start = window[0].start()
        seg = text[start:end]
        i = match_long_form(short, seg)
        if i is None:
            continue
        # extend to the start of the word that holds the first letter
        while i > 0 and seg[i - 1].isalnum():
            i -= 1
        lead = LEADING_POSSESSIVE.match(seg, i)
        if lead:
            i = lead.end()  # "Beijing's Ministry of Commerce (MOFCOM)"
        long = seg[i:].strip(" ,;:")
        first = long.split()[0].lower() if long.split() else ""
        if not long or first in _BAD_FIRST or len(long) <= len(short) or not long[0].isupper() or \
                any(ch in long for ch in "()[]"):
            continue   # (a long form does not cross a bracket: "board (VIP) + x (y z (VIP)")
        out.append(AcronymDef(short, long, m.start("short"), m.start("short") + len(short),
                              start + i, start + i + len(long)))
    for m in SHORT_PAREN_LONG.finditer(text):
        short, long = m.group("short"), m.group("long").strip(" ,;:")
        if not _valid_short(short) or len(long) <= len(short):
            continue
        i = match_long_form(short, long)
        # the long form must be the whole parenthesis, its first word holding the first letter
        if i is None or i != 0:
            continue
        out.append(AcronymDef(short, long, m.start("short"), m.end("short"),
                              m.start("long"), m.start("long") + len(long)))
    return out


# A lower-case long form of two to six words: "peacetime command authority".
LOWER_LONG = regex.compile(r"^\p{Ll}[\p{Ll}\-]*(?: \p{Ll}[\p{Ll}\-]*){1,5}$")


def find_lower_definitions(text: str) -> list[AcronymDef]:
    """Acronyms defined by a lower-case term: "peacetime command authority (PCA)".

    find_acronyms wants a capitalised long form (a name); a lower-case one is a defined
    concept of the text, found the same way (Schwartz-Hearst) but kept only when the long
    form is all lower-case words, none of them a function word at its start."""
    out: list[AcronymDef] = []
    if "(" not in text:
        return out
    for m in PAREN_SHORT.finditer(text):
        short = m.group("short").rstrip(".")
        if not _valid_short(short) or not short.isupper():
            continue
        end = _end_before(text, m.start(), " *_\"”")
        n = len(_letters(short))
        words = _last_words(text, end, n + 2)
        if not words:
            continue
        window = words[-(n + 2):]
        start = window[0].start()
        seg = text[start:end]
        i = match_long_form(short, seg)
        if i is None:
            continue
        while i > 0 and seg[i - 1].isalnum():
            i -= 1
        long = seg[i:].strip(" ,;:")
        if not LOWER_LONG.match(long) or long.split()[0] in _BAD_FIRST:
            continue
        out.append(AcronymDef(short, long, m.start("short"), m.start("short") + len(short),
                              start + i, start + i + len(long)))
    return out


#: words a long form may pass over without giving the short form a letter: "Korea Institute
#: *for* Defense Analyses" (KIDA), "Ministry *of* Trade, Industry *and* Energy" (MOTIE)
_CONNECTORS = words("en_function_words", list="name_connector") | {"the", "on", "in", "to"}


_WORD = regex.compile(r"[\p{L}\p{N}]+")


def word_initials(long: str) -> frozenset[str]:
    """The first letters of `long`'s words, as `initials_of` reads them: `initials_of(short,
    long)` holds only when `_letters(short)[:1]` is one of them (the first word that gives
    letters gives the first), a cheap test before it."""
    return frozenset(w.lower()[:1] for w in _WORD.findall(long))


def initial_letter(short: str) -> str:
    """The first letter of `short` as `initials_of` reads it ("" when it has none)."""
    return _letters(short)[:1]


def initials_of(short: str, long: str) -> bool:
    """Is `short` made of the starts of `long`'s words, in order, every word but a connector
    giving it one or more letters: KIDA of "Korea Institute for Defense Analyses", JETRO of
    "Japan External Trade Organization" (J-E-TR-O)?  Stricter than `match_long_form` (any
    letters in order), for a short form that the text never defines beside its long form."""
    s = _letters(short)
    ws = [w.lower() for w in _WORD.findall(long)]
    if len(s) < 2 or len(ws) < 2 or len(s) > 2 * len(ws) + 2:
        return False

    def walk(i: int, k: int) -> bool:
        if k == len(ws):
            return i == len(s)
        w = ws[k]
        if w in _CONNECTORS and walk(i, k + 1):
            return True
        n = 1
        while n <= len(w) and i + n <= len(s) and s[i:i + n] == w[:n]:
            if walk(i + n, k + 1):
                return True
            n += 1
        return False
    return walk(0, 0)
