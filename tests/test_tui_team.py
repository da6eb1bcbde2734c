"""The TUI on the team server (issue 16): two editors' TUIs (two apps driven by Pilot in
one test) on one PostgreSQL database, the TUI conflict suites run again on PostgreSQL, and
a server restart in the middle of a session.  The TUI itself is unchanged: it polls
`Glossary.data_version()` once a second, which on PostgreSQL counts the change
notifications (LISTEN/NOTIFY) other sessions' commits send."""
from __future__ import annotations

import asyncio
import time

import pytest

pytest.importorskip("textual")

from textual.widgets import Input  # noqa: E402

from glossary import Glossary, Status  # noqa: E402
from glossary.tui.app import make_app  # noqa: E402
from glossary.tui.screens.conflict import ConflictScreen  # noqa: E402
from tui_sample import run_async as run, sample_termbase  # noqa: E402
from test_tui import highlight, search, status_of  # noqa: E402

# The TUI conflict suites of test_tui.py and test_tui_editor.py, collected here again with
# this module's `db` (a PostgreSQL database) and `other` (a second session on it).
from test_tui import (  # noqa: E402,F401
    test_conflict_on_edit_term_overwrite, test_conflict_overwrite_applies_mine_on_theirs,
    test_conflict_reload_keeps_theirs)
from test_tui_editor import (  # noqa: E402,F401
    test_an_open_edit_of_an_entry_changed_elsewhere_goes_through_the_conflict_dialog,
    test_changes_by_another_process_show_and_are_announced)

SIZE = (160, 50)


@pytest.fixture(autouse=True)
def no_timed_poll(request, monkeypatch):
    """As in test_tui.py: the imported suites call MainScreen.poll() themselves.  The tests
    of this module that watch the real once-a-second timer are marked `live`."""
    if request.node.get_closest_marker("live"):
        return
    import glossary.tui.screens.main as main_screen

    monkeypatch.setattr(main_screen, "POLL_SECONDS", 3600.0)


@pytest.fixture
def db(pg_url):
    return sample_termbase(pg_url)


@pytest.fixture
def other(db):
    with Glossary.open(db) as g:
        yield g


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


async def wait_for(pilot, predicate, timeout: float = 5.0) -> float:
    """Let the app run until `predicate()` holds; the seconds it took (fails after `timeout`)."""
    start = time.monotonic()
    while not predicate():
        if time.monotonic() - start > timeout:
            pytest.fail(f"not within {timeout} s")
        await asyncio.sleep(0.02)
    return time.monotonic() - start


@pytest.mark.live
@run
async def test_two_tuis_on_one_server_see_each_others_approval_and_a_stale_save_asks(db):
    """Acceptance: an approval in one TUI appears in the other within a second (its
    one-second poll; the wait is polled with a generous deadline, the time is printed), and
    a save in the other based on what it showed before opens the conflict dialog."""
    one, two = make_app(db), make_app(db)
    async with one.run_test(size=SIZE) as p1, two.run_test(size=SIZE) as p2:
        await search(p1, "ishiba")
        await search(p2, "ishiba")
        assert status_of(two.glossary, "ishiba-shigeru", "ja", "石破茂") is Status.SUGGESTED
        seen_by_two = two.main.entry.revision

        def shown_in_two() -> Status:
            return next(t.status for t in two.main.entry.terms if (t.lang, t.text) == ("ja", "石破茂"))
        assert shown_in_two() is Status.SUGGESTED
        await p1.press("a")                                   # editor one approves
        assert one.main.entry.revision == seen_by_two + 1
        took = await wait_for(p2, lambda: shown_in_two() is Status.APPROVED
                              and any("1 entry changed elsewhere: ishiba-shigeru" in m for m in messages(two)))
        print(f"approval seen and announced by the other TUI after {took:.2f} s")
        assert two.main.entry.revision == seen_by_two + 1

        # editor two opens the term editor on what it shows; editor one approves the Korean
        # term meanwhile; two's save is based on the revision it showed: the conflict dialog
        await p2.press("e")
        await p2.pause()
        await highlight(p1, "ko", "이시바 시게루")
        await p1.press("a")
        assert status_of(one.glossary, "ishiba-shigeru", "ko", "이시바 시게루") is Status.APPROVED
        two.screen.query_one("#term-text", Input).value = "Ishiba Shigeru (PM)"
        await p2.press("enter")
        await p2.pause()
        assert isinstance(two.screen, ConflictScreen)
        await p2.press("r")                                   # reload: theirs kept, nothing of mine written
        with Glossary.open(db) as check:
            stored = check.get("ishiba-shigeru")
            assert status_of(check, "ishiba-shigeru", "ko", "이시바 시게루") is Status.APPROVED
            assert "Ishiba Shigeru (PM)" not in [t.text for t in stored.terms]
        assert two.main.entry.revision == stored.revision    # two shows theirs now


@run
async def test_a_server_restart_mid_session_is_one_message_then_the_tui_reconnects(db, pg_cluster):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "ishiba")
        pg_cluster.restart()
        app.main.poll()                      # what the one-second timer does
        await pilot.pause()
        said = [m for m in messages(app) if "Cannot look for other changes" in m]
        assert len(said) == 1 and "lost the connection to the PostgreSQL server" in said[0]
        assert "\n" not in said[0] and "Traceback" not in said[0]
        app.main.poll()                      # reconnected: the poll works again, no new warning
        await pilot.pause()
        assert len([m for m in messages(app) if "Cannot look" in m]) == 1
        await pilot.press("a")               # and the editor's next approval is written
        await pilot.pause()
        assert app.is_running
        with Glossary.open(db) as check:
            assert status_of(check, "ishiba-shigeru", "ja", "石破茂") is Status.APPROVED
