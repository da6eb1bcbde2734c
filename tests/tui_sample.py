"""Termbases for the TUI tests and the TUI benchmark (no Textual).

`sample_entries()` are a dozen realistic entries from the seed article (deterministic:
no clock, no randomness); `synthetic_entries(n)` are n generated en/ja/ko entries with
a realistic mix of approved, suggested and missing terms, for scale."""
from __future__ import annotations

import asyncio
import functools
import random

from glossary.model import Category, Entry, Occurrence, Role, Status, Term

SEED = "seeds/000_409e99854556560e.txt"
A, S, R = Status.APPROVED, Status.SUGGESTED, Status.REJECTED
P, AL, AB = Role.PREFERRED, Role.ALIAS, Role.ABBREVIATION


def _t(lang: str, text: str, role: Role = P, status: Status = A, origin: str = "text", confidence: float = 1.0,
       evidence: str = "", reading: str = "") -> Term:
    return Term(lang, text, role, status, origin, confidence, evidence, reading)


def sample_entries() -> list[Entry]:
    return [
        Entry("gsomia", Category.AGREEMENT, "Japan-ROK intelligence-sharing pact (2016); suspended 2019, "
              "normalised 2023.", (
                  _t("en", "General Security of Military Information Agreement"),
                  _t("en", "GSOMIA", AB),
                  _t("ja", "日韓秘密軍事情報保護協定", P, S, "dictionary:mofa", 0.7,
                     "MOFA Japan name of the 2016 agreement"),
              ), (Occurrence(SEED, 14, 1158, "At the same time, the South Korean government fully normalized the "
                             "operation of the General Security of Military Information Agreement (GSOMIA) "
                             "between Japan and South Korea."),)),
        Entry("ishiba-shigeru", Category.PERSON, "Prime Minister of Japan from October 2024.", (
            _t("en", "Ishiba Shigeru"),
            _t("en", "Ishiba", AL),
            _t("ja", "石破茂", P, S, "footnote:10", 0.9, "footnote 10 cites 石破茂 (ed.) 保守政治家",
               "いしば しげる"),
            _t("ko", "이시바 시게루", P, S, "romanization", 0.8, "hangul of the kana reading いしば しげる"),
        ), (Occurrence(SEED, 1, 16, "Prime Minister Ishiba Shigeru was inaugurated with his new cabinet on "
                       "October 1."),
            Occurrence(SEED, 48, 5, "石破茂、倉重篤郎(編) “保守政治家” わが政策、わが天命 (Tokyo: Kodansha, 2024).", 10))),
        Entry("yoon-suk-yeol", Category.PERSON, "", (
            _t("en", "Yoon Suk Yeol"),
            _t("en", "Yoon", AL),
            _t("ja", "尹錫悦", P, S, "dictionary:hanja", 0.85, "hanja of 윤석열"),
            _t("ko", "윤석열", P, A, "dictionary:names", 0.95),
        ), (Occurrence(SEED, 2, 64, "Shortly after taking office, Ishiba held a phone conversation with "
                       "President Yoon Suk Yeol, following a call with US President Joe Biden."),)),
        Entry("kishida-fumio", Category.PERSON, "", (
            _t("en", "Kishida Fumio"),
            _t("en", "Kishida", AL),
            _t("ja", "岸田文雄", P, A, "dictionary:names", 0.95),
            _t("ko", "기시다 후미오", P, A, "romanization", 0.9),
        ), (Occurrence(SEED, 8, 27, "The resignation of Kishida marks a turning point in the improving "
                       "Japan-South Korea relationship, which had been led by Kishida and Yoon."),)),
        Entry("japan-rok-security-dialogue", Category.EVENT, "", (
            _t("en", "Japan-South Korea security dialogue"),
            _t("ja", "日韓安全保障対話", P, S, "footnote:5", 0.85,
               "footnote 5 cites “第12回日韓安全保障対話の開催(結果)”"),
        ), (Occurrence(SEED, 14, 430, "In April 2023, the Japan-South Korea security dialogue, which had been "
                       "suspended for five years, was held,5"),
            Occurrence(SEED, 43, 4, "Ministry of Foreign Affairs, “第12回日韓安全保障対話の開催(結果),” "
                       "April 17, 2023", 5))),
        Entry("national-diet", Category.INSTITUTION, "", (
            _t("en", "National Diet"),
            _t("ja", "国会", P, A, "dictionary:gov", 0.95),
            _t("ko", "국회", P, S, "dictionary:hanja", 0.6, "Sino-Korean reading of 国会"),
            _t("ko", "일본 국회", AL, S, "dictionary:media", 0.5),
        ), (Occurrence(SEED, 1, 160, "Just a few days later, on October 4, during his inaugural policy speech "
                       "in the National Diet, Ishiba expressed a strong commitment."),)),
        Entry("vientiane", Category.PLACE, "", (
            _t("en", "Vientiane"),
            _t("ja", "ビエンチャン", P, A, "dictionary:places", 0.9),
            _t("ko", "비엔티안", P, S, "dictionary:places", 0.9),
            _t("ko", "비엔티엔", AL, R, "romanization", 0.4, "rejected spelling"),
        ), ()),
        Entry("mofa-japan", Category.INSTITUTION, "Cited in many footnotes.", (
            _t("en", "Ministry of Foreign Affairs of Japan"),
            _t("ja", "外務省", P, A, "dictionary:gov", 1.0),
            _t("ko", "일본 외무성", P, S, "dictionary:media", 0.75),
        ), (Occurrence(SEED, 40, 4, "Ministry of Foreign Affairs of Japan, “Japan-ROK Summit Meeting,” "
                       "October 10, 2024.", 2),)),
        Entry("kyunghyang-shinmun", Category.PUBLICATION, "", (
            _t("en", "Kyunghyang Shinmun"),
            _t("ko", "경향신문", P, S, "footnote:9", 0.8, "footnote 9 is an editorial of 경향신문"),
        ), (Occurrence(SEED, 47, 4, "“사설: 일본 새 총리 이시바, 한·일관계 ‘물 반 컵’ 채울 다짐해야,” Kyunghyang Shinmun, "
                       "September 27, 2024", 9),)),
        Entry("unification-doctrine", Category.POLICY, "Yoon's 2024 Liberation Day doctrine.", (
            _t("en", "unification doctrine"),
            _t("ko", "8·15 통일 독트린", P, S, "dictionary:media", 0.7),
        ), ()),
        Entry("freedom-edge", Category.EVENT, "", (
            _t("en", "Freedom Edge"),
            _t("ja", "フリーダム・エッジ", P, S, "romanization", 0.7),
            _t("ko", "프리덤 에지", P, S, "romanization", 0.7),
        ), ()),
        Entry("camp-david-summit", Category.EVENT, "", (
            _t("en", "Camp David summit"),
            _t("ja", "キャンプ・デービッド首脳会合", P, A, "dictionary:mofa", 0.9),
            _t("ko", "캠프 데이비드 정상회의", P, A, "dictionary:media", 0.9),
        ), ()),
    ]


_HAN = "日韓米中国際安全保障協定会議外務省防衛大臣総理首相経済政策対話戦略情報軍事"
_HANGUL = "한일미중국제안전보장협정회의외교부방위대신총리수상경제정책대화전략정보군사"
_WORDS = ("Agreement", "Council", "Dialogue", "Ministry", "Summit", "Forum", "Initiative", "Declaration")


def synthetic_entries(n: int, *, seed: int = 1) -> list[Entry]:
    """n entries: every one with English; 80% with Japanese (half approved), 70% with
    Korean suggestions; categories spread evenly."""
    rnd = random.Random(seed)
    cats = list(Category)
    out = []
    for i in range(n):
        terms = [_t("en", f"Synthetic {rnd.choice(_WORDS)} {i:06d}")]
        r = rnd.random()
        if r < 0.8:
            terms.append(_t("ja", "".join(rnd.choice(_HAN) for _ in range(rnd.randint(3, 9))), P,
                            A if r < 0.4 else S, "footnote:3", 0.8, "synthetic"))
        if rnd.random() < 0.7:
            terms.append(_t("ko", "".join(rnd.choice(_HANGUL) for _ in range(rnd.randint(3, 9))), P, S,
                            "romanization", 0.6, "synthetic"))
        out.append(Entry(f"syn-{i:06d}", cats[i % len(cats)], "", tuple(terms)))
    return out


def run_async(test):
    """Run an async test with asyncio (the suite has no async pytest plugin)."""
    @functools.wraps(test)
    def wrapper(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))
    return wrapper


def sample_termbase(path: str) -> str:
    """A termbase file holding `sample_entries()`; returns its path."""
    from glossary import Glossary

    with Glossary.open(path) as g:
        g.add_all(sample_entries())
    return path
