"""Issue 13's acceptance for CSV, Weblate CSV and the OmegaT TSV, over random termbases
(roles, statuses, several terms per language; the .po/.mo property lives in
test_po_workflows.py): no export pairs an English form with a deprecated, rejected or
other-role target; suggestions are marked (fuzzy, `suggested`) and approved terms are
not; the full CSV labels every term with its own role and status; and importing an
unchanged export changes nothing and reports nothing."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from exchange_support import entries, frozen_clock, termbase
from glossary.formats.csvfile import read_tsv_rows
from glossary.formats.pairs import translation_pairs
from glossary.formats.weblatecsv import weblate_unescape
from glossary.model import Entry, Role, Status, Term

csvl10n = pytest.importorskip("translate.storage.csvl10n", reason="translate-toolkit (a test extra) not installed")

PROPERTY = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _live(t: Term) -> bool:
    return t.status is not Status.REJECTED and t.role is not Role.DEPRECATED


def _check_pair(entry: Entry, source: str, target: str, lang: str) -> Term:
    """The target term `target` of `entry` is a translation of its English `source`:
    both live, the same role.  Returns the target term."""
    [en] = [t for t in entry.terms if t.lang == "en" and t.text == source]
    [tgt] = [t for t in entry.terms if t.lang == lang and t.text == target]
    assert _live(en), (entry.id, en)
    assert tgt.status is not Status.REJECTED, (entry.id, source, tgt)
    assert tgt.role is not Role.DEPRECATED, (entry.id, source, tgt)
    assert tgt.role is en.role, (entry.id, en, tgt)
    return tgt


def _main_slot_served(entry: Entry, lang: str, served: dict[int, str]) -> None:
    """Nothing is withheld that could be served: the main English term has a target
    whenever the entry has a live target term of its role."""
    pairs = translation_pairs(entry, lang)
    if not pairs:
        return
    main = pairs[0].source
    if any(t.lang == lang and t.role is main.role and _live(t) for t in entry.terms):
        assert served.get(0), (entry.id, main)


@PROPERTY
@given(entries())
def test_weblate_csv_pairs_only_translations(tmp_path_factory, items):
    tmp = tmp_path_factory.mktemp("weblate")
    with frozen_clock():
        g = termbase(tmp / "t.db", items)
        by_id = {e.id: e for e in g.list()}
        for lang in ("ja", "ko"):
            path = g.export_weblate_csv(str(tmp / f"{lang}.csv"), lang=lang).paths[0]
            # as Weblate's "CSV file (UTF-8)" parses it (its plain "CSV file" guesses the
            # encoding, and guesses wrong on some small files: formats/weblatecsv.py)
            store = csvl10n.csvfile(encoding="utf-8")
            store.parse(Path(path).read_bytes(), sample_length=40000)
            served: dict[str, dict[int, str]] = {}
            for unit in store.units:
                entry_id, _, slot = unit.getcontext().partition("|")
                source, target = weblate_unescape(unit.source), weblate_unescape(unit.target)
                served.setdefault(entry_id, {})[int(slot or 0)] = target
                if not target:
                    assert not unit.isfuzzy()
                    continue
                term = _check_pair(by_id[entry_id], source, target, lang)
                assert unit.isfuzzy() == (term.status is Status.SUGGESTED)
            assert set(served) == {e.id for e in by_id.values() if translation_pairs(e, lang)}
            for e in by_id.values():
                _main_slot_served(e, lang, served.get(e.id, {}))
            before = g.list()
            report = g.import_file(path)
            assert (report.conflicts, report.updated, report.added, report.ignored) == ((), (), (), ())
            assert g.list() == before
        g.close()


@PROPERTY
@given(entries())
def test_omegat_tsv_pairs_only_translations(tmp_path_factory, items):
    tmp = tmp_path_factory.mktemp("omegat")
    with frozen_clock():
        g = termbase(tmp / "t.db", items)
        stored = g.list()
        for lang in ("ja", "ko"):
            for approved_only in (False, True):
                path = g.export_tsv(str(tmp / f"{lang}.txt"), lang=lang, approved_only=approved_only).paths[0]
                with open(path, "rb") as fh:
                    rows, export = read_tsv_rows(fh)
                assert export is not None
                for row in rows:
                    # the line names no entry: some entry must vouch for the pair, marked as it is
                    vouched = []
                    for e in stored:
                        if any(t.lang == "en" and t.text == row.source for t in e.terms) and \
                                any(t.lang == lang and t.text == row.target for t in e.terms):
                            try:
                                vouched.append(_check_pair(e, row.source, row.target, lang))
                            except AssertionError:
                                continue
                    assert vouched, (row, lang)
                    assert any(row.suggested == (t.status is Status.SUGGESTED) for t in vouched), row
                    assert not (approved_only and row.suggested)
                before = g.list()
                report = g.import_file(path)
                assert (report.conflicts, report.updated, report.added) == ((), (), ()), report.lines()
                assert g.list() == before
        g.close()


@PROPERTY
@given(entries())
def test_full_csv_labels_every_term_with_its_own_role_and_status(tmp_path_factory, items):
    """The full CSV pairs nothing: one row per term, each with the role and status the
    termbase has for it (a deprecated or rejected term says so)."""
    tmp = tmp_path_factory.mktemp("csv")
    with frozen_clock():
        g = termbase(tmp / "t.db", items)
        stored = {(e.id, t.lang, t.text): (t.role.value, t.status.value) for e in g.list() for t in e.terms}
        for lang in (None, "ko"):
            path = g.export_csv(str(tmp / "all.csv"), lang=lang).paths[0]
            text = Path(path).read_bytes().decode("utf-8-sig")
            from glossary.formats.csvfile import unguard

            rows = list(csv.DictReader(io.StringIO(text, newline="")))
            seen = set()
            for row in rows:
                if not row["text"]:
                    continue
                k = (unguard(row["id"]), row["lang"], unguard(row["text"]))
                assert (row["role"], row["status"]) == stored[k], k
                assert lang is None or row["lang"] in ("en", lang)
                seen.add(k)
            if lang is None:
                assert seen == set(stored)
        g.close()
