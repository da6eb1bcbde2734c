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

    shared_senses("감사원", "Board of Audit and Inspection") -> SharedSenses(감사 = audit, ...)

Looser, for the one-to-one rule (`citing`), where the citation already says which two names
may be one body: the English words some run of the term has among its dictionary senses
(a Hangul run: its first kanji homographs, 감사 感謝 "thanks" and 監査 "audit") or spells by
its reading (부산 "Busan", 高麗 고려 "Koryo"), and which of them say what the body is.
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
from .local_places import _japanese_key, korean_readings, spells

__all__ = ["gloss_match", "gloss_phrases", "korean_reading_match", "GlossMatch", "SCORE", "shared_senses", "SharedSenses"]

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
#: a name of two to five kanji alone, read in Sino-Korean by `korean_reading_match`
HAN_ONLY = regex.compile(r"[\p{Han}々]{2,5}")


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
            # Broadcasting, 昭和 "Showa" Emperor; Hangul spelling it, 부산 "Busan" International ...)
            readings = _piece_readings(piece)
            hit = {w for w in want if readings and romaji_key(w) in readings} if readings else \
                {w for w in want if has_hangul(piece) and len(w) >= 3 and _reads_as(piece, w)}
            how = " (read)"
        if not hit:
            return None             # a piece the English does not say
        covered |= hit
        got.append((piece, "/".join(sorted(hit)) + how))
    if covered != want:
        return None                 # an English word no piece glosses
    return GlossMatch(SCORE, tuple(got))


#: a one-word English name of Korean letters ("Gwangbokjeol", "Gyeongbokgung")
_ONE_NAME = regex.compile(r"\p{Lu}\p{Ll}{4,}")


@cached(maxsize=16384)
def korean_reading_match(term: str, english: str) -> GlossMatch | None:
    """A name in kanji (a Japanese note's 光復節) that its Sino-Korean reading spells as the
    one-word romanized English name ("Gwangbokjeol"): a Korean day, palace or place the
    Japanese press writes in kanji.  As weak as the glosses: for the citing sentence only."""
    if not _ONE_NAME.fullmatch(english) or not HAN_ONLY.fullmatch(term):
        return None
    word = english.casefold()
    read = next((ko for ko in korean_readings(term) if spells(ko, word)), None)
    return GlossMatch(SCORE, ((term, f"{english} (read in Korean {read})"),)) if read else None


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


# --- senses shared: the evidence of the one-to-one rule ------------------------------------------

#: English words of a name that tell little which body it is (national, public), and the
#: endings by which one word derives from another ("cultural" meets the gloss "culture")
_GENERIC = words("en_name_concepts", list="generic")
_ENDINGS = tuple(sorted(words("en_name_concepts", list="ending"), key=len, reverse=True))
#: the senses a Hangul word may have: the JMdict words in kanji read so, commonest first
#: (감사: 感謝 "thanks", 監査 "audit"); more would let chance senses in
HANGUL_SENSES = 3
#: a stem shorter than this is compared whole
_MIN_STEM = 4
_HYPHENS = regex.compile(r"[-‐‑–]")
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}{3,}(?:[-‐‑–]\p{Ll}+)?")


@dataclass(frozen=True)
class SharedSenses:
    """What a CJK term's dictionary senses and an English name share: the (piece, English
    word) pairs; the words that say what the body is or does (`specific`: no head such as
    Committee, no country, no generic word, no place); the places read alike; the share of
    the name's words covered."""
    pieces: tuple[tuple[str, str], ...]
    specific: frozenset[str]
    places: frozenset[str]
    countries: frozenset[str]
    coverage: float
    ends: bool = False      # a piece ending the term shares a sense
    head_inside: bool = False   # the name's head is a piece inside the term only (大学 of 名古屋大学出版会)

    def explain(self) -> str:
        return "(dictionary senses shared: " + ", ".join(f"{p} = {w}" for p, w in self.pieces) + ")"


@cached(maxsize=65536)
def _stem(word: str) -> str:
    """The word without its endings, one after another while a stem of _MIN_STEM letters is
    left ("parliamentarian" and "parliament": "parlia")."""
    for e in _ENDINGS:
        if word.endswith(e) and len(word) - len(e) >= _MIN_STEM:
            return _stem(word[:-len(e)])
    return word


@cached(maxsize=1)
def _unspecific() -> frozenset[str]:
    """English words no body is told by: the heads of institutions' names (Committee,
    Agency), countries and their demonyms, light and generic words."""
    from ..text.lexicon import table
    from .vocab import EN_LIGHT_WORDS

    heads = {r["word"].casefold() for r in table("en_heads") if r["list"] == "category"
             and r["category"] == "institution"}
    return frozenset(_singular(w) for w in heads | EN_LIGHT_WORDS | _GENERIC) | _countries()


@cached(maxsize=1)
def _countries() -> frozenset[str]:
    """Countries' names and demonyms, word by word (CLDR: "korea", "korean")."""
    return frozenset(_singular(w) for w in set(_demonyms()) | {w for v in _demonyms().values() for w in v})


@cached(maxsize=16384)
def _senses(piece: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The content words of every dictionary sense the piece may have (a Hangul piece: its
    first HANGUL_SENSES kanji homographs in JMdict), and its glosses of two words or more
    as word strings ("government general")."""
    if has_hangul(piece):
        glosses = [g for e in jmdict.kanji_for_hangul(piece, limit=HANGUL_SENSES) for g in e.glosses[:6]]
    else:
        modern = fold(piece)
        glosses = [g for e in jmdict.entries_for_ja(piece) if e.headword in (piece, modern)
                   and (e.source != "jmnedict" or e.kind in ("place", "organization", "company")) for g in e.glosses[:6]]
    content = frozenset(_stem(w) for g in glosses for w in _content(_BRACKETED.sub(" ", g)))
    phrases = tuple(dict.fromkeys(p for g in glosses if " " in (p := _flat(_BRACKETED.sub(" ", g)))))
    return content, phrases


@cached(maxsize=65536)
def _head(english: str) -> str:
    """The head word of an English name: its last content word before "of" ("Board" of
    "Board of Audit and Inspection"), singular, lower case."""
    words = _flat(english).split(" of ")[0].split()
    content = [w for w in words if w not in EN_FUNCTION_WORDS]
    return _singular(content[-1]) if content else ""


@cached(maxsize=65536)
def _flat(text: str) -> str:
    """Lower-case words joined by single spaces, hyphens as spaces ("Government-General" ->
    "government general")."""
    return " ".join(_WORD.findall(_HYPHENS.sub(" ", text.casefold())))


def _reads_as(piece: str, word: str) -> bool:
    """Is the piece the place or name the English writes by its reading: Hangul spelling it
    (부산 "Busan"), kanji read so in Korean (高麗 고려 "Koryo") or Japanese (京都 "Kyoto")."""
    if has_hangul(piece):
        return spells(piece, word)
    return (any(spells(ko, word) for ko in korean_readings(piece))
            or _japanese_key(piece) == romaji_key(word))


@cached(maxsize=16384)
def shared_senses(term: str, english: str) -> SharedSenses | None:
    """The English words (function words aside) that some piece of the term -- every run of
    two to MAX_PIECE characters -- has among its dictionary senses, or spells by its reading
    (a capitalised romanised word: "Busan", "Koryo"); None when none.  Loose on purpose (a
    run may cross words, a Hangul run has several senses): the caller uses it only where the
    citation already says which two names may be one body (the one-to-one rule)."""
    from ..extract.general import romanized_word

    if not JA_TERM.fullmatch(term) or not jmdict.available():
        return None
    want = {w: _stem(w) for w in _content(english)}
    if not want:
        return None
    names = {w.casefold() for m in _CAPITALISED.finditer(english) for w in _HYPHENS.split(m.group())
             if len(w) >= _MIN_STEM and romanized_word(w.casefold())}
    flat = f" {_flat(english)} "
    found: dict[str, str] = {}
    whole: set[str] = set()
    places: set[str] = set()
    chunks = [c for c in _JOINT.split(term) if c]
    ends = False            # a piece that ends the term shares a sense (its head: 법원 "court")
    head = _head(english)
    head_at = set()         # where pieces sharing the English head end: inside the term, at its end
    for k, chunk in enumerate(chunks):
        for i in range(len(chunk)):
            for n in range(2, min(MAX_PIECE, len(chunk) - i) + 1):
                piece = chunk[i:i + n]
                content, phrases = _senses(piece)
                hit = False
                for w, s in want.items():
                    if s in content or w in content:
                        found.setdefault(w, piece)
                        hit = True
                for p in phrases:
                    if f" {p} " in flat:
                        whole.update(_singular(x) for x in p.split() if x not in EN_FUNCTION_WORDS)
                        found.update((_singular(x), piece) for x in p.split() if x not in EN_FUNCTION_WORDS)
                        hit = True
                for w in names:
                    if n <= 4 and _reads_as(piece, w):
                        places.add(w)
                        found.setdefault(_singular(w), piece)
                        hit = True
                last = k == len(chunks) - 1 and i + n == len(chunk)
                ends = ends or (hit and last)
                if head and (head in content or _stem(head) in content):
                    head_at.add(i + n == len(chunk))      # (a joint ends a name: 日本弁護士連合会・…)
    if not found:
        return None
    countries = _countries() & set(found)
    specific = frozenset(w for w in found if len(w) >= 3 and w not in places and w not in countries
                         and (w not in _unspecific() or w in whole))
    covered = sum(1 for w in want if w in found) / len(want)
    return SharedSenses(tuple(sorted((p, w) for w, p in found.items())), specific, frozenset(places),
                        frozenset(countries), covered, ends, head_at == {False})
