"""Hostile rows: files in the exchange formats -- imports that would corrupt or hang,
exports that would clobber.  (A full disk during `export po` is tests/test_exchange.py's
`test_export_po_on_a_full_disk_replaces_nothing`: it needs a write to fail half-way.)"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from glossary import Glossary
from hostile_support import Case, Row

ITEM_CSV = "5: CSV rows without an id merged, short rows approved, an unterminated quote swallows the file"
ITEM_PO = "5: .po Language header changed, msgstr[N] without msgid_plural, a deleted entry re-created"
ITEM_MERGE_TOOLS = "13: msgcat conflict blocks imported as the Korean term"
ITEM_EXPORT = "5: exports follow symlinks, replace 444 files, leave .tmp-* files"
ITEM_DUPLICATES = "5: two lines for one term (OmegaT), one id twice (JSON) fail as a conflict"
ITEM_SIZE = "6 hangs and size: import of a FIFO, a device, a file over the limit"
ITEM_JSON = "6 tracebacks: JSON nesting, huge integers, 1e400, NaN, lone surrogates, wrong types"
ITEM_MESSAGES = "6 messages: CSV/TSV not UTF-8, OmegaT without --lang, foreign TBX namespace, po charset"
ITEM_CONTROLS = "6 terminal injection: control characters in imported text"


def _write(name: str, content: str | bytes):
    def setup(tmp: Path, db: Path) -> Case:
        path = tmp / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return Case(["import", name])
    return setup


def _names(name: str, line: int | None = None):
    return lambda tmp, db: f"{name}:{line}:" if line else name


def _entries(db: Path) -> dict[str, list[tuple[str, str, str, str]]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        out: dict[str, list[tuple[str, str, str, str]]] = {}
        for entry_id, lang, text, role, status in conn.execute(
                "SELECT entry_id, lang, text, role, status FROM terms ORDER BY entry_id, pos"):
            out.setdefault(entry_id, []).append((lang, text, role, status))
        return out
    finally:
        conn.close()


def _check_entries(**want: list[tuple[str, str, str, str]]):
    def check(result, tmp, db) -> None:
        got = _entries(db)
        for entry_id, terms in want.items():
            assert got.get(entry_id) == terms, (entry_id, got.get(entry_id))
    return check


CSV_HEAD = "id,category,note,lang,text,role,status,origin,confidence,reading,evidence\r\n"


# -- .po -----------------------------------------------------------------------------------

def _exported_po(edit):
    def setup(tmp: Path, db: Path) -> Case:
        with Glossary.open(db) as g:
            g.export_po("ko", str(tmp / "locale"))
        po = tmp / "locale" / "ko" / "LC_MESSAGES" / "glossary.po"
        text = po.read_text(encoding="utf-8")
        po.write_text(edit(text, db), encoding="utf-8")
        return Case(["import", str(po.relative_to(tmp))])
    return setup


def _language_to_ja(text: str, db: Path) -> str:
    return text.replace('"Language: ko\\n"', '"Language: ja\\n"')


def _delete_after_export(text: str, db: Path) -> str:
    with Glossary.open(db) as g:
        g.delete("yoon-suk-yeol")
    return text


def _msgcat_conflict(text: str, db: Path) -> str:
    """What `msgcat a.po b.po` writes where the two catalogs disagree."""
    old = 'msgstr "윤석열"'
    assert old in text
    return text.replace(old, 'msgstr ""\n"#-#-#-#-#  a.po (glossary)  #-#-#-#-#\\n"\n"윤석열\\n"\n'
                             '"#-#-#-#-#  b.po (glossary)  #-#-#-#-#\\n"\n"윤 대통령"', 1)


def _msgcat_line(tmp: Path, db: Path) -> str:
    lines = (tmp / "locale" / "ko" / "LC_MESSAGES" / "glossary.po").read_text(encoding="utf-8").splitlines()
    marker = '"#-#-#-#-#  a.po (glossary)  #-#-#-#-#\\n"'
    return f"glossary.po:{lines.index(marker) + 1}: msgcat conflict block"


PLURAL_WITHOUT_MSGID_PLURAL = """msgid ""
msgstr ""
"Language: ko\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgctxt "tokyo"
msgid "Tokyo"
msgstr[0] "도쿄"
"""

BOGUS_CHARSET = PLURAL_WITHOUT_MSGID_PLURAL.replace("UTF-8", "x-bogus").replace("msgstr[0]", "msgstr")

# -- exports ---------------------------------------------------------------------------------


def _dangling_link(tmp: Path, db: Path) -> Case:
    (tmp / "out.json").symlink_to(tmp / "nowhere" / "real.json")
    return Case(["export", "json", "out.json"])


def _nothing_created(result, tmp, db) -> None:
    assert not (tmp / "nowhere").exists()


def _planted_link(tmp: Path, db: Path) -> Case:
    messages = tmp / "locale" / "ko" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (tmp / "victim.txt").write_text("precious", encoding="utf-8")
    (messages / "glossary.po").symlink_to(tmp / "victim.txt")
    return Case(["export", "po", "--lang", "ko", "--out", "locale"])


def _planted_directory_link(tmp: Path, db: Path) -> Case:
    (tmp / "locale" / "ko").mkdir(parents=True)
    (tmp / "elsewhere").mkdir()
    (tmp / "locale" / "ko" / "LC_MESSAGES").symlink_to(tmp / "elsewhere")
    return Case(["export", "po", "--lang", "ko", "--out", "locale"])


def _victim_untouched(result, tmp, db) -> None:
    if (tmp / "victim.txt").exists():
        assert (tmp / "victim.txt").read_text(encoding="utf-8") == "precious"
    assert not (tmp / "elsewhere").exists() or not list((tmp / "elsewhere").iterdir())


def _read_only_target(tmp: Path, db: Path) -> Case:
    (tmp / "terms.csv").write_text("keep me", encoding="utf-8")
    os.chmod(tmp / "terms.csv", 0o444)
    return Case(["export", "csv", "terms.csv"])


def _kept(name: str, content: str):
    def check(result, tmp, db) -> None:
        assert (tmp / name).read_text(encoding="utf-8") == content
    return check


def _dead_pid() -> int:
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except OSError:
            pass
        pid -= 1


def _stale_temp(tmp: Path, db: Path) -> Case:
    (tmp / f".tmp-glossary-{_dead_pid()}-abc-dump.json").write_text("half a dump", encoding="utf-8")
    return Case(["export", "json", "dump.json"])


def _no_temps(result, tmp, db) -> None:
    assert not [p.name for p in tmp.iterdir() if p.name.startswith(".tmp-")]
    assert json.loads((tmp / "dump.json").read_text(encoding="utf-8"))["entries"]


# -- size and special files -------------------------------------------------------------------

def _fifo(tmp: Path, db: Path) -> Case:
    os.mkfifo(tmp / "terms.json")
    return Case(["import", "terms.json"])


def _over_limit(tmp: Path, db: Path) -> Case:
    (tmp / "big.json").write_text('{"format": "glossary", "version": 1, "entries": []}' + " " * 3000,
                                  encoding="utf-8")
    return Case(["import", "big.json"], env={"GLOSSARY_MAX_INPUT_MB": "0.001"})


# -- JSON values ------------------------------------------------------------------------------

def _dump(entry: str) -> str:
    return '{"format": "glossary", "version": 1, "entries": [' + entry + "]}"


def _term_entry(**term_fields: str) -> str:
    fields = {"text": '"Quad"', "status": '"approved"', **term_fields}
    inner = ", ".join(f'"{k}": {v}' for k, v in fields.items())
    return '{"id": "quad", "category": "agreement", "terms": {"en": [{' + inner + "}]}}"


JSON_CASES = [
    ("nesting", "[" * 100_000 + "]" * 100_000),
    ("5000-digit-integer", _dump('{"id": "quad", "revision": ' + "9" * 5000 + "}")),
    ("1e30-revision", _dump('{"id": "quad", "revision": 1000000000000000000000000000000}')),
    ("1e400-confidence", _dump(_term_entry(confidence="1e400"))),
    ("nan-confidence", _dump(_term_entry(confidence="NaN"))),
    ("string-confidence", _dump(_term_entry(confidence='"high"'))),
    ("lone-surrogate", _dump(_term_entry(text='"Qu\\ud800ad"'))),
    ("version-string", '{"format": "glossary", "version": "1", "entries": []}'),
    ("created-at-number", _dump('{"id": "quad", "created_at": 5}')),
    ("note-list", _dump('{"id": "quad", "note": ["a"]}')),
    ("evidence-object", _dump(_term_entry(evidence='{"a": 1}'))),
    ("origin-number", _dump(_term_entry(origin="3"))),
    ("escape-in-note", _dump('{"id": "quad", "note": "see \\u001b]0;x\\u0007", "terms": {"en": ["Quad"]}}')),
    ("nul-in-term", _dump(_term_entry(text='"Qu\\u0000ad"'))),
]

ROWS: list[Row] = [
    # -- CSV -------------------------------------------------------------------------------
    Row("formats:csv-rows-without-id", ITEM_CSV,
        _write("t.csv", CSV_HEAD + ",agreement,,en,Quad,preferred,approved,,1.0,,\r\n"
                                   ",agreement,,en,AUKUS,preferred,approved,,1.0,,\r\n"),
        exits=frozenset({0}), check=_check_entries(quad=[("en", "Quad", "preferred", "approved")],
                                                    aukus=[("en", "AUKUS", "preferred", "approved")])),
    Row("formats:csv-short-row", ITEM_CSV, _write("t.csv", CSV_HEAD + "quad,agreement,,en,Quad\r\n"),
        names=_names("t.csv", 2)),
    Row("formats:csv-no-status-is-a-suggestion", ITEM_CSV, _write("t.csv", "id,lang,text\r\nquad,en,Quad\r\n"),
        exits=frozenset({0}), check=_check_entries(quad=[("en", "Quad", "preferred", "suggested")])),
    Row("formats:csv-unterminated-quote", ITEM_CSV,
        _write("t.csv", CSV_HEAD + 'quad,agreement,"oops,en,Quad,preferred,approved,,1.0,,\r\n'
                                   "tokyo,place,,ko,도쿄,preferred,approved,,1.0,,\r\n"),
        names=_names("t.csv")),
    Row("formats:csv-nan-confidence", ITEM_JSON,
        _write("t.csv", CSV_HEAD + "quad,agreement,,en,Quad,preferred,approved,,nan,,\r\n"), names=_names("t.csv", 2)),
    # -- .po ---------------------------------------------------------------------------------
    Row("formats:po-language-edited", ITEM_PO, _exported_po(_language_to_ja), names=_names("glossary.po")),
    Row("formats:po-msgstr-n-without-plural", ITEM_PO, _write("ko.po", PLURAL_WITHOUT_MSGID_PLURAL),
        names=_names("ko.po", 8)),
    Row("formats:po-recreates-deleted-entry", ITEM_PO, _exported_po(_delete_after_export), exits=frozenset({1}),
        unchanged=True, check=lambda r, tmp, db: "yoon-suk-yeol" not in _entries(db)),
    Row("formats:po-bogus-charset", ITEM_MESSAGES, _write("ko.po", BOGUS_CHARSET), names=_names("ko.po")),
    Row("formats:po-msgcat-conflict-block", ITEM_MERGE_TOOLS, _exported_po(_msgcat_conflict), names=_msgcat_line),
    # -- exports ---------------------------------------------------------------------------------
    Row("formats:export-dangling-link", ITEM_EXPORT, _dangling_link, names=_names("out.json"),
        check=_nothing_created),
    Row("formats:export-planted-po-link", ITEM_EXPORT, _planted_link, names=_names("glossary.po"),
        check=_victim_untouched),
    Row("formats:export-planted-directory-link", ITEM_EXPORT, _planted_directory_link,
        names=_names("glossary.po"), check=_victim_untouched),
    Row("formats:export-read-only-file", ITEM_EXPORT, _read_only_target, names=_names("terms.csv"),
        check=_kept("terms.csv", "keep me")),
    Row("formats:export-stale-temp-removed", ITEM_EXPORT, _stale_temp, exits=frozenset({0}), check=_no_temps),
    # -- two translations of one term -----------------------------------------------------------
    Row("formats:tsv-two-lines-for-one-term", ITEM_DUPLICATES,
        lambda tmp, db: (tmp / "o.txt").write_text("Tokyo\t도쿄\tplace\nTokyo\t동경\tplace\n", encoding="utf-8")
        and Case(["import", "o.txt", "--format", "tsv", "--lang", "ko"]),
        exits=frozenset({0}), check=_check_entries(tokyo=[
            ("en", "Tokyo", "preferred", "approved"), ("ja", "東京", "preferred", "approved"),
            ("ko", "도쿄", "preferred", "suggested"), ("ko", "동경", "alias", "suggested")])),
    Row("formats:json-one-id-twice", ITEM_DUPLICATES,
        _write("d.json", _dump(_term_entry() + ", " + '{"id": "quad", "terms": {"ja": [{"text": "クアッド"}]}}')),
        exits=frozenset({0}), check=_check_entries(quad=[("en", "Quad", "preferred", "approved"),
                                                         ("ja", "クアッド", "preferred", "suggested")])),
    # -- size and special files -------------------------------------------------------------------
    Row("formats:import-fifo", ITEM_SIZE, _fifo, names=_names("terms.json")),
    Row("formats:import-dev-zero", ITEM_SIZE, lambda tmp, db: Case(["import", "/dev/zero", "--format", "json"]),
        names=_names("/dev/zero")),
    Row("formats:import-over-the-limit", ITEM_SIZE, _over_limit, names=_names("big.json")),
    # -- JSON values --------------------------------------------------------------------------------
    *[Row(f"formats:json-{name}", ITEM_CONTROLS if "-in-" in name else ITEM_JSON, _write("d.json", text),
          names=_names("d.json")) for name, text in JSON_CASES],
    # -- messages -----------------------------------------------------------------------------------
    Row("formats:csv-not-utf8", ITEM_MESSAGES, _write("t.csv", (CSV_HEAD + "tokyo,place,,ja,東京,,,,,,\r\n")
                                                      .encode("cp932")), names=_names("t.csv", 2)),
    Row("formats:tsv-not-utf8", ITEM_MESSAGES,
        lambda tmp, db: (tmp / "o.txt").write_bytes("Tokyo\t東京\n".encode("euc-jp"))
        and Case(["import", "o.txt", "--lang", "ja"]), names=_names("o.txt", 1)),
    Row("formats:tsv-without-lang", ITEM_MESSAGES,
        lambda tmp, db: (tmp / "o.txt").write_text("Tokyo\t도쿄\n", encoding="utf-8") and Case(["import", "o.txt"]),
        names=_names("o.txt")),
    Row("formats:tbx-foreign-namespace", ITEM_MESSAGES,
        _write("t.tbx", '<?xml version="1.0"?><tbx xmlns="urn:example:not-tbx"><text><body>'
                        '<conceptEntry id="quad"><langSec xml:lang="en"><termSec><term>Quad</term></termSec>'
                        "</langSec></conceptEntry></body></text></tbx>"), names=_names("t.tbx")),
]
