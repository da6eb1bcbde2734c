"""Suggestion source: a name and a head, each language writing the compound its own way.

Many names an article uses are another entry's name and a head word: "the Murayama
Statement" (村山談話, 무라야마 담화) is Prime Minister Tomiichi Murayama's, "Takeshima Day"
(竹島の日, 다케시마의 날) is the islands', "the Battle of Okinawa" (오키나와 전투) and "the Cairo
Declaration" (カイロ宣言, 카이로 선언) the places', "the Fukuda Doctrine" (福田ドクトリン, 후쿠다
독트린), "the Tanaka Cabinet" (田中内閣, 다나카 내각), a firm named after a house or a place
("X Heavy Industries", "X Construction": {}重工業, {}중공업 -- Korean writes the name as read
in Japanese and the kind of business in Sino-Korean).  The heads and how each language
writes the compound are data (`data/en_named_heads.tsv`); the name is taken only from
another entry of the same article whose English is that name -- a place or any other
entry, or a person whose family name it is -- and only in a language that entry already has a form in.  A
person's family name in kanji is the JMnedict surname read as the English name that
begins the person's Japanese form (村山 of 村山富市); in Korean, the first word of the
person's transcribed name (무라야마 of 무라야마 도미이치).  Nothing is guessed beyond that.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..extract.candidates import Candidate
from ..extract.vocab import LEGAL_FORMS
from ..model import Category, Role
from ..text.lexicon import table
from .caching import cached
from .forms import fill_missing, text_key

#: a composition from two known parts; below a dictionary's own word
CONFIDENCE = 0.6
#: ... when the name's own form is a suggestion: the product, not more
ORIGIN = "composition:name"


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[str, str, frozenset[Category], bool]]:
    """head word (casefolded) -> (Japanese pattern, Korean pattern, categories, whether the
    name may come from JMnedict)."""
    return {r["head"].casefold(): (r["ja"], r["ko"], frozenset(Category(c) for c in r["categories"].split()),
                                   r["name_from"] == "dictionary")
            for r in table("en_named_heads")}


def _preferred(cand: Candidate, lang: str):
    """The candidate's preferred form in `lang`, else its first one there, else None."""
    first = None
    for f in cand.forms:
        if f.lang == lang:
            if f.role is Role.PREFERRED:
                return f
            if first is None:
                first = f
    return first


@cached(maxsize=16384)
def _split(english: str) -> tuple[str, str] | None:
    """("Murayama", "statement") of "the Murayama Statement", when the head is one of the table."""
    words = english.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) > 2 and words[-1] in LEGAL_FORMS:
        words = words[:-1]      # "Valmora Motor Corp.": the company's legal form is no part of the compound
    for n in (2, 1):        # a head of two words first: "Mitsubishi Heavy Industries"
        head = " ".join(words[-n:]).casefold()
        if len(words) > n and head in _heads():
            return " ".join(words[:-n]), head
    # a head that leads, ending in "of": "the Battle of Okinawa", "the Treaty of Shimonoseki"
    if len(words) > 2 and words[1].casefold() == "of" and (head := " ".join(words[:2]).casefold()) in _heads():
        rest = words[3:] if words[2].casefold() == "the" else words[2:]
        return (" ".join(rest), head) if rest else None
    return None


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


#: a katakana character (or the long-vowel mark, the middle dot); a kanji
_KATAKANA = regex.compile(r"[\p{Katakana}ー・]")
_HAN = regex.compile(r"\p{Han}")
#: JMnedict kinds a firm, a shrine or a cabinet may be named after
NAME_KINDS = frozenset({"company", "organization", "surname", "place"})
#: the confidence of a name JMnedict reads one way only (or as a company), and of one of several
DICTIONARY_NAME, AMBIGUOUS_NAME = 0.5, 0.35


def _dictionary_name(name: str) -> dict[str, tuple[str, float, str]]:
    """{lang: (form, confidence, whose)} of a one-word Japanese name no entry of the article
    holds, from JMnedict ("Nishimatsu" 西松): a company of that name first, else the most
    common name; several readings lower the confidence.  Korean: its transcription."""
    from ..text import jmdict
    from .bridge import korean_for_japanese_term
    from .names.hangul_for_japanese import korean_for_japanese_romaji, romaji_is_japanese
    from .names.kana import hepburn, romaji_key, to_hiragana

    if " " in name or "-" in name or not romaji_is_japanese(name) or not jmdict.available():
        return {}
    entries = jmdict.names_for_romaji(name, kinds=NAME_KINDS, limit=8)
    if not entries:
        return {}
    company = [e for e in entries if e.kind in ("company", "organization")]
    best = company[0] if company else entries[0]
    heads = {e.headword for e in entries}
    conf = DICTIONARY_NAME if company or len(heads) == 1 else AMBIGUOUS_NAME
    whose = f"{name} = {best.headword} (JMnedict {best.kind}" + \
        (f", one of {len(heads)} readings)" if len(heads) > 1 and not company else ")")
    out = {"ja": (best.headword, conf, whose)}
    # a kanji name read in katakana is a foreign one (現代 ヒュンダイ "Hyundai"): Korean reads its hanja
    foreign = all(_KATAKANA.match(ch) for ch in best.reading) and _HAN.search(best.headword) is not None
    if not foreign and romaji_key(hepburn(to_hiragana(best.reading))) == romaji_key(name):
        ko = korean_for_japanese_romaji(name, given_first=False)
        if ko is not None and ko.text:
            out["ko"] = (ko.text, conf, f"{name} = {ko.text} (Korean transcription of the Japanese name)")
    else:   # the English is no Japanese reading: a Korean firm's hanja (現代 "Hyundai") reads in Sino-Korean
        sino = korean_for_japanese_term(best.headword)
        if sino is not None:
            out["ko"] = (sino.text, conf, f"{best.headword} = {sino.text} (Sino-Korean reading; '{name}' is "
                                          f"not its Japanese reading {best.reading})")
    return out


def add_named_compound_forms(candidates: list[Candidate]) -> int:
    """Japanese and Korean for names made of another entry's name and a head of the table."""
    added = 0
    for cand in candidates:
        english = _preferred(cand, "en")
        split = _split(english.text) if english is not None else None
        if split is None:
            continue
        name, head = split
        ja_pattern, ko_pattern, categories, from_dictionary = _heads()[head]
        if cand.category not in categories:
            continue
        missing = [lang for lang in ("ja", "ko") if not any(f.lang == lang for f in cand.forms)]
        if not missing:
            continue
        parts = _name_forms(name, candidates, cand) or (_dictionary_name(name) if from_dictionary else {})
        for lang in missing:
            if lang not in parts:
                continue
            text, confidence, whose = parts[lang]
            pattern = ja_pattern if lang == "ja" else ko_pattern
            composed = pattern.replace("{}", text)
            added += fill_missing(cand, {lang: composed}, ORIGIN, round(min(CONFIDENCE, confidence), 3),
                                  f"'{english.text}' = {whose} + '{head}' ({pattern}, data/en_named_heads.tsv)")
    return added
