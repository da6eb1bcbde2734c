"""Fixtures of the Pilot test modules (test_tui.py, test_tui_editor.py), loaded by
conftest.py as a plugin: a sample termbase on disk, a second connection to it (what
another process sees and changes), and the live refresh's timer switched off."""
from __future__ import annotations

import pytest

from glossary import Glossary


@pytest.fixture
def no_timed_poll(monkeypatch):
    """The live refresh polls once a second; tests call MainScreen.poll() themselves, so a
    change "by another process" lands exactly where the test puts it."""
    import glossary.tui.screens.main as main_screen

    monkeypatch.setattr(main_screen, "POLL_SECONDS", 3600.0)


@pytest.fixture
def db(tmp_path):
    from tui_sample import sample_termbase

    return sample_termbase(str(tmp_path / "tb.db"))


@pytest.fixture
def other(db):
    """A second connection under another editor's name: what another process sees."""
    with Glossary.open(db, actor="lee") as g:
        yield g
