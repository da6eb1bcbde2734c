"""What a command handler gets: the parsed arguments' termbase (opened lazily) and
output helpers."""
from __future__ import annotations

import argparse
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Context:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self._glossary = None

    def glossary(self, *, create: bool = True):
        if self._glossary is None:
            from ..api import Glossary

            self._glossary = Glossary.open(self.args.db, create=create)
        return self._glossary

    def close(self) -> None:
        if self._glossary is not None:
            self._glossary.close()
            self._glossary = None

    @staticmethod
    def print_json(data: Any) -> None:
        import json

        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
        sys.stdout.write("\n")

    @staticmethod
    def print(text: str = "") -> None:
        sys.stdout.write(text + "\n")

    @staticmethod
    def warn(text: str) -> None:
        sys.stderr.write(f"glossary: {text}\n")

    @staticmethod
    def interactive() -> bool:
        return sys.stderr.isatty()
