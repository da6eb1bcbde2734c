"""Rule family `lowercase`: lower-case names with a cue.

Lower-case terms are names only with a strong cue: **bold**, quotes after a determiner
('a "x y"'), "so-called x y incident", a number or year ("the 12th x election", "the
2011 agreement on the x issue"), a hyphenated modifier ("the vice-ministerial x
dialogue"), a recurring meeting of office holders ("the trilateral foreign ministers'
meeting").
"""
from __future__ import annotations

import regex

from ...text.lexicon import ordered, words
from ...model import Category
from ..general import dictionary_verb, romanized_name_word
from ..vocab import COUNTRIES, DEMONYMS, LOWER_HEAD_CATEGORY, STOPWORDS, TITLE_WORDS
from .segments import _Raw, _SegCtx
from .shared import _alt, _NEAR, REPORTING_VERBS, VERBISH


# Words right before a quoted lower-case term ('a "x y"', 'the "x y" doctrine', 'for "x y"').
QUOTED_TERM_BEFORE = words("en_function_words", list="quoted_term_before")


# Words before that determiner that make the quote a description ('described as a "x y"').
PREDICATIVE = words("en_function_words", list="predicative")


# A lower-case term: two to four lower-case words ("balanced engagement", "three no principles").
LOWER_CONCEPT = regex.compile(r"^\p{Ll}[\p{Ll}\-]+(?: \p{Ll}[\p{Ll}\-]*){1,3}$")


# "so-called x y incident": a lower-case name introduced by "so-called".
SO_CALLED = regex.compile(
    r"\bso-called\s+(?P<name>(?:[\p{Ll}\p{N}][\p{Ll}\p{N}\-]*\s+){0,3}?(?P<head>"
    + _alt("en_lower_heads", "so_called") + r"))\b")


# "the vice-ministerial economic dialogue": a lower-case meeting name with a hyphenated
# modifier (high-level, vice-ministerial, two-plus-two).
LOWER_MEETING = regex.compile(
    r"\b[Tt]he\s+(?P<name>(?:[\p{Ll}]+\s+)?[\p{Ll}]+-[\p{Ll}\-]+\s+(?:[\p{Ll}]+\s+)?"
    r"(?P<head>" + _alt("en_lower_heads", "lower_meeting") + r"))\b")


# "the 12th gubernatorial election", "the 20th party congress": a numbered lower-case event.
LOWER_ORDINAL_EVENT = regex.compile(
    r"\b[Tt]he\s+(?P<name>\d+(?:st|nd|rd|th)\s+(?:[\p{Ll}\-]+\s+){0,2}"
    r"(?P<head>" + _alt("en_lower_heads", "lower_ordinal_event") + r"))\b")


# "the 2015 agreement on the x y issue": an agreement named by its year and its subject.
YEAR_AGREEMENT = regex.compile(
    r"\b[Tt]he\s+(?P<name>(?:19|20)\d\d\s+(?P<head>" + _alt("en_lower_heads", "year_agreement") + r")"
    r"\s+on\s+the\s+(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+)(?=\s*[,.;:)]|\s+(?:"
    + _alt("en_function_words", "clause_after_name") + r")\b)")


# "the 2015 agreement", "the 1965 Korea-Japan treaty": an agreement named by its year (and
# its parties), when no "on the ..." subject follows (YEAR_AGREEMENT takes those).
YEAR_NAMED = regex.compile(
    r"\b[Tt]he\s+(?P<name>(?:19|20)\d\d\s+(?:(?P<parties>\p{Lu}[\p{L}\-–]*)\s+)?(?P<head>"
    + _alt("en_lower_heads", "year_agreement") + r"))\b(?!\s+on\s+the\b|[\-–])")


# "the trilateral foreign ministers' meeting": a recurring meeting of office holders,
# named by its format (trilateral, bilateral, ...) and who meets.
LOWER_MINISTERS = regex.compile(
    r"\bthe\s+(?P<name>(?:" + _alt("en_lower_heads", "ministers_format") + r")\s+(?:[\p{Ll}]+\s+)?"
    r"(?:" + _alt("en_lower_heads", "ministers_who") + r")['’]\s+(?P<head>" + _alt("en_lower_heads", "ministers_meeting")
    + r"))\b")


# "the so-called shuttle diplomacy between ...": one or two lower-case words after
# "so-called", up to a stop, a quote's close or a function word (checked in `_so_called`).
SO_CALLED_ANY = regex.compile(
    r"\bso-called\s+(?P<open>[‘'“\"])?(?P<name>\p{Ll}[\p{Ll}\-]+(?:\s+\p{Ll}[\p{Ll}\-]+)?)(?P<close>[’'”\"])?"
    r"(?=\s*[,.;:!?)]|\s*$|\s+(?P<next>\p{Ll}+))")


# "so-called nationalization of the X Islands": a lower-case action on a named thing.
SO_CALLED_OF = regex.compile(
    r"\bso-called\s+(?P<name>[\p{Ll}][\p{Ll}\-]+\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})")


# "Russia’s invasion of Ukraine", "the war in Ukraine", "the Japanese occupation of Korea": an
# act of war or rule named by who did it and to which country (both checked in `_lower_names`).
CONFLICT_EVENT = regex.compile(
    r"(?:\b[Tt]he\s+|(?P<owner>\b\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?(?:['’]s)?)\s+)"
    r"(?P<name>(?P<head>" + _alt("en_lower_heads", "conflict_head") + r")\s+(?:of|in)\s+"
    r"(?P<place>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?))\b")
CONFLICT_HINT = regex.compile(r"\b(?:" + _alt("en_lower_heads", "conflict_head") + r")\s+(?:of|in)\s+\p{Lu}")


# "the impeachment of President Kessin Ostrin", "the December impeachment of outgoing President
# Ostrin", "the assassination of Ostrin": an act done to one person, named by that person (a
# month or year before it, and a title with its modifiers before the name, are left out)
PERSON_ACT = regex.compile(
    r"\b[Tt]he\s+(?:\p{Lu}\p{Ll}+\s+|\d{4}\s+)?(?P<name>(?P<head>" + _alt("en_lower_heads", "person_act") + r")\s+of\s+"
    r"(?P<pre>(?:\p{Ll}+\s+){0,2})(?P<who>\p{Lu}(?:\.|[\p{L}\-’']*)(?:\s\p{Lu}(?:\.|[\p{L}\-’']*)){0,4}))")
_PERSON_ACTS = ordered("en_lower_heads", list="person_act")


# "the inter-X summit", "anti-Y demonstrations": an event named by the parties or the side
# it is between or against (a prefixed demonym or country, checked in `_lower_names`).
PREFIXED_EVENT = regex.compile(
    r"\b(?P<name>(?:" + _alt("en_function_words", "relational_prefix") + r")-(?P<party>\p{Lu}[\p{L}.]*)\s+(?P<head>"
    + "|".join(regex.escape(w) for w, c in LOWER_HEAD_CATEGORY.items() if c is Category.EVENT) + r"))\b")


# The literal words each pattern above needs (a pattern is tried only on a text holding one:
# a substring test costs far less than a scan by the pattern)
_MEETING_HEADS = ordered("en_lower_heads", list="lower_meeting")
_YEAR_HEADS = ordered("en_lower_heads", list="year_agreement")
_CONFLICT_HEADS = ordered("en_lower_heads", list="conflict_head")
_PREFIXES = tuple(p + "-" for p in ordered("en_function_words", list="relational_prefix"))


class _Lowercase:
    def _bold(self, c: _SegCtx, suppressed: list[tuple[int, int]]) -> None:
        """Markdown **bold** lower-case terms (see `_lower_concept`)."""
        text = c.text
        for x, y in c.bold:
            if self._lower_concept(c, text[x:y], x, quoted=False):
                suppressed.append((x, y))

    def _lowercase_styled_names(self, c: _SegCtx) -> None:
        """In a segment written wholly in lower case (a blog's headings and captions: "###
        valmogung palace"), a romanised Japanese or Korean word English does not use is a
        name (general.romanized_name_word), with the lower-case head nouns after it
        ("valmogung palace", "kessindae burial mounds"); not a command's name ("\\footnotesize")."""
        toks = c.tokens
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.kind != "word" or not romanized_name_word(t.text) or c.text[t.start - 1:t.start] in ("\\", "{", "_") or \
                    (i and toks[i - 1].kind == "word" and romanized_name_word(toks[i - 1].text)):
                i += 1
                continue
            j = i
            while j + 1 < len(toks) and toks[j + 1].kind == "word" and \
                    (romanized_name_word(toks[j + 1].text) or toks[j + 1].text in LOWER_HEAD_CATEGORY) and \
                    c.text[toks[j].end:toks[j + 1].start] == " ":
                j += 1
            head = toks[j].text
            cat = LOWER_HEAD_CATEGORY.get(head, Category.PLACE)
            self.add(_Raw(c.text[t.start:toks[j].end], c.seg, t.start, cat, 2))
            i = j + 1

    def _lower_names(self, c: _SegCtx) -> None:
        """Lower-case names with a cue in the words around them: "so-called x y incident",
        "the 12th x election", "the 2015 agreement on the x issue", "the vice-ministerial x
        dialogue", "the trilateral foreign ministers' meeting" (each pattern tried only when
        the text holds a word it needs)."""
        text = c.text
        dashed = "-" in text
        lower_rxs = [LOWER_MEETING] if dashed and any(h in text for h in _MEETING_HEADS) else []   # (a hyphenated word)
        if "election" in text or "summit" in text or "plenum" in text or "congress" in text:
            lower_rxs.append(LOWER_ORDINAL_EVENT)
        if " on the " in text and ("agreement" in text or "accord" in text or "declaration" in text or
                                   "deal" in text or "treaty" in text or "pact" in text):
            lower_rxs.append(YEAR_AGREEMENT)
        if "so-called" in text:
            lower_rxs += [SO_CALLED, SO_CALLED_OF]
            self._so_called(c)
        if ("19" in text or "20" in text) and any(h in text for h in _YEAR_HEADS):
            lower_rxs.append(YEAR_NAMED)
        if "’ " in text or "' " in text:
            lower_rxs.append(LOWER_MINISTERS)
        if dashed and any(p in text for p in _PREFIXES):
            lower_rxs.append(PREFIXED_EVENT)
        if any(h in text for h in _CONFLICT_HEADS) and CONFLICT_HINT.search(text):
            self._conflict_events(c)
        if " of " in text and any(h in text for h in _PERSON_ACTS):
            self._person_acts(c)
        for rx in lower_rxs:
            for m in rx.finditer(text):
                if rx is PREFIXED_EVENT and m.group("party") not in DEMONYMS and m.group("party") not in COUNTRIES:
                    continue
                if rx is SO_CALLED_OF:
                    self.add(_Raw(m.group("name"), c.seg, m.start("name"), Category.EVENT, 2))
                    continue
                cat = LOWER_HEAD_CATEGORY.get(m.group("head"), Category.EVENT)
                if rx is YEAR_AGREEMENT or rx is YEAR_NAMED:
                    cat = Category.AGREEMENT
                if m.group("head") in ("policy", "strategy", "initiative", "doctrine"):
                    cat = Category.POLICY
                self.add(_Raw(m.group("name"), c.seg, m.start("name"), cat, 2))

    def _so_called(self, c: _SegCtx) -> None:
        """"the so-called shuttle diplomacy between ...": a lower-case phrase the writer
        introduces as a name with "so-called" is a term, one or two words up to a stop or a
        function word (none where another word follows: "the so-called x post online"; a
        verb's "-ed" form, a reporting verb, or a verb before a function word last is the
        clause's: "the so-called hardliners argued", "the so-called x live in"), or whole in
        quotes; one word alone only when hyphenated or a romanised word ("so-called
        zainichi", not "so-called experts"); not where a head's pattern (SO_CALLED) named it."""
        for m in SO_CALLED_ANY.finditer(c.text):
            nxt, quoted = m.group("next"), bool(m.group("open") and m.group("close"))
            if nxt is not None and nxt not in STOPWORDS and not quoted:
                continue        # the phrase goes on past two words, or into a verb: no clear end
            words = m.group("name").split()
            if len(words) > 1 and not quoted and (words[-1].endswith("ed") or words[-1] in REPORTING_VERBS
                                                  or (nxt is not None and dictionary_verb(words[-1]))):
                words = words[:-1]     # "the so-called hardliners argued that", "the so-called x live in"
            if any(w in STOPWORDS for w in words) or SO_CALLED.match(c.text, m.start()) or \
                    (len(words) == 1 and "-" not in words[0] and not romanized_name_word(words[0])):
                continue        # (a head's pattern takes "so-called x incident"; "so-called experts")
            self.add(_Raw(" ".join(words), c.seg, m.start("name"), Category.OTHER, 2))

    def _person_acts(self, c: _SegCtx) -> None:
        """"the impeachment of President Kessin Ostrin": an event named by the person it was
        done to, without the title ("impeachment of Kessin Ostrin"; the written form is
        linked to it, so that both group as one).  A possessive ending is no part of the
        name; a title alone or a country names no one."""
        for m in PERSON_ACT.finditer(c.text):
            words = m.group("who").removesuffix("’s").removesuffix("'s").split()
            if m.group("pre") and words[0] not in TITLE_WORDS:
                continue        # "the impeachment of several officials": only "of outgoing President X"
            k = 0
            while k < len(words) - 1 and (words[k] in TITLE_WORDS or words[k].lower() in ("former", "late")):
                k += 1
            if words[k] in TITLE_WORDS or words[k] in COUNTRIES:
                continue
            head = m.group("head")
            name = f"{head} of {' '.join(words[k:])}"
            written = f"{head} of {m.group('pre')}{' '.join(words)}"
            self.add(_Raw(name, c.seg, m.start("name"), Category.EVENT, 2, links=[written] if k else []))

    def _conflict_events(self, c: _SegCtx) -> None:
        """"Russia’s invasion of Ukraine", "the war in Ukraine", "the Japanese occupation of
        Korea": an event, when the place is a country; a country that did it joins the event
        ("Russia’s invasion of Ukraine"), anyone else is left out ("Ostrinov's invasion of
        Ukraine" is the invasion of Ukraine)."""
        for m in CONFLICT_EVENT.finditer(c.text):
            if m.group("place") not in COUNTRIES:
                continue
            start = m.start("name")
            written = m.group("owner") or ""
            owner = written.removesuffix("’s").removesuffix("'s")
            if owner not in COUNTRIES and " " in owner:
                owner = owner.rsplit(None, 1)[1]       # "Since Russia's invasion …": the country
            if owner in COUNTRIES:
                start = m.start("owner") + written.rfind(owner)
            self.add(_Raw(c.text[start:m.end("name")], c.seg, start, Category.EVENT, 2))

    def _lower_concept(self, c: _SegCtx, inner: str, start: int, quoted: bool = True) -> bool:
        """A lower-case term of two to four words set off by bold (**forward basing**)
        or by quotes after a determiner ('a "balanced engagement"', 'for "x y products"')
        names a concept or policy; True when it made one.  A quoted phrase with a function
        word or a verb form, after a verb ('expressed "strong regret"') or a possessive, or
        said of something ('described as a "x region"') is a quotation, not a term."""
        if not LOWER_CONCEPT.match(inner) or c.seg.kind != "body":
            return False
        words = inner.split()
        if any(w in STOPWORDS or w.endswith("ly") for w in words) or (quoted and VERBISH.match(words[-1].title())):
            return False
        if quoted:
            # (the words next to the quote, from a window: not a copy of the rest of the line)
            before = c.text[max(0, start - _NEAR):start].rstrip(" “\"'‘").split()[-2:]
            after = c.text[start + len(inner):start + len(inner) + _NEAR].lstrip(" ”\"'’,").split()[:1]
            recurs = self._occurs_twice(inner)   # used again, unquoted
            if not recurs and not (before and before[-1] in QUOTED_TERM_BEFORE and
                                   (len(before) < 2 or before[0] not in PREDICATIVE) and after[:1] != ["of"]):
                return False
        self.add(_Raw(inner, c.seg, start, Category.POLICY, 2))
        return True
