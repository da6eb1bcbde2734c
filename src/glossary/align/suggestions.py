"""Suggestions for entries whose Japanese or Korean form the article does not give.

Runs after alignment, over the candidates of one document.  Each source proposes forms
for the languages a candidate lacks; the first source that answers for a language wins
(sources are tried from the most to the least reliable).  Every form is a suggestion:
role alias (preferred when the entry has no form in that language), its origin naming
the source, a confidence below the article's own forms, and one line of evidence.

Sources (the ones for people also take an entry the extraction made a thing when the
dictionary knows a person of that name: `people_as_things.py`):
- `lexicon:<file>` -- the desk's own lexicon, `$GLOSSARY_LEXICON` (`user_lexicon.py`);
- `dictionary:mofa` -- official names of international organisations, treaties and zones
  (`official_names.py`);
- `dictionary:state` -- the bodies and parties of South Korea, North Korea, Japan and the
  US, the state told by the name or the article (`state_institutions.py`);
- `dictionary:outlets` -- newspapers, agencies and broadcasters by their own names
  (`outlets.py`, data/news_outlets.tsv);
- `dictionary:cldr` -- places that are countries, territories or cities (`dictionary.py`);
- `romanization:korean-place` -- Korean places spelled in Revised Romanization, read back
  through the Korean word-frequency list (`korean_places.py`);
- `dictionary:wordfreq-ko` -- Korean people by name, from the Korean word-frequency list
  (`names/known_korean.py`);
- `transcription:korean-name` -- other Korean people: the Hangul syllables Korean names use
  most for each syllable of the spelling (`names/spelled_korean.py`), a low-confidence guess;
- `dictionary:jmdict` / `dictionary:jmnedict` -- Japanese by the English glosses of JMdict
  and JMnedict, and Korean derived from it (`jmdict_source.py`);
- `dictionary:jmnedict` (again) -- people known by one name, the one JMnedict person of
  that name (Dogen 道元, Confucius 孔子; `one_name_people.py`);
- `transcription:chinese-name` / `dictionary:jmnedict+hanja` -- Korean for Chinese people: a
  modern name in pinyin transcribed by the Korean standard (Xi Jinping 시진핑), a person of
  the past JMnedict dates before 1912 read in Sino-Korean (朱熹 주희; `chinese_names.py`);
- `dictionary:jmnedict` (again) -- katakana for Western people from JMnedict's given
  names and surnames (`foreign_names.py`);
- `dictionary:jmnedict` (again) -- kanji for Korean people whose Hangul the termbase
  holds, when JMnedict's reading is the Korean pronunciation (`korean_kanji.py`);
- `composition` -- bilateral names composed from the bilingual table's parts, country pair
  first (`compose.py`);
- `transcription:place` -- Korean for Japanese places: the reading transcribed, the suffix
  in Sino-Korean (長崎県 = 나가사키현; `japanese_places.py`);
- `dictionary:jmnedict+transcription` (again) -- Korean for other Japanese proper names
  (temples, works) whose English is their JMnedict reading (延暦寺 "Enryakuji" = 엔랴쿠지;
  `read_aloud.py`);
- `convention:code` -- a group named by a letter-and-number code (G7, G20) keeps the code.
"""
from __future__ import annotations

import regex

from ..extract.candidates import Candidate
from ..text.normalize import key as norm_key
from ..model import Category, Role
from .abbreviations import expand_short_forms
from .compose import add_composed_forms
from .dictionary import add_dictionary_forms
from .chinese_names import add_chinese_person_forms
from .foreign_names import add_foreign_person_forms
from .hangul_for_english import add_english_name_hangul, add_english_person_hangul
from .forms import fill_missing
from .korean_kanji import add_korean_person_kanji
from .korean_places import add_korean_place_forms
from .missions import add_mission_forms
from .named_compounds import add_named_compound_forms
from .japanese_places import add_japanese_place_forms
from .read_aloud import add_read_aloud_korean
from .jmdict_source import add_jmdict_forms
from .official_names import add_official_names
from .one_name_people import add_one_name_people
from .people_as_things import as_people
from .outlets import add_outlet_forms
from .state_institutions import add_state_institutions
from .names.known_korean import known_korean_name
from .names.korean import hangul_for_hanja_name
from .names.spelled_korean import is_korean_name, spelled_korean_name
from .user_lexicon import CONFIDENCE as LEXICON_CONFIDENCE
from .user_lexicon import rows_by_key
from ..text.scripts import HAN
from .names import korean_for_japanese_name
from .persons import MIN_SUGGESTION, romaji_name_is_japanese, strip_title


def add_suggestions(candidates: list[Candidate]) -> int:
    """Add suggested ja/ko forms to `candidates` (in place); returns how many were added."""
    added = expand_short_forms(candidates)
    added += _lexicon(candidates)
    added += add_official_names(candidates)
    added += add_state_institutions(candidates)
    added += add_mission_forms(candidates)
    added += add_outlet_forms(candidates)
    added += add_dictionary_forms(candidates)
    added += add_korean_place_forms(candidates)
    # the things by their glosses first (a thing's name may be a person's too: 孔子 "Confucius"
    # for a school of thought, and its Korean 공자), then a person the extraction took for a
    # thing is a person for the rest (`people_as_things`)
    added += add_jmdict_forms(candidates, people=False)
    candidates = as_people(candidates)
    for cand in candidates:
        if cand.category is Category.PERSON:
            added += _korean_person(cand)
    added += add_jmdict_forms(candidates)
    added += add_one_name_people(candidates)
    added += _korean_for_japanese_people(candidates)
    added += add_chinese_person_forms(candidates)
    added += add_foreign_person_forms(candidates)
    added += add_english_person_hangul(candidates)
    added += add_english_name_hangul(candidates)
    added += add_korean_person_kanji(candidates)
    added += add_composed_forms(candidates)
    added += add_japanese_place_forms(candidates)
    added += add_read_aloud_korean(candidates)
    # (after the places' own forms: "the Battle of Okinawa" takes Okinawa's 오키나와)
    added += add_named_compound_forms(candidates)
    added += _codes(candidates)
    return added


def _korean_for_japanese_people(candidates: list[Candidate]) -> int:
    """Korean for a Japanese person whose name in kanji a dictionary gave (after the
    aligner's own transcriptions ran): the standard transcription of its reading, the one
    the article's romanization selects (小泉純一郎 "Koizumi Jun'ichirō" -> 고이즈미 준이치로)."""
    added = 0
    for cand in candidates:
        ko = [f for f in cand.forms if f.lang == "ko"]
        # a transcription of the romanized name alone (its reading is that romanization, not
        # kana) had to guess which word is the family name (Azumi Jun: 준 아즈미); the kanji
        # now known tell it
        guessed = len(ko) == 1 and ko[0].origin == "transcription" and bool(ko[0].reading) and ko[0].reading.isascii()
        if cand.category is not Category.PERSON or (ko and not guessed):
            continue
        english = strip_title(_english(cand))
        # (the fullest name in kanji: 山本五十六, not the family name 山本 a note also gives)
        ja = max((f for f in cand.forms if f.lang == "ja" and HAN.search(f.text)), key=lambda f: len(f.text),
                 default=None)
        if ja is None or not english or not romaji_name_is_japanese(english):
            continue       # (a Chinese name in kanji is not read in Japanese: Xi Jinping)
        sug = korean_for_japanese_name(ja.text, english)
        if sug is None or sug.confidence < MIN_SUGGESTION:
            continue
        why = f"Korean transcription of the Japanese name {ja.text}: {sug.evidence}"
        if guessed:
            if sug.text != ko[0].text and sug.confidence >= ko[0].confidence:
                ko[0].text, ko[0].confidence, ko[0].evidence = sug.text, sug.confidence, why
                added += 1
            continue
        added += fill_missing(cand, {"ko": sug.text}, "transcription", sug.confidence, why)
    return added


#: a letter-and-number code naming a group or a forum: G7, G20, P5, C40
CODE = regex.compile(r"[A-Z]{1,2}[0-9]{1,2}")
#: ... written the same in Japanese and Korean text (G7サミット, G7 정상회의)
CODE_CONFIDENCE = 0.75


def _codes(candidates: list[Candidate]) -> int:
    """`convention:code` -- a group or forum named by a letter-and-number code keeps it in
    Japanese and Korean (G7, G20): the code, for an organisation, event or other entry."""
    added = 0
    for cand in candidates:
        if cand.category not in (Category.INSTITUTION, Category.EVENT, Category.OTHER):
            continue
        code = next((f.text for f in cand.forms if f.lang == "en" and CODE.fullmatch(f.text)), None)
        if code is None or any(f.lang == "en" and " " in f.text for f in cand.forms):
            continue     # a code the article spells out is named by its words
        added += fill_missing(cand, {"ja": code, "ko": code}, "convention:code", CODE_CONFIDENCE,
                              f"a letter-and-number code ({code}) is written the same in Japanese and Korean text")
    return added


def _english(cand: Candidate) -> str:
    for f in cand.forms:
        if f.lang == "en" and f.role is Role.PREFERRED:
            return f.text
    return ""


def _korean_person(cand: Candidate) -> int:
    if any(f.lang == "ko" for f in cand.forms):
        return 0
    english = _english(cand)
    if any(f.lang == "en" and f.origin == "romanization" for f in cand.forms):
        return 0      # a Japanese name the article gives only in Japanese, romanized here: not Korean
    found = known_korean_name(english) if english else None
    if found is not None:
        hangul, confidence, evidence = found
        return fill_missing(cand, {"ko": hangul}, "dictionary:wordfreq-ko", confidence, evidence)
    ja = next((f for f in cand.forms if f.lang == "ja"), None)
    if ja is not None:
        # a Korean person the article writes in kanji (鄭義溶): the Korean is their reading
        found = hangul_for_hanja_name(ja.text, english) if english else None
        if found is not None:
            return fill_missing(cand, {"ko": found.reading}, "bridge:hanja-name", round(found.score * ja.confidence, 3),
                                f"Korean name of {ja.text}: {found.evidence}")
        if not is_korean_name(english):
            return 0      # a name the article or a dictionary gives in Japanese: the transcription rules answer
        # (a Korean name shaped so whose kanji say no more: a note's family name alone, 尹)
    found = spelled_korean_name(english) if english else None
    if found is None:
        return 0
    hangul, confidence, evidence = found
    return fill_missing(cand, {"ko": hangul}, "transcription:korean-name", confidence, evidence)


def _lexicon(candidates: list[Candidate]) -> int:
    rows = rows_by_key()
    if not rows:
        return 0
    added = 0
    for cand in candidates:
        row = next((rows[k] for f in cand.forms if f.lang == "en" and (k := norm_key(f.text)) in rows), None)
        if row is not None:
            added += sum(fill_missing(cand, {lang: text}, f"lexicon:{row.source.rsplit(':', 1)[0]}",
                                      LEXICON_CONFIDENCE, f"the desk's lexicon ({row.source}): '{row.en}' = {text}")
                         for lang, text in row.forms.items())
    return added
