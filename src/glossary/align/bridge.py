"""The ja<->ko Sino-Korean bridge: a Japanese kanji term and a Korean Hangul term that
share Sino-Korean readings reinforce each other (安全保障 <-> 안전보장, 大法院 <-> 대법원).

Each kanji is first mapped from its Japanese simplified form (shinjitai) to the
traditional form (kyūjitai) that Korean hanja use, because a few simplified forms are
other characters in Korean: 円 (엔) is 圓 (원) in 円滑, 芸 (운) is 藝 (예), 予 (여) is 豫
(예), 欠 (흠) is 缺 (결), 台 (태) is 臺 (대).  It is then read with the `hanja` package
(loaded lazily), with the initial-sound rule (두음법칙: 労働 -> 노동, 李 -> 이) and the
common second readings (金 금/김, 北 북/배, 率 률/율 ...) as alternatives.

Japanese and Korean order country abbreviations differently (日韓 vs 한일, 日米韓 vs
한미일, 露朝 vs 북러): a run of two or more abbreviations matches in any order.
"""
from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from .caching import cached
from .names import NameMatch, Suggestion

__all__ = ["cognate", "korean_for_japanese_term", "sino_korean_readings", "to_traditional",
           "SHINJITAI_TO_KYUJITAI"]

# ---------------------------------------------------------------------------------------
# Tables (general vocabulary)
# ---------------------------------------------------------------------------------------

#: Jōyō shinjitai -> the traditional form used in Korean hanja, written as pairs.
_PAIRS = (
    "亜亞悪惡圧壓囲圍医醫為爲壱壹隠隱栄榮営營衛衞駅驛円圓塩鹽縁緣艶艷応應欧歐殴毆桜櫻奥奧"
    "横橫温溫穏穩仮假価價画畫会會壊壞懐懷絵繪拡擴殻殼覚覺学學岳嶽楽樂勧勸巻卷歓歡缶罐観觀"
    "関關陥陷気氣帰歸亀龜偽僞戯戲犠犧旧舊拠據挙擧峡峽挟挾狭狹暁曉区區駆驅勲勳径徑茎莖恵惠"
    "渓溪経經継繼蛍螢軽輕鶏鷄芸藝欠缺倹儉剣劍険險圏圈検檢献獻権權顕顯験驗厳嚴県縣広廣効效"
    "恒恆鉱鑛号號国國黒黑済濟砕碎斎齋剤劑雑雜参參蚕蠶惨慘桟棧賛贊残殘糸絲歯齒児兒辞辭湿濕"
    "実實写寫釈釋寿壽収收従從渋澁獣獸縦縱粛肅処處叙敍将將称稱渉涉焼燒奨奬条條状狀乗乘浄淨"
    "剰剩畳疊縄繩壌壤嬢孃譲讓醸釀触觸嘱囑真眞寝寢慎愼尽盡図圖粋粹酔醉穂穗随隨髄髓枢樞数數"
    "瀬瀨声聲斉齊静靜窃竊摂攝専專浅淺戦戰践踐銭錢潜潛繊纖禅禪双雙壮壯争爭荘莊捜搜挿插巣巢"
    "装裝総總騒騷増增蔵藏臓臟即卽属屬続續堕墮対對体體帯帶滞滯台臺滝瀧択擇沢澤担擔単單胆膽"
    "団團弾彈断斷遅遲痴癡昼晝虫蟲鋳鑄庁廳聴聽鎮鎭逓遞鉄鐵転轉点點伝傳灯燈当當党黨盗盜稲稻"
    "闘鬪独獨読讀届屆弐貳悩惱脳腦覇霸廃廢拝拜売賣麦麥発發髪髮抜拔晩晚蛮蠻秘祕浜濱払拂仏佛"
    "並竝変變辺邊弁辯歩步舗舖宝寶豊豐没沒翻飜毎每万萬満滿黙默弥彌訳譯薬藥予豫余餘与與誉譽"
    "揺搖様樣謡謠来來頼賴乱亂覧覽竜龍両兩猟獵緑綠塁壘涙淚励勵礼禮隷隸霊靈齢齡恋戀炉爐労勞"
    "楼樓郎郞録錄湾灣姫姬徴徵渇渴徳德証證"
)
SHINJITAI_TO_KYUJITAI: dict[str, str] = {_PAIRS[k]: _PAIRS[k + 1] for k in range(0, len(_PAIRS), 2)}

#: Common characters with a second Sino-Korean reading the hanja table does not give.
_MORE_READINGS: dict[str, tuple[str, ...]] = {
    "金": ("금", "김"), "北": ("북", "배"), "樂": ("락", "악", "요"), "行": ("행", "항"), "便": ("편", "변"),
    "度": ("도", "탁"), "更": ("경", "갱"), "率": ("률", "솔", "율"), "車": ("차", "거"), "復": ("복", "부"),
    "說": ("설", "세", "열"), "見": ("견", "현"), "易": ("역", "이"), "惡": ("악", "오"), "讀": ("독", "두"),
    "切": ("절", "체"), "省": ("성", "생"), "殺": ("살", "쇄"), "降": ("강", "항"), "畫": ("화", "획"),
    "宅": ("택", "댁"), "洞": ("동", "통"), "暴": ("폭", "포"), "不": ("불", "부"), "參": ("참", "삼"),
    "數": ("수", "삭"), "識": ("식", "지"), "茶": ("차", "다"), "狀": ("상", "장"), "否": ("부", "비"),
    "沈": ("침", "심"), "葉": ("엽", "섭"), "列": ("렬", "열"), "烈": ("렬", "열"), "裂": ("렬", "열"),
    "律": ("률", "율"), "慄": ("률", "율"), "劣": ("렬", "열"),
}

#: One-character country abbreviations -> Korean forms (Korean writes 러 for Russia, 북 for
#: North Korea where Japanese writes 朝).  Priority is the order Korean uses in compounds.
_COUNTRY: dict[str, tuple[str, ...]] = {
    "韓": ("한",), "朝": ("북", "조"), "米": ("미",), "美": ("미",), "中": ("중",), "日": ("일",),
    "露": ("러", "로"), "英": ("영",), "独": ("독",), "獨": ("독",), "仏": ("프", "불"), "佛": ("프", "불"),
    "豪": ("호",), "印": ("인",), "比": ("필", "비"), "加": ("캐", "가"), "伊": ("이",), "越": ("베", "월"),
    "台": ("대",), "欧": ("유", "구"), "蘭": ("란", "난"),
}
_COUNTRY_PRIORITY = "한북미중일러영프독호인필캐이베대유란"

#: Whole words whose usual Korean form is not their character-by-character reading.
_WORDS: dict[str, tuple[str, ...]] = {
    "北朝鮮": ("북한", "북조선"), "朝鮮半島": ("한반도", "조선반도"), "首相": ("총리", "수상"),
}
_WORDS_BY_LENGTH = sorted(_WORDS, key=len, reverse=True)

#: Han numerals also match Arabic digits (第三国 <-> 제3국).
_NUMERALS = {c: str(n) for n, c in enumerate("〇一二三四五六七八九")}
_NUMERALS["十"] = "10"

#: A Han character (incl. 々), an ASCII/full-width letter or digit: what can carry a reading.
READABLE_CHAR = regex.compile(r"[\p{Han}\u3005]|[A-Za-z0-9]")
#: What is skipped in a Korean term before comparing syllables: spaces, middle dots,
#: hyphens and other punctuation.
KO_SKIPPED = regex.compile(r"[\s\p{P}\u00b7\u318d\u30fb]+")
#: What is skipped in a Japanese term: spaces, the middle dot, punctuation.
JA_SKIPPED = regex.compile(r"[\s\p{P}\u30fb]+")


@lru_cache(maxsize=1)
def _hanja_table() -> dict[str, str]:
    from hanja.table import hanja_table  # ~27,000 entries: only on first use

    return hanja_table


def to_traditional(text: str) -> str:
    """Shinjitai -> kyūjitai, character by character (other characters unchanged)."""
    return "".join(SHINJITAI_TO_KYUJITAI.get(c, c) for c in text)


def _dueum(syllable: str) -> str:
    """The initial-sound rule (두음법칙): word-initial ㄹ -> ㄴ/ㅇ, ㄴ -> ㅇ before i/y."""
    n = ord(syllable) - 0xAC00
    if not 0 <= n < 11172:
        return syllable
    i, v, f = n // 588, (n % 588) // 28, n % 28
    y_like = v in (2, 6, 7, 12, 17, 20)        # ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ
    if i == 5:                                  # ㄹ
        i = 11 if y_like else 2
    elif i == 2 and y_like:                     # ㄴ
        i = 11
    else:
        return syllable
    return chr(0xAC00 + (i * 21 + v) * 28 + f)


@cached(maxsize=8192)
def sino_korean_readings(ch: str, initial: bool = False, name: bool = False) -> tuple[str, ...]:
    """Hangul readings of one Han character, the usual one first.

    Shinjitai are read in their traditional form first, then as written; `initial`
    puts the initial-sound-rule form first (労 -> 노, 李 -> 이); `name` prefers 김 for 金.
    """
    table = _hanja_table()
    trad = SHINJITAI_TO_KYUJITAI.get(ch, ch)
    base = [r for r in (table.get(trad), table.get(ch)) if r]
    base += list(_MORE_READINGS.get(trad, ()))
    if name and trad == "金":
        base.insert(0, "김")
    out: list[str] = []
    for r in base:
        d = _dueum(r)
        out.extend((d, r) if initial else (r, d))
    return tuple(dict.fromkeys(out))


# ---------------------------------------------------------------------------------------
# Units: what one Japanese piece may be in Korean
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Unit:
    text: str                      # the Japanese characters
    forms: tuple[str, ...]         # Korean forms, the usual one first ("" = cannot be read)
    kind: str                      # "char", "country", "word", "other"


def _units(ja: str) -> list[_Unit]:
    s = JA_SKIPPED.sub("", unicodedata.normalize("NFKC", ja))
    units: list[_Unit] = []
    i = 0
    while i < len(s):
        word = next((w for w in _WORDS_BY_LENGTH if s.startswith(w, i)), None)
        if word:
            units.append(_Unit(word, _WORDS[word], "word"))
            i += len(word)
            continue
        j = i
        while j < len(s) and s[j] in _COUNTRY:
            j += 1
        if j - i >= 2 and j - i <= 4:
            run = s[i:j]
            orders = sorted(itertools.permutations(run),
                            key=lambda p: [_COUNTRY_PRIORITY.find(_COUNTRY[c][0]) for c in p])
            forms = ["".join(combo) for p in orders for combo in itertools.product(*(_COUNTRY[c] for c in p))]
            forms += ["".join(r) for r in itertools.product(*(sino_korean_readings(c) for c in run))]
            units.append(_Unit(run, tuple(dict.fromkeys(forms)), "country"))
            i = j
            continue
        ch = s[i]
        if ch == "\u3005" and units and units[-1].kind == "char":        # 々 repeats
            units.append(_Unit(ch, units[-1].forms, "char"))
        elif regex.match(r"\p{Han}", ch):
            forms = sino_korean_readings(ch, initial=(i == 0))
            if ch in _NUMERALS:
                forms = forms + (_NUMERALS[ch],)
            units.append(_Unit(ch, forms, "char"))
        elif ch.isascii() and ch.isalnum():
            units.append(_Unit(ch, (ch.casefold(),), "other"))
        else:
            units.append(_Unit(ch, (), "other"))
        i += 1
    return units


def _ko_key(ko: str) -> str:
    return KO_SKIPPED.sub("", unicodedata.normalize("NFKC", ko)).casefold()


@dataclass(frozen=True)
class _Run:
    ja_start: int
    ja_end: int            # unit indices
    ko_start: int
    ko_end: int
    pairs: tuple[tuple[_Unit, str], ...]

    @property
    def ja_chars(self) -> int:
        return sum(len(u.text) for u, _ in self.pairs)


def _runs(units: list[_Unit], ko: str) -> list[_Run]:
    runs = []
    for a in range(len(units)):
        for b in range(len(ko)):
            i, j, pairs = a, b, []
            while i < len(units):
                form = next((f for f in units[i].forms if f and ko.startswith(f, j)), None)
                if form is None:
                    break
                pairs.append((units[i], form))
                i, j = i + 1, j + len(form)
            if pairs:
                runs.append(_Run(a, i, b, j, tuple(pairs)))
    return runs


def cognate(ja: str, ko: str) -> NameMatch | None:
    """Do a Japanese kanji term and a Korean Hangul term share Sino-Korean readings?

    Score = (Japanese characters + Korean syllables covered by common runs) / (all of
    them): 1.0 for 安全保障 <-> 안전보장, less for partial overlaps.  Runs must cover two
    characters or more unless they cover both terms whole.  None when nothing is shared.
    """
    units = _units(ja or "")
    key = _ko_key(ko or "")
    if not units or not key:
        return None
    ja_total = sum(len(u.text) for u in units)
    chosen: list[_Run] = []
    used_ja: set[int] = set()
    used_ko: set[int] = set()
    for run in sorted(_runs(units, key), key=lambda r: (-r.ja_chars, -(r.ko_end - r.ko_start), r.ja_start)):
        whole = run.ja_chars == ja_total and run.ko_end - run.ko_start == len(key)
        if run.ja_chars < 2 and not whole:
            continue
        ja_span, ko_span = set(range(run.ja_start, run.ja_end)), set(range(run.ko_start, run.ko_end))
        if ja_span & used_ja or ko_span & used_ko:
            continue
        chosen.append(run)
        used_ja |= ja_span
        used_ko |= ko_span
    if not chosen:
        return None
    matched_ja = sum(r.ja_chars for r in chosen)
    matched_ko = sum(r.ko_end - r.ko_start for r in chosen)
    score = (matched_ja + matched_ko) / (ja_total + len(key))
    parts = []
    for r in sorted(chosen, key=lambda r: r.ja_start):
        jt = "".join(u.text for u, _ in r.pairs)
        kt = "".join(f for _, f in r.pairs)
        notes = [f"{u.text} {'in Korean order' if u.kind == 'country' else 'as a word'}"
                 for u, _ in r.pairs if u.kind in ("country", "word")]
        trad = [f"{u.text}={to_traditional(u.text)}" for u, _ in r.pairs
                if u.kind == "char" and to_traditional(u.text) != u.text]
        extra = "; ".join(notes + trad)
        parts.append(f"{jt}→{kt}" + (f" ({extra})" if extra else ""))
    evidence = (f"Sino-Korean readings (hanja, shinjitai→traditional first): {', '.join(parts)}; "
                f"coverage {matched_ja}/{ja_total} ja, {matched_ko}/{len(key)} ko")
    reading = "".join(u.forms[0] if u.forms and u.forms[0] else u.text for u in units)
    return NameMatch(round(score, 3), evidence, reading)


@cached(maxsize=16384)
def korean_for_japanese_term(ja: str) -> Suggestion | None:
    """Sino-Korean Hangul reading of a kanji term (安全保障 -> 안전보장, 日韓関係 -> 한일 관계).

    Every character must have a reading: None for terms with kana (or with characters
    the hanja table does not know).  A leading run of country abbreviations is put in
    Korean order and followed by a space, as Korean writes 한일 관계.
    """
    units = _units(ja or "")
    if not units or not any(u.kind != "other" for u in units) or not all(u.forms and u.forms[0] for u in units):
        return None
    out = []
    for k, u in enumerate(units):
        out.append(u.forms[0])
        if k == 0 and u.kind == "country" and len(units) > 1:
            out.append(" ")
    text = "".join(out)
    shown = " ".join(f"{u.text}{'(' + to_traditional(u.text) + ')' if u.kind == 'char' and to_traditional(u.text) != u.text else ''}→{u.forms[0]}"
                     for u in units)
    n = sum(len(u.text) for u in units)
    confidence = 0.6 if n <= 4 else 0.5 if n <= 6 else 0.4
    evidence = (f"Sino-Korean reading (hanja package, shinjitai→traditional first, initial-sound rule): {shown}; "
                f"the Korean term may use other words")
    return Suggestion(text, confidence, evidence, text)
