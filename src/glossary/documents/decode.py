"""Bytes -> text: encoding detection and normalisation.

Decoding (`decode_bytes`)
    A BOM decides (UTF-8-sig, UTF-16 LE/BE).  Otherwise NUL bytes mean binary (unless the
    NULs sit on every other byte: BOM-less UTF-16).  Strict UTF-8 wins when it decodes.
    Otherwise CP932, EUC-JP and CP949 are each tried strictly and the decodings are
    scored for plausibility (kana, common Hangul syllables of KS X 1001, JIS level-1
    kanji are good; half-width katakana, compatibility jamo, rare UHC syllables, private
    use and control characters are bad).  Same-byte-range encodings (EUC-KR vs EUC-JP)
    therefore resolve by what the text looks like, not by which decoder happens to
    succeed.  Nothing plausible -> InputError.  Then CRLF/CR -> LF and NFC.
    A file that is UTF-8 up to a multi-byte character cut at its very end is UTF-8
    without that character, with a warning (`decode_with_warnings`).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from ..errors import InputError

#: Non-ASCII characters looked at when scoring a candidate decoding.
ENCODING_SAMPLE_CHARS = 40_000

# Line-end conventions other than \n: CRLF, CR, NEL, LINE/PARAGRAPH SEPARATOR.
LINE_END_RE = regex.compile(r"\r\n|[\r\u0085\u2028\u2029]")

# C0/C1 control characters other than tab, newline, carriage return, form feed, escape.
CONTROL_RE = regex.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]")

# Non-ASCII characters (for sampling a decoding's plausibility).
NON_ASCII_RE = regex.compile(r"[^\x00-\x7f]")

# ---------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode an article's bytes; return (text, encoding name).  Raises InputError."""
    text, encoding, _warnings = decode_with_warnings(data, path)
    return text, encoding


def decode_with_warnings(data: bytes, path: str = "<bytes>") -> tuple[str, str, list[str]]:
    """`decode_bytes` and what the reader should be told: (text, encoding, warnings).

    A UTF-8 file whose last character was cut (a download or copy stopped in the middle
    of a multi-byte sequence) is read as UTF-8 without that character, with a warning --
    not taken for CP932 or EUC because of one bad sequence at its very end."""
    try:
        return (*_decode(data, path), [])
    except _TruncatedUTF8 as cut:
        text = data[:cut.start].decode("utf-8")
        _check_controls(text, path)
        return text, "utf-8", [f"the file ends in the middle of a UTF-8 character ({cut.missing} byte(s) "
                               f"cut at byte {cut.start}); read as UTF-8 without it"]


class _TruncatedUTF8(Exception):
    def __init__(self, start: int, missing: int):
        super().__init__(start)
        self.start, self.missing = start, missing


def _truncated_utf8(data: bytes, exc: UnicodeDecodeError) -> _TruncatedUTF8 | None:
    """The cut, when the only invalid UTF-8 is an incomplete sequence at the very end."""
    if exc.end != len(data) or exc.start < len(data) - 3:
        return None
    lead = data[exc.start]
    need = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
    have = len(data) - exc.start
    if not need or have >= need or any(not 0x80 <= b <= 0xBF for b in data[exc.start + 1:]):
        return None
    if exc.start == 0:
        return None    # nothing but the cut character
    return _TruncatedUTF8(exc.start, need - have)


def _decode(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode, or raise InputError -- or _TruncatedUTF8 for a cut last character."""
    if not data:
        raise InputError("empty file", path=path)
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig", "utf-8-sig", path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", "utf-16", path)
    if b"\x00" in data:
        guess = _bomless_utf16(data)
        if guess:
            return _strict(data, guess, guess, path)
        raise InputError("binary file (contains NUL bytes), not a text article", path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        cut = _truncated_utf8(data, exc)
        if cut is not None:
            raise cut from None
    else:
        _check_controls(text, path)
        return text, "utf-8"
    best: tuple[float, str, str] | None = None
    for codec in ("cp932", "euc-jp", "cp949"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, codec, text)
    if best is None or best[0] < WESTERN_UNLESS_CJK_SCORE:
        western = _western(data)
        if western is not None:
            _check_controls(western, path)
            return western, "cp1252"
    if best is None or best[0] < 0.05:
        raise InputError("cannot decode: not UTF-8, UTF-16, Windows-1252, CP932/Shift_JIS, EUC-JP or "
                         "CP949/EUC-KR text (binary file?)", path=path)
    _check_controls(best[2], path)
    return best[2], best[1]


def _strict(data: bytes, codec: str, name: str, path: str) -> tuple[str, str]:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid {name} at byte {exc.start}", path=path) from None
    if not text.strip("\ufeff \t\r\n"):
        raise InputError("empty file", path=path)
    _check_controls(text, path)
    return text, name


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit on every other byte (BOM-less UTF-16)."""
    if len(data) % 2:
        return None
    sample = data[:20000]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    # Korean, Japanese or Chinese text has few NULs in UTF-16: only the high bytes of its
    # ASCII (spaces, punctuation, line ends), and the low bytes of a few syllables (대 is
    # U+B300).  Most of them on one side and a decoding made of text characters: UTF-16.
    for codec, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls > 4 * other and _looks_like_text(sample.decode(codec, "replace")):
            return codec
    return None


def _looks_like_text(text: str) -> bool:
    """Nine characters in ten are printable ASCII, line ends, kana, Hangul, CJK ideographs
    or CJK/full-width punctuation (a binary file decoded as UTF-16 is not)."""
    if not text:
        return False
    good = sum(1 for ch in text if " " <= ch <= "~" or ch in "\t\n\r" or "\u3000" <= ch <= "\u30ff"
               or "\u4e00" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3" or "\uff01" <= ch <= "\uff9f")
    return good >= 0.9 * len(text)


#: Windows-1252 (the default of Western Word and Outlook): an English article whose only
#: non-ASCII bytes are curly quotes, dashes and accented letters.  Its non-ASCII bytes are
#: sparse (CJK text is dense with them) and decode to typography, not to random kanji.
WESTERN_MAX_SHARE = 0.10
#: ... unless a CJK decoding reads as real Japanese or Korean (kana, frequent Hangul)
WESTERN_UNLESS_CJK_SCORE = 0.5
WESTERN_TYPOGRAPHY = frozenset(
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u00a0\u00a9\u00ae\u00b0"
    "\u00b7\u00bd\u00e9\u00e8\u00e0\u00e1\u00e7\u00f1\u00f6\u00fc\u00e4\u00ef\u00f4\u00c9\u20ac"
    "\u2122\u00a3\u00a7\u00b1\u00e2\u00ea\u00ee\u00fb\u00f3\u00ed\u00fa\u00c0\u00d6\u00dc")


def _western(data: bytes) -> str | None:
    """The Windows-1252 reading of `data` when it looks like Western text, else None."""
    high = sum(1 for b in data[:200_000] if b >= 0x80)
    if not high or high > WESTERN_MAX_SHARE * min(len(data), 200_000):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = [ch for ch in text[:200_000] if ord(ch) >= 0x80]
    typographic = sum(1 for ch in non_ascii if ch in WESTERN_TYPOGRAPHY or 0xC0 <= ord(ch) <= 0xFF)
    return text if typographic >= 0.9 * len(non_ascii) else None


def _check_controls(text: str, path: str) -> None:
    sample = text[:200_000]
    bad = len(CONTROL_RE.findall(sample))
    if bad > max(2, len(sample) // 1000):
        raise InputError(f"binary file ({bad} control characters), not a text article", path=path)


@lru_cache(maxsize=1)
def _common_hangul() -> frozenset[str]:
    """The 2,350 Hangul syllables of KS X 1001 (the ones real Korean text uses)."""
    out = []
    for cp in range(0xAC00, 0xD7A4):
        ch = chr(cp)
        try:
            if len(ch.encode("euc_kr")) != 2:   # 8-byte "make-up" sequences are not KS X 1001
                continue
        except UnicodeEncodeError:
            continue
        out.append(ch)
    return frozenset(out)


# The most frequent Hangul syllables of modern Korean prose (news, government, essays).
# Real Korean text is mostly made of these; Japanese EUC-JP bytes misread as EUC-KR give
# syllables spread evenly over all 2,350, so this tier tells the two apart.
FREQUENT_HANGUL = frozenset(
    "이다는의에하고을를가한지서로기사시대정인도으적자수아리나국부전일게있들제해주여상과"
    "어그생관장신우구위보원문회거세만성소내치경면라화동미것때중했비공연마개조진방물민실선"
    "무계분발명학당오안저간모통식및외교금요결체업러후음야않현래차터속심단말점데권본행각며"
    "산반까건두니운영역작입법용표또설석합강재피될청럼히특바받더따근직집할던월년날번령총담"
    "협력북판의원것들었던였으며습니다까요죠네서요게는데지만면서도록려고려면처럼보다부터까지"
    "에서에게께서한테으로로써로서와과랑이나든지마저조차뿐밖만큼대로같이처럼씩쯤경우결과과정"
    "문제사회경제정치국가정부대통령총리장관의원선거국회정당여당야당시민국민지역세계미국중국"
    "일본한국북한러시아유럽동아시아외교안보군사협정조약회담정상회의발표입장판결법원헌재검찰"
    "경찰기업산업무역수출수입시장가격금융투자은행주식노동자임금고용실업교육학교대학교수연구"
    "과학기술문화예술언론방송신문기자보도사설칼럼독자시청자인터넷온라인디지털데이터정보통신"
    "오늘내일어제올해지난다음현재최근당시이후이전동안사이가운데이번저번매년매일매주시간때문"
    "위해통해대해관해따라의해비해불구하고그러나그리고그래서하지만또한따라서그런데즉특히물론"
    "매우가장더욱아주너무정말많이적게크게작게새로운오래된좋은나쁜중요한필요한가능한어려운쉬운"
    "있는없는하는되는된할될했던하던받은받는준주는온오는간가는본보는말한말하는생각한알려진"
    "사람들우리저희여러분모두각자서로자신스스로누구무엇어디언제어떻게왜얼마몇어느이것그것저것"
    "여기거기저기이곳그곳하나둘셋넷다섯여섯일곱여덟아홉열백천만억조첫번째두번째세번째마지막"
    "남녀노소아이어른청년노인가족부모자녀형제친구이웃동료상사직원회사단체조직기관위원회협회"
    "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진나"
    "석열재명준표근혜무현대중영삼태우두환희정철수영호민준서연지우하은도윤시우주원예준건우"
)


@lru_cache(maxsize=4096)
def _kanji_weight(ch: str) -> float:
    """JIS X 0208 level-1 kanji (common) 0.6, level 2 0.2, others (rare) -0.5."""
    try:
        b = ch.encode("euc_jp")
    except UnicodeEncodeError:
        return -0.5
    return 0.6 if len(b) == 2 and b[0] < 0xD0 else 0.2


def _char_weight(ch: str) -> float:
    cp = ord(ch)
    if 0x3041 <= cp <= 0x30FF:                 # hiragana, katakana
        return 1.0
    if 0xAC00 <= cp <= 0xD7A3:                 # Hangul: frequent, KS X 1001, or rare (UHC)
        if ch in FREQUENT_HANGUL:
            return 1.0
        return 0.3 if ch in _common_hangul() else -1.5
    if 0x4E00 <= cp <= 0x9FFF:                 # CJK unified ideographs
        return _kanji_weight(ch)
    if 0x3000 <= cp <= 0x303F or 0x2010 <= cp <= 0x206F:   # CJK punctuation, general punctuation
        return 0.5
    if 0xFF01 <= cp <= 0xFF5E:                 # full-width ASCII
        return 0.3
    if 0xFF61 <= cp <= 0xFF9F:                 # half-width katakana: rare in modern text
        return -1.0
    if 0x3130 <= cp <= 0x318F:                 # Hangul compatibility jamo: rare in prose
        return -2.0
    if 0xE000 <= cp <= 0xF8FF or 0x80 <= cp <= 0x9F or cp == 0xFFFD:
        return -3.0
    if 0x2500 <= cp <= 0x257F or 0x0370 <= cp <= 0x04FF or 0x2160 <= cp <= 0x217F:
        return -0.5                            # box drawing, Greek/Cyrillic, Roman numerals
    if 0xA0 <= cp <= 0x24F:
        return 0.2
    return 0.0


def _plausibility(text: str) -> float:
    """Mean plausibility of a decoding's non-ASCII characters (about -3 .. 1)."""
    total = 0.0
    count = 0
    for m in NON_ASCII_RE.finditer(text):
        total += _char_weight(m.group())
        count += 1
        if count >= ENCODING_SAMPLE_CHARS:
            break
    return total / count if count else 0.0


def normalize_text(text: str) -> str:
    """Line ends -> \\n, a leading BOM dropped, NFC."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text or "\u0085" in text or "\u2028" in text or "\u2029" in text:
        text = LINE_END_RE.sub("\n", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
