"""Evidence source: an English form that is the reading of a Japanese or Korean one.

Articles on Japan and Korea name things by their romanized reading and give the
original somewhere near it -- in the same sentence, in a note, in a quotation:
"Minato Ichiro" and 港一郎, "shizuka na kishi" and 静かな岸, "zatoku" and ザトク,
"Gyeongbokgung" and 경복궁.  A Japanese/Korean run of the article whose reading spells an English form
of a candidate pairs with it:

- Japanese: pykakasi's reading of the run, in Hepburn, compared with the English by the
  loose romaji key of `names/kana.py` (long vowels, ō/oh/ou/oo, tsu/tu, shi/si ...);
- Korean: the run's syllables must spell the English with the syllable spellings the
  name matcher accepts (Revised Romanization, McCune-Reischauer, conventional).

Guards: the English form has at least MIN_LETTERS letters; a form shorter than
FAR_LETTERS pairs only with a run in the same paragraph or note (a short reading like
"Abe" is written by many strings); a run pairs with one candidate and a candidate takes
one form per language from this source, and none in a language it already has.
"""
from __future__ import annotations

import difflib
import re

import regex

from ..documents import Document
from ..extract.candidates import Candidate, Form, Mention
from ..extract.cjk import strip_particle
from ..model import Category, Role
from ..text.kana import hepburn, romaji_key
from ..text.readings import japanese_reading
from ..text.scripts import has_hangul
from .caching import cached
from .local_places import add_place_pairs, spells
from .names.spelled_korean import is_korean_name
from .loanwords import loanword_match, romanize, skeleton
from .names.korean import _roman_lower, _syllable_spellings

#: a run of Japanese (kanji, kana, prolonged sound mark, iteration mark) or of Hangul
JA_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー々〆ヶ](?:[\p{Han}\p{Hiragana}\p{Katakana}ー々〆ヶ]"
                       r"|[0-9０-９―]+(?=[\p{Han}\p{Hiragana}\p{Katakana}])){1,23}")
#: (digits and a dash inside a title's run: 自民党―政権党の38年 reads as "Jimintō: seikentō no 38-nen",
#: the loose key dropping both)
KO_RUN = regex.compile(r"[\p{Hangul}]{2,12}")
#: either, in one pass (the group's name is the language)
RUN = regex.compile(f"(?P<ja>{JA_RUN.pattern})|(?P<ko>{KO_RUN.pattern})")
#: a character of a block such a run may use (the standard library's engine, much faster
#: than `regex` at finding none in an English paragraph with curly quotes and dashes)
MAYBE_CJK = re.compile("[\u1100-\u11ff\u2e80-\ud7ff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")
#: English forms shorter than this are never compared
MIN_LETTERS = 4
#: ... and shorter than this only with a run of the same paragraph or note
FAR_LETTERS = 7
CONFIDENCE = 0.8


def add_reading_pairs(doc: Document, candidates: list[Candidate]) -> int:
    """Pair English forms with the Japanese/Korean runs of `doc` they are readings of."""
    runs = _runs(doc)
    if not runs:
        return 0
    by_key: dict[tuple[str, str], list[tuple[str, int, int, int | None, int]]] = {}
    short_by_block: dict[int, list] = {}     # short Japanese runs, for their other readings
    for text, lang, line, col, note, block in runs:
        k = _ja_key(text) if lang == "ja" else ""
        if lang == "ja" and k:
            by_key.setdefault(("ja", k), []).append((text, line, col, note, block, False))
            if len(text) <= ALT_READING_CHARS:
                short_by_block.setdefault(block, []).append((text, line, col, note, block, True))
        elif lang == "ko":
            by_key.setdefault(("ko", text), []).append((text, line, col, note, block, False))
    by_skeleton = _transcriptions(runs)
    long_by_block: dict[int, list] = {}     # long Japanese runs, for readings a few letters off
    for key_, occs in by_key.items():
        if key_[0] == "ja" and len(key_[1]) >= NEAR_KEY_LETTERS:
            for occ in occs:
                long_by_block.setdefault(occ[4], []).append((key_[1], occ))
    ko_runs: dict[str, list[tuple[str, str]]] = {}     # first letter a run may be spelled with -> runs
    for k in by_key:
        if k[0] == "ko":
            for first in {sp[:1] for sp in _syllable_spellings(k[1][0]) if sp}:
                ko_runs.setdefault(first, []).append(k)
    note_of_line = {line: -n.n for n in doc.notes for line in range(n.line, n.end_line + 1)}
    taken: set[str] = set()
    added = 0
    # a language none of whose runs is indexed has nothing to find
    langs = tuple(lang for lang in ("ja", "ko")
                  if any(k[0] == lang for k in by_key) or any(k[0] == lang for k in by_skeleton))
    for cand in candidates:
        if cand.category is Category.TITLE:
            continue
        have = {f.lang for f in cand.forms}
        missing = [lang for lang in langs if lang not in have]
        if not missing:
            continue
        blocks = {note_of_line.get(m.line, m.line) for m in cand.mentions}
        for lang in missing:
            hit = _find(cand, lang, by_key, ko_runs, blocks, taken, short_by_block, by_skeleton, long_by_block)
            if hit is None:
                continue
            english, (text, line, col, note, _block_id, _alt) = hit
            taken.add(text)
            where = f"note {note}" if note is not None else f"line {line}"
            cand.forms.append(Form(lang, text, Role.ALIAS, "reading", CONFIDENCE,
                                   f"reading rule: '{english}' is the reading of {text} ({where})"))
            cand.mentions.append(Mention(text=text, line=line, col=col, context=text, footnote=note))
            added += 1
    return added + add_place_pairs(lambda: _runs(doc, strip=False), candidates)   # (read only if a place asks)


def _find(cand, lang, by_key, ko_runs, blocks, taken, short_by_block, by_skeleton, long_by_block):
    for f in cand.forms:
        if f.lang != "en" or f.role is Role.DEPRECATED:
            continue
        letters, transcribable = _english_letters(f.text)
        if len(letters) < MIN_LETTERS:
            continue
        if lang == "ja":
            key = romaji_key(f.text)
            found = by_key.get(("ja", key), [])
            if not found:      # another reading of a short run near the English (a word in kanji read otherwise in it)
                found = [occ for b in blocks for occ in short_by_block.get(b, ()) if _reads_as(occ[0], key)]
            if not found and len(key) >= NEAR_KEY_LETTERS:
                # a long romanized title in the same note or paragraph whose reading differs from
                # pykakasi's in a word or two (日本 read "Nihon", not "Nippon")
                found = [occ for b in blocks for k2, occ in long_by_block.get(b, ()) if _near_key(key, k2)]
        else:
            # (with the sound changes Revised Romanization writes: "Wangsimni" is 왕십리)
            found = [occ for k in ko_runs.get(letters[0], ()) for occ in by_key[k] if spells(k[1], letters)]
        if not found and by_skeleton and transcribable and not (lang == "ko" and is_korean_name(f.text)):
            # (a Korean name's Hangul is spelled syllable by syllable above, never transcribed:
            # "Yun Pyong-se" shares its consonants with 연합뉴스)
            # a transcription, katakana or Hangul: ベリデイン = "Velidane", 이코모스 = "ICOMOS"
            found = [occ for sk in _skeletons(f.text) for occ in by_skeleton.get((lang, sk), ())
                     if loanword_match(occ[0], f.text) is not None]
        for occ in found:
            if occ[0] in taken or has_hangul(occ[0]) != (lang == "ko"):
                continue
            if (len(letters) < FAR_LETTERS or occ[5]) and occ[4] not in blocks:
                continue      # a short reading, or another reading than pykakasi's: near only
            return f.text, occ
    return None


#: a romanized form of at least this many letters (loose key) may differ from the reading of a
#: Japanese run of its note or paragraph in a few letters ...
NEAR_KEY_LETTERS = 12
#: ... as long as the two keys are this similar (difflib's ratio)
NEAR_KEY_RATIO = 0.88


@cached(maxsize=16384)
def _near_key(a: str, b: str) -> bool:
    """Two long loose romaji keys that differ in a word's reading at most."""
    if abs(len(a) - len(b)) > len(a) * (1 - NEAR_KEY_RATIO) + 2:
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= NEAR_KEY_RATIO


#: English forms of at least this many letters are looked for among transcriptions ...
MIN_TRANSCRIBED_LETTERS = 5
#: ... whose consonant skeleton has at least this many consonants
MIN_TRANSCRIBED_SKELETON = 3
#: a form with a number is not spelled by a transcription without it ("2channel", チャンネル)
HAS_DIGIT = regex.compile(r"\d")


@cached(maxsize=65536)
def _english_letters(english: str) -> tuple[str, bool]:
    """An English form's letters (`_roman_lower`), and whether a transcription may spell it
    (MIN_TRANSCRIBED_LETTERS letters or more, no digit)."""
    letters = _roman_lower(english)
    return letters, len(letters) >= MIN_TRANSCRIBED_LETTERS and not HAS_DIGIT.search(english)
HAN = regex.compile(r"\p{Han}")
#: a katakana word inside a Japanese run ("ベリデイン" of ベリデインに追加支援)
KATAKANA_WORD = regex.compile(r"[\p{Katakana}ー・]{3,12}")


def _transcriptions(runs) -> dict[tuple[str, str], list[tuple]]:
    """(lang, consonant skeleton) -> the katakana words and Hangul runs of the article read as
    transcriptions (`loanwords`); a ship's 호 (号) is indexed without it too."""
    out: dict[tuple[str, str], list[tuple]] = {}
    for text, lang, line, col, note, block in runs:
        pieces = [(m.group(), m.start()) for m in KATAKANA_WORD.finditer(text)] if lang == "ja" else [(text, 0)]
        for piece, off in pieces:
            cores = [piece] + ([piece[:-1]] if lang == "ko" and piece.endswith("호") else [])
            for core in cores:
                roman = romanize(core)
                sk = skeleton(roman) if roman else ""
                if len(sk) >= MIN_TRANSCRIBED_SKELETON:
                    out.setdefault((lang, sk), []).append((piece, line, col + off, note, block, False))
    return out


@cached(maxsize=16384)
def _skeletons(english: str) -> tuple[str, ...]:
    """The consonant skeletons an English form is looked up by (a ship's "Maru" aside too)."""
    out = [skeleton(english)]
    if english.casefold().endswith(" maru"):
        out.append(skeleton(english[:-5]))
    return tuple(dict.fromkeys(k for k in out if k))


#: runs up to this long are also read with the dictionary's other readings
ALT_READING_CHARS = 4


@cached(maxsize=16384)
def _reads_as(text: str, key: str) -> bool:
    """Has a short run in kanji another reading pykakasi's dictionary allows (its default
    reading is one of several, and the word may use another) whose loose key is `key`?
    Only a key some reading may have (`_may_read_as`, a walk cut as soon as the reading
    cannot lead to it) pays for the enumeration of every reading."""
    if len(text) > ALT_READING_CHARS or not HAN.search(text):
        return False
    from ..text.readings import readings
    from .names.japanese import _default_keyed, _may_read_as

    return _default_keyed(text)[1] == key or (_may_read_as(text, key) and key in readings(text))


@cached(maxsize=16384)
def _ja_key(text: str) -> str:
    reading = japanese_reading(text, name=False)
    return romaji_key(hepburn(reading)) if reading else ""


def _runs(doc: Document, strip: bool = True) -> list[tuple[str, str, int, int, int | None, int]]:
    """(text, lang, line, col, note, block) of every Japanese/Korean run of the article;
    a Korean run without its particle unless `strip` is false (경상북도: 도 is no particle)."""
    out = []
    for seg in doc.segments:
        if seg.kind not in ("body", "note", "heading"):
            continue
        block = -seg.footnote if seg.kind == "note" and seg.footnote is not None else seg.line
        out += [(text, lang, seg.line, seg.col + at, seg.footnote, block)
                for text, lang, at in _text_runs(seg.text, strip)]
    return out


@cached(maxsize=16384)
def _text_runs(text: str, strip: bool) -> tuple[tuple[str, str, int], ...]:
    """(run, lang, offset) of the Japanese/Korean runs of one segment's text (`_runs`)."""
    if not MAYBE_CJK.search(text):
        return ()      # (most of an English article: nothing to read)
    out = []
    for m in RUN.finditer(text):
        run = m.group()
        if m.lastgroup == "ko" and strip:
            run = strip_particle(run)     # 다케시마의 (날): the name, not its particle
        out.append((run, m.lastgroup, m.start()))
    return tuple(out)
