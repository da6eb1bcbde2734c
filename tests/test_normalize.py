"""Matching keys (text/normalize.py): what is stored (NFC) and what is matched (key)."""
from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary.errors import InputError
from glossary.text.normalize import key, nfc, printable, refuse_controls

# (stored form, what a user or a document gives, why the two must match)
SAME_KEY = [
    ("윤석열", unicodedata.normalize("NFD", "윤석열"), "nfd-hangul"),            # macOS file names / pasteboard
    ("GSOMIA", "ＧＳＯＭＩＡ", "fullwidth-latin"),                                # Japanese IME full-width
    ("イシバ", "ｲｼﾊﾞ", "halfwidth-katakana"),                                    # legacy half-width kana
    ("Japan-ROK", "Japan\u2013ROK", "en-dash"),
    ("Japan-ROK", "Japan\u2014ROK", "em-dash"),
    ("Japan-ROK", "Japan\u2212ROK", "minus-sign"),
    ("Japan-ROK", "Japan\u2010ROK", "unicode-hyphen"),
    ("Japan-ROK", "Japan\uff0dROK", "fullwidth-hyphen"),
    ("Xi's visit", "Xi\u2019s visit", "curly-apostrophe"),
    ('"Indo-Pacific"', "\u201cIndo-Pacific\u201d", "curly-double-quotes"),
    ("日米 首脳", "日米\u3000首脳", "ideographic-space"),
    ("Ishiba Shigeru", "Ishiba\u00a0 Shigeru", "nbsp-and-run-of-spaces"),
    ("Ishiba Shigeru", "  Ishiba Shigeru\n", "trimmed"),
    ("Ishiba", "Ishi\u200bba", "zero-width-space"),
    ("한·일", "한\u30fb일", "katakana-middle-dot"),
    ("한·일", "한\uff65일", "halfwidth-middle-dot"),
    ("STRASSE", "straße", "casefold-sharp-s"),
    ("Quad", "QUAD", "casefold"),
    ("Kōno", "Ko\u0304no", "nfd-latin-macron"),
]


@pytest.mark.parametrize("stored, given_, why", SAME_KEY, ids=[row[2] for row in SAME_KEY])
def test_variants_share_a_key(stored, given_, why):
    assert key(stored) == key(given_), why


# (a, b, why the two must NOT match)
DIFFERENT_KEY = [
    ("スーパー", "スーハ-", "katakana long vowel mark is not a dash"),
    ("石破", "石波", "different kanji"),
    ("Kōno", "Kono", "macron kept in exact keys (fuzzy lookup folds it)"),
    ("ROK-US", "ROKUS", "hyphen is not dropped"),
]


@pytest.mark.parametrize("a, b, why", DIFFERENT_KEY, ids=[row[2] for row in DIFFERENT_KEY])
def test_distinct_terms_keep_distinct_keys(a, b, why):
    assert key(a) != key(b), why


def test_key_of_nfd_hangul_is_composed():
    assert key(unicodedata.normalize("NFD", "윤석열")) == "윤석열"
    assert unicodedata.is_normalized("NFC", key(unicodedata.normalize("NFD", "대한민국")))


@pytest.mark.parametrize("raw, stored", [
    (unicodedata.normalize("NFD", "윤석열"), "윤석열"),
    ("  a \t b\u3000c ", "a b c"),
    ("ＧＳＯＭＩＡ", "ＧＳＯＭＩＡ"),  # storage keeps the editor's full-width form (NFC only)
], ids=["nfd-hangul", "whitespace", "fullwidth-kept"])
def test_nfc_is_the_stored_form(raw, stored):
    assert nfc(raw) == stored


@settings(max_examples=300, deadline=None)
@given(st.text())
@example("o\u200b\u0303")  # a zero-width space between a letter and its mark
def test_nfc_is_idempotent_and_normalised(text):
    stored = nfc(text)
    assert unicodedata.is_normalized("NFC", stored)
    assert nfc(stored) == stored


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_key_is_idempotent(text):
    assert key(key(text)) == key(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_key_ignores_normalisation_form(text):
    assert key(unicodedata.normalize("NFD", text)) == key(unicodedata.normalize("NFC", text))


def test_lookup_through_the_glossary_uses_the_key(glossary):
    e = glossary.add("Japan-ROK GSOMIA")
    glossary.set_term(e.id, "ja", "イシバ")
    glossary.set_term(e.id, "ko", "윤석열")
    for query in ("ｊａｐａｎ\u2013ＲＯＫ ＧＳＯＭＩＡ", "ｲｼﾊﾞ", unicodedata.normalize("NFD", "윤석열")):
        assert [h.entry.id for h in glossary.lookup(query)] == [e.id], query


# Invisible characters never make a look-alike term: each row is (text, what it must
# match, why).
INVISIBLE = [
    ("To\u00adkyo", "Tokyo", "soft hyphen: a word processor's hyphenation point"),
    ("Tokyo\u200e", "Tokyo", "LRM: a left-to-right mark pasted from a web page"),
    ("Tokyo\u200f", "Tokyo", "RLM: the look-alike the hostile pass added as a new entry"),
    ("\u061cTokyo", "Tokyo", "ALM: Arabic letter mark"),
    ("\u202eTokyo\u202c", "Tokyo", "RLO...PDF: a bidi override (reverses what it shows)"),
    ("\u2066Tokyo\u2069", "Tokyo", "LRI...PDI: a bidi isolate"),
    ("T\u034fokyo", "Tokyo", "CGJ: combining grapheme joiner"),
    ("To\u2060kyo", "Tokyo", "word joiner"),
    ("東\ufe00京", "東京", "VS1: a standardized variation selector"),
    ("葛\U000e0100城", "葛城", "IVS: an ideographic variant is the same name"),
    ("Tok\U000e0041yo", "Tokyo", "a tag character"),
    ("윤석\u00ad열", "윤석열", "soft hyphen inside Hangul"),
]


@pytest.mark.parametrize("text, same, why", INVISIBLE, ids=[r[2] for r in INVISIBLE])
def test_invisible_characters_are_not_part_of_the_key(text: str, same: str, why: str) -> None:
    assert key(text) == key(same), why


def test_the_stored_form_drops_formatting_marks_but_keeps_ideographic_variants() -> None:
    assert nfc("Tokyo\u200f") == "Tokyo" and nfc("\u202eTokyo") == "Tokyo" and nfc("To\u00adkyo") == "Tokyo"
    assert nfc("葛\U000e0100城") == "葛\U000e0100城"        # the variant glyph an editor chose stays


def test_an_emoji_zwj_sequence_is_one_emoji() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert nfc(f"Family {family}") == f"Family {family}"
    assert nfc("a\u200db") == "ab"                             # a joiner between letters is noise
    # the key keeps it too (a woman is not found inside a family), and drops a stray one
    assert key(f"Family {family}") == f"family {family}"
    assert key("a\u200db") == "ab" and key("\U0001f468\u200d") == "\U0001f468"
    assert key("\U0001f468\ufe0f\u200d\u200b\U0001f469") == "\U0001f468\u200d\U0001f469"


PRINTABLE = [
    ("plain 윤석열", "plain 윤석열", "nothing to escape"),
    ("a\x1b[2Jb", "a\\x1b[2Jb", "ESC: would clear the screen"),
    ("x\x1b]52;c;AAAA\x07", "x\\x1b]52;c;AAAA\\x07", "OSC 52: would write the clipboard"),
    ("two\nlines", "two\\x0alines", "a newline would make two lines of one message"),
    ("abc\u202edef", "abc\\u202edef", "RLO: would show the rest reversed"),
    ("name\udcff.txt", "name\\xff.txt", "an undecodable byte of a file name"),
    ("\x9b31m", "\\x9b31m", "C1 CSI"),
]


@pytest.mark.parametrize("text, shown, why", PRINTABLE, ids=[r[2] for r in PRINTABLE])
def test_printable(text: str, shown: str, why: str) -> None:
    assert printable(text) == shown, why


def test_refuse_controls() -> None:
    assert refuse_controls("line one\nline two\ttab", "note") == "line one\nline two\ttab"
    with pytest.raises(InputError, match="U\\+001B"):
        refuse_controls("a\x1bb", "note")
    with pytest.raises(InputError, match="at most 5"):
        refuse_controls("abcdef", "note", limit=5)


def test_key_removes_exactly_what_the_span_mapping_removes() -> None:
    # key() uses a str.translate table for speed; match.normalize() maps spans back with
    # the ZERO_WIDTH pattern: the two must agree on every code point, or a span is off
    # (the zero-width joiner: removed by STRAY_ZWJ unless it joins two emoji)
    from glossary.text.normalize import _KEY_TRANSLATE, ZERO_WIDTH

    removed = {c for c, v in _KEY_TRANSLATE.items() if v is None}
    assert removed | {0x200D} == {c for c in range(0x110000) if ZERO_WIDTH.fullmatch(chr(c))}


# What may not enter a termbase: each row is (text, the code point named, why).
REFUSED = [
    ("Evil\x1b[2JName", "U+001B", "ESC: starts a terminal sequence (clear the screen)"),
    ("see \x1b]52;c;AAAA\x07", "U+001B", "OSC 52: would write the reader's clipboard"),
    ("a\x00b", "U+0000", "NUL: cuts C strings, breaks TBX export"),
    ("x\x9b31m", "U+009B", "C1 CSI: an 8-bit terminal sequence"),
    ("x\x7f", "U+007F", "DEL"),
    ("\u202eexe.txt", "U+202E", "RLO: shows what follows reversed (Trojan Source)"),
    ("a\u2067b\u2069", "U+2067", "RLI: a bidi isolate reorders too"),
]


@pytest.mark.parametrize("text, code, why", REFUSED, ids=[r[2] for r in REFUSED])
def test_refuse_controls_refuses(text: str, code: str, why: str) -> None:
    with pytest.raises(InputError, match=re.escape(code)):
        refuse_controls(text, "note")


@pytest.mark.parametrize("text", ["two\nlines\r\nand\ttab", "Tokyo\u200f", "東京 윤석열", "👨\u200d👩\u200d👧"])
def test_refuse_controls_lets_ordinary_text_through(text: str) -> None:
    # line ends and tabs are white space; LRM/RLM are dropped from the stored form instead
    assert refuse_controls(text, "note") == text


def test_refuse_controls_caps_the_length() -> None:
    from glossary.text.normalize import MAX_NOTE_CHARS

    assert refuse_controls("n" * MAX_NOTE_CHARS) == "n" * MAX_NOTE_CHARS
    with pytest.raises(InputError, match=f"{MAX_NOTE_CHARS + 1} characters long"):
        refuse_controls("n" * (MAX_NOTE_CHARS + 1))


def test_clean_note_refuses_what_it_would_otherwise_hide() -> None:
    from glossary.text.normalize import clean_note

    assert clean_note("line one  \r\nline two\u200b") == "line one\nline two"
    for bad in ("a\x1bb", "a\u202eb", "a\x00b"):
        with pytest.raises(InputError):
            clean_note(bad)
