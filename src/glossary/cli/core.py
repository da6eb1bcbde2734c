"""Core commands: add, list, show, lookup, set, approve, reject, delete, history, undo, stats."""
from __future__ import annotations

import argparse

CATEGORY_HELP = "person, agreement, institution, event, policy, publication, place, title, other"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("add", help="add a new entry; prints its id")
    p.add_argument("text", nargs="+", metavar="TEXT", help="the term (several words need no quotes)")
    p.add_argument("--lang", default="en", help="language of the term (default en)")
    p.add_argument("--category", default="other", help=CATEGORY_HELP)
    p.add_argument("--id", dest="entry_id", help="id to use instead of one made from the text")
    p.add_argument("--note", default="", help="a note for translators")
    p.add_argument("--json", action="store_true", help="print the new entry as JSON")
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("list", help="list entries")
    p.add_argument("--category", help=CATEGORY_HELP)
    p.add_argument("--missing", metavar="LANG", help="only entries without a term in LANG")
    p.add_argument("--status", help="only entries with a term in this status (suggested, approved, rejected)")
    p.add_argument("--search", metavar="TEXT", help="only entries with a term containing TEXT (any language)")
    p.add_argument("--limit", type=bounded_int(0), help="at most this many entries")
    p.add_argument("--json", action="store_true", help="print a JSON array of entries")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show one entry")
    p.add_argument("entry_id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("lookup", help="find the entry of a term (any language); exit 1 when none")
    p.add_argument("text", nargs="+", metavar="TEXT", help="the term, in any language (several words need no quotes)")
    p.add_argument("--to", metavar="LANG", help="print the term(s) in this language")
    p.add_argument("--from", dest="from_lang", metavar="LANG", help="only match terms of this language")
    p.add_argument("--fuzzy", action="store_true", help="also rank spelling variants")
    p.add_argument("--json", action="store_true", help="print a JSON array of entries, best match first")
    p.set_defaults(handler=cmd_lookup)

    p = sub.add_parser("set", help="set the term of a language in an entry (or, with --translate, "
                                   "--definition or --subject, those fields)")
    p.add_argument("entry_id", metavar="ID")
    p.add_argument("lang", metavar="LANG", nargs="?")
    p.add_argument("text", nargs="*", metavar="TEXT", help="the term (several words need no quotes)")
    p.add_argument("--translate", choices=("yes", "no"),
                   help="no: the entry's name is kept as it is, not translated (exports mark it)")
    p.add_argument("--definition", metavar="TEXT", help="the definition in LANG ('' removes it)")
    p.add_argument("--subject", metavar="FIELD", help="the subject field (domain), e.g. 'trade policy'")
    p.add_argument("--role", default="preferred", help="preferred, alias, abbreviation, deprecated")
    p.add_argument("--approve", action="store_true", help="approve it at once")
    p.add_argument("--reading", default="", help="reading (kana for ja, romanization for ko)")
    _revision(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_set)

    for name, helptext in (("approve", "approve the term of a language"),
                           ("reject", "reject a suggested term of a language")):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("entry_id", metavar="ID")
        p.add_argument("lang", metavar="LANG")
        p.add_argument("text", metavar="TEXT", nargs="*", help="which term (default: the best candidate)")
        _revision(p)
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=cmd_approve if name == "approve" else cmd_reject)

    p = sub.add_parser("delete", help="delete an entry (undo brings it back)")
    p.add_argument("entry_id", metavar="ID")
    _revision(p)
    p.set_defaults(handler=cmd_delete)

    p = sub.add_parser("history", help="changes of an entry (or of the termbase), newest first")
    p.add_argument("entry_id", metavar="ID", nargs="?")
    p.add_argument("--limit", type=bounded_int(0), default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser("undo", help="undo the last change of an entry")
    p.add_argument("entry_id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_undo)

    p = sub.add_parser("redo", help="take back an undo that was the entry's last change")
    p.add_argument("entry_id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_redo)

    p = sub.add_parser("stats", help="counts of entries and terms, and what still needs work")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_stats)


def _words(words: list[str]) -> str:
    """TEXT given as several shell words (`glossary lookup Hong Gil Dong`) is one term."""
    return " ".join(words)


def bounded_int(low: int, high: int = 2**63 - 1):
    """An argparse type: a whole number from `low` to `high` (SQLite's integers are 64-bit)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is out of range ({low} to {high})")
        return value
    parse.__name__ = "number"
    return parse


def _revision(p: argparse.ArgumentParser) -> None:
    p.add_argument("--revision", type=bounded_int(1), metavar="N",
                   help="the revision your change is based on; refused (exit 3) if the entry changed since")


def cmd_add(args, ctx) -> int:
    g = ctx.glossary()
    text = _words(args.text)
    e = g.add(text, lang=args.lang, category=args.category, entry_id=args.entry_id, note=args.note)
    others = sorted({h.entry.id for h in g.lookup(text, lang=e.terms[0].lang) if h.entry.id != e.id})
    if others:  # homographs are allowed (their msgctxt keeps them apart), but say so
        ctx.warn(f"{text!r} is also a term of {', '.join(others)} (a homograph? else `glossary delete {e.id}`)")
    if args.json:
        ctx.print_json(e.to_dict())
    else:
        ctx.print(e.id)
    return 0


def cmd_list(args, ctx) -> int:
    entries = ctx.glossary(create=False).list(category=args.category, missing=args.missing, status=args.status,
                                              search=args.search, limit=args.limit)
    if args.json:
        ctx.print_json([e.to_dict() for e in entries])
    else:
        from .render import entries_table

        ctx.print(entries_table(entries))
    return 0


def cmd_show(args, ctx) -> int:
    e = ctx.glossary(create=False).get(args.entry_id)
    if args.json:
        ctx.print_json(e.to_dict())
    else:
        from .render import entry_detail

        ctx.print(entry_detail(e))
    return 0


def cmd_lookup(args, ctx) -> int:
    from .render import one_line

    hits = ctx.glossary(create=False).lookup(_words(args.text), to=args.to, lang=args.from_lang, fuzzy=args.fuzzy,
                                             occurrences=args.json)
    if args.json:
        ctx.print_json([h.to_dict() for h in hits])
    elif args.to:
        printed = set()
        for h in hits:
            for t in h.targets[:1]:
                if t.text not in printed:
                    printed.add(t.text)
                    ctx.print(one_line(t.text))
        if not printed and hits:
            ctx.warn(f"{_words(args.text)!r} is in the termbase ({hits[0].entry.id}) but has no {args.to} term yet")
            return 1
    else:
        for h in hits:
            forms = " / ".join(one_line(h.entry.text(lang) or "—") for lang in ("en", "ja", "ko"))
            ctx.print(f"{one_line(h.entry.id)}\t{forms}" + (f"\t({h.how} {h.score:.2f})" if h.how == "fuzzy" else ""))
    return 0 if hits else 1


def _show_result(args, ctx, e) -> None:
    if args.json:
        ctx.print_json(e.to_dict())
    else:
        ctx.print(f"{e.id} revision {e.revision}")


def cmd_set(args, ctx) -> int:
    from ..errors import InputError

    fields = args.translate is not None or args.definition is not None or args.subject is not None
    if not fields and not (args.lang and args.text):
        raise InputError("set needs LANG and TEXT (or --translate, --definition, --subject)")
    if args.definition is not None and not args.lang:
        raise InputError("--definition needs the LANG it is written in")
    g = ctx.glossary(create=False)
    revision = args.revision
    if fields:
        e = g.update(args.entry_id, revision=revision,
                     translate=None if args.translate is None else args.translate == "yes",
                     subject=args.subject,
                     definition=(args.lang, args.definition) if args.definition is not None else None)
        revision = e.revision if revision is not None else None
    if args.lang and args.text:
        e = g.set_term(args.entry_id, args.lang, _words(args.text), role=args.role, approve=args.approve,
                       revision=revision, reading=args.reading)
    _show_result(args, ctx, e)
    return 0


def cmd_approve(args, ctx) -> int:
    _show_result(args, ctx, ctx.glossary(create=False).approve(args.entry_id, args.lang, _words(args.text) or None, revision=args.revision))
    return 0


def cmd_reject(args, ctx) -> int:
    _show_result(args, ctx, ctx.glossary(create=False).reject(args.entry_id, args.lang, _words(args.text) or None, revision=args.revision))
    return 0


def cmd_delete(args, ctx) -> int:
    e = ctx.glossary(create=False).delete(args.entry_id, revision=args.revision)
    ctx.print(f"deleted {e.id} (undo with: glossary undo {e.id})")
    return 0


def cmd_history(args, ctx) -> int:
    from .render import one_line

    changes = ctx.glossary(create=False).history(args.entry_id, limit=args.limit)
    if args.json:
        ctx.print_json([c.to_dict() for c in changes])
    else:
        for c in changes:
            rb = (c.before or {}).get("revision")
            ra = (c.after or {}).get("revision")
            ctx.print(f"{one_line(c.at)}  {one_line(c.actor):<12} {one_line(c.action):<12} {one_line(c.entry_id)}  r{rb or '-'} -> r{ra or '-'}")
    return 0


def cmd_undo(args, ctx) -> int:
    return _restored(args, ctx, "undone", ctx.glossary(create=False).undo(args.entry_id))


def cmd_redo(args, ctx) -> int:
    return _restored(args, ctx, "redone", ctx.glossary(create=False).redo(args.entry_id))


def _restored(args, ctx, verb: str, e) -> int:
    """What undo and redo print: the entry as it is now (None when it no longer exists)."""
    if args.json:
        ctx.print_json(e.to_dict() if e else None)
    elif e is None:
        ctx.print(f"{verb}: {args.entry_id} no longer exists")
    else:
        ctx.print(f"{verb}: {e.id} now at revision {e.revision}")
    return 0


def cmd_stats(args, ctx) -> int:
    s = ctx.glossary(create=False).stats()
    if args.json:
        ctx.print_json(s.to_dict())
        return 0
    ctx.print(f"entries: {s.entries}")
    for cat, n in sorted(s.by_category.items()):
        ctx.print(f"  {cat:<12} {n}")
    for lang, by_status in sorted(s.terms_by_lang.items()):
        parts = ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        ctx.print(f"terms {lang}: {parts}")
    ctx.print("entries missing a term: " + ", ".join(f"{k} {v}" for k, v in s.missing.items()))
    return 0
