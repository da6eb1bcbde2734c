"""The README's Python example runs as written (on a temporary termbase)."""
from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_python_example_runs(tmp_path):
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### From Python"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    code = code.replace('"/tmp/example.db"', repr(str(tmp_path / "example.db")))
    exec(compile(code, "README.md", "exec"), {})
