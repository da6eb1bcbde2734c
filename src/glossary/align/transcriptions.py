"""Suggestions for missing forms, transcribed or read: Hangul for Japanese names (from the
kanji, else from the romanized name), katakana for Korean names whose Hangul is known, a
romanized English name for a Japanese name alone, and the Korean form of a Japanese
institution, party or election through the ja<->ko bridge.  Lower confidence than the
article's own forms; every one with its origin and a line of evidence.

First, though, the form a cited note writes: an English name a note near it transcribes
word by word (`spelled_in_notes`, `spelled_name`: 프랜시스 후쿠야마 "Francis Fukuyama"),
origin `footnote:N`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from ..documents import Document
from ..extract.candidates import Candidate, Form, Mention
from ..extract.vocab import COUNTRIES, TITLE_WORDS
from ..model import Category, Role
from ..text.lexicon import alternation
from ..text.scripts import HAN, has_hangul, has_kana
from . import vocab
from .bridge import korean_for_japanese_term
from .caching import cached
from .citations import LOCALITY, Body, citations
from .abbreviations import full_form
from .forms import Pair, text_key
from .loanwords import first_vowels_agree, loanword_match
from .korean_kanji import CONFIDENCE as KANJI_CONFIDENCE, kanji_for_korean_person
from .names.common import Suggestion
from .names.spelled_korean import is_korean_name, spelled_korean_name
from .outlets import forms_for_english
from .names import japanese_for_korean_name, japanese_given_name_first, korean_for_japanese_name, korean_for_japanese_romaji
from .names.hangul_for_japanese import native_japanese_name
from .persons import (
    CLEAR_NAME_ORDER, MIN_SUGGESTION, is_full_hangul_name, japanese_cue, looks_japanese, names_japan,
    romaji_name_is_japanese,
    strip_title,
)
from .romaji import hepburn_name, reading_of
from .pairs import _locality
from .read_aloud import CONFIDENCE as READ_ALOUD_CONFIDENCE, korean_read_aloud

__all__ = ["suggest"]


_BRIDGEABLE_HEAD = regex.compile(r"(?:" + alternation("cjk_align_heads", list="bridgeable_head") + r")$")


def suggest(cand: Candidate, doc: Document, body: Body, pairs: list[Pair],
            given_first: bool | None = None) -> None:
    spelled_in_notes(cand, doc, body)
    if cand.category is not Category.PERSON:
        for f in cand.forms:
            if f.lang == "ja":
                break
        else:
            return  # only persons and terms with a Japanese form get suggestions
    langs = {f.lang for f in cand.forms}
    ja = [f for f in cand.forms if f.lang == "ja"]
    ko = [f for f in cand.forms if f.lang == "ko"]
    en = [f for f in cand.forms if f.lang == "en"]
    if cand.category is Category.PERSON:
        ja_kanji = [f for f in ja if HAN.search(f.text)]
        if ja_kanji and not any(is_full_hangul_name(f.text) for f in ko) and not has_hangul(ja_kanji[0].reading):
            # (a name paired by its Korean reading, 文 = 문 of "Moon Jae-in", is a Korean's: not transcribed)
            # (the full name when the notes give it besides the family name: 大内義隆, not 大内)
            src = max(ja_kanji, key=lambda f: (" " in (f.reading or ""), -ja_kanji.index(f)))
            english = strip_title(cand.name) if en else None
            sug = korean_for_japanese_name(src.text, english)
            if sug is not None and sug.confidence >= MIN_SUGGESTION:
                _add_suggestion(cand, "ko", sug, "transcription",
                                f"Korean transcription of the Japanese name {src.text}")
            elif en and "ko" not in langs:
                # the kanji do not read as the English name (a note's 桜井自身, "Sakurai himself"):
                # the romanized name says how Korean writes it (the note's Japanese is the cue)
                _romaji_to_hangul(cand, body, given_first, cued=True)
        elif en and "ko" not in langs and "ja" not in langs:
            if _romaji_to_hangul(cand, body, given_first):
                return
        elif en and ko and "ja" not in langs and not any(p.via_japanese_transcription for p in pairs) \
                and not looks_japanese(cand, body):
            english = strip_title(cand.name)
            kanji = kanji_for_korean_person(ko[0].text, english)
            if kanji is not None:     # the kanji of his name, as Japanese writes Korean people of note
                _add_suggestion(cand, "ja", Suggestion(kanji[0], KANJI_CONFIDENCE, kanji[1]), "dictionary:jmnedict",
                                f"kanji of the Korean name {ko[0].text} (\"{english}\")")
                return
            sug = japanese_for_korean_name(english, ko[0].text)
            if sug is not None and sug.confidence >= MIN_SUGGESTION:
                _add_suggestion(cand, "ja", sug, "transcription",
                                f"katakana for the Korean name {ko[0].text} (\"{english}\")")
        if (not en and ja and HAN.search(ja[0].text) or (not en and ja and has_kana(ja[0].text))) \
                and not has_hangul(ja[0].reading):     # (a Korean in kanji, 康京和 read 강경화: no Hepburn)
            _suggest_romanization(cand, ja[0])
        return
    if any(f.origin == "romanization" for f in en):
        return  # a source named by its reading (有斐閣 = Yuhikaku): Korean transcribes it, no Sino-Korean reading
    if ja and not ko and (cand.category is Category.INSTITUTION or _bridgeable(ja[0].text)):
        if any(f.lang == "en" and forms_for_english(f.text) for f in cand.forms):
            return  # a news outlet: the table of outlets says how Korean writes it (닛케이, not 일본경제신문)
        src = next((f for f in ja if f.origin.startswith("footnote:")), ja[0])
        if " by reading " in src.evidence and not _bridgeable(src.text):
            return  # a proper noun read aloud (尖閣, 安倍派): Korean transcribes it, no Sino-Korean reading
        read = korean_read_aloud(src.text, tuple(f.text for f in en))
        if read is not None:  # 延暦寺 "Enryakuji": a name the English reads in Japanese is transcribed (엔랴쿠지)
            _add_suggestion(cand, "ko", Suggestion(read[0], READ_ALOUD_CONFIDENCE, read[1]),
                            "dictionary:jmnedict+transcription", f"Korean for {src.text}")
            return
        whole = full_form(src.text, "ja") or src.text     # (東京地裁: 東京地方裁判所 is what is read)
        led = _name_led(whole, strip_title(cand.name))
        if led is not None:   # 徳川幕府 "Tokugawa shogunate": the name transcribed, the rest read (도쿠가와 막부)
            _add_suggestion(cand, "ko", led, "transcription", f"Korean for {src.text}, led by a Japanese name")
            return
        sug = korean_for_japanese_term(whole)
        if sug is not None and sug.confidence >= MIN_SUGGESTION:
            _add_suggestion(cand, "ko", _korea_first(src.text, sug), "bridge", f"Sino-Korean reading of {src.text}")


#: a name of several words is looked for in the notes cited in its paragraph, a name of one
#: word only in those cited in its sentence
SPELLED_LOCALITY = (LOCALITY["paragraph"], LOCALITY["sentence"])
_KATAKANA = regex.compile(r"[\p{Katakana}]{2}")
def _notes_to_read(doc: Document, body: Body):
    """The notes with Hangul or katakana, each with the languages it may spell a name in, its
    citations and the paragraphs citing it, and the file lines of all those paragraphs (a
    candidate mentioned on none of them is near no such note): worked out once per body
    (kept on it)."""
    found = body._spelling_notes
    if found is None:
        cits = citations(doc, body)
        notes = []
        for note in doc.notes:
            langs = _note_langs(note.text)
            if langs and cits.get(note.n):
                notes.append((note, langs, cits[note.n], frozenset(c.para for c in cits[note.n])))
        lines = frozenset(ln for para in {p for *_, citing in notes for p in citing}
                          for ln in body.paragraphs[para].lines)
        found = body._spelling_notes = (tuple(notes), lines)
    return found


def _romaji_to_hangul(cand: Candidate, body: Body, given_first: bool | None, cued: bool = False) -> bool:
    """Hangul for a person named in romanized Japanese (a Japanese name by its cues, or
    `cued`: a note writes it in Japanese; not a Korean name that happens to parse as
    Hepburn); True when a Western given name before a Japanese surname ("Mike Honda") was
    transcribed so."""
    english = strip_title(cand.name)
    if not (romaji_name_is_japanese(english) and looks_japanese(cand, body)     # (the cheaper test first)
            and (cued or japanese_cue(cand, body) or _japanese_without_cue(english, body))
            and spelled_korean_name(english) is None):      # ("Minho Seo" parses, but is 서민호)
        return False
    western = _western_given_name(english)
    if western is not None:       # Mike Honda: a Western given name, a Japanese surname
        _add_suggestion(cand, "ko", western, "transcription",
                        f"Korean transcription of \"{english}\", a Western given name and a Japanese "
                        f"surname, in the English order")
        return True
    order = None if abs(japanese_given_name_first(english)) >= CLEAR_NAME_ORDER else given_first
    sug = korean_for_japanese_romaji(english, order)
    if sug is not None and sug.confidence >= MIN_SUGGESTION:
        _add_suggestion(cand, "ko", sug, "transcription",
                        f"Korean transcription of the romanized Japanese name \"{english}\"")
    return False


def _japanese_without_cue(english: str, body: Body) -> bool:
    """A name JMnedict knows word by word as a Japanese person's needs no cue near it, only an
    article that names Japan ("Takashi Tarumi" of a chip maker in a story on Hokkaido) -- unless
    JMnedict has the whole person: the dictionary source gives the name in kanji, and its
    Korean with it, later."""
    from ..text import jmdict

    return names_japan(body) and native_japanese_name(english) and \
        not jmdict.names_for_romaji(english, kinds=frozenset({"person"}), limit=1)


@cached(maxsize=16384)
def _note_langs(text: str) -> tuple[str, ...]:
    """The languages a note may spell a name in: Korean with Hangul, Japanese with katakana."""
    return tuple(lang for lang, has in (("ko", has_hangul(text)), ("ja", _KATAKANA.search(text))) if has)


def spelled_in_notes(cand: Candidate, doc: Document, body: Body) -> None:
    """A name the article writes in English and a note cited near it transcribes, word by
    word, in Hangul or katakana (`loanwords.spelled_name`): 프랜시스 후쿠야마 "Francis Fukuyama",
    SM엔터테인먼트 "SM Entertainment", キャンプ・ブレル "Camp Brell".  The note's form, origin
    `footnote:N`, for a language the candidate has no form in yet, or in place of the one form
    that note gave it when that is the name's first word alone (사일런트 of 사일런트 하버).  (The
    note's terms do not give these: a name of several transcribed words, or the author
    before a comma.)"""
    if not doc.notes or cand.category is Category.TITLE:
        return
    notes, cited_lines = _notes_to_read(doc, body)
    for m in cand.mentions:
        if m.footnote is None and m.line in cited_lines:
            break
    else:
        return      # (a quick refusal: the test of its mentioned paragraphs below would fail)
    by_lang = {lang: [f for f in cand.forms if f.lang == lang] for lang in ("ja", "ko")}
    open_langs = {lang for lang, forms in by_lang.items()
                  if not forms or len(forms) == 1 and forms[0].origin.startswith("footnote:")}
    if not open_langs:
        return
    # (a form led by a title, "President X", is no name a note transcribes: X is tried alone)
    english = [t for f in cand.forms if f.lang == "en" and f.role is not Role.DEPRECATED and (t := f.text).isascii()
               and t.split(" ", 1)[0] not in TITLE_WORDS and t not in COUNTRIES and not t.isdigit()]
    if not english:
        return      # (nor a country's name: its forms are the dictionary's)
    # (its mentions in the body, as the pair search locates them)
    occ = [(loc[0], loc[1], loc[1] + len(m.text)) for m in cand.mentions
           if m.footnote is None and (loc := body.locate(m.line, m.col))]
    mentioned = {o[0] for o in occ}
    if not any(mentioned & citing for _, _, _, citing in notes):
        return      # (no paragraph that mentions it cites such a note)

    for note, langs, note_cits, citing in notes:
        if not mentioned & citing:
            continue    # (only a note cited where the candidate is mentioned is near enough)
        loc, where = _locality(body, occ, note_cits)
        if loc < SPELLED_LOCALITY[0]:
            continue
        for lang in langs:
            if lang not in open_langs:
                continue
            first = by_lang[lang][0] if by_lang[lang] else None
            if first is not None and (first.origin != f"footnote:{note.n}" or not _goes_on(note.text, first.text)):
                continue
            for name in english:
                several = len(name.split()) > 1
                if loc < SPELLED_LOCALITY[not several] or first is not None and not several:
                    continue
                found = spelled_name(note.text, name, lang)
                if found is None or first is not None and not (found.text.startswith(first.text)
                                                               and len(found.text) > len(first.text)):
                    continue
                _add_spelled(cand, note, found, name, lang, loc, where, first)
                open_langs.discard(lang)
                break


def _goes_on(text: str, form: str) -> bool:
    """Does the note write `form` with another word after it (사일런트 하버, キャンプ・デービッド)
    somewhere, so that a longer transcription may start with it?"""
    at = text.find(form)
    while at >= 0:
        nxt = text[at + len(form):at + len(form) + 2]
        if len(nxt) == 2 and nxt[0] in " ・·" and not nxt[1].isascii():
            return True
        at = text.find(form, at + 1)
    return False


def _add_spelled(cand: Candidate, note, found, name: str, lang: str, loc: float, where: str, first) -> None:
    line = note.line + note.text.count("\n", 0, found.start)
    col = note.col + found.start if line == note.line else found.start - note.text.rfind("\n", 0, found.start) - 1
    script = "Hangul" if lang == "ko" else "katakana"
    evidence = (f"footnote {note.n}: {found.text} spells \"{name}\" in {script} word by word ({found.how}); "
                f"cited in the {where}")
    cand.mentions.append(Mention(text=found.text, line=line, col=col, context=note.text.strip(), footnote=note.n))
    if first is not None:       # the note's term was the name's first word alone: the whole name
        first.text, first.evidence = found.text, f"{evidence} (the note's term {first.text} is its first word)"
        first.confidence = max(first.confidence, round(found.confidence * loc, 3))
        return
    cand.forms.append(Form(lang=lang, text=found.text, role=Role.ALIAS, origin=f"footnote:{note.n}",
                           confidence=round(found.confidence * loc, 3), evidence=evidence))


#: JMnedict kinds of a name that may lead a term (徳川 of 徳川幕府, 鎌倉 of 鎌倉幕府)
NAME_LED_KINDS = frozenset({"place", "surname", "person"})


#: a second word this clearly a given name by its shape and JMnedict (log ratio) is no surname
GIVEN_NAME_CLEAR = 2.0


@cached(maxsize=8192)
def _western_given_name(english: str):
    """Hangul for "Mike Honda", "Daniel Inouye": two words, the first a given name JMnedict
    writes in katakana (マイク: a Western one, not a Japanese one in kanji) and Korean text
    spells (wordfreq), the second a Japanese surname -- given name first, as the person is
    named (마이크 혼다, not 혼다 미케); None for any other name."""
    from .foreign_names import GIVEN_KINDS, _katakana_for
    from .hangul_for_english import hangul_for_word
    from .names.hangul_for_japanese import familyness

    words = english.split()
    if len(words) != 2 or _katakana_for(words[0], GIVEN_KINDS) is None or familyness(words[1]) <= -GIVEN_NAME_CLEAR:
        return None     # (nor "Kage Toshio": Toshio is a given name, Kage no Western one)
    given = hangul_for_word(words[0])
    family = korean_for_japanese_romaji(words[1], False)
    if given is None or not given[1] or family is None or not family.text or " " in family.text:
        return None
    return replace(family, text=f"{given[0]} {family.text}", confidence=min(family.confidence, 0.55),
                   evidence=f"{words[0]} = {given[0]} (English sounds, wordfreq); {family.evidence}")


@cached(maxsize=4096)
def _name_led(ja: str, english: str):
    """Korean for a Japanese term whose English starts with a Japanese proper name the
    term starts with in kanji (徳川幕府 "Tokugawa shogunate", JMnedict: 徳川 read Tokugawa):
    Korean transcribes the name and reads the rest in Sino-Korean (도쿠가와 막부), as it
    writes 에도 막부, 가마쿠라 막부; None for any other term."""
    from ..text import jmdict

    first = english.split()[0] if english.split() else ""
    if not first.isalpha() or not first[:1].isupper() or not jmdict.available():
        return None
    for e in jmdict.names_for_romaji(first, kinds=NAME_LED_KINDS, limit=10):
        if not (HAN.match(e.headword) and ja.startswith(e.headword) and len(ja) > len(e.headword)):
            continue
        name = korean_for_japanese_romaji(first, False)
        rest = korean_for_japanese_term(ja[len(e.headword):])
        if name is None or rest is None or " " in name.text:
            return None
        return replace(rest, text=f"{name.text} {rest.text}", confidence=min(name.confidence, rest.confidence),
                       evidence=f"{e.headword} = {name.text} (a Japanese name, transcribed); {rest.evidence}")
    return None


def _korea_first(ja: str, sug):
    """Korean puts Korea first in country pairs: 日韓議員連盟 reads 일한…, Korean writes 한일…."""
    for n in (3, 2):
        head = ja[:n]
        concepts = vocab.cjk_index().get(head, [])
        if not concepts or not concepts[0].country or not concepts[0].ko:
            continue
        literal = korean_for_japanese_term(head)
        usual = concepts[0].ko[0]
        if literal is not None and sug.text.startswith(literal.text) and literal.text != usual:
            return replace(sug, text=usual + sug.text[len(literal.text):])
        break
    return sug


def _bridgeable(ja: str) -> bool:
    """Names read character by character in Korean: parties, ministries, courts, elections.
    Dialogues and consultations are named by each side in its own words (the Korean side
    puts Korea first and often another noun), so they are not bridged."""
    return bool(_BRIDGEABLE_HEAD.search(ja))


def _suggest_romanization(cand: Candidate, ja: Form) -> None:
    reading = ja.reading or reading_of(ja.text)
    if not reading:
        return
    roman = hepburn_name(reading)
    if not roman:
        return
    cand.forms.append(Form(lang="en", text=roman, role=Role.PREFERRED, origin="romanization",
                           confidence=0.6, reading=reading,
                           evidence=f"Hepburn romanization (long vowels unmarked, family name first) of "
                                    f"{ja.text} read {reading}"))


def _add_suggestion(cand: Candidate, lang: str, sug, origin: str, rule: str) -> None:
    if any(f.lang == lang and text_key(f.text) == text_key(sug.text) for f in cand.forms):
        return
    ev = f"{rule}: {sug.text}"
    if getattr(sug, "reading", ""):
        ev += f" (reading {sug.reading})"
    if getattr(sug, "evidence", ""):
        ev += f"; {sug.evidence}"
    cand.forms.append(Form(lang=lang, text=sug.text, role=Role.ALIAS, origin=origin,
                           confidence=round(min(float(sug.confidence), 0.85), 3), evidence=ev,
                           reading=getattr(sug, "reading", "") or ""))


# -- a name of several words spelled by a stretch of a note ---------------------------------

#: one piece of a note a transcription is made of: a Hangul run, a katakana run, or a
#: company's capitals written solid before a Hangul one (SM엔터테인먼트)
PIECE = regex.compile(r"[A-Z][A-Z0-9&]{0,4}(?=\p{Hangul})|\p{Hangul}+|[\p{Katakana}ー]+")
#: what may stand between the pieces of one transcribed name: nothing, a space (Korean
#: writes the words apart: 프랜시스 후쿠야마), a middle dot (Japanese: キャンプ・デービッド)
JOINS = {"ko": ("", " "), "ja": ("", "・", "=", "＝")}
#: the English words of a name matched at most
MAX_WORDS = 5
#: variants of the Korean standard transcription of an English word tried per word (the
#: rules' own first; a departure is a vowel English itself says two ways)
MAX_VARIANTS = 48
MAX_DEPARTURES = 2
#: a name of one word is spelled by this many characters at least (문 is a door as often as "Moon")
MIN_ONE_WORD = 2
#: confidence of a name every word of which is spelled exactly (the rules' Hangul, the
#: dictionary's katakana, the Japanese reading), and of one with a word matched loosely
SPELLED = 0.8
LOOSE = 0.7


@dataclass(frozen=True)
class SpelledName:
    start: int            # offset of the name in the text searched
    end: int
    text: str
    confidence: float
    how: str              # one line: how each word is spelled


@cached(maxsize=16384)
def _word_spellings(word: str, lang: str, several: bool) -> tuple[tuple[str, str], ...]:
    """(spelling, how) of one English word in `lang`, each a string a transcription of it is
    written with: capitals as they are (SM); in Hangul, the Korean standard transcription of
    its English sounds (CMU Pronouncing Dictionary; `hangul_for_english`) and, in a name of
    several words, that of its Hepburn reading (Fukuyama 후쿠야마); in katakana, the
    spellings JMnedict glosses with the word (David デービッド, デビッド ...)."""
    out: dict[str, str] = {}
    if word.isupper() and word.isalpha() and len(word) <= 5:
        out[word] = "written in capitals"
    if lang == "ko":
        from .hangul_for_english import _variants

        for k, (departures, hangul) in enumerate(_variants(word)):
            if k >= MAX_VARIANTS or departures > MAX_DEPARTURES:
                break
            out.setdefault(hangul, "English sounds (CMU), the Korean standard transcription")
        if several and not word.isupper() and romaji_name_is_japanese(word):

            sug = korean_for_japanese_romaji(word, given_first=False)
            if sug is not None and sug.text and " " not in sug.text:
                out.setdefault(sug.text, "its Hepburn reading, the Korean standard transcription of Japanese")
    else:
        from .foreign_names import first_name_katakana, surname_katakana

        for kana in first_name_katakana(word) + surname_katakana(word):
            out.setdefault(kana, "JMnedict")
    return tuple(out.items())


def _loose(piece: str, word: str, lang: str) -> str:
    """How a whole piece spells one word without an exact spelling ('' when it does not): a
    katakana piece read back in Hepburn as the word (フクヤマ = Fukuyama), else the consonant
    skeleton with the first vowel agreeing (`loanword_match`, `first_vowels_agree`)."""
    if lang == "ja":
        from ..text.kana import hepburn, romaji_key

        if romaji_key(hepburn(piece)) == romaji_key(word):
            return "read back in Hepburn"
    m = loanword_match(piece, word)
    if m is None or not first_vowels_agree(m.roman, word):
        return ""
    return f"transcription read {m.roman}, consonants {m.skeleton}"


@cached(maxsize=16384)
def spelled_name(text: str, english: str, lang: str) -> SpelledName | None:
    """The first stretch of `text` (a note) that transcribes the English name `english`
    word by word, in Hangul (`lang` "ko") or katakana ("ja"): 프랜시스 후쿠야마 "Francis
    Fukuyama", SM엔터테인먼트 "SM Entertainment", 드라이브 마이 카 "Drive My Car",
    キャンプ・ブレル "Camp Brell".  Each English word is spelled by a string of
    `_word_spellings` (which may end inside a piece: 도쿄돔 = 도쿄 + 돔) or by a whole piece
    loosely (`_loose`); a name of one word needs an exact spelling, a longer one at least one.
    The stretch starts and ends at a piece's ends (a Korean particle may follow it)."""
    words = english.split()
    if words and words[0] == "The":
        words = words[1:]
    if not 1 <= len(words) <= MAX_WORDS or not all(w.replace("-", "").isalpha() and w.isascii() for w in words):
        return None
    if is_korean_name(english):
        return None     # (a Korean name spelled in English is read by the name matcher, not transcribed)
    pieces = [(m.start(), m.end()) for m in PIECE.finditer(text)]
    if not pieces:
        return None
    several = len(words) > 1
    spellings = [_word_spellings(w, lang, several) for w in words]
    firsts = {s[:1] for s, _ in spellings[0]}
    for i, (start, end) in enumerate(pieces):
        piece = text[start:end]
        if piece.isascii() and lang != "ko" or not piece.isascii() and _of_script(piece) != lang:
            continue
        if text[start] not in firsts and lang == "ko" and not several:
            continue
        found = _spell_from(text, pieces, i, words, spellings, lang)
        if found is not None and not text[start:found[0]].isascii():   # (JYP of JYP엔터테인먼트 is no Korean form)
            end, how, loose = found
            if (loose or end - start < MIN_ONE_WORD) and not several or loose == len(words):
                continue
            return SpelledName(start, end, text[start:end], LOOSE if loose else SPELLED, how)
    return None


def _of_script(piece: str) -> str:
    return "ko" if has_hangul(piece) else "ja"


def _spell_from(text, pieces, i, words, spellings, lang):
    """(end, how, words matched loosely) of the words spelled from piece i on, or None."""
    # the stretch: pieces i, i+1, ... joined by what a name's words may be joined by
    joined, bounds, k = "", [], i
    while k < len(pieces):
        if k > i and text[pieces[k - 1][1]:pieces[k][0]] not in JOINS[lang]:
            break
        piece = text[pieces[k][0]:pieces[k][1]]
        if k > i and (piece.isascii() or _of_script(piece) != lang):
            break
        bounds.append((len(joined), len(joined) + len(piece), pieces[k][0]))
        joined += piece
        k += 1
    starts = {b[0]: b for b in bounds}
    ends = {b[1]: b for b in bounds}

    def go(w: int, pos: int):
        if w == len(words):
            if pos in ends:
                b = ends[pos]
                return b[2] + (b[1] - b[0]), [], 0
            tail = _particle_tail(joined, pos, bounds) if lang == "ko" else None
            return (tail, [], 0) if tail is not None else None
        for spelling, how in spellings[w]:
            if joined.startswith(spelling, pos):
                found = go(w + 1, pos + len(spelling))
                if found is not None:
                    return found[0], [f"{spelling} = {words[w]} ({how})"] + found[1], found[2]
        if pos in starts:
            b = starts[pos]
            how = _loose(joined[b[0]:b[1]], words[w], lang)
            if how:
                found = go(w + 1, b[1])
                if found is not None:
                    return found[0], [f"{joined[b[0]:b[1]]} = {words[w]} ({how})"] + found[1], found[2] + 1
        return None

    found = go(0, 0)
    if found is None:
        return None
    end, hows, loose = found
    return end, "; ".join(hows), loose


def _particle_tail(joined: str, pos: int, bounds) -> int | None:
    """The text offset of `pos` when the rest of its piece is a Korean particle (스즈메의: the
    name ends before 의), else None."""
    from ..text.lexicon import words as listed

    for a, b, at in bounds:
        if a < pos < b:
            return at + (pos - a) if joined[pos:b] in listed("ko_particles", list="particle") else None
    return None
