"""Sources of citations: newspapers, news agencies, publishers and ministries.

A CJK source name of the outlets table is linked to the English candidate with one of the
outlet's English names, or makes an entry of its own (`outlet_pairs`); a newspaper,
publisher or ministry named only in Japanese/Korean gets an entry with an English name
when a general rule gives one (`unaligned_sources`: romanized by its reading, or
translated by the keyword table with the country of its language).
"""
from __future__ import annotations

import regex

from ..extract.candidates import Candidate, CjkTerm, Form, Mention
from ..model import Category, Role
from ..text.kana import strip_marks
from ..text.lexicon import alternation, table, words
from ..text.readings import kakasi
from . import vocab
from .caching import cached
from .forms import Pair, text_key
from .outlets import outlet
from .romaji import HEPBURN_N_BEFORE_LABIAL, hepburn_name
from .state_institutions import english_for_cjk

#: spaces, commas and dashes between a gloss's words
_GLOSS_BREAKS = regex.compile(r"[\s,\-]+")

__all__ = ["outlet_pairs", "unaligned_sources", "ministry_name", "romanized_source", "SOURCE_NAME"]


#: score of a source linked through the table of newspapers and news agencies
OUTLET_SCORE = 0.9


@cached(maxsize=65536)
def _loose_en(s: str) -> str:
    """Comparison key of an English outlet name: letters and digits only, Shinbun = Shimbun."""
    k = "".join(c for c in text_key(s) if c.isalnum())
    k = k[3:] if k.startswith("the") and len(k) > 6 else k
    return HEPBURN_N_BEFORE_LABIAL.sub("m", k)


def outlet_pairs(terms: list[CjkTerm], cands: list[Candidate]
                 ) -> tuple[list[Pair], list[Candidate], set[tuple[int, str]]]:
    """A CJK source name of the outlets table (`outlets`) is linked to the English candidate
    with one of the outlet's English names; when the body names it in no form, the table's
    English name makes an entry (a publication, numbered after `cands`).  Returns the pairs,
    the new entries and the (note, text) handled."""
    pairs: list[Pair] = []
    new: list[Candidate] = []
    done: set[tuple[int, str]] = set()
    if not any(outlet(t.text) for t in terms if t.kind != "title"):
        return pairs, new, done
    by_key: dict[str, int] = {}
    for i, c in enumerate(cands):
        if c.category is Category.TITLE:
            continue
        for f in c.forms:
            if f.lang == "en":
                by_key.setdefault(_loose_en(f.text), i)
    made: dict[str, int] = {}
    for t in terms:
        if t.kind == "title":
            continue
        o = outlet(t.text)
        if o is None:
            continue
        idx = next((by_key[_loose_en(e)] for e in o.en if _loose_en(e) in by_key), None)
        how = "named in the article"
        if idx is None:
            idx = made.get(o.en[0])
            how = "named only in the notes"
        if idx is None:
            new.append(Candidate(category=Category.PUBLICATION, confidence=SOURCE_NAME_CONFIDENCE + 0.2,
                                   forms=[Form(lang="en", text=o.en[0], role=Role.PREFERRED, origin="dictionary:outlets",
                                               confidence=SOURCE_NAME_CONFIDENCE + 0.2,
                                               evidence=f"table of newspapers and news agencies: {t.text} = {o.en[0]} "
                                                        f"(named only in footnote {t.footnote})")],
                                   mentions=[]))
            idx = made[o.en[0]] = len(cands) + len(new) - 1
            for f in o.en:
                by_key.setdefault(_loose_en(f), idx)
        done.add((t.footnote, t.text))
        pairs.append(Pair(idx, t, OUTLET_SCORE,
                          f"footnote {t.footnote}: table of newspapers and news agencies: {t.text} = "
                          f"\"{' / '.join(o.en)}\" ({how})"))
    return pairs, new, done


# A newspaper, news agency or publisher (日本経済新聞, 조선일보, 연합뉴스, 講談社): the source
# of a citation, never what the citing clause is about.
SOURCE_NAME = regex.compile(r"(?:" + alternation("cjk_align_heads", list="source_head") + r")$")

#: confidence of an English name made for a CJK-only source or ministry
SOURCE_NAME_CONFIDENCE = 0.5

#: the country phrase an English ministry name takes, by the language it is named in
_COUNTRY_PHRASE = {"ja": "of Japan", "ko": "of the Republic of Korea"}

#: Japanese heads of newspaper and publisher names and their usual romanized English
_JA_SOURCE_HEADS = tuple((r["word"], r["romanized"], r["kind"]) for r in table("cjk_align_heads")
                         if r["list"] == "ja_source_head")
#: the romanized heads of newspaper and news agency names (an entry named so is a publication)
_NEWSPAPER_HEADS = tuple(roman for _, roman, kind in _JA_SOURCE_HEADS if kind == "newspaper")


def unaligned_sources(terms: list[CjkTerm], aligned: set[tuple[int, str]], cands: list[Candidate]) -> list[Candidate]:
    """A newspaper, publisher or ministry named only in Japanese/Korean (the author or
    source of a note) gets an entry with an English name when a general rule gives one:
    a ministry or office translated by the keyword table plus its country (財務省 =
    Ministry of Finance of Japan, 대통령실 = Presidential Office of the Republic of Korea);
    else a state body of the table by its official name (기획재정부 = Ministry of Economy and
    Finance); a Japanese source romanized by its reading (読売新聞 = Yomiuri Shimbun, 有斐閣 =
    Yuhikaku); another Japanese organisation by the name JMdict gives it (内閣官房 = Cabinet
    Secretariat, `dictionary_name`).  Korean sources are not romanized: their English names
    follow no one rule.  An English name the article already has makes no second entry."""
    held = english_names = None     # (the article's forms, gathered when a term first asks)
    out: dict[str, Candidate] = {}
    for t in terms:
        if t.kind not in ("institution", "publication") or t.title or (t.footnote, t.text) in aligned:
            continue
        if held is None:
            held = {(f.lang, text_key(f.text)) for c in cands for f in c.forms if f.lang in ("ja", "ko")}
        if (t.lang, text_key(t.text)) in held:
            continue
        k = t.lang + ":" + text_key(t.text)
        m = Mention(text=t.text, line=t.line, col=t.col, context=t.text, footnote=t.footnote)
        if k in out:
            out[k].mentions.append(m)
            continue
        made = ministry_name(t.text, t.lang) or english_for_cjk(t.text, t.lang)
        if made is None and t.lang == "ja" and not SOURCE_NAME.search(t.text):
            made = dictionary_name(t.text)
        category = Category.INSTITUTION
        # only a publisher's or newspaper's proper name is romanized (読売新聞, 岩波書店), never
        # a generic noun (閣議決定, 衆議院本会議) nor a Korean outlet written in kanji (韓国日報:
        # its English name is read in Korean, see `outlets`)
        if made is None and t.lang == "ja" and SOURCE_NAME.search(t.text) and not KOREAN_OUTLET_IN_KANJI.match(t.text):
            made = romanized_source(t.text)
            if made and made[0].endswith(_NEWSPAPER_HEADS):
                category = Category.PUBLICATION
        if made is None:
            continue
        english, why = made
        if english_names is None:
            english_names = {_loose_en(f.text) for c in cands for f in c.forms if f.lang == "en"}
        if _loose_en(english) in english_names:
            continue     # the article names it so, and the pairing left this form off: no second entry
        # a name read out (a romanization, a JMnedict name) is transcribed into Korean, not
        # read character by character (有斐閣 = 유히카쿠, not 유비각)
        origin = "romanization" if "reading" in why or why.startswith("JMnedict") else "translation"
        plain = strip_marks(english)     # Yūhikaku: English prose writes Yuhikaku
        forms = [Form(lang="en", text=plain, role=Role.PREFERRED, origin=origin, confidence=SOURCE_NAME_CONFIDENCE,
                      evidence=f"{why} (named only in footnote {t.footnote})")]
        if plain != english:
            forms.append(Form(lang="en", text=english, role=Role.ALIAS, origin=origin, confidence=SOURCE_NAME_CONFIDENCE,
                              evidence=f"{why}, with its long vowels marked"))
        forms.append(Form(lang=t.lang, text=t.text, role=Role.PREFERRED, origin=f"footnote:{t.footnote}",
                          confidence=round(t.confidence, 3), evidence=f"source named in footnote {t.footnote}"))
        out[k] = Candidate(category=category, confidence=SOURCE_NAME_CONFIDENCE, forms=forms, mentions=[m])
    return list(out.values())


# A Korean (or North Korean) outlet written in kanji by a Japanese note: 韓国日報, 朝鮮日報.
KOREAN_OUTLET_IN_KANJI = regex.compile(r"^(?:" + alternation("cjk_align_heads", list="korean_outlet_prefix") + ")")


def ministry_name(text: str, lang: str) -> tuple[str, str] | None:
    """財務省 -> ("Ministry of Finance of Japan", evidence): a whole-term concept naming an
    office or ministry, or a ministry head (省, 부) after a field of the table."""
    idx = vocab.cjk_index()
    country = _COUNTRY_PHRASE.get(lang)
    if country is None:
        return None
    for c in idx.get(text, ()):
        head = c.en[0]
        if head.split()[0] in ("ministry", "presidential", "office") and not c.country:
            return (_title_case(head) + " " + country,
                    f"keyword table: {text} = \"{head}\", with the country of its language")
    if len(text) >= 3 and text[-1] in ("省" if lang == "ja" else "부"):
        field = [c for c in idx.get(text[:-1], ()) if not c.country]
        if field:
            name = f"Ministry of {_title_case(field[0].en[0])} {country}"
            return name, f"keyword table: {text[:-1]} = \"{field[0].en[0]}\" + {text[-1]} = ministry, with the country of its language"
    return None


#: JMdict kinds whose gloss names an organisation (a word entry must be glossed as a name)
_NAME_KINDS = ("organization", "company", "word")
#: a qualifier before a gloss ("(Japanese) Agency for Cultural Affairs") or after it
#: ("Yūhikaku (law book publisher)")
_GLOSS_QUALIFIER = regex.compile(r"^\([^)]{1,40}\)\s*|\s*\([^)]{1,80}\)$")


@cached(maxsize=4096)
def dictionary_name(text: str) -> tuple[str, str] | None:
    """内閣官房 -> ("Cabinet Secretariat", evidence): the English name JMdict/JMnedict give a
    Japanese organisation named only in a note, when the first gloss of its best entry is
    written as a name (its words capitalised but the small ones: "Ministry of Land,
    Infrastructure, Transport and Tourism"), its qualifiers in brackets dropped."""
    from ..text import jmdict

    if not jmdict.available() or len(text) < 2:
        return None
    small = words("en_align_words", list="title_small")
    for e in jmdict.entries_for_ja(text):
        if e.headword != text or e.kind not in _NAME_KINDS or not e.glosses:
            continue
        gloss = _GLOSS_QUALIFIER.sub("", _GLOSS_QUALIFIER.sub("", e.glosses[0])).strip()
        parts = [w for w in _GLOSS_BREAKS.split(gloss) if w]
        if len(parts) < 1 or not all(w[:1].isupper() or w in small for w in parts) or not parts[0][:1].isupper():
            continue
        return gloss, f"{'JMnedict' if e.source == 'jmnedict' else 'JMdict'}: {text} = \"{e.glosses[0]}\""
    return None


def _title_case(s: str) -> str:
    small = words("en_align_words", list="title_small")
    return " ".join(w if (w in small and i) else w[:1].upper() + w[1:] for i, w in enumerate(s.split()))


#: a Japanese source name romanized by its reading: 2 to 10 kanji
_HAN_2_TO_10 = regex.compile(r"[\p{Han}々]{2,10}")


@cached(maxsize=4096)
def romanized_source(text: str) -> tuple[str, str] | None:
    """日本経済新聞 -> "Nihon Keizai Shimbun": the usual head (新聞 = Shimbun, 書店 = Shoten),
    the rest read by pykakasi in two-character words (Japanese proper compounds), long
    vowels unmarked."""
    if not _HAN_2_TO_10.fullmatch(text):
        return None
    head = ""
    stem = text
    for h, roman, _ in _JA_SOURCE_HEADS:
        if text.endswith(h) and len(text) > len(h):
            stem, head = text[:-len(h)], roman
            break
    if len(stem) % 2 == 0 and len(stem) > 2:
        words = [stem[i:i + 2] for i in range(0, len(stem), 2)]
    else:
        words = [stem]
    def read(w: str) -> str:
        return "".join(p["hira"] for p in kakasi().convert(w))

    readings = [read(w) for w in words]
    if not all(readings):
        return None
    # the words read in context (日本 of 日本経済 is にほん, alone にっぽん): cut the reading of
    # the whole from the right by the words' own readings, the first word takes the rest
    whole = read(stem)
    rest, cut = whole, []
    for r in reversed(readings[1:]):
        if not rest.endswith(r) or len(rest) == len(r):
            break
        cut.insert(0, r)
        rest = rest[:-len(r)]
    else:
        readings = [rest] + cut
    roman = hepburn_name(" ".join(readings))
    if not roman:
        return None
    english = roman + (" " + head if head else "")
    return english, f"Hepburn romanization by reading ({' '.join(readings)}) of a Japanese newspaper or publisher"
