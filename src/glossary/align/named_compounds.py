"""Suggestion source: a name and a head, each language writing the compound its own way.

Many names an article uses are another entry's name and a head word: "the Murayama
Statement" (村山談話, 무라야마 담화) is Prime Minister Tomiichi Murayama's, "Takeshima Day"
(竹島の日, 다케시마의 날) is the islands', "the Fukuda Doctrine" (福田ドクトリン, 후쿠다
독트린), "the Tanaka Cabinet" (田中内閣, 다나카 내각).  The heads and how each language
writes the compound are data (`data/en_named_heads.tsv`); the name is taken only from
another entry of the same article whose English is that name -- a place or any other
entry, or a person whose family name it is -- and only in a language that entry already has a form in.  A
person's family name in kanji is the JMnedict surname read as the English name that
begins the person's Japanese form (村山 of 村山富市); in Korean, the first word of the
person's transcribed name (무라야마 of 무라야마 도미이치).  Nothing is guessed beyond that.
"""
from __future__ import annotations

from functools import lru_cache

from ..extract.candidates import Candidate
from ..model import Category, Role
from ..text.lexicon import table
from .forms import fill_missing, text_key

#: a composition from two known parts; below a dictionary's own word
CONFIDENCE = 0.6
#: ... when the name's own form is a suggestion: the product, not more
ORIGIN = "composition:name"


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[str, str, frozenset[Category]]]:
    """head word (casefolded) -> (Japanese pattern, Korean pattern, categories)."""
    return {r["head"].casefold(): (r["ja"], r["ko"], frozenset(Category(c) for c in r["categories"].split()))
            for r in table("en_named_heads")}


def _preferred(cand: Candidate, lang: str):
    forms = [f for f in cand.forms if f.lang == lang]
    return next((f for f in forms if f.role is Role.PREFERRED), forms[0] if forms else None)


def _split(english: str) -> tuple[str, str] | None:
    """("Murayama", "statement") of "the Murayama Statement", when the head is one of the table."""
    words = english.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1].casefold() not in _heads():
        return None
    return " ".join(words[:-1]), words[-1].casefold()


def _family_kanji(name: str, ja: str) -> str | None:
    """The family name in kanji that begins `ja` and JMnedict reads as `name`, or None."""
    from ..text import jmdict

    if not jmdict.available():
        return None
    heads = {e.headword for e in jmdict.names_for_romaji(name, kinds=frozenset({"surname"}), limit=20)}
    fits = sorted((h for h in heads if ja.startswith(h)), key=len, reverse=True)
    return fits[0] if fits else None


def _name_forms(name: str, candidates: list[Candidate], skip: Candidate) -> dict[str, tuple[str, float, str]]:
    """{lang: (the name as that language writes it, confidence, whose)} from the entry of the
    article that `name` names: a place by its English, a person by its family name."""
    key = text_key(name)
    for cand in candidates:
        if cand is skip:
            continue
        english = [f.text for f in cand.forms if f.lang == "en"]
        out: dict[str, tuple[str, float, str]] = {}
        if cand.category is not Category.PERSON and any(text_key(e) == key for e in english):
            for lang in ("ja", "ko"):
                f = _preferred(cand, lang)
                if f is not None:
                    out[lang] = (f.text, f.confidence, f"{english[0]} ({f.text})")
        elif cand.category is Category.PERSON and len(name.split()) == 1 and any(
                key in (text_key(e.split()[0]), text_key(e.split()[-1])) for e in english if e.split()):
            ja, ko = _preferred(cand, "ja"), _preferred(cand, "ko")
            family = _family_kanji(name, ja.text) if ja is not None else None
            if family is not None:
                out["ja"] = (family, ja.confidence, f"the family name {family} of {english[0]} ({ja.text})")
                if ko is not None and (" " in ko.text or family == ja.text):
                    out["ko"] = (ko.text.split()[0], ko.confidence, f"the family name of {english[0]} ({ko.text})")
        if out:
            return out
    return {}


def add_named_compound_forms(candidates: list[Candidate]) -> int:
    """Japanese and Korean for names made of another entry's name and a head of the table."""
    added = 0
    for cand in candidates:
        english = _preferred(cand, "en")
        split = _split(english.text) if english is not None else None
        if split is None:
            continue
        name, head = split
        ja_pattern, ko_pattern, categories = _heads()[head]
        if cand.category not in categories:
            continue
        missing = [lang for lang in ("ja", "ko") if not any(f.lang == lang for f in cand.forms)]
        if not missing:
            continue
        parts = _name_forms(name, candidates, cand)
        for lang in missing:
            if lang not in parts:
                continue
            text, confidence, whose = parts[lang]
            pattern = ja_pattern if lang == "ja" else ko_pattern
            composed = pattern.replace("{}", text)
            added += fill_missing(cand, {lang: composed}, ORIGIN, round(min(CONFIDENCE, confidence), 3),
                                  f"'{english.text}' = {whose} + '{head}' ({pattern}, data/en_named_heads.tsv)")
    return added
