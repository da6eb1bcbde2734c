"""Regenerate the encoded and byte-level fixtures in this folder.

    .venv/bin/python tests/data/documents/make_fixtures.py

The committed bytes are what the tests read; this script documents how they were made.
Each text is Japanese-only or Korean-only (plus ASCII digits and punctuation) so that it
is representable in the legacy encodings it is converted to.
"""
from pathlib import Path

HERE = Path(__file__).parent

JA = """日本と韓国の関係

石破茂首相は十月一日に新しい内閣とともに就任した。数日後の所信表明演説で、石破首相は韓国との関係を前進させる強い意欲を示した。1
石破首相は就任直後に尹錫悦大統領と電話会談を行い、ラオスの首都ビエンチャンで初めての日韓首脳会談に臨んだ。2
両国の国民が関係改善の成果を実感できるよう、政府は具体的な措置を検討すべきである。3

注
1. 首相官邸「第二百十四回国会における石破内閣総理大臣所信表明演説」2024年10月4日。
2. 外務省「日韓首脳会談」2024年10月10日。
3. 読売新聞「日韓関係の行方」2024年11月1日。
"""

KO = """한일 관계의 새로운 출발

이시바 시게루 총리는 10월 1일 새 내각과 함께 취임했다. 며칠 뒤 국회 소신표명 연설에서 그는 한국과의 관계를 발전시키겠다는 강한 의지를 밝혔다.1
이시바 총리는 취임 직후 윤석열 대통령과 전화 통화를 했고, 라오스 비엔티안에서 첫 한일 정상회담을 가졌다.2
양국 국민이 관계 개선의 성과를 체감할 수 있도록 정부는 구체적인 조치를 검토해야 한다.3

주
1. 일본 총리관저, “제214회 국회 소신표명 연설,” 2024년 10월 4일.
2. 외교부, “한일 정상회담 결과,” 2024년 10월 10일.
3. 경향신문, “사설: 한일 관계의 앞날,” 2024년 11월 1일.
"""

ENCODED = {
    "ja_cp932.txt": (JA, "cp932"),
    "ja_euc_jp.txt": (JA, "euc-jp"),
    "ja_utf8_sig.txt": (JA, "utf-8-sig"),
    "ja_utf16_le_bom.txt": (JA, "utf-16-le-bom"),
    "ko_cp949.txt": (KO, "cp949"),
    "ko_euc_kr.txt": (KO, "euc-kr"),
    "ko_utf16_be_bom.txt": (KO, "utf-16-be-bom"),
    "ko_utf8.txt": (KO, "utf-8"),
}


def encode(text: str, codec: str) -> bytes:
    if codec == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if codec == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(codec)


def main() -> None:
    for name, (text, codec) in ENCODED.items():
        (HERE / name).write_bytes(encode(text, codec))
    # CRLF line ends (Windows), and old-Mac CR line ends.
    crlf = (HERE / "bracket_markers.txt").read_text(encoding="utf-8")
    (HERE / "crlf.txt").write_bytes(crlf.replace("\n", "\r\n").encode("utf-8"))
    (HERE / "cr_only.txt").write_bytes(crlf.replace("\n", "\r").encode("utf-8"))
    # Binary: a PNG signature, an IHDR chunk header and some zero bytes.
    (HERE / "binary.bin").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
        + bytes(range(256)))
    # Undecodable: no NUL, but invalid in UTF-8, CP932, EUC-JP and CP949 alike.
    (HERE / "undecodable.txt").write_bytes(b"Title\n" + b"\x80\xff\xfe\xfd\x80\xff" * 40 + b"\n")
    # Empty file, and a file of only a BOM.
    (HERE / "empty.txt").write_bytes(b"")
    (HERE / "bom_only.txt").write_bytes(b"\xef\xbb\xbf")
    # Decomposed (NFD, as from macOS) Korean and Japanese: must come out NFC.
    import unicodedata
    nfd = "한국 대법원 판결.1\nガイドブック。2\n\n1. 출처 “대법원,” 2023.\n2. 「ガイド」2024年。\n"
    (HERE / "nfd.txt").write_bytes(unicodedata.normalize("NFD", nfd).encode("utf-8"))


if __name__ == "__main__":
    main()
