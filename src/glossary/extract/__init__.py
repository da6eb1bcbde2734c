"""Extraction: Document -> candidate concepts (English entities, acronyms, aliases,
Japanese/Korean footnote titles and the terms inside them)."""
