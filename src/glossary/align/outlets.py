"""Major newspapers and news agencies of Japan, Korea and China with their English names.

    outlet(text) -> Outlet | None

General vocabulary, like a gazetteer: a newspaper's English name follows no rule (韓国日報
is "Hankook Ilbo", read in Korean, not "Kankoku Nippo"; 共同通信 is "Kyodo News", not
"Kyodo Tsushin"), so the usual names of the major outlets are listed.  The aligner uses
the table to link a CJK source name to the English one used in the body and to name a
source cited only in Japanese/Korean.  The first English name is the preferred one.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Outlet:
    en: tuple[str, ...]      # English names, preferred first (abbreviations last)
    forms: tuple[str, ...]   # Japanese / Korean / Chinese forms


#: (English names, CJK forms).  Japanese national and regional dailies, Korean dailies and
#: agencies, North Korean state media, Chinese state media.
_TABLE: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Japan
    (("Yomiuri Shimbun", "Yomiuri"), ("読売新聞", "요미우리신문", "요미우리 신문")),
    (("Asahi Shimbun", "Asahi"), ("朝日新聞", "아사히신문", "아사히 신문")),
    (("Mainichi Shimbun", "Mainichi"), ("毎日新聞", "마이니치신문", "마이니치 신문")),
    (("Nihon Keizai Shimbun", "Nikkei", "Nikkei Asia"), ("日本経済新聞", "日経新聞", "日経", "니혼게이자이신문", "니혼게이자이 신문", "닛케이")),
    (("Sankei Shimbun", "Sankei"), ("産経新聞", "産業経済新聞", "산케이신문", "산케이 신문")),
    (("Tokyo Shimbun",), ("東京新聞",)),
    (("Chunichi Shimbun",), ("中日新聞",)),
    (("Hokkaido Shimbun",), ("北海道新聞",)),
    (("Nishinippon Shimbun", "Nishi-Nippon Shimbun"), ("西日本新聞",)),
    (("Kahoku Shimpo",), ("河北新報",)),
    (("Kobe Shimbun",), ("神戸新聞",)),
    (("Kyoto Shimbun",), ("京都新聞",)),
    (("Chugoku Shimbun",), ("中国新聞",)),
    (("Shinano Mainichi Shimbun",), ("信濃毎日新聞",)),
    (("Shizuoka Shimbun",), ("静岡新聞",)),
    (("Niigata Nippo",), ("新潟日報",)),
    (("Kumamoto Nichinichi Shimbun",), ("熊本日日新聞",)),
    (("Minami-Nippon Shimbun", "Minami Nippon Shimbun"), ("南日本新聞",)),
    (("Ryukyu Shimpo",), ("琉球新報",)),
    (("Okinawa Times",), ("沖縄タイムス",)),
    (("Nikkan Kogyo Shimbun",), ("日刊工業新聞",)),
    (("Japan Times",), ("ジャパンタイムズ", "재팬타임스")),
    (("Kyodo News", "Kyodo"), ("共同通信", "共同通信社", "교도통신", "교도 통신")),
    (("Jiji Press", "Jiji"), ("時事通信", "時事通信社", "지지통신", "지지 통신")),
    (("NHK", "Japan Broadcasting Corporation"), ("日本放送協会", "NHK")),
    # South Korea
    (("Chosun Ilbo",), ("조선일보", "朝鮮日報")),
    (("JoongAng Ilbo", "Korea JoongAng Daily"), ("중앙일보", "中央日報")),
    (("Dong-A Ilbo",), ("동아일보", "東亜日報")),
    (("Hankook Ilbo",), ("한국일보", "韓国日報", "韓國日報")),
    (("Hankyoreh",), ("한겨레", "한겨레신문", "ハンギョレ")),
    (("Kyunghyang Shinmun",), ("경향신문", "京郷新聞")),
    (("Seoul Shinmun",), ("서울신문",)),
    (("Kukmin Ilbo",), ("국민일보",)),
    (("Segye Ilbo",), ("세계일보", "世界日報")),
    (("Munhwa Ilbo",), ("문화일보",)),
    (("Maeil Business Newspaper", "Maeil Business"), ("매일경제", "매일경제신문")),
    (("Korea Economic Daily", "Hankyung"), ("한국경제", "한국경제신문")),
    (("Yonhap News Agency", "Yonhap"), ("연합뉴스", "聯合ニュース", "聯合通信")),
    (("Newsis",), ("뉴시스",)),
    (("News1",), ("뉴스1",)),
    (("Korea Policy Briefing", "Policy Briefing"), ("대한민국 정책브리핑", "정책브리핑")),
    (("KBS", "Korean Broadcasting System"), ("한국방송공사",)),
    (("MBC", "Munhwa Broadcasting Corporation"), ("문화방송",)),
    # North Korea
    (("Korean Central News Agency", "KCNA"), ("조선중앙통신", "朝鮮中央通信")),
    (("Rodong Sinmun", "Rodong Sinmun newspaper"), ("로동신문", "노동신문", "労働新聞")),
    (("Korean Central Television", "KCTV"), ("조선중앙TV", "조선중앙텔레비전", "朝鮮中央テレビ")),
    # China and Taiwan
    (("People's Daily",), ("人民日報", "人民日报", "인민일보")),
    (("Xinhua News Agency", "Xinhua"), ("新華社", "新华社", "新華通信", "신화통신", "신화사")),
    (("Global Times",), ("環球時報", "环球时报", "환구시보")),
    (("China Daily",), ("中国日報", "中国日报", "차이나데일리")),
    (("Central News Agency",), ("中央社", "中央通訊社")),
)


@lru_cache(maxsize=1)
def _index() -> dict[str, Outlet]:
    out: dict[str, Outlet] = {}
    for en, forms in _TABLE:
        o = Outlet(en, forms)
        for f in forms:
            out[f.replace(" ", "")] = o
    return out


def outlet(text: str) -> Outlet | None:
    """The outlet a CJK source name names (spaces ignored), else None."""
    return _index().get(text.replace(" ", "").replace("\u3000", ""))
