"""Evidence source: an article that writes a term's Japanese or Korean form beside it.

Writers give the original in brackets right after the English, alone or with a
romanization, in quotes or italics:

    the Zaitokukai (在特会)               'Hatoyama Yukio' (鳩山由紀夫)
    Mainichi Broadcasting (*mainichi hōsō*, 毎日放送)
    ... (『動物化するポストモダン』, *Animalized Postmodernity*)     (the English inside)

`bracket_pairs` finds every bracket holding a Japanese/Korean part and pairs it with the
English candidate form that ends right before the bracket (after closing quotes and
emphasis marks), or with a candidate form that is a Latin part of the same bracket.  The
longest form wins.  It proposes; the caller attaches (and keeps the article's forms).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..text.lexicon import mapping
from ..text.scripts import has_hangul

#: A bracket's content (no nested brackets, one line).
BRACKET = regex.compile(r"[(（](?P<inner>[^()（）\n]{1,200})[)）]")
#: The cheap test: some bracket holds a CJK character.
CJK_IN_BRACKET = regex.compile(r"[(（][^()（）\n]{0,80}?[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
#: Parts of a bracket: "romaji, 日本語" / "日本語; English".
PART_SEPARATOR = regex.compile(r"\s*(?:,\s+|;\s*|[，；]\s*)")
#: a romanization and the original without a comma between: "*minato katsu* 「港勝つ」"
ROMAJI_THEN_CJK = regex.compile(r"(?<=[\p{Latin}\p{N}*_'’\"”.!?])\s+(?=[「『'‘\"“*_]?[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])")
CJK_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
LETTER = regex.compile(r"[\p{L}\p{N}]")
#: "the" before a name inside a bracket: "(the Harbor Unity Party, *Minato tōitsu tō* 港統一党)"
LEADING_ARTICLE = regex.compile(r"^(?:the|The)\s+")
#: Quotes and emphasis around a part or before the bracket.
WRAPPERS = " \t*_'\"‘’“”『』「」《》〈〉"
#: A label before a part: "Japanese: 安倍晋三", "Hanja: 大韓民國", "lit. ..." (see `SCRIPT_LABELS`)
LABEL = regex.compile(r"^(?:(?P<label>[\p{Latin}][\p{Latin}.'’ –\-]{0,24}?)\s*[:：]\s*|(?P<label>lit\.|literally)\s+)(?=\S)",
                      regex.IGNORECASE)
#: a colon between the parts of one label's part: "大韓民國陸軍: _Daehanminguk Yukgun_"
#: a part that starts with a CJK name and goes on in Latin letters or digits after a space
CJK_THEN_LATIN = regex.compile(r"(?P<cjk>[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー々]+(?:[ 　][\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー々]+)*)\s+(?=[\p{Latin}\d])")
COLON_AFTER_CJK = regex.compile(r"(?<=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー々])\s*[:：]\s+")
#: label (lower case) -> the language of the form after it: ja, ko, zh (not ours), rom, gloss
SCRIPT_LABELS = mapping("script_labels", "label", "lang")
#: Most characters of a Japanese or Korean form taken from a bracket.
MAX_CJK = 40
#: Most characters of English text looked at before a bracket.
LOOK_BACK = 160


@dataclass(frozen=True)
class BracketPair:
    english: str        # the candidate form it pairs with
    cjk: str
    lang: str           # "ja" | "ko"
    start: int          # offset of the CJK part in the paragraph
    written: str        # how the article wrote it (for the evidence line)
    inside: bool        # the English is inside the bracket, not before it


def _parts(inner: str) -> list[tuple[str, int, str | None]]:
    """The bracket's parts, unwrapped, with their offsets in `inner` and the language their
    label names ("Hanja: 大韓民國" -> "ko"; None without a label).  A part labelled as
    Chinese is left out: it is no Japanese or Korean form."""
    out, pos = [], 0
    for m in PART_SEPARATOR.finditer(inner):
        out.append((inner[pos:m.start()], pos))
        pos = m.end()
    out.append((inner[pos:], pos))
    split: list[tuple[str, int, str | None]] = []
    for text, off in out:
        hint = None
        lab = LABEL.match(text) if (":" in text or "：" in text or text[:3].casefold() == "lit") else None
        if lab is not None:
            hint = SCRIPT_LABELS.get(lab.group("label").strip().casefold())
            if hint is not None:
                text, off = text[lab.end():], off + lab.end()
        if hint == "zh":
            continue
        pieces = [(text, off)]
        if ":" in text or "：" in text:
            pieces, at = [], 0
            for m in COLON_AFTER_CJK.finditer(text):
                pieces.append((text[at:m.start()], off + at))
                at = m.end()
            pieces.append((text[at:], off + at))
        for i, (piece, poff) in enumerate(pieces):
            lang = hint if i == 0 else "rom"    # "大韓民國陸軍: _Daehanminguk Yukgun_"
            head = CJK_THEN_LATIN.match(piece)    # "徳川 家康 January 30, 1543": the name, then dates
            if head:
                split += [(head["cjk"], poff, lang), (piece[head.end():], poff + head.end(), None)]
                continue
            cut = ROMAJI_THEN_CJK.search(piece)
            if cut and not CJK_CHAR.search(piece[:cut.start()]):
                split += [(piece[:cut.start()], poff, None), (piece[cut.end():], poff + cut.end(), lang)]
            else:
                split.append((piece, poff, lang))
    parts = []
    for text, off, lang in split:
        lead = len(text) - len(text.lstrip(WRAPPERS))
        part = text.strip(WRAPPERS)
        if part:
            parts.append((part, off + lead, lang))
    return parts


def _is_cjk(part: str) -> bool:
    letters = LETTER.findall(part)
    cjk = CJK_CHAR.findall(part)
    return bool(cjk) and len(part) <= MAX_CJK and len(cjk) * 2 >= len(letters)


def bracket_pairs(text: str, forms: dict[str, int]) -> list[tuple[int, BracketPair]]:
    """(candidate index, pair) for each bracket of `text` that gives an English form's
    Japanese or Korean original.  `forms`: English form -> candidate index."""
    if not CJK_IN_BRACKET.search(text):
        return []
    out = []
    for m in BRACKET.finditer(text):
        parts = _parts(m.group("inner"))
        cjks = [(p, off, lang) for p, off, lang in parts if _is_cjk(p) and lang in (None, "ja", "ko")]
        if not cjks:
            continue
        found = _inside(parts, forms) or _before(text[max(0, m.start() - LOOK_BACK):m.start()], forms)
        if found is None:
            continue
        form, index, inside = found
        if not inside and _glosses_a_longer_phrase(form, parts):
            continue
        # without a label, the first form only ("(日本語, 한국어)" is rare; a second CJK part
        # is more often a gloss or a quotation); with labels, each labelled form
        for cjk, off, label in (cjks if all(lang for _p, _o, lang in cjks) else cjks[:1]):
            lang = label or ("ko" if has_hangul(cjk) else "ja")
            out.append((index, BracketPair(form, cjk, lang, m.start("inner") + off,
                                           text[max(0, m.start() - len(form) - 4):m.end()].strip(), inside)))
    return out


def _before(before: str, forms: dict[str, int]) -> tuple[str, int, bool] | None:
    """The longest candidate form that ends right before the bracket."""
    before = before.rstrip(WRAPPERS + ",")
    best = None
    for form, i in forms.items():
        if before.endswith(form) and (len(before) == len(form) or not before[-len(form) - 1].isalnum()):
            if best is None or len(form) > len(best[0]):
                best = (form, i, False)
    return best


def _inside(parts: list[tuple[str, int, str | None]], forms: dict[str, int]) -> tuple[str, int, bool] | None:
    """A Latin part of the bracket that is a candidate form ("(『…』, *English Title*)").
    Not a romanization: a part labelled so, or any unlabelled part of a bracket whose other
    parts have labels ("(Hangul: 대한민국 국군; Daehanminguk Gukgun)")."""
    labelled = any(lang is not None for _p, _o, lang in parts)
    for part, _off, lang in parts:
        if CJK_CHAR.search(part) or lang == "rom" or (labelled and lang is None):
            continue
        for name in (part, LEADING_ARTICLE.sub("", part)):
            if name in forms:
                return name, forms[name], True
    return None


def _glosses_a_longer_phrase(form: str, parts: list[tuple[str, int, str | None]]) -> bool:
    """The bracket romanizes more than the form before it: "certified Zainichi (*zainichi
    nintei*, 在日認定)" glosses the whole phrase, not the name "Zainichi"."""
    from .names.kana import romaji_key

    mine = romaji_key(form)
    for part, _off, _lang in parts:
        if CJK_CHAR.search(part):
            continue
        theirs = romaji_key(part)
        if mine and theirs and theirs != mine and mine in theirs:
            return True
    return False
