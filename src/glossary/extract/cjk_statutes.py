"""Statutes, ordinances and treaties named in Japanese and Korean notes.

    cut_law_number("外国為替及び外国貿易法(昭和24年法律第228号)") -> "外国為替及び外国貿易法"
    statute_names("…協定第二条の実施に伴う…に関する法律", "ja")    -> the law and the agreement
    statute_parts("竹島の日を定める条例", "ja")                    -> ("ordinance", ("竹島", "日"))

A note cites a law by its formal name, often with its number in brackets after it: the
number is a citation detail, the name before it is the term.  A formal name is one noun
phrase ending in a head (法律, 法, 条例, 協定, 조례, 특별법 ...; `data/statute_words.tsv`),
its parts joined by relative clauses (に関する, を定める, 에 관한) and conjunctions (及び,
並びに, 및); a Korean name is written with spaces (독도의 달 조례) and is one term as a whole,
not its words.  A law implementing an article of another instrument begins with that
instrument's name (…協定第二条の実施に伴う…法律): the name before 第N条 is a statute too.
"""
from __future__ import annotations

import functools

import regex

from ..text.lexicon import alternation, ordered, table
from ..text.scripts import has_hangul

__all__ = ["cut_law_number", "statute_head", "english_clause", "english_head", "noun_kind", "statute_names",
           "statute_parts", "statute_heads", "law_number_only", "STATUTE_KIND"]

#: the kind of a CJK term that names a statute, an ordinance or a treaty
STATUTE_KIND = "statute"

_WORDS = "statute_words"


@functools.lru_cache(maxsize=1)
def _lists() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for r in table(_WORDS):
        out.setdefault(r["list"], []).append((r["word"], r["kind"]))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in out.items()}


def _genitive() -> str:
    """The Korean genitive particle (의), from the data."""
    return _lists()["genitive"][0][0]


def _alt(name: str) -> str:
    """The words of a list as a regex alternation; a Korean one a word of its own (등, not
    the 등 of 평등)."""
    return "|".join(rf"(?<!\p{{Hangul}}){regex.escape(w)}(?!\p{{Hangul}})" if regex.fullmatch(r"\p{Hangul}+", w)
                    else regex.escape(w) for w, _ in _lists()[name])


_NUM = r"[0-9０-９一二三四五六七八九十百千〇]+"


class _Patterns:
    """The patterns of statute names, made once from the data's word lists."""

    def __init__(self) -> None:
        number = rf"[（(]\s*[^()（）]{{0,24}}?(?:{_alt('number')})\s*(?:第|제)\s*{_NUM}\s*[号호]\s*[)）]"
        # a law number in brackets, and an article after it: (昭和24年法律第228号), (법률 제10143호)第724条
        self.number_end = regex.compile(rf"\s*{number}(?:第{_NUM}条(?:第{_NUM}項)?)?\s*$"
                                        # (or the year of enactment after a name: …条例(2019年), …특별법 (2004))
                                        rf"|(?<=(?:{_alt('head')}))\s*[（(](?:19|20)[0-9]{{2}}年?[)）]\s*$")
        self.number = regex.compile(rf"\s*{number}\s*")
        # an instrument whose article or amendment the rest of the name is about
        self.embedded = regex.compile(rf"(?:{_alt('head')})(?=第{_NUM}条|{_alt('embedded_after')})")
        self.breaks = regex.compile(rf"(?:{_alt('clause')}|{_alt('joint')})")
        # a Japanese name: no space, no punctuation; a Korean one, words
        self.ja_name = regex.compile(r"[\p{Han}\p{Katakana}\p{Hiragana}ー々・0-9０-９]{2,120}")
        self.ko_name = regex.compile(r"[\p{Hangul}\p{Han}0-9·・ ]{3,120}")
        # hiragana runs of a sentence, not of a name (が, は, も): a headline
        self.ja_sentence_particle = regex.compile(rf"(?<!\p{{Hiragana}})(?:{_alt('sentence_particle')})(?!\p{{Hiragana}})")
        self.hiragana = regex.compile(r"\p{Hiragana}")
        # Korean verb endings and the particles other than the genitive 의 (the note reader's lists)
        self.ko_verbal = regex.compile(rf"(?:{alternation('cjk_note_words', list='ko_verbal_ending')})$")
        self.ko_particles = tuple(x for x in ordered("ko_particles", list="particle") if x != _genitive())
        self.ko_nouns = ordered("ko_particles", list="noun_not_particle")


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns()


def cut_law_number(text: str) -> str:
    """The name without the law number in brackets (and an article) after it."""
    return _patterns().number_end.sub("", text)


def law_number_only(text: str) -> bool:
    """`text` is a law number in brackets and nothing else: (법률 제10143호)."""
    return bool(_patterns().number.fullmatch(text))


def statute_heads() -> tuple[str, ...]:
    """Every head of a statute's name (法律, 条例, 조례 ...)."""
    return tuple(h for h, _ in _lists()["head"])


def statute_head(text: str) -> tuple[str, str] | None:
    """(head, kind) of the head `text` ends in, longest first, else None."""
    for head, kind in _lists()["head"]:
        if text.endswith(head):
            return head, kind
    return None


def _is_name(text: str, lang: str, whole: bool, numbered: bool = False) -> bool:
    """A statute's formal name: one noun phrase ending in a head; hiragana (Japanese) or
    word endings (Korean) only those of its clauses and joints.  A name of Han alone is
    one only as a whole title (国家賠償法 cited alone, not 憲法 inside a headline), of two
    characters only with its law number (民法(明治29年法律第89号))."""
    p = _patterns()
    found = statute_head(text)
    if found is None or len(text) <= len(found[0]):
        return False
    if lang == "ko":
        if not p.ko_name.fullmatch(text) or not has_hangul(text):
            return False
        rest = p.breaks.sub(" ", text).split()
        # (a verb form, or a word with a particle other than the genitive 의 -- 주민이 -- is a sentence's)
        return whole and len(rest) >= 2 and not any(
            p.ko_verbal.search(w) or (any(w.endswith(x) and len(w) - len(x) >= 2 for x in p.ko_particles)
                                      and not w.endswith(p.ko_nouns)) for w in rest[:-1])
    if not p.ja_name.fullmatch(text) or p.ja_sentence_particle.search(text):
        return False
    if not p.hiragana.search(text):
        return whole and (len(text) >= 3 or numbered)
    return bool(p.breaks.search(text))


def statute_names(name: str, lang: str, numbered: bool = False) -> list[tuple[str, int]]:
    """The statutes a title (without its law number; `numbered`: it had one) names, (text,
    offset): the title as a whole, and an instrument at its head whose article it implements."""
    out: list[tuple[str, int]] = []
    if _is_name(name, lang, whole=True, numbered=numbered):
        out.append((name, 0))
    if lang == "ja":
        for m in _patterns().embedded.finditer(name):
            inner = name[:m.end()]
            if inner != name and _is_name(inner, lang, whole=False):
                out.append((inner, 0))
    return out


def statute_parts(text: str, lang: str) -> tuple[str, tuple[str, ...]] | None:
    """(kind, the parts of the name before its head, cut at clauses and joints) of a
    statute's name, else None: 外国為替及び外国貿易法 -> ("act", ("外国為替", "外国貿易"))."""
    found = statute_head(text)
    if found is None:
        return None
    head, kind = found
    body = text[:-len(head)]
    parts = []
    for piece in _patterns().breaks.split(body):
        for word in piece.split():
            if lang == "ko" and word.endswith(_genitive()) and len(word) > 2:
                word = word[:-len(_genitive())]        # (독도의 달: the only particle a name's words take)
            if word:
                parts.append(word)
    return kind, tuple(parts)


def noun_kind(word: str) -> str | None:
    """The English word a native day or month noun is (날 'day', 달 'month'), else None."""
    return next((k for w, k in _lists()["noun"] if w == word), None)


def english_clause(word: str) -> bool:
    """An English word that renders a name's relative clause ("concerning": に関する)."""
    return any(w == word.casefold() for w, _ in _lists()["en_clause"])


def english_complement(word: str) -> bool:
    """Is `word` a preposition an English statute's head written first is followed by
    ("Act on …", "Treaty of …")?"""
    return any(w == word.casefold() for w, _ in _lists().get("en_complement", ()))


def english_head(word: str) -> str | None:
    """The kind of instrument an English head word names ("Act" -> act), else None."""
    w = word.casefold()
    return next((k for h, k in _lists()["en_head"] if h == w), None)
