"""Exchange formats, each a `read_x(stream)` / `write_x(stream, entries)` pair (Babel style).

No store access here: the functions turn `Entry` objects into files and files back into
`Entry` objects.  Mapping imported entries onto a termbase is `glossary.exchange`.

    pofile    gettext .po/.pot (+ .mo) for translators: msgctxt = entry id
    tbxfile   TBX v3 (ISO 30042:2019, TBX-Basic DCA) out; TBX v3 and TBX 2 (martif) in
    csvfile   full CSV (one row per term) and the OmegaT tab-separated glossary
    jsonfile  the DESIGN.md section 4 shape: lossless dump and restore
"""
