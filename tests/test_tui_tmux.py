"""The TUI tried as a person would: tests/tmux/gsomia.sh drives `glossary tui` in tmux
(send-keys, capture-pane) on the seed termbase.  Skipped, with the reason shown, where
tmux is not installed."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "tmux" / "gsomia.sh"
SEED = ROOT / "seeds" / "000_409e99854556560e.txt"

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed: the tmux "
                                "walk-through of `glossary tui` (tests/tmux/gsomia.sh) was not run")


def glossary_command(tmp_path: Path) -> str:
    """A `glossary` executable running this checkout with this interpreter."""
    exe = Path(sys.executable).with_name("glossary")
    if exe.exists():
        return str(exe)
    wrapper = tmp_path / "glossary"
    wrapper.write_text(f"#!/bin/sh\nPYTHONPATH={ROOT / 'src'} exec {sys.executable} -m glossary \"$@\"\n")
    wrapper.chmod(0o755)
    return str(wrapper)


def seed_termbase(db: Path, glossary: str) -> str:
    """The seed termbase from the extractor; the sample entries if extraction fails."""
    result = subprocess.run([glossary, "--db", str(db), "extract", str(SEED)], capture_output=True, text=True,
                            timeout=120)
    if result.returncode == 0:
        return "extracted from the seed article"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    from glossary import Glossary
    from tui_sample import sample_entries

    with Glossary.open(db) as g:
        g.add_all(sample_entries())
    return f"sample entries (extract failed: {result.stderr.strip()[:200]})"


def test_tmux_find_gsomia_add_korean_approve(tmp_path):
    glossary = glossary_command(tmp_path)
    db = tmp_path / "seed.db"
    how = seed_termbase(db, glossary)
    env = {**os.environ, "GLOSSARY": glossary}
    env.pop("GLOSSARY_DB", None)
    result = subprocess.run(["bash", str(SCRIPT), str(db)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, f"termbase: {how}\n{result.stdout}\n{result.stderr}"
    assert "한일 군사정보보호협정" in result.stdout

    from glossary import Glossary

    with Glossary.open(db) as g:
        [hit] = g.lookup("GSOMIA", to="ko")
        # the editor's approved form comes first; the dictionary's suggestion (if any) stays one
        assert (hit.targets[0].text, hit.targets[0].status.value) == ("한일 군사정보보호협정", "approved")
        assert all(t.status.value == "suggested" for t in hit.targets[1:])


ROUND = ROOT / "tests" / "tmux" / "editor_round.sh"


@pytest.mark.parametrize("cols, rows, no_color", [(160, 50, False), (80, 24, False), (80, 24, True)],
                         ids=["160x50", "80x24", "80x24-NO_COLOR"])
def test_tmux_editor_round(tmp_path, cols, rows, no_color):
    """Find by kana, reject and accept the right terms (read off the plain-text screen:
    under NO_COLOR only the ▶ mark tells the highlighted term), add an approved term
    with the checkbox, undo and redo it, quit; then the store holds exactly that."""
    glossary = glossary_command(tmp_path)
    db = tmp_path / "seed.db"
    how = seed_termbase(db, glossary)
    env = {**os.environ, "GLOSSARY": glossary}
    env.pop("GLOSSARY_DB", None)
    env.pop("NO_COLOR", None)
    if no_color:
        env["NO_COLOR"] = "1"
    result = subprocess.run(["bash", str(ROUND), str(db), str(cols), str(rows)], capture_output=True, text=True,
                            env=env, timeout=180)
    assert result.returncode == 0, f"termbase: {how}\n{result.stdout}\n{result.stderr}"

    from glossary import Glossary

    with Glossary.open(db) as g:
        entry = g.get("ishiba-shigeru")
        states = {(t.lang, t.text): t.status.value for t in entry.terms}
        assert states[("ja", "石破茂")] == "approved"
        assert states[("ko", "이시바 시게루")] == "rejected"
        assert all(s == "suggested" for (lang, text), s in states.items() if lang == "ko" and text == "이시바")
        [hit] = g.lookup("GSOMIA", to="ko")
        assert (hit.targets[0].text, hit.targets[0].status.value) == ("한일 군사정보보호협정", "approved")
        actions = [c.action for c in g.history(hit.entry.id, limit=3)]
        assert actions == ["redo", "undo", "set"]
        assert {c.actor for c in g.history(hit.entry.id, limit=3)} == {"tmux-editor"}
