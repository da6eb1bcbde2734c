"""An English article aligned with its published Japanese or Korean edition (issue 17).

    align_edition(tb, actor, original, edition, lang=None, dry_run=False) -> reports.EditionReport

A service (like `pipeline` and `exchange`): it takes a `store.termbase.Termbase` and the
actor's name.  Its parts:

    texts.py      a read Document as paragraphs and sentences (with lines, columns, markers)
    sentences.py  sentence splitting: English, and Japanese/Korean (。！？ and quotes)
    anchors.py    numbers, months, Latin words: what both sides share whatever the script
    lengths.py    the Gale-Church length model with anchors; beads 1-1, 2-1, 1-2, 2-2, 1-0, 0-1
    aligner.py    paragraphs first, then the sentences inside each paragraph bead
    harvest.py    the form the edition used for each English entry (evidence first, then
                  co-occurrence over the whole document)
    service.py    reading, checks, storing (suggestions with origin `edition:<file>`)
"""
from __future__ import annotations

from .service import align_edition, script_language

__all__ = ["align_edition", "script_language"]
