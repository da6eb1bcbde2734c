"""Evidence source: a bilingual vocabulary line of the article.

Learners' posts, translated documents and glossaries list terms one per line, the original
and the English around a colon or a dash:

    * 청와대: Blue House
    * 군사 분계선: Military Demarcation Line
    - Indian Ocean — 인도양

Such a line pairs the two as plainly as a bracket does (`in_text.py`).  The English side
takes the Japanese or Korean form when a candidate holds it (in any case: "Ceasefire
agreement" is the candidate "ceasefire agreement"); an English side written as a name (its
words capitalised; one word only when English rarely uses it) that no candidate holds
becomes one.  Lower-case English that no
candidate holds ("spy", "near") is vocabulary of the language, not a term of the article,
and is left alone; so is a line with several glosses of one word ("corpse, casualty").
"""
from __future__ import annotations

import regex

from ..documents import Document
from ..extract.candidates import Candidate, Form, Mention
from ..extract.categories import category_of_head, head_of
from ..extract.general import zipf
from ..model import Category, Role
from ..text.scripts import CJK as _CJK, LATIN as _LATIN, has_hangul
from .forms import short, text_key

__all__ = ["vocabulary_forms", "vocabulary_pair", "LINE_SCORE"]

#: confidence of a form a vocabulary line pairs (as a bracket in the body does)
LINE_SCORE = 0.9
#: a one-word English side this common in English ("Provocation" 3.6) is a gloss, not a name
COMMON_ZIPF = 3.0
#: markup around a line's parts: HTML tags, emphasis
_MARKUP = regex.compile(r"<[^<>]{1,200}>|\*\*|__")
#: "(bullet) A: B" or "(bullet) A — B"; each side at most a short phrase
_LINE = regex.compile(r"^\s*(?:[*\-•·]\s+)?(?P<a>[^:：—–]{1,60}?)\s*(?:[:：]|\s[—–]\s)\s*(?P<b>[^:：—–]{1,80}?)\s*$")
#: an English side written as a name: capitalised words (small function words between)
_NAME = regex.compile(r"\p{Lu}[\p{L}'’\-.]*(?:\s+(?:(?:of|and|the|for|on|in)\s+)*\p{Lu}[\p{L}'’\-.]*)*")


def vocabulary_pair(line: str) -> tuple[str, str, str] | None:
    """(Japanese or Korean side, English side, its language) of a vocabulary line, or None."""
    if len(line) > 200 or (":" not in line and "：" not in line and "—" not in line and "–" not in line):
        return None
    m = _LINE.match(_MARKUP.sub("", line))
    if m is None:
        return None
    a, b = m["a"].strip(" *_\"'"), m["b"].strip(" *_\"'.")
    for cjk, en in ((a, b), (b, a)):
        if _CJK.search(cjk) and not _LATIN.search(cjk) and _LATIN.search(en) and not _CJK.search(en):
            if "," in en or ";" in en or len(cjk) > 30:
                return None     # several glosses of one word, or a sentence
            return cjk, en, "ko" if has_hangul(cjk) else "ja"
    return None


def vocabulary_forms(doc: Document, cands: list[Candidate]) -> tuple[list[tuple[int, Form, Mention]], list[Candidate]]:
    """The forms the article's vocabulary lines give: (candidate index, form, mention) for a
    candidate that holds the English side, and new candidates for names no candidate holds
    (numbered after `cands`)."""
    by_key: dict[str, int] = {}
    for i, c in enumerate(cands):
        for f in c.forms:
            if f.lang == "en":
                by_key.setdefault(text_key(f.text), i)
    found: list[tuple[int, Form, Mention]] = []
    made: list[Candidate] = []
    seen: set[tuple[str, str]] = set()
    for seg in doc.segments:
        pair = vocabulary_pair(seg.text) if seg.kind == "body" else None
        if pair is None or (pair[0], pair[1]) in seen:
            continue
        seen.add((pair[0], pair[1]))
        cjk, en, lang = pair
        form = Form(lang=lang, text=cjk, role=Role.ALIAS, origin="text", confidence=LINE_SCORE,
                    evidence=f"vocabulary line: written “{short(seg.text.strip())}” (line {seg.line})")
        mention = Mention(text=cjk, line=seg.line, col=seg.col + max(0, seg.text.find(cjk)),
                          context=short(seg.text.strip()))
        i = by_key.get(text_key(en))
        if i is not None:
            found.append((i, form, mention))
        elif _NAME.fullmatch(en) and len(en) >= 3 and (" " in en or zipf(en.lower()) < COMMON_ZIPF):
            cat = category_of_head(head_of(en.split())) or Category.OTHER
            head = Mention(text=en, line=seg.line, col=seg.col + max(0, seg.text.find(en)), context=mention.context)
            made.append(Candidate(category=cat, confidence=LINE_SCORE, mentions=[head, mention], forms=[
                Form(lang="en", text=en, role=Role.PREFERRED, origin="text", confidence=LINE_SCORE,
                     evidence=f"a name on a vocabulary line (line {seg.line})"), form]))
            by_key[text_key(en)] = len(cands) + len(made) - 1
    return found, made
