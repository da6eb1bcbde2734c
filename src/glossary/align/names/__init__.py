"""Personal names across scripts: Japanese kanji/kana, Korean Hangul, romanized English.

Pure functions, no I/O, no state beyond caches.  Dictionaries load lazily (the first
call that needs a reading pays for pykakasi; ``import glossary`` never does).

Japanese
    Readings come from pykakasi.  Measured on 60 public figures' names
    (tests/data/names/ja_names.tsv), the single best reading was right for pykakasi 48,
    fugashi+unidic-lite 51, SudachiPy (core) 54; but pykakasi's dictionary keeps *every*
    reading of a key (篤郎 -> あつお, あつろう, とくろう; 元 -> もと, げん, はじめ, ...), so
    when an English spelling is known we enumerate the readings of the kanji and let the
    spelling choose among them (60/60 right), and the package is 10 MB and already a
    dependency (unidic-lite 250 MB, sudachidict-core 190 MB).  Without a spelling we take
    pykakasi's own choice, except that a given name ending in 郎 is read ろう when the
    dictionary stores such a reading (篤郎 あつろう).  Romanizations are compared
    through a *loose key* that forgets what English spellings of Japanese disagree about:
    macrons and long vowels (Kōno, Kono, Kohno, Kouno, Koono), Hepburn vs kunrei
    (shi/si, tsu/tu, fu/hu, ji/zi), m/n before labials (Shimbun/Shinbun), case, hyphens
    and apostrophes.  Distinct morae stay distinct (Sato ≠ Saito).

Korean
    Conventional English spellings of Korean names follow no single system, so a Hangul
    name is compared with a *candidate set*: every syllable may be spelled by Revised
    Romanization, by McCune-Reischauer without diacritics, or by the common conventional
    spellings (Lee/Yi/Rhee, Park/Pak/Bak, Yoon/Yun, Suk/Seok/Sok, ...).  Hyphens and
    spaces inside the given name are optional and the name may come in either order.

Transcription (suggestions for missing forms, never approved automatically)
    Japanese -> Korean Hangul by the Korean standard (외래어 표기법, 일본어 표기):
    word-initial か/た/ちゃ-rows plain (가, 다, 자) and aspirated inside a word (카, 타, 차),
    つ -> 쓰, ん -> final ㄴ, っ -> final ㅅ, long vowels not written (こう -> 고).
    Korean -> Japanese katakana: the pronunciation of the name as Japanese media write it
    (see ``japanese_for_korean_name``).

Layout
    common.py (result records, named regexes, English name parsing), kana.py (kana,
    Hepburn, the loose romaji key), japanese.py (readings, Japanese name matching),
    korean.py (Hangul romanizations, Korean name matching, candidate sets),
    hangul_for_japanese.py and katakana_for_korean.py (transcriptions), matching.py
    (`match_name`).  This module only re-exports.
"""
from __future__ import annotations

from ...text.kana import (HEPBURN_LONG_VOWEL, HEPBURN_M_BEFORE_LABIAL, HEPBURN_OH_LONG, hepburn, kana_to_romaji,
                          romaji_key, to_hiragana)
from ...text.readings import japanese_reading
from .common import (
    ALL_CAPS_WORD, CJK_NAME_SEPARATOR, HANGUL_CHAR, JA_NAME_CHAR, ROMAN_NAME_WORD, ROMAN_WORD_JOINERS, NameMatch,
    Suggestion,
)
from .hangul_for_japanese import (
    HEPBURN_SYLLABLE, PINYIN_SHAPE, japanese_given_name_first, korean_for_japanese_name, korean_for_japanese_romaji,
    romaji_is_japanese,
)
from .katakana_for_korean import japanese_for_korean_name
from .korean import hangul_romanization, korean_candidates
from .matching import match_name

__all__ = [
    "NameMatch", "Suggestion",
    "japanese_reading", "match_name", "korean_candidates",
    "korean_for_japanese_name", "korean_for_japanese_romaji", "japanese_for_korean_name",
    "japanese_given_name_first", "romaji_is_japanese",
    "hepburn", "romaji_key", "hangul_romanization",
]
