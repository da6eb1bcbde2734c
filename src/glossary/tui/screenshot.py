"""Export an SVG screenshot of the main screen (for the README):

    python -m glossary.tui.screenshot TERMBASE.db docs/tui-main.svg [ENTRY_ID]

The table is filtered to the entries left to review, the cursor on ENTRY_ID (default
ishiba-shigeru) so the detail pane shows its terms, occurrences and footnotes."""
from __future__ import annotations

import asyncio
import sys

SIZE = (150, 38)


async def screenshot(db: str, out: str, entry_id: str = "") -> None:
    from .app import make_app

    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        index = app.main.source.index_of(entry_id)
        if index is not None:
            app.main.table.move_to(index)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        svg = app.export_screenshot(title="glossary tui")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(svg)


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    asyncio.run(screenshot(*argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
