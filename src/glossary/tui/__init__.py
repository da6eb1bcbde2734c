"""The Textual TUI (`glossary tui`).  The only package that imports Textual.

`make_app(db)` in `app.py` builds the app for the CLI, the tests and the benchmark.
Modules that hold no widget (`rows`, `cells`) import no Textual, so
their logic is tested without an app.
"""
