"""Evidence source: a Japanese term whose parts the dictionary glosses as the English name.

    gloss_match("佐渡島の金山", "Sado Island Gold Mines") -> GlossMatch(0.75, ...)

A name that is neither in the bilingual table nor read aloud is often a compound of
ordinary dictionary words and proper names: 佐渡 (JMnedict place "Sado") + 島 (JMdict
"island") + の + 金山 (JMdict "gold mine").  A Korean term's words are glossed through
their Sino-Korean reading (역사 교과서: 歴史 "history", 教科書 "textbook").  The term is cut
into the longest pieces that are JMdict/JMnedict headwords (the particle の and middle
dots between them), each piece glossed; the English name's content words ("of", "the" and other function words aside,
plurals as singulars) must each be a word of some piece's glosses, and each piece must
give at least one of them: coverage both ways.  Pieces of one kanji count only when they
gloss a word (島 "island"); a term the dictionary cannot cut whole gets nothing.

The evidence is weaker than a reading or the bilingual table (a dictionary gives many
senses): the caller uses it only for a candidate the citing clause or sentence names.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..extract.aliases import _singular
from ..text import jmdict
from ..text.kana import hepburn, romaji_key
from ..text.kyujitai import fold
from ..text.lexicon import words
from ..text.scripts import has_hangul
from .caching import cached
from .vocab import EN_FUNCTION_WORDS

__all__ = ["gloss_match", "gloss_phrases", "GlossMatch", "SCORE"]

#: score of a full two-way coverage (below readings and the bilingual table)
SCORE = 0.75
#: the longest piece looked up, in characters
MAX_PIECE = 8
#: a Japanese term of kanji, kana, 々 and ー, with の or middle dots between pieces; a
#: Korean term of Hangul words, spaces or middle dots between them
JA_TERM = regex.compile(r"[\p{Han}\p{Katakana}\p{Hiragana}々ーの・]{2,20}|[\p{Hangul}][\p{Hangul}·・ ]{1,20}")
#: joints between pieces: the particle の, middle dots, spaces
_JOINT = regex.compile(r"の|・|·|\s+")
_BRACKETED = regex.compile(r"\([^()]*\)")
_WORD = regex.compile(r"[a-z]+")


@dataclass(frozen=True)
class GlossMatch:
    score: float
    pieces: tuple[tuple[str, str], ...]     # (piece, the gloss words it gave)

    def explain(self) -> str:
        return "(dictionary glosses: " + ", ".join(f"{p} = {g}" for p, g in self.pieces) + ")"


@cached(maxsize=65536)
def _content(english: str) -> frozenset[str]:
    return frozenset(_singular(w) for w in _WORD.findall(english.casefold()) if w not in EN_FUNCTION_WORDS)


@cached(maxsize=8192)
def _gloss_words(piece: str) -> frozenset[str]:
    """The content words of the glosses of the dictionary's entries written so (JMdict
    words, JMnedict places and organisations), '' when none.  A Hangul piece of two
    syllables or more: the glosses of the JMdict word its Sino-Korean reading is first
    (판결 = 判決 "judgment"; the bridge of `jmdict.kanji_for_hangul`)."""
    if has_hangul(piece):
        found = jmdict.kanji_for_hangul(piece, limit=1) if len(piece) >= 2 else []
        entries = found[:1]
    else:
        modern = fold(piece)      # a note's old forms: 韓國 is 韓国 (the lookup folds them too)
        entries = [e for e in jmdict.entries_for_ja(piece) if e.headword in (piece, modern)
                   and (e.source != "jmnedict" or e.kind in ("place", "organization", "company"))]
    return frozenset().union(*(_content(_BRACKETED.sub(" ", g)) for e in entries for g in e.glosses[:6]))


@cached(maxsize=8192)
def _piece_readings(piece: str) -> frozenset[str]:
    """The loose Hepburn keys (`romaji_key`) of a Japanese piece's dictionary readings
    (its headword's entries): 毎日 -> the key of "mainichi"."""
    if has_hangul(piece) or len(piece) < 2:
        return frozenset()
    heads = (piece, fold(piece))
    keys = {romaji_key(hepburn(e.reading)) for e in jmdict.entries_for_ja(piece) if e.headword in heads and e.reading}
    return frozenset(k for k in keys if k)


@cached(maxsize=1)
def _demonyms() -> dict[str, frozenset[str]]:
    """A one-word demonym -> the content words of its country's English name (CLDR):
    "chinese" -> {"china"}, so that 中国 ("China") covers "Chinese Embassy"."""
    from babel import Locale

    from ..text.lexicon import table

    names = Locale("en").territories
    out: dict[str, frozenset[str]] = {}
    for r in table("en_demonym_countries"):
        demonym, code = r["demonym"].casefold(), r["code"]
        if " " not in demonym and code in names:
            out[demonym] = _content(names[code])
    return out


def _demonym_of(word: str) -> frozenset[str]:
    return _demonyms().get(word, frozenset())


@cached(maxsize=4096)
def _pieces(term: str) -> tuple[tuple[str, frozenset[str]], ...] | None:
    """The term cut into the longest glossed pieces, left to right; None when some part is
    not a headword."""
    out: list[tuple[str, frozenset[str]]] = []
    for chunk in _JOINT.split(term):
        i = 0
        while i < len(chunk):
            for n in range(min(MAX_PIECE, len(chunk) - i), 0, -1):
                words = _gloss_words(chunk[i:i + n])
                if words:
                    out.append((chunk[i:i + n], words))
                    i += n
                    break
            else:
                return None
    return tuple(out) or None


def glossable(term: str) -> bool:
    """Can `gloss_match` pair the term with any English name: the dictionary cuts it into
    two glossed pieces or more."""
    if not JA_TERM.fullmatch(term) or not jmdict.available():
        return False
    pieces = _pieces(term)
    return pieces is not None and len(pieces) >= 2


@cached(maxsize=65536)
def gloss_match(term: str, english: str) -> GlossMatch | None:
    """The dictionary's glosses of the term's pieces and the English name's content words
    cover each other (see the module's docstring)."""
    want = _content(english)
    if len(want) < 2 or not glossable(term):
        return None
    pieces = _pieces(term)
    got: list[tuple[str, str]] = []
    covered: set[str] = set()
    for piece, glossed in pieces:
        hit = {w for w in want if w in glossed or _demonym_of(w) & glossed}
        how = ""
        if not hit:
            # a proper name's piece the English writes by its reading (毎日 "Mainichi"
            # Broadcasting, 昭和 "Showa" Emperor)
            readings = _piece_readings(piece)
            hit = {w for w in want if readings and romaji_key(w) in readings}
            how = " (read)"
        if not hit:
            return None             # a piece the English does not say
        covered |= hit
        got.append((piece, "/".join(sorted(hit)) + how))
    if covered != want:
        return None                 # an English word no piece glosses
    return GlossMatch(SCORE, tuple(got))


#: the function words a glossed phrase may hold ("nationalization of the X Islands"; not
#: "castle to the list": a verb's complement ends the phrase)
_INSIDE_PHRASE = words("en_align_words", list="phrase_inside")
#: an English word of a sentence, with its offsets
_EN_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


@cached(maxsize=4096)
def gloss_phrases(term: str, sentence: str) -> tuple[tuple[int, int, GlossMatch], ...]:
    """Phrases of the sentence (start, end, match) that the term's glossed pieces cover
    both ways (`gloss_match`): the shortest around each place they occur, starting and
    ending with a content word ("nationalization of the Senkaku Islands" for 尖閣諸島の国有化)."""
    if not JA_TERM.fullmatch(term) or not jmdict.available():
        return ()
    pieces = _pieces(term)
    if pieces is None or len(pieces) < 2:
        return ()
    vocab_words = frozenset().union(*(g for _p, g in pieces))
    toks = [(m.start(), m.end(), _singular(m.group().casefold().replace("’", "'"))) for m in _EN_WORD.finditer(sentence)]
    out = []
    limit = 2 * len(pieces) + 4
    done = 0                        # tokens before this one are inside a phrase found
    for a in range(len(toks)):
        if a < done or toks[a][2] not in vocab_words:
            continue
        for b in range(a + 1, min(len(toks), a + limit) + 1):
            last = toks[b - 1][2]
            if last in EN_FUNCTION_WORDS:
                continue
            words = [t[2] for t in toks[a:b] if t[2] not in EN_FUNCTION_WORDS]
            if any(w not in vocab_words for w in words) or \
                    any(t[2] in EN_FUNCTION_WORDS and t[2] not in _INSIDE_PHRASE for t in toks[a:b]):
                break
            m = gloss_match(term, sentence[toks[a][0]:toks[b - 1][1]])
            if m is not None:
                # and on while the next words are glossed too ("... the Senkaku Islands")
                while b < len(toks) and toks[b][2] in vocab_words and toks[b][2] not in EN_FUNCTION_WORDS:
                    longer = gloss_match(term, sentence[toks[a][0]:toks[b][1]])
                    if longer is None:
                        break
                    m, b = longer, b + 1
                out.append((toks[a][0], toks[b - 1][1], m))
                done = b
                break
    return tuple(out)
