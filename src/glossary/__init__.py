"""glossary: an English/Japanese/Korean termbase for editors, translators and pipelines.

    from glossary import Glossary
    g = Glossary.open("terms/glossary.db")
    for hit in g.lookup("Plaza Accord", to="ko"):
        print(hit.targets[0].text if hit.targets else "(no Korean yet)")

Importing this package loads no Textual and no dictionaries.
"""
from .api import Glossary
from .errors import Conflict, FormatError, GlossaryError, InputError, NotFound, StoreError
from .model import Category, Change, Entry, LookupHit, Occurrence, Role, Stats, Status, Term

__all__ = [
    "Glossary", "Entry", "Term", "Occurrence", "Change", "LookupHit", "Stats",
    "Category", "Role", "Status",
    "GlossaryError", "InputError", "FormatError", "NotFound", "StoreError", "Conflict",
]
__version__ = "0.1.0"
