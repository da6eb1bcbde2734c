"""Language tags: BCP 47 in, primary subtag out, validated with Babel."""
from __future__ import annotations

import pytest

from glossary.errors import InputError
from glossary.text.langtags import language_name, normalize_lang

GOOD = [
    ("ja", "ja"), ("ko", "ko"), ("en", "en"), ("ja-JP", "ja"), ("KO", "ko"), ("ko_KR", "ko"),
    ("zh-Hant-TW", "zh"), ("en-GB", "en"), (" en ", "en"), ("vi", "vi"),  # vi: answered by Babel
]


@pytest.mark.parametrize("tag, lang", GOOD, ids=[g[0].strip() or "blank" for g in GOOD])
def test_good_tags(tag, lang):
    assert normalize_lang(tag) == lang


BAD = [
    ("xx-!!", "invalid language tag"),   # not well-formed
    ("", "invalid language tag"),
    ("   ", "invalid language tag"),
    ("e", "invalid language tag"),        # too short
    ("english", "invalid language tag"),  # too long a primary subtag
    ("ja--JP", "invalid language tag"),
    ("qq", "unknown language tag"),       # well-formed, but Babel knows no such language
]


@pytest.mark.parametrize("tag, message", BAD, ids=[repr(b[0]) for b in BAD])
def test_bad_tags_are_refused_with_a_message(tag, message):
    with pytest.raises(InputError, match=message):
        normalize_lang(tag)


def test_none_is_refused():
    with pytest.raises(InputError):
        normalize_lang(None)  # type: ignore[arg-type]


def test_language_name():
    assert language_name("ko") == "Korean"
    assert language_name("!!") == "!!"
