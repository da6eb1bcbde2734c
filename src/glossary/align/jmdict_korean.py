"""Korean from a dictionary's Japanese: what `jmdict_source` found in JMdict or JMnedict
for an entry, carried into Korean the way Korean writes each kind of name.

- a Japanese person (JMnedict): the standard transcription of the romanized name, family
  name first (二階俊博 "Nikai Toshihiro" -> 니카이 도시히로);
- a Japanese company read in Japanese ("Kodansha" 講談社 -> 고단샤): transcribed;
- a word in kanji: its Sino-Korean reading when Korean writes that reading as a word
  (wordfreq's Korean list: 国会 -> 국회) or the name is a party's, ministry's, court's or
  chamber's (公明党 -> 공명당); a leading Japanese place transcribed (東京都庁 -> 도쿄도청),
  a leading foreign country as CLDR's Korean names it (ベトナム戦争 -> 베트남 전쟁);
- an event, agreement or policy of a name and a head word whose whole reading is no
  Korean word: each part as Korean writes it (明治維新 -> 메이지 유신; `name_led_korean`);
- anything else: nothing (靖国神社 is 야스쿠니 신사, not 정국신사).
"""
from __future__ import annotations

import regex

from ..extract.candidates import Candidate, Form
from ..model import Category, Role
from ..text import jmdict
from ..text.lexicon import alternation, ordered
from .caching import cached
from .transcriptions import _BRIDGEABLE_HEAD
from .bridge import korean_for_japanese_term, korean_word
from .name_led_korean import name_led_korean
from .names.hangul_for_japanese import (_kana_to_korean, korean_for_japanese_name, korean_for_japanese_romaji,
                                       romaji_is_japanese)
from .names.kana import hepburn, romaji_key, to_hiragana

#: a gloss's bracketed qualifier; a run of letters; a word of two kanji or more
_QUALIFIER = regex.compile(r"\s*\([^()]*\)")
_LETTERS = regex.compile(r"\p{L}+")
_KANJI_WORD = regex.compile(r"[\p{Han}々]{2,}")

#: categories whose dictionary Japanese is read in Sino-Korean
BRIDGED = frozenset({Category.INSTITUTION, Category.AGREEMENT, Category.EVENT, Category.POLICY})
#: ... and those whose dictionary Japanese of a name and a head is read part by part (`name_led_korean`)
COMPOSED = frozenset({Category.AGREEMENT, Category.EVENT, Category.POLICY})
#: confidence of a Korean form derived from the dictionary's Japanese
DERIVED_CONFIDENCE = 0.55
#: bridgeable heads of names Korean transcribes all the same (慶應義塾大学 게이오기주쿠대학,
#: 琉球国 류큐국)
TRANSCRIBED_HEADS = ("大学", "国")


#: korean_for_japanese_name's confidence when the English spelling selected the reading
SPELLING_SELECTED = 0.6


def _gloss_name(entry) -> str:
    """A JMnedict person's romanized name without its dates: "Nikai Toshihiro"."""
    return _QUALIFIER.sub("", next(iter(entry.glosses), "")).strip()


def _family_first(entry) -> str:
    """The JMnedict person's romanized name, family name first: the word whose romaji is
    where the kana reading starts is the family name (JMnedict writes some names given
    name first: "Shinzō Abe")."""
    words = _gloss_name(entry).split()
    reading = romaji_key(hepburn(entry.reading))
    if len(words) == 3 and words[1].lower() == "no" and reading.startswith(romaji_key(words[0] + "no")):
        return f"{words[0]} no {words[2]}"     # (a clan name and "no": 樽木の正房 "Taruki no Masafusa")
    if len(words) != 2 or not reading:
        return ""
    for family, given in ((words[0], words[1]), (words[1], words[0])):
        if reading.startswith(romaji_key(family)) and reading.endswith(romaji_key(given)):
            return f"{family} {given}"
    return ""


def _japanese_romaji(name: str) -> bool:

    words = name.replace("-", " ").split()
    return bool(words) and all(romaji_is_japanese(w) for w in words)


def _korean_from(cand: Candidate, entry, english: str) -> int:
    """Korean for a Japanese person found in JMnedict: the standard transcription of the
    name as JMnedict romanizes it, family name first (二階俊博 "Nikai Toshihiro" ->
    니카이 도시히로).  Nothing for other entries: a dictionary's kanji read in Sino-Korean
    or transcribed is too often not what Korean writes (靖国神社 is 야스쿠니 신사, not
    정국신사; 国際連合 is 국제연합 in Korean usage, 유엔 in the press).  The form added
    (`_korean_form`) depends on the candidate's category, the entry and the English alone."""
    found = _korean_form(cand.category, entry, english)
    if found is None:
        return 0
    cand.forms.append(Form("ko", *found))
    return 1


@cached(maxsize=16384)
def _korean_form(category: Category, entry, english: str) -> tuple[str, Role, str, float, str] | None:
    """(text, role, origin, confidence, evidence) of the Korean form `_korean_from` adds."""
    if category is not Category.PERSON and (entry.source == "jmdict" or entry.kind == "organization"):
        return _sino_korean_word(category, entry, english)
    if entry.source == "jmnedict" and entry.kind == "company":
        korean = _korean_company(entry, english)
        if korean is not None:
            return korean
        if _BRIDGEABLE_HEAD.search(entry.headword) and not entry.headword.endswith(TRANSCRIBED_HEADS):
            return _sino_korean_word(category, entry, english)      # 創価学会 창가학회: a society's head reads so
        return _company_transcribed(entry, english)
    if category is not Category.PERSON or entry.source != "jmnedict":
        return None
    name = _family_first(entry)
    if not name or not _japanese_romaji(name):
        return None
    spoken = english.split()
    if len(spoken) == 3 and spoken[1].lower() == "no" and " no " not in name:
        name = name.replace(" ", " no ", 1)    # (the article says the clan's "no" JMnedict leaves out)
    # from the characters read as the gloss spells them (a vowel that starts a character's
    # reading is no long one: 豊岡 도요오카); else from the gloss alone
    sug = korean_for_japanese_name(entry.headword, name)
    if sug is None or sug.confidence < SPELLING_SELECTED:
        sug = korean_for_japanese_romaji(name, given_first=False)
    if sug is None or not sug.text:
        return None
    return (sug.text, Role.PREFERRED, "dictionary:jmnedict+transcription",
            min(DERIVED_CONFIDENCE, float(sug.confidence) + 0.05),
            f"Korean transcription of {entry.headword}, romanized by JMnedict '{name}' (family name first)")


def _korean_company(entry, english: str) -> tuple[str, Role, str, float, str] | None:
    """A Korean company JMnedict writes in kanji (現代 "Hyundai", 大宇 "Daewoo"): the
    Sino-Korean reading of the kanji spells the English name by Korean spellings (현대:
    hyun-dai), so Korean writes that reading -- not a transcription of the Japanese one."""
    from .bridge import korean_for_japanese_term
    from .names.korean import _spell_match

    letters = "".join(c for c in english.lower() if c.isalpha())
    sug = korean_for_japanese_term(entry.headword) if letters.isascii() else None
    if sug is None or not sug.text or _spell_match(sug.text, letters) is None:
        return None
    return (sug.text, Role.PREFERRED, "dictionary:jmnedict+bridge", DERIVED_CONFIDENCE,
            f"the Sino-Korean reading {sug.text} of the company {entry.headword} spells its English "
            f"name '{english}' as Korean is romanized: a Korean company")


def _company_transcribed(entry, english: str) -> tuple[str, Role, str, float, str] | None:
    """Korean for a Japanese company whose English name is its Japanese reading (講談社
    "Kodansha" -> 고단샤): Korean transcribes company names read in Japanese (소니, 고단샤);
    a company with an English name of its own gets nothing."""
    from .names.hangul_for_japanese import _kana_to_korean
    from .names.kana import hepburn, romaji_key, to_hiragana

    kana = to_hiragana(entry.reading)
    if not kana or romaji_key(hepburn(kana)) != romaji_key(english):
        return None
    hangul = _kana_to_korean([kana])
    if not hangul:
        return None
    return (hangul, Role.PREFERRED, "dictionary:jmnedict+transcription", DERIVED_CONFIDENCE,
            f"Korean transcription of the company {entry.headword} ({entry.reading}), whose "
            f"English name '{english}' is its Japanese reading")


def _ko_frequency(word: str) -> float:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("ko").get(word, 0.0)


def _place_led(headword: str, english: str):
    """東京都庁 "Tokyo Metropolitan Government" -> 도쿄도청: a name that starts with a
    Japanese place the English writes in Hepburn ("Tokyo") has that place transcribed, as
    Korean writes Japanese places, and the rest read in Sino-Korean."""
    keys = {romaji_key(w) for w in _LETTERS.findall(english)}
    for k in (3, 2):
        place, rest = headword[:k], headword[k:]
        if len(rest) < 1:
            continue
        for e in jmdict.entries_for_ja(place):
            if e.headword != place or e.kind != "place" or romaji_key(hepburn(to_hiragana(e.reading))) not in keys:
                continue
            head = korean_for_japanese_term(rest)
            place_ko = _kana_to_korean([to_hiragana(e.reading)])
            if head is None or not head.text or not place_ko:
                return None
            return type(head)(place_ko + head.text.replace(" ", ""), head.confidence,
                              f"{place} ({e.reading}) transcribed as Korean writes Japanese places; {head.evidence}")
    return None


#: a country's name in katakana and a word in kanji after it (ベトナム戦争)
COUNTRY_LED = regex.compile(r"([\p{Katakana}ー]{2,})([\p{Han}]{2,})")


@cached(maxsize=1)
def _country_names() -> dict[str, str]:
    """CLDR's Japanese name of a country -> its Korean name (ベトナム -> 베트남)."""
    from babel import Locale

    ja, ko = Locale("ja").territories, Locale("ko").territories
    return {name: ko[code] for code, name in ja.items() if code in ko and code.isalpha()}


def _country_led(headword: str) -> tuple[str, str] | None:
    """(Korean, why) for a word of a foreign country's name in katakana and a kanji word
    (ベトナム戦争 -> 베트남 전쟁): the country as Korean names it (CLDR, or the bilingual
    table's country for a short name CLDR does not give: アメリカ -> 미국) and the word's
    Sino-Korean reading, when Korean uses that reading as a word."""
    m = COUNTRY_LED.fullmatch(headword)
    cldr = _country_names().get(m.group(1)) if m else None
    country = cldr or (_table_country(m.group(1)) if m else None)
    if country is None:
        return None
    head = korean_for_japanese_term(m.group(2))
    word = head.text.replace(" ", "") if head is not None and head.text else ""
    if not word or not _ko_frequency(word):
        return None
    return (f"{country} {word}", f"{m.group(1)} is {country} in {'CLDR' if cldr else 'the bilingual table'}'s "
                                 f"Korean, and Korean writes "
                                 f"{m.group(2)} as the word {word}")


def _table_country(japanese: str) -> str | None:
    """The Korean name of the one country the bilingual table gives this Japanese key
    (アメリカ -> 미국), else None."""
    from . import vocab

    concepts = [c for c in vocab.cjk_index().get(japanese, []) if c.country and len(c.countries) == 1 and c.ko]
    return concepts[0].ko[0] if len(concepts) == 1 else None


#: an ordinal before a word in kanji: 第二次世界大戦, 第三回会議 (the number in kanji, then its counter)
_DIGITS = "".join(ordered("ja_ordinals", list="digit"))
_TEN = ordered("ja_ordinals", list="ten")[0]
ORDINAL_LED = regex.compile(r"第([" + _DIGITS + _TEN + r"]{1,3})(" + alternation("ja_ordinals", list="counter")
                            + r")([\p{Han}]{2,})")


def _kanji_number(text: str) -> int | None:
    """一 .. 九十九 as a number (二十三 = 23, 十 = 10); None for anything else (一二十)."""
    tens, _, units = text.rpartition(_TEN)
    if _TEN in units or len(tens) > 1 or len(units) > 1 or (tens and tens not in _DIGITS) or \
            (units and units not in _DIGITS) or not text:
        return None
    if _TEN not in text:
        return _DIGITS.index(text) + 1
    return (_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_DIGITS.index(units) + 1 if units else 0)


def _ordinal_led(headword: str) -> tuple[str, str] | None:
    """(Korean, why) for an ordinal and a word (第二次世界大戦 -> 제2차 세계대전): Korean writes
    the number of 第N次, 第N回 ... in digits (제2차, 제3회) and the word after it as a word
    of its own, read in Sino-Korean when Korean uses that reading (wordfreq) or each of its
    words (`_composed`)."""
    m = ORDINAL_LED.fullmatch(headword)
    n = _kanji_number(m.group(1)) if m else None
    counter = korean_for_japanese_term(m.group(2)) if n else None
    if not counter or not counter.text:
        return None
    rest = korean_for_japanese_term(m.group(3))
    word = rest.text.replace(" ", "") if rest is not None and rest.text else ""
    word = word if word and _ko_frequency(word) else _composed(m.group(3))
    if not word:
        return None
    return (f"제{n}{counter.text} {word}", f"Korean writes the ordinal 第{m.group(1)}{m.group(2)} in digits "
                                          f"(제{n}{counter.text}) and {m.group(3)} as {word}")


def _read_aloud(entry, english: str) -> bool:
    """The English is the word's Japanese reading ("Kyoto" 京都 きょうと, "Shinto" 神道): a
    proper name Korean transcribes, whatever the entry's category; never read in Sino-Korean
    -- unless its head is one Korean reads (a party's, a ministry's)."""
    return bool(entry.reading) and romaji_key(hepburn(entry.reading)) == romaji_key(english) and \
        not _BRIDGEABLE_HEAD.search(entry.headword)     # (a party's head is read: 党 당)


def _sino_korean_word(category: Category, entry, english: str) -> tuple[str, Role, str, float, str] | None:
    """`_whole_word`, else (a JMdict word of a name and a head, 明治維新 -> 메이지 유신) `name_led_korean`
    -- for an event, agreement or policy: a body's name led by a name (靖国神社) has its own
    transcription rules (`transcriptions`)."""
    found = _whole_word(category, entry, english)
    if found is not None or category not in COMPOSED or entry.source != "jmdict":
        return found
    led = name_led_korean(entry.headword, english)
    if led is None:
        return None
    return (led[0], Role.PREFERRED, "dictionary:jmdict+bridge", DERIVED_CONFIDENCE,
            f"{led[1]}, the dictionary's form {entry.headword} for '{english}'")


def _whole_word(category: Category, entry, english: str) -> tuple[str, Role, str, float, str] | None:
    """Korean for a JMdict word in kanji: its Sino-Korean reading, only when Korean uses
    that reading as a word (it is in wordfreq's Korean list: 国会 -> 국회, 自衛隊 -> 자위대)
    or the name is one Korean reads character by character (a party, ministry, court or
    chamber: 公明党 -> 공명당, 防衛省 -> 방위성; universities are transcribed instead); a
    reading Korean does not write (靖国神社 -> 정국신사) gives nothing."""
    if category in BRIDGED and entry.source == "jmdict":
        led = _country_led(entry.headword) or _ordinal_led(entry.headword)
        if led is not None:
            return (led[0], Role.PREFERRED, "dictionary:jmdict+bridge", DERIVED_CONFIDENCE,
                    f"{led[1]}, the dictionary's form {entry.headword} for '{english}'")
    if category not in BRIDGED or not _KANJI_WORD.fullmatch(entry.headword) or _read_aloud(entry, english):
        return None        # a place or a thing is named, not composed: 京都 is 교토, not 경도
    sug = _place_led(entry.headword, english) or korean_for_japanese_term(entry.headword)
    if sug is None or not sug.text:
        return None
    # (a JMnedict organisation's reading that happens to be a Korean word is no evidence:
    # 日大 read 일대 is "a region"; only its head tells)
    listed = korean_word(entry.headword)      # (the bridge's table's whole words: 北朝鮮 is 북한)
    word = bool(listed) or entry.source == "jmdict" and bool(_ko_frequency(sug.text.replace(" ", "")))
    why = (f"the bridge's table gives Korean's usual word {listed}" if listed else
           f"Korean writes {sug.text.replace(' ', '')} as a word (wordfreq)")
    if not word and not (_BRIDGEABLE_HEAD.search(entry.headword) and not entry.headword.endswith(TRANSCRIBED_HEADS)):
        composed = _composed(entry.headword) if entry.source == "jmdict" else None
        if composed is None:
            return None        # neither a Korean word nor a party, ministry, court or chamber
        sug_text, why = composed, "each of its words is a Korean word (wordfreq) read so: " + why.split(" as ")[0]
    else:
        sug_text = sug.text
        why = why if word else "Korean reads the names of parties, ministries, courts and chambers so"
    return (sug_text, Role.PREFERRED, "dictionary:jmdict+bridge", DERIVED_CONFIDENCE,
            f"Sino-Korean reading of {entry.headword}, the dictionary's form for '{english}'; {why}")


@cached(maxsize=4096)
def _composed(headword: str) -> str | None:
    """A compound of common words that Korean writes with the same words (国際 + 連合 ->
    국제연합, 世界 + 保健 + 機関 -> 세계보건기관): the headword cut into the dictionary's
    longest common words (two or more), each read in Sino-Korean as a word of its own (the
    initial-sound rule applies to each) and each a Korean word by wordfreq; a country's name
    counts as its Korean name (日本 -> 일본).  A proper name among them (東京, 靖国: Korean
    transcribes those) or a word Korean does not use gives None."""
    from .bridge import korean_for_japanese_term
    from .glosses import _gloss_words

    pieces: list[str] = []
    i = 0
    while i < len(headword):
        n = next((n for n in range(min(len(headword) - i, 8, len(headword) - 1), 1, -1)
                  if _gloss_words(headword[i:i + n])), 0)
        if not n:
            return None
        pieces.append(headword[i:i + n])
        i += n
    if len(pieces) < 2:
        return None
    out = []
    for piece in pieces:
        ko = _country_korean().get(piece)
        if ko is None:
            if not any(_common(e) for e in jmdict.entries_for_ja(piece) if e.headword == piece):
                return None
            sug = korean_for_japanese_term(piece)
            if sug is None or not sug.text or not _ko_frequency(sug.text):
                return None
            ko = sug.text
        out.append(ko)
    return "".join(out)


def _common(entry) -> bool:
    """A JMdict word whose first glosses are common nouns, not a name in capitals (東京
    "Tokyo" is one place; JMnedict's homographs, 連合 a place, do not count)."""
    return entry.source == "jmdict" and not any(g[:1].isupper() for g in entry.glosses[:2])


@cached(maxsize=1)
def _country_korean() -> dict[str, str]:
    """A country's Japanese name -> its Korean name, short and formal (`dictionary`'s
    tables: CLDR, and the foreign ministries' names): 日本 -> 일본, 韓国 -> 한국."""
    from .dictionary import _registers, _territories

    out = {names["ja"]: names["ko"] for _code, names in _territories().values()}
    out.update((names["ja"], names["ko"]) for names in _registers()[0].values() if names.get("ja") and names.get("ko"))
    return out
