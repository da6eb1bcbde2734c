"""Persons: cross-script name evidence, the cues that tell a Japanese name from a Korean or
Chinese one, and entries for Japanese/Korean names that match no English name.

    name_evidence(cjk, english_forms) -> (score, evidence, reading, via Japanese transcription)

A CJK name is compared with each English form of a person stripped of its titles
(`strip_title`): by `names.match_name` (readings of kanji, Korean romanizations), by
transcription (`loanwords`: 헤그세스 = Hegseth), and for Hangul by the Korean standard
transcription of the romanized Japanese name (스가 = Suga).
"""
from __future__ import annotations

import regex

from ..extract.candidates import Candidate, CjkTerm, Form, Mention
from ..extract.cjk import korean_name_shaped
from ..model import Category
from ..text.kana import kana_to_romaji, romaji_key
from ..text.lexicon import alternation
from ..text.readings import kanwa as _kanwa
from ..text.readings import options as _options
from ..text.scripts import has_hangul
from .caching import cached
from .citations import Body
from .forms import quote, text_key
from .loanwords import loanword_match
from .names import japanese_given_name_first, korean_for_japanese_romaji, match_name, romaji_is_japanese
from .romaji import reading_of
from ..text import jmdict
from ..text.scripts import HAN
from ..extract.cjk import KO_SURNAMES
from ..text.readings import sino_korean_readings
from ..text.lexicon import words
from .names.korean import _roman_lower, _syllable_spellings
from ..extract.vocab import HEAD_CATEGORY, LOWER_HEAD_CATEGORY

#: the dots, equals signs and spaces between the parts of a name in kana
_KANA_JOINTS = regex.compile(r"[・･=＝\s]")


#: a name match must reach this score (names.match_name's scale, 0..1) to count at all
MIN_NAME_SCORE = 0.75

#: minimum confidence of a transcription suggestion to be proposed
MIN_SUGGESTION = 0.5

# English titles before a name: stripped before name matching ("Prime Minister Venn").
EN_PERSON_TITLE = regex.compile(r"^(?:(?:" + alternation("en_person_cues", list="title_qualifier") + r")\s+)*"
                                 r"(?:" + alternation("en_person_cues", list="person_title") + r")\s+")

# A title or nationality right before a name that says the person is not Japanese: Japan's
# head of government is a prime minister; presidents and chairmen of states are foreign.
NOT_JAPANESE_CUE = regex.compile(r"(?:" + alternation("en_person_cues", list="not_japanese") + r")\s+"
                                  r"(?:\p{Lu}[\p{L}.]*\s+)?$")

# Korean-style romanized names: a hyphenated given name (Dong-hoon, Jong-un) or a common
# Korean/Chinese surname spelled the conventional way as a separate word.
KOREAN_STYLE_NAME = regex.compile(r"\b\p{Lu}\p{Ll}+-\p{Ll}+\b|^(?:"
                                   + alternation("en_person_cues", list="korean_style_surname") + r")\s")

# Words around a person's name that say the person is Japanese (or acts in Japanese politics).
JAPANESE_CUE = regex.compile(r"\b(?:" + alternation("en_person_cues", list="japanese") + r")\b")

#: characters around a mention searched for a Japanese cue
CUE_WINDOW = 160

#: a name's own shape decides its order when `japanese_given_name_first` is at least this sure
CLEAR_NAME_ORDER = 1.0

#: a Japanese/Korean name matching no English name makes an entry only at this confidence
MIN_PERSON_ENTRY_CONFIDENCE = 0.55

_HAN_CHAR = regex.compile(r"\p{Han}")

_LETTERS = regex.compile(r"\p{L}+")


@cached(maxsize=16384)
def ja_initials(text: str) -> frozenset[str] | None:
    """The first letters (loose Hepburn) every reading of a Japanese name can start with:
    the first character's readings.  A romanized name none of whose words starts so cannot
    be its reading, and the costly reading enumeration of `names` is skipped.  None when
    unknown (kana, no dictionary): no filtering then."""
    if not text or not _HAN_CHAR.match(text):
        return None
    loaded = _kanwa()
    if loaded is None:
        return None
    kanwa, itaiji = loaded
    conv = itaiji.convert(text)
    out = set()
    for _, yomi, _ in _options(conv, 0, kanwa):
        k = romaji_key(kana_to_romaji(yomi))
        if k:
            out.add(k[0])
    default = reading_of(text[:2]) if len(text) >= 2 else ""
    if default:
        k = romaji_key(kana_to_romaji(default.replace(" ", "")))
        if k:
            out.add(k[0])
    return frozenset(out) if out else None


def name_initials(text: str) -> frozenset[str] | None:
    """`ja_initials` and the first letters of the Korean family name the first kanji may
    write (李 = Lee, Yi, Rhee): every English name a Han name may pair with starts so."""
    ja = ja_initials(text)
    if ja is None:
        return None
    return ja | _korean_surname_initials(text[0])


@cached(maxsize=8192)
def _korean_surname_initials(ch: str) -> frozenset[str]:
    """The first letters of the English spellings of the Korean family name a kanji writes
    (李 이: Lee, Yi, Rhee; 朴 박: Park, Pak, Bak): Japanese writes Korean people in kanji."""
    out = set()
    for hangul in sino_korean_readings(ch, initial=True, name=True):
        if hangul in KO_SURNAMES:
            for spelling in _syllable_spellings(hangul):
                k = romaji_key(spelling)
                if k:
                    out.add(k[0])
    return frozenset(out)


@cached(maxsize=16384)
def en_initials(form: str) -> frozenset[str]:
    out = set()
    for w in _LETTERS.findall(form):
        k = romaji_key(w)
        if k:
            out.add(k[0])
    return frozenset(out)


@cached(maxsize=65536)
def strip_title(name: str) -> str:
    return EN_PERSON_TITLE.sub("", name).strip()


@cached(maxsize=65536)
def name_evidence(text: str, forms: tuple[str, ...]) -> tuple[float, str, str, bool, str] | None:
    """Best (score, evidence, reading, via Japanese transcription, full name) of the CJK name
    `text` over English forms already stripped of titles and deduplicated; `full` is the
    whole Korean transcription when `text` is only its family name (다루카와 of 다루카와 겐지), else ""."""
    best = None
    hangul = has_hangul(text)
    initials = None if hangul else ja_initials(text)
    korean = frozenset() if hangul or initials is None else _korean_surname_initials(text[0])
    for form in forms:
        if not form:
            continue
        starts = en_initials(form) if initials is not None else frozenset()
        if initials is None or starts & initials or starts & korean:
            # (a name the Japanese readings cannot start is tried by its Korean reading only)
            nm = match_name(text, form, initials is None or bool(starts & initials))
            if nm is not None and nm.score >= MIN_NAME_SCORE and (best is None or nm.score > best[0]):
                why = f"{text}" + (f" ({nm.reading})" if nm.reading else "") + f" matches \"{form}\": {nm.evidence}"
                best = (nm.score, why, nm.reading or "", False, "")
        if (best is None or best[0] < LOANWORD_SCORE) and "・" in text:
            dotted = _dotted_name_match(text, form)
            if dotted is not None:
                best = (dotted.score, f"{text} matches \"{form}\" part by part by transcription "
                                      f"{dotted.explain()}", "", False, "")
        if (best is None or best[0] < LOANWORD_SCORE) and LOAN_SHAPED.fullmatch(text):
            # a foreign or Japanese name transcribed in katakana/Hangul: 헤그세스 = Hegseth
            words = form.split()
            for word in words:
                lm = loanword_match(text, word)
                # one word of a longer name: two consonants are too few to tell (a slur ビジウヨ is no "Fuji")
                if lm is not None and (len(words) == 1 or len(lm.skeleton) >= PARTIAL_SKELETON) and \
                        (best is None or lm.score > best[0]):
                    best = (lm.score, f"{text} matches \"{form}\" by transcription {lm.explain()}", "", False, "")
        if (best is None or best[0] < KATAKANA_KOREAN_SCORE) and KATAKANA_NAME.fullmatch(text):
            found = _katakana_for_korean_name(form)
            if found is not None and _kana_key(found[0]) == _kana_key(text):
                best = (KATAKANA_KOREAN_SCORE, f"{text} is the Korean name \"{form}\" ({found[1]}) as Japanese writes "
                                               f"its Korean pronunciation in katakana", "", False, "")
        if hangul:
            sug = korean_for_japanese_romaji(form)
            if sug is not None and sug.confidence >= MIN_SUGGESTION:
                full = sug.text.replace(" ", "")
                family = sug.text.split()[0] if sug.text.split() else ""
                # (a family name ending as a particle does, 다루카와, may have lost it: 다루카)
                cut = len(text) >= 2 and len(family) == len(text) + 1 and family.startswith(text)
                if text in (full, family) or text.replace(" ", "") == full or cut:
                    score = 0.9 if text == full else 0.85
                    if best is None or score > best[0]:
                        why = (f"{text} is the Korean standard transcription of the Japanese name \"{form}\" "
                               f"({sug.text}; {sug.evidence})")
                        # (a family name cut as if it ended in a particle, 가미카 of 가미카와: the
                        # form is the whole transcription, the uncut word)
                        whole = sug.text if (text == family or cut) and " " in sug.text else family if cut else ""
                        best = (score, why, "", True, whole)
        if best is None and " " not in form and (len(text) == 1 or _korean_full_name_in_kanji(text)):
            best = _korean_surname_in_kanji(text[0], form)
        if (best is None or best[0] < LOANWORD_SCORE) and hangul and " " in text and " " in form:
            spaced = _spaced_transcription(text, form)
            if spaced is not None and (best is None or spaced[0] > best[0]):
                best = spaced
        if best is None and hangul and " " not in form and " " not in text and 2 <= len(text) <= 4 \
                and korean_name_shaped(text):
            best = _korean_surname_in_hangul(text, form)
    return best


#: score of a Korean family name written in one hanja matching the English surname alone
KOREAN_SURNAME_SCORE = 0.8
#: ... spelled one of its this many most usual ways
KOREAN_SURNAME_SPELLINGS = 3


def _spaced_transcription(text: str, form: str) -> tuple[float, str, str, bool, str] | None:
    """A foreign name transcribed word by word in Hangul, in its own order (데이비드 이게 =
    "David Ige", 도리스 마쓰이 = "Doris Matsui"): each word matched alone as a name (a
    transcription, a Japanese name's Korean spelling); a word of one or two syllables too
    short for that (이게, 마크) may only begin as the English word does.  At least one word
    must match outright; the score is the weakest outright match's, at most SPACED_SCORE
    when a short word only begins right."""
    from .names.korean import _roman_lower, revised_romanization

    ko, en = text.split(), form.split()
    if len(ko) != len(en) or not 2 <= len(ko) <= 3:
        return None
    scores, weak = [], False
    for k, e in zip(ko, en):
        m = name_evidence(k, (e,))
        if m is not None:
            scores.append(m[0])
        elif len(k) <= 2 and revised_romanization(k)[:1] == _roman_lower(e)[:1]:
            weak = True
        else:
            return None
    if not scores:
        return None
    score = min(scores + ([SPACED_SCORE] if weak else []))
    return (score, f"{text} matches \"{form}\" word by word (each transcribed in its place)", "", False, "")


#: a Hangul name matched word by word with a short word only beginning right scores at most this
SPACED_SCORE = 0.75


def _korean_surname_in_hangul(text: str, form: str) -> tuple[float, str, str, bool, str] | None:
    """박진 of a note is the person the English names by family name alone ("Minister
    Park"): the name's first syllable (or two) a Korean family name, spelled by the English
    word one of its usual ways."""
    word = _roman_lower(form)
    for n, kind in ((2, "two_syllable"), (1, "one_syllable")):
        family = text[:n]
        if len(text) > n and family in words("ko_surnames", list=kind) and \
                word in ("".join(p) for p in _surname_spellings(family, _syllable_spellings)):
            return (KOREAN_SURNAME_SCORE, f"{text}: its family name {family} is spelled \"{form}\"", "", False, "")
    return None


def _surname_spellings(family: str, spellings) -> list[tuple[str, ...]]:
    """The usual spellings of a Hangul family name, syllable by syllable (KOREAN_SURNAME_SPELLINGS each)."""
    import itertools

    return list(itertools.product(*(spellings(ch)[:KOREAN_SURNAME_SPELLINGS] for ch in family)))


@cached(maxsize=4096)
def _korean_full_name_in_kanji(text: str) -> bool:
    """Three hanja that may be a Korean's full name (尹在浩), the English naming him by
    family name alone: no given name that is a word of the dictionary (李外交 is 李 and
    "diplomacy"), Han characters only."""
    return len(text) == 3 and all(HAN.match(ch) for ch in text) and jmdict.available() and \
        not any(e.source == "jmdict" for e in jmdict.entries_for_ja(text[1:]))


def _korean_surname_in_kanji(text: str, form: str) -> tuple[float, str, str, bool, str] | None:
    """尹 of a Japanese headline (「尹大統領、…」) is the Korean family name 윤 the English
    writes "Yoon": one hanja, read in Sino-Korean a Korean one-syllable family name, spelled
    by the English word one of its usual ways."""
    from ..text.lexicon import words
    from ..text.readings import sino_korean_readings
    from .names.korean import _roman_lower, _syllable_spellings

    surnames = words("ko_surnames", list="one_syllable")
    for reading in sino_korean_readings(text, initial=True, name=True):
        if reading in surnames and _roman_lower(form) in _syllable_spellings(reading)[:KOREAN_SURNAME_SPELLINGS]:
            return (KOREAN_SURNAME_SCORE, f"{text} is read {reading} in Sino-Korean, the Korean family name "
                                          f"\"{form}\" spells", "", False, "")
    return None


#: score of a katakana name that is a Korean name's pronunciation (パク・クネ = "Park Geun-hye")
KATAKANA_KOREAN_SCORE = 0.85
KATAKANA_NAME = regex.compile(r"[\p{Katakana}ー]+(?:[・･][\p{Katakana}ー]+){0,2}")


def _kana_key(text: str) -> str:
    return _KANA_JOINTS.sub("", text)


@cached(maxsize=16384)
def _katakana_for_korean_name(english: str) -> tuple[str, str] | None:
    """(katakana, Hangul) of a Korean name written in English, by its Hangul (the name the
    Korean word list holds) read as Japanese writes Korean pronunciation: ムン・ジェイン
    for "Moon Jae-in" (문재인)."""
    from .names import japanese_for_korean_name
    from .names.known_korean import known_korean_name

    if romaji_name_is_japanese(english):
        return None
    found = known_korean_name(english)
    if found is None:
        return None
    sug = japanese_for_korean_name(english, found[0])
    return (sug.text, found[0]) if sug is not None and sug.text else None


def _dotted_name_match(text: str, form: str):
    """A foreign name in katakana with its parts set off by middle dots (ブレン・オラ for "Ola Brenn", ジョー・
    バイデン) spells an English name of as many words, part for part, in either order (a
    Japanese text may put the family name first), its consonants in that order, or None."""
    parts = [p for p in text.split("・") if p]
    words = form.split()
    if len(parts) != len(words) or len(parts) < 2:
        return None
    joined = "".join(parts)
    for order in (words, words[::-1]):
        # the consonants of the whole name in this order (a part alone is often too short)
        m = loanword_match(joined, " ".join(order))
        if m is not None and len(m.skeleton) >= PARTIAL_SKELETON:
            return m
    return None


#: consonants a transcription must share with one word of a longer English name
PARTIAL_SKELETON = 3

#: score of a transcription (consonant skeleton) match, `loanwords`
LOANWORD_SCORE = 0.8

# A katakana-only or Hangul-only word of 3 or more characters (a transcribed name).
LOAN_SHAPED = regex.compile(r"[\p{Katakana}ー]{3,12}|\p{Hangul}{3,8}")


def unaligned_persons(terms: list[CjkTerm], aligned: set[tuple[int, str]], cands: list[Candidate]) -> list[Candidate]:
    """A Japanese/Korean name that matched no English name (a co-author, an editor)."""
    held = {(f.lang, text_key(f.text)) for c in cands for f in c.forms if f.lang in ("ja", "ko")}
    out: dict[str, Candidate] = {}
    for t in terms:
        if t.kind != "person" or (t.lang, text_key(t.text)) in held or t.confidence < MIN_PERSON_ENTRY_CONFIDENCE:
            continue
        if t.lang == "ko" and t.title and not _korean_personal_name(t.text):
            continue  # a headline word next to a title (취임사, 공동성명) without an English match
        if t.lang == "ja" and JA_PLACE_UNIT.fullmatch(t.text):
            continue  # a place and its unit (壱岐市, 鳥取県, 江原道): no person read from it
        k = t.lang + ":" + text_key(t.text)
        m = Mention(text=t.text, line=t.line, col=t.col, context=t.title or t.text, footnote=t.footnote)
        if k in out:
            out[k].mentions.append(m)
            continue
        ev = f"name in footnote {t.footnote}" + (f" (in the title {quote(t.title)})" if t.title else " (author)")
        hangul = _hangul_of_the_note(t, terms)
        out[k] = Candidate(category=Category.PERSON, confidence=round(0.8 * t.confidence, 3),
                           forms=[Form(lang=t.lang, text=t.text, origin=f"footnote:{t.footnote}",
                                       confidence=round(t.confidence, 3), evidence=ev,
                                       reading=hangul.text if hangul else t.reading)],
                           mentions=[m])
        if hangul is not None:
            # a Korean written in kanji (康京和) whose Hangul the note gives too (강경화): one
            # Korean person, neither read nor romanized as a Japanese name
            out[k].forms.append(Form("ko", hangul.text, origin=f"footnote:{hangul.footnote}",
                                     confidence=round(max(hangul.confidence, t.confidence), 3),
                                     evidence=f"footnote {t.footnote} writes {t.text}, read {hangul.text} in "
                                              f"Sino-Korean, and footnote {hangul.footnote} writes {hangul.text}"))
            out[k].mentions.append(Mention(text=hangul.text, line=hangul.line, col=hangul.col,
                                           context=hangul.title or hangul.text, footnote=hangul.footnote))
            held.add(("ko", text_key(hangul.text)))
    return list(out.values())


#: a place and its administrative unit, never a person: a prefecture, province, county or
#: metropolis (鳥取県, 慶尚北道, 京都府), or two kanji and a city, town, village, ward or
#: province (壱岐市, 江原道); a longer name ending so may be a person's (村山富市, 佐藤正道)
JA_PLACE_UNIT = regex.compile(r"[\p{Han}々]{2,}(?:県|府|郡|南道|北道)|[\p{Han}々]{2}(?:市|町|村|区|道)")


def _hangul_of_the_note(t: CjkTerm, terms: list[CjkTerm]) -> CjkTerm | None:
    """The Hangul person term of `t`'s note that is the Sino-Korean reading of `t`'s kanji
    (강경화 beside 康京和), else None."""
    from .names.korean import _hanja_name_readings

    if t.lang != "ja" or not 2 <= len(t.text) <= 4 or not all(JA_NAME_HAN.match(c) for c in t.text):
        return None
    hangul = [u for u in terms if u.footnote == t.footnote and u.lang == "ko" and u.kind == "person"]
    if not hangul:
        return None
    readings = set(_hanja_name_readings(t.text))
    return next((u for u in hangul if u.text in readings), None)


#: a kanji of a name (no kana, no punctuation)
JA_NAME_HAN = regex.compile(r"[\p{Han}々]")


def _korean_personal_name(s: str) -> bool:
    """A Korean name: a common surname and one or two syllables, no digits."""
    return korean_name_shaped(s)


def article_given_name_first(cands: list[Candidate]) -> bool | None:
    """The article's habit for romanized Japanese names: True when the names whose order is
    clear from their shape (Kakuei Tanaka, Nakasone Yasuhiro) are mostly written given name first,
    False when mostly family name first, None when nothing tells."""
    votes = 0
    for cand in cands:
        if cand.category is not Category.PERSON:
            continue
        score = japanese_given_name_first(strip_title(cand.name)) if cand.name else 0.0
        if abs(score) >= CLEAR_NAME_ORDER:
            votes += 1 if score > 0 else -1
    return None if votes == 0 else votes > 0


def is_full_hangul_name(s: str) -> bool:
    return " " in s.strip()


def looks_japanese(cand: Candidate, body: Body) -> bool:
    """A person whose romanized name can be Japanese: not Korean/Chinese-style, and never
    introduced by a foreign head-of-state title or nationality (US President Jimmy Carter)."""
    if any(f.lang == "en" and _not_japanese_form(f.text) for f in cand.forms):
        return False
    for f in cand.forms:
        if f.lang != "en":
            continue
        for para, start, _ in body.find_all(strip_title(f.text)):
            before = body.paragraphs[para].text[max(0, start - 40):start]
            if NOT_JAPANESE_CUE.search(before):
                return False
    return True


@cached(maxsize=16384)
def _not_japanese_form(english: str) -> bool:
    """A Korean-style name ("Kim Jong-un"), or one a foreign title or nationality leads."""
    bare = strip_title(english)
    if KOREAN_STYLE_NAME.search(bare) or KOREAN_STYLE_NAME.search(bare + " "):
        return True
    return bare != english and NOT_JAPANESE_CUE.search(english[: len(english) - len(bare)]) is not None


def romaji_name_is_japanese(english: str) -> bool:
    """Every word of the name can be Japanese (no pinyin: Wen Jiabao; no loanword sounds)."""
    words = _LETTERS.findall(english)
    return bool(words) and all(romaji_is_japanese(w) for w in words)


def japanese_cue(cand: Candidate, body: Body) -> bool:
    """A person named near a Japanese cue (Japan's, Japanese, Tokyo, LDP, the Diet ...): a
    romanized name that parses as Japanese is transcribed only then (Gina, Raimondo parse)."""
    for f in cand.forms:
        if f.lang != "en":
            continue
        for para, start, end in body.find_all(f.text):
            text = body.paragraphs[para].text
            if JAPANESE_CUE.search(text, max(0, start - CUE_WINDOW), min(len(text), end + CUE_WINDOW)):
                return True
    return False


#: an article about Japan names it (or Tokyo, the Diet, Japanese ...) at least this often
JAPAN_MENTIONS = 3


def names_japan(body: Body) -> bool:
    """Is the article about Japan: does it name Japan at least JAPAN_MENTIONS times (a
    Japanese cue)?  (Not an article on Korea that names Japan once.)  Worked out once per
    body (kept on it)."""
    if body._names_japan is None:
        found = 0
        for p in body.paragraphs:
            found += sum(1 for _ in JAPANESE_CUE.finditer(p.text))
            if found >= JAPAN_MENTIONS:
                break
        body._names_japan = found >= JAPAN_MENTIONS
    return body._names_japan


def kind_word(word: str) -> bool:
    """A head word that names a kind of thing ("Cabinet", "Prefecture", "faction"): a name
    with one is no person's."""
    return word in HEAD_CATEGORY or word.lower() in LOWER_HEAD_CATEGORY


#: a note's person form this sure says the entry names a person
PERSON_FORM_CONFIDENCE = 0.7


def persons_by_notes(candidates: list[Candidate], terms: list[CjkTerm]) -> int:
    """An entry English extraction took for a place or an organisation ("lost to Yamada
    Taro", "Suzuki dissolved ...") whose Japanese/Korean forms from the notes are all
    names the notes give as a person's (山田太郎氏, 鈴木首相: a name with a title or an author's
    role) is a person: its category becomes PERSON.  Not when an English word of it is a
    head that names a kind of thing ("Suzuki Cabinet").  Returns how many changed."""
    kinds: dict[tuple[int, str], set[str]] = {}
    for t in terms:
        kinds.setdefault((t.footnote, t.text), set()).add(t.kind)
    changed = 0
    for cand in candidates:
        if cand.category not in (Category.PLACE, Category.INSTITUTION):
            continue
        noted = [f for f in cand.forms if f.lang in ("ja", "ko") and f.origin.startswith("footnote:")
                 and f.origin[9:].isdecimal()]
        if not noted or not all(kinds.get((int(f.origin[9:]), f.text)) == {"person"} and
                                f.confidence >= PERSON_FORM_CONFIDENCE for f in noted):
            continue
        if any(f.lang == "en" and any(kind_word(w) for w in f.text.split()) for f in cand.forms):
            continue
        cand.category = Category.PERSON
        changed += 1
    return changed
