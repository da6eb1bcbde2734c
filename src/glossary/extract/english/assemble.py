"""Rule family `aliases`: grouping the occurrences into candidates.

Forms are grouped by equal group keys, acronym definitions, surnames and "Title Surname"
to the one full name that has them, "X summit at P" = "P summit", "Ministry of X" =
"Ministry of X of Country", "A's Strategy" = "Strategy", "(the Y)" after a name, 'X, the
"Y"', the end of exactly one longer name ("the Promotion Act").  A form seen only where
any word is capitalised (headings, cited titles, sentence starts) joins a known concept
but never makes a new one unless it has a cue.  Each group becomes one Candidate: its
category (strongest cue, then the most frequent), preferred form, aliases, mentions.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from operator import itemgetter

import regex

from ...documents import Document
from ...text.lexicon import alternation
from ...model import Category, Role
from ..acronyms import initial_letter, initials_of, word_initials
from ..aliases import COUNTRY_NAME, group_key, name_tokens, person_index, UnionFind
from ..candidates import Candidate, Form, Mention
from ..scan import match_near
from ..vocab import COMPANY_WORDS, COUNTRIES, DEMONYMS, FAMILY_NAMES, GOVERNMENT_HEADS, HEAD_CATEGORY, LEGAL_FORMS
from .owners import owner_groups, qualify
from .segments import _position, _Raw
from ..credits import outlet_words
from ..general import dictionary_brand, dictionary_place, dictionary_title, romanized_word, zipf as general_zipf
from .shared import _has_dash, GROUP_HEADS, INDUSTRY_HEADS, match_key, ORDINAL_WORDS
from .single_names import SOLE_INSTITUTIONS


# " of (the) " before a possible country complement: "Ministry of Commerce| of the |People's
# Republic of China".
OF_COUNTRY = regex.compile(r"\s+of\s+(?:the\s+)?")


# A possessive between an owner and a name: "France's National Defence Strategy".
POSSESSIVE_SPLIT = regex.compile(r"['’]s\s+")


# A chain of two or more countries before the rest of a name: "Japan-U.S.-ROK Trilateral X".
COUNTRY_CHAIN = regex.compile(
    r"^(?:" + COUNTRY_NAME.pattern + r")(?:[-‐‑–]\s?(?:" + COUNTRY_NAME.pattern + r"))+\s+(?P<rest>\S.*)$")


# "(the Y)" right after a name: Y is another name of it.
# A quoted appositive right after a name: 'the X Committee, the "Y"', ', known as "Y"'.
APPOSITIVE_QUOTE = regex.compile(
    r",\s+(?:the\s+|or\s+|(?:also\s+)?(?:known\s+as|called|dubbed)\s+(?:the\s+)?)[“\"](?P<alias>[^“”\"\n]{2,60})[”\"]")


#: ... after the closing quote of a quoted name: 'the "Korean Wave" (Hallyu)'
QUOTED_PAREN_ALIAS = regex.compile(r"[”\"’]\s*\(\s*(?P<alias>\p{Lu}\p{Ll}+)\s*\)")
_CLOSING_QUOTES = frozenset("”\"’")    # (what QUOTED_PAREN_ALIAS starts with)
PAREN_ALIAS = regex.compile(r"\s*\(\s*(?:the\s+)?(?P<alias>[\p{Lu}\p{N}][^()\n]{2,80}?)\s*\)")


# Another name given right after a name without quotes: ", commonly called the Y," or
# "(hereafter the Y)" (the cue phrases: data, en_function_words alias_cue).
APPOSITIVE_NAME = regex.compile(
    r"(?:,\s+|\s*\(\s*)(?:" + alternation("en_function_words", list="alias_cue").replace("\\ ", r"\s+") +
    r")\s+(?:the\s+)?(?=\p{Lu})")


# Another spelling of the name just written: "Hangeul (also spelled Han’gul)", "(also romanized as X)".
OTHER_SPELLING = regex.compile(
    r"\s*\(\s*also\s+(?:" + alternation("en_function_words", list="spelling_cue").replace("\\ ", r"\s+") +
    r")\s+(?:as\s+)?(?=\p{Lu})")


# A name in parentheses after a name, in another language or romanised: capitalised words,
# short lower-case particles between them ("Nippon Ishin no Kai", "Shisuikai"); not an
# acronym (those are definitions), a year or a date.
NATIVE_NAME = regex.compile(r"^\p{Lu}\p{Ll}+(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}\p{Ll}+){0,4}$")


#: the heads that end a company's or a business group's name ("Valmora Electronics",
#: "Ostrin Kogyo", "Tarvik Group")
COMPANY_HEADS = INDUSTRY_HEADS | COMPANY_WORDS | GROUP_HEADS


_NAMED_KINDS = (Category.INSTITUTION, Category.POLICY, Category.AGREEMENT, Category.EVENT)
#: what an unknown name is guessed to be by its shape alone (`names._unknown_name`)
_GUESSED_KINDS = (Category.PERSON, Category.OTHER)


_STRENGTH_CONF = {3: 0.9, 2: 0.7, 1: 0.5}


def _assemble(raws: list[_Raw], doc: Document, keep: frozenset[str] = frozenset(),
              aliases: bool = True) -> list[Candidate]:
    """Group the occurrences into candidates (see the module docstring), in this order:
    group keys and explicit links, parenthesised aliases, persons, weak forms resolved,
    "<person> administration", "of Country"/possessive/country-chain variants, short forms."""
    uf = UnionFind()
    keys, strong = _group_keys(raws, uf)
    if aliases:     # rule family `aliases`; off, only equal group keys and explicit links group
        _paren_aliases(raws, keys, uf, strong, doc)
        _other_spellings(raws, keys, uf)
    idx, single_person = _person_links(raws, keys, uf) if aliases else ({}, {})
    resolved = _resolve(raws, keys, uf, idx, single_person)
    if aliases:
        _government_links(resolved, uf)
        _variant_links(resolved, uf)
        _short_forms(resolved, uf)
        _initial_links(resolved, uf)
        _spelled_out_links(resolved, uf)

    groups: dict[str, list[_Raw]] = defaultdict(list)
    for r, root in resolved:
        groups[uf.find(root)].append(r)
    # from here on the raws live in `groups` only, and each group is dropped once it is a
    # candidate: the raws' memory is handed over to the mentions, not added to it
    del resolved, keys
    raws.clear()
    out: list[Candidate] = []
    contexts: dict = {}   # (segment, sentence span) -> context, shared by the candidates
    for root in list(groups):
        rs = groups.pop(root)
        best = max(r.strength for r in rs)
        if best < 1:
            continue
        parts = owner_groups(rs)     # ("Japan's X" and "Korea's X": two bodies)
        # (the bare name then belongs to the mentions without a country alone: it stays no
        # alias of an owned part, or the termbase would join them again by it)
        unowned = len(parts) > 1 and any(owner is None for _, owner, _ in parts)
        for part, owner, split in parts:
            cand = _candidate(part, doc, contexts, keep)
            if cand is not None:
                if owner:
                    qualify(cand, owner, split, keep_bare=not unowned)
                out.append(cand)
    out.sort(key=lambda c: (c.mentions[0].line, c.mentions[0].col) if c.mentions else (0, 0))
    return out


def _legal_forms_left_out(raws: list[_Raw], keys: list[str], strong: dict[str, int], uf: UnionFind) -> None:
    """A company named with its legal form and without it: "Valmora Foundry Corp." and
    "Valmora Foundry"; "Tarvik Strategies LLC" and "Tarvik" — the first word of a two-word
    name, when no other name starts with it, no person is named so and the article never
    names a place so ("Tokyo Broadcasting Holdings", "Tokyo").  A place is never the short
    form ("Korea Inc." is a way of speaking of Korea)."""
    texts = {r.text for r in raws if " " in r.text}
    firms = {t for t in texts if t.rpartition(" ")[2] in LEGAL_FORMS}
    others = {t.split()[0] for t in texts - firms}
    stems: dict[str, set[str]] = defaultdict(set)     # first word -> the firms' stems' keys
    for t in firms:
        stems[t.split()[0]].add(group_key(t.rpartition(" ")[0]))
    places = {r.text for r in raws if r.category is Category.PLACE or r.text in COUNTRIES or r.text in DEMONYMS}
    people = {w for r in raws if r.kind == "person" or r.category is Category.PERSON for w in r.text.split()}
    for r, k in zip(raws, keys):
        if not k or r.text not in firms:
            continue
        stem = r.text.rpartition(" ")[0]
        first = stem.split()[0]
        alone = len(stem.split()) == 2 and first not in others and len(stems[first]) == 1 and \
            first not in places and first not in people and first not in FAMILY_NAMES
        shorts = ([stem] if stem not in places else []) + ([first] if alone else [])
        for short in map(group_key, shorts):
            if short and short in strong and short != k:
                uf.union(k, short)


def _company_first_words(raws: list[_Raw], strong: dict[str, int], uf: UnionFind) -> None:
    """A company or a business group named by its first word alone: "Valmora Electronics"
    and "Valmora", "Ostrin Group" and "Ostrin" -- the one two-word name starting with the
    word that ends in a company's head (an industry, a company word, a group; the group's
    when there are several: "Ostrin Group" beside "Ostrin Steel"; an acronym only the
    group's: "DHC Television" is one company of DHC), when the word is named
    on its own, as an organisation or nothing yet, and no person, place or family is named
    so."""
    firsts: dict[str, set[str]] = defaultdict(set)
    for r in raws:
        w = r.text.split(" ")
        if len(w) == 2 and w[0][:1].isupper():
            firsts[w[0]].add(r.text)
    alone = {r.text for r in raws if r.text in firsts and (
        (r.category in (Category.INSTITUTION, None) and r.kind in ("name", "acronym")) or
        (r.kind == "person" and r.strength <= 1))}       # (a guess: "Ostrin said it would ...")
    if not alone:
        return
    barred = {w for r in raws if r.kind == "place" or r.category is Category.PLACE or
              (r.kind == "person" and (r.strength >= 2 or " " in r.text)) for w in r.text.split()}
    for first in alone - barred:
        if first in COUNTRIES or first in DEMONYMS or first in FAMILY_NAMES:
            continue
        names = firsts[first]
        firms = [t for t in names if t.split(" ")[1] in COMPANY_HEADS]
        groups = [t for t in firms if t.split(" ")[1] in GROUP_HEADS]
        # (an acronym before an industry is the group's brand: "DHC Television", "SK Hynix")
        pick = groups if len(groups) == 1 else \
            (firms if len(names) == 1 and len(firms) == 1 and not first.isupper() else [])
        for t in pick:
            k, fk = group_key(first), group_key(t)
            if k and fk and k in strong and fk in strong and k != fk:
                uf.union(k, fk)


def _group_keys(raws: list[_Raw], uf: UnionFind) -> tuple[list[str], dict[str, int]]:
    """The group key of each raw (added to `uf`), the strongest strength per key, and the
    explicit links between forms (acronyms, "(the Y)", "X at P", colon titles) joined."""
    key_of: dict[str, str] = {}     # one key string per distinct form (raws share their texts)
    keys = []
    for r in raws:
        k = key_of.get(r.text)
        if k is None:
            k = key_of[r.text] = group_key(r.text)
        keys.append(k)
    del key_of
    strong: dict[str, int] = defaultdict(int)
    for r, k in zip(raws, keys):
        if not k:
            continue
        uf.add(k)
        strong[k] = max(strong[k], r.strength)
    # explicit links between forms (acronyms, "(the Y)", "X at P", colon titles)
    for r, k in zip(raws, keys):
        for ln in r.links:
            lk = group_key(ln)
            if not lk:
                continue
            if r.kind == "person" or ln.endswith(("summit", "Summit")) and lk not in strong:
                if lk not in strong and " at " not in ln and " in " not in ln:
                    continue
            uf.union(k, lk)
    # "War in Vietnam" is the "Vietnam War" the article names too
    for r, k in zip(raws, keys):
        if k and " in " in r.text:
            head, _, place = r.text.partition(" in ")
            other = group_key(f"{place} {head}")
            if " " not in head and other in strong and other != k:
                uf.union(k, other)
    _legal_forms_left_out(raws, keys, strong, uf)
    _company_first_words(raws, strong, uf)
    # a title with a subtitle and its main title named on its own: "The Spirit of X: Joint
    # Statement of ..." and "the Spirit of X" are one work
    for r, k in zip(raws, keys):
        if k and ": " in r.text:
            main = group_key(r.text.split(": ", 1)[0])
            if main and main in strong and main != k and len(main.split()) >= 3:   # ("The Comfort Women: ..." is a book)
                uf.union(k, main)
    return keys, strong


def _person_links(raws: list[_Raw], keys: list[str], uf: UnionFind) -> tuple[dict, dict[str, str]]:
    """Persons: full names and the short references that can only mean one of them.
    -> (the person index by name token, one-token person name -> its key)"""
    person_keys: dict[str, str] = {}
    for r, k in zip(raws, keys):
        if r.kind == "person" and r.strength >= 1 and r.person_name:
            person_keys.setdefault(k, r.person_name)
    idx = person_index(person_keys)
    for r, k in zip(raws, keys):
        if r.kind == "person" and len(name_tokens(r.person_name)) == 1:
            hits = idx.get(name_tokens(r.person_name)[0], set())
            if len(hits) == 1:
                uf.union(next(iter(hits)), k)
    single_person = {name_tokens(n)[0]: k for k, n in person_keys.items() if len(name_tokens(n)) == 1}
    return idx, single_person


def _resolve(raws: list[_Raw], keys: list[str], uf: UnionFind, idx: dict,
             single_person: dict[str, str]) -> list[tuple[_Raw, str]]:
    """Weak forms join a known concept or are dropped: (raw, root) of the ones kept."""
    live: dict[str, int] = defaultdict(int)
    for r, k in zip(raws, keys):
        if r.strength >= 1:
            root = uf.find(k)
            live[root] = max(live[root], r.strength)
    resolved: list[tuple[_Raw, str]] = []
    for r, k in zip(raws, keys):
        if not k:
            continue
        root = uf.find(k)
        if r.strength >= 1 or (root in live and live[root] >= 2):
            resolved.append((r, root))
            continue
        toks = name_tokens(r.text)
        if len(toks) == 1:
            hits = idx.get(toks[0], set())
            if len(hits) == 1:
                resolved.append((r, uf.find(next(iter(hits)))))
                continue
            if toks[0] in single_person and not hits:
                resolved.append((r, uf.find(single_person[toks[0]])))
                continue
            if r.place_cue and not hits:
                r.category, r.strength, r.kind = Category.PLACE, 2, "place"
                resolved.append((r, root))
            continue
    return resolved


def _government_links(resolved: list[tuple[_Raw, str]], uf: UnionFind) -> None:
    """"<person> administration" = "<full name> Administration"."""
    by_root: dict[str, list[_Raw]] = defaultdict(list)
    for r, root in resolved:
        by_root[root].append(r)
    person_root_of_token: dict[str, str] = {}
    for root, rs in by_root.items():
        if any(r.kind == "person" for r in rs):
            for r in rs:
                for t in name_tokens(r.person_name or r.text):
                    person_root_of_token.setdefault(t, root)
    gov_links: dict[tuple[str, str], str] = {}
    for root, rs in list(by_root.items()):
        for r in rs:
            w = r.text.split()
            if len(w) >= 2 and w[-1].lower() in GOVERNMENT_HEADS:
                pr = {person_root_of_token.get(t) for t in name_tokens(" ".join(w[:-1]))}
                pr.discard(None)
                if len(pr) == 1:
                    gk = (pr.pop(), w[-1].lower())
                    if gk in gov_links and gov_links[gk] != root:
                        uf.union(gov_links[gk], root)
                    gov_links.setdefault(gk, root)


def _variant_links(resolved: list[tuple[_Raw, str]], uf: UnionFind) -> None:
    """"Ministry of X" = "Ministry of X of Country"; "A's Name" = "Name"; "Japan-US-ROK
    Trilateral X" = "Trilateral X"."""
    roots_by_key = {k: uf.find(k) for k in uf.parent}
    abbreviated = {group_key(r.text) for r, _ in resolved if r.kind == "abbr"} | \
        {group_key(ln) for r, _ in resolved if r.kind == "abbr" for ln in r.links}
    of_country: dict[str, set[str]] = defaultdict(set)
    for r, _ in resolved:
        for m in (OF_COUNTRY.finditer(r.text) if "of" in r.text else ()):
            if r.text[m.end():] in COUNTRIES and r.category not in (Category.PLACE, Category.PERSON):
                of_country[group_key(r.text[:m.start()])].add(group_key(r.text))
                break
        if ("’s " in r.text or "'s " in r.text) and r.text not in COUNTRIES:
            # (a country's own name is no owner + name: "People's Republic of China" is not
            # a form of "Republic of China")
            tail = POSSESSIVE_SPLIT.split(r.text)[-1]
            tk = group_key(tail)
            if tk in roots_by_key and len(tail.split()) >= 2 and tail not in COUNTRIES:
                uf.union(tk, group_key(r.text))
        # (a chain needs a dash between its countries)
        parts = COUNTRY_CHAIN.match(r.text) if _has_dash(r.text) else None
        if parts:
            rest = parts.group("rest")
            rk = group_key(rest)
            if rk in roots_by_key and len(rest.split()) >= 2 and rk not in abbreviated and rest[:1].isupper():
                uf.union(rk, group_key(r.text))
    for base, fulls in of_country.items():
        if base in roots_by_key and len(fulls) == 1:
            uf.union(base, next(iter(fulls)))


def _short_forms(resolved: list[tuple[_Raw, str]], uf: UnionFind) -> None:
    """Shortened later references join the one longer name they can mean:
    "the Promotion Act" = "the Coastal Fisheries Promotion Act" (the end of exactly one name with
    the same head), "the Velka mine" = "the Velka Hill Silver Mines" (its first word and its
    head, lower-case, of exactly one name)."""
    named: dict[str, bool] = {}   # text of a multi-word name -> seen with a cue (strength >= 2)
    where: dict[str, list[tuple[object, int]]] = defaultdict(list)   # ... and where it is
    for r, _ in resolved:
        if r.kind == "name" and r.category in _NAMED_KINDS and " " in r.text and r.text[:1].isupper():
            named[r.text] = named.get(r.text, False) or r.strength >= 2
            where[r.text].append((r.seg, r.start))
    by_last: dict[str, dict[str, str]] = defaultdict(dict)   # last word -> text -> key
    for t, cued in named.items():
        w = t.split()
        if cued and not any(x[:1].islower() for x in w) and w[0] not in ORDINAL_WORDS:
            # (only names whose head is their last word: not "Declaration of the X Summit";
            # the Ninth X Summit is one of the X Summits)
            by_last[w[-1]][t] = group_key(t)
    _headless_forms(resolved, named, uf)
    if not by_last:
        return
    _sole_short_forms(resolved, by_last, uf)
    # what comes before an " of " in a name: `text` is one when a name starts with text + " of "
    of_owned = {t[:i] for t in named for i in _positions(t, " of ")}
    for text in named:
        w = text.split()
        k = group_key(text)
        last = w[-1]
        if text in of_owned:
            continue   # "Democratic Party" beside "Democratic Party of X": that one's, not "Liberal Democratic Party"'s
        if last[:1].isupper():
            tail = " " + text
            # (not a name listed beside the longer one: "Chubu X Broadcasting, X Broadcasting")
            hits = {uf.find(fk) for t, fk in by_last.get(last, {}).items()
                    if t.endswith(tail) and not _one_sentence(where[t], where[text])
                    and _may_shorten(t[:-len(tail)], text, where[t], where[text])}
        elif len(w) == 2:
            head = last.title()
            hits = {uf.find(fk) for h in (head, head + "s") for t, fk in by_last.get(h, {}).items()
                    if t.split()[0] == w[0] and len(t.split()) > 2}
        else:
            continue
        hits.discard(uf.find(k))
        if len(hits) == 1:
            uf.union(k, next(iter(hits)))


def _positions(text: str, sub: str) -> list[int]:
    """Every index where `sub` occurs in `text` (overlapping ones too)."""
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def _headless_forms(resolved: list[tuple[_Raw, str]], named: dict[str, bool], uf: UnionFind) -> None:
    """A body's name without its head noun, guessed a person's or some other thing's for its
    shape only ("Valmora Unity controls 108 seats" beside "the Valmora Unity Party"), is that
    body's short form: the one name of the article that is it and a body's head.  A word
    alone guessed a body's is a newspaper's short form the same way ("Ostrin reported"
    beside "the Ostrin Shimbun")."""
    # the names by what is left without their last word, a body's or a newspaper's head
    bodies: dict[str, set[str]] = defaultdict(set)
    for t, cued in named.items():
        lead, _, last = t.rpartition(" ")
        if cued and HEAD_CATEGORY.get(last) is Category.INSTITUTION:
            bodies[lead].add(group_key(t))
    papers: dict[str, set[str]] = defaultdict(set)
    for r, k in resolved:
        first, _, last = r.text.partition(" ")
        if r.category is Category.PUBLICATION and r.strength >= 2 and " " not in last and \
                HEAD_CATEGORY.get(last) is Category.PUBLICATION:
            papers[first].add(k)
    for r, k in resolved:
        if r.kind not in ("person", "name") or r.strength > 1:
            continue
        if " " in r.text:
            keys = bodies.get(r.text) if r.category in _GUESSED_KINDS else None
        else:
            keys = papers.get(r.text) if r.category in _GUESSED_KINDS + (Category.INSTITUTION,) else None
        if not keys:
            continue
        hits = {uf.find(x) for x in keys}
        hits.discard(uf.find(k))
        if len(hits) == 1:
            uf.union(k, hits.pop())


def _sole_short_forms(resolved: list[tuple[_Raw, str]], by_last: dict[str, dict[str, str]], uf: UnionFind) -> None:
    """A legislature named by its one word ("Congress", "Diet") is the one longer name of
    the article that ends in it ("U.S. Congress", "Valmoran Diet"), when there is one."""
    for r, k in resolved:
        if k and r.text in SOLE_INSTITUTIONS and r.text in by_last:
            hits = {uf.find(fk) for fk in by_last[r.text].values()}
            hits.discard(uf.find(k))
            if len(hits) == 1:
                uf.union(k, hits.pop())


def _initial_links(resolved: list[tuple[_Raw, str]], uf: UnionFind) -> None:
    """A short form the text never defines beside its long form is the one name of the
    article whose words' starts spell it: "KIDA" = "Korea Institute for Defense Analyses",
    "JETRO" = "Japan External Trade Organization" (`acronyms.initials_of`).  Not when it
    already has a long form, nor when two names spell it."""
    shorts: dict[str, str] = {}
    longs: dict[str, str] = {}
    for r, _ in resolved:
        t = r.text
        if t.isupper() and " " not in t and 3 <= len(t) <= 8 and t.isalpha():
            shorts.setdefault(t, group_key(t))
        elif r.category in _NAMED_KINDS and " " in t and t[:1].isupper() and r.strength >= 1:
            longs.setdefault(t, group_key(t))
    if not shorts or not longs:
        return
    has_long = {uf.find(k) for k in longs.values()}
    # the long forms by the first letters of their words: `initials_of` holds only for a long
    # form with a word that starts with the short form's first letter (a cheap index)
    by_initial: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for t, lk in longs.items():
        for letter in word_initials(t):
            by_initial[letter].append((t, lk))
    for short, sk in shorts.items():
        if uf.find(sk) in has_long:
            continue
        roots = {uf.find(lk) for t, lk in by_initial.get(initial_letter(short), ()) if initials_of(short, t)}
        if len(roots) == 1:
            uf.union(sk, roots.pop())


def _spelled_out_links(resolved: list[tuple[_Raw, str]], uf: UnionFind) -> None:
    """A name ending in an acronym and the same name with the acronym spelled out are one:
    "Valmora–Ostrin FTA" and "Valmora–Ostrin free trade agreement" (the acronym's letters
    start the words, `acronyms.initials_of`), when the two are of one kind."""
    ends = {r.text: (k, r.category) for r, k in resolved
            if k and " " in r.text and r.text.rpartition(" ")[2].isupper() and r.text[-1].isalpha()}
    if not ends:
        return
    by_prefix: dict[str, list[tuple[str, str, Category | None]]] = defaultdict(list)
    for t, (k, cat) in ends.items():
        prefix, _, acr = t.rpartition(" ")
        by_prefix[prefix + " "].append((acr, k, cat))
    seen: set[str] = set()
    for r, k in resolved:
        t = r.text
        if not k or t in seen or t in ends or " " not in t:
            continue
        seen.add(t)
        for prefix in {t[:i + 1] for i in _positions(t, " ")} & by_prefix.keys():
            for acr, ak, cat in by_prefix[prefix]:
                if (cat is None or r.category is None or cat is r.category) and initials_of(acr, t[len(prefix):]):
                    uf.union(k, ak)


#: the end of a sentence: a full stop, "?" or "!" before white space
SENTENCE_BREAK = regex.compile(r"[.?!]\s")


#: ways to cut the words a shortening drops into countries: words, hyphen-joined parts
#: ("Valmora-Ostria"), the whole ("United States")
_COUNTRY_SPLITS = (str.split, regex.compile(r"[\-–]").split, lambda t: [t])


def _may_shorten(dropped: str, short: str, long_at: list[tuple[object, int]],
                 short_at: list[tuple[object, int]]) -> bool:
    """May `short` be a later, shortened mention of the name `dropped` + " " + `short`?
    Dropping a country ("the Valmoran Fisheries Agency" -> "the Fisheries Agency") always
    may.  Otherwise not when the short form is a name of its own that a dictionary glosses
    ("Democratic Party", "Liberal Party": parties of many countries, never a shortening of
    "Liberal Democratic Party"), nor when the text names it before the long one (a
    shortening refers back)."""
    if any(all(w in COUNTRIES or w in DEMONYMS for w in split(dropped) if w) for split in _COUNTRY_SPLITS):
        return True     # (also a pair: "the Valmora-Ostria Fisheries Agreement", "United States")
    if dictionary_title(short):
        return False
    return _first(long_at) <= _first(short_at)


def _first(at: list[tuple[object, int]]) -> tuple[int, int]:
    """The earliest (line, column) of a name's occurrences."""
    return min((getattr(seg, "line", 0), getattr(seg, "col", 0) + x) for seg, x in at)


def _one_sentence(a: list[tuple[object, int]], b: list[tuple[object, int]]) -> bool:
    """Do two names stand in one sentence somewhere (a list of names: "Chubu X Broadcasting,
    X Broadcasting"), with no sentence end between them?"""
    for seg, x in a:
        for seg2, y in b:
            if seg is seg2 and not SENTENCE_BREAK.search(seg.text, min(x, y), max(x, y)):
                return True
    return False


def _paren_aliases(raws, keys, uf, strong, doc) -> None:
    """'the 1998 X Declaration (the Y Declaration)': Y is another name of X."""
    by_seg: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(raws):
        by_seg[id(r.seg)].append(i)
    new: list[tuple[_Raw, str]] = []
    for idxs in by_seg.values():
        for i in idxs:
            r = raws[i]
            place = r.kind == "place" or (r.strength < 2 and r.category is Category.PLACE)
            if (r.strength < 2 and not place) or r.kind in ("abbr", "acronym", "title"):
                continue
            end = r.start + len(r.text)
            bracket = _bracket_next(r.seg.text, end)
            m = match_near(PAREN_ALIAS, r.seg.text, end) if bracket else None
            if place or not m:    # only its name in the other language: "Dokdo (Takeshima)", '"X" (Y)'
                m = m or (match_near(QUOTED_PAREN_ALIAS, r.seg.text, end)
                          if r.seg.text[end:end + 1] in _CLOSING_QUOTES else None)
                if m and strong.get(group_key(m.group("alias")), 0) <= 1 and _native_other_name(r, m.group("alias")):
                    _native_alias(raws, idxs, r, m, new, keys[i])
                    continue
                if place:
                    continue
                m = None
            if not m:
                # (in the body: a note's 'Ministry, "Title,"' cites a title by its publisher)
                q = match_near(APPOSITIVE_QUOTE, r.seg.text, end) \
                    if r.seg.text.startswith(", ", end) and r.category in _NAMED_KINDS and r.seg.kind == "body" \
                    else None
                if q:   # 'the X Committee, the "Y"': Y is another name of X
                    ak = group_key(q.group("alias"))
                    if ak in strong and ak != keys[i]:
                        uf.union(keys[i], ak)
                    continue
                a = match_near(APPOSITIVE_NAME, r.seg.text, end) \
                    if r.category in _NAMED_KINDS and (bracket or r.seg.text.startswith(",", end)) else None
                if a:   # 'the X Agreement, commonly called the Y Agreement, ...': Y is another name of X
                    at = a.end()
                    other = max((j for j in idxs if raws[j].start == at and raws[j].strength >= 1),
                                key=lambda j: len(raws[j].text), default=None)     # the whole name, not its acronym
                    if other is not None and keys[other] and keys[other] != keys[i]:
                        uf.union(keys[i], keys[other])
                continue
            alias = m.group("alias")
            ak = group_key(alias)
            if ak in strong and ak != keys[i] and len(alias.split()) >= 2:
                uf.union(keys[i], ak)
            elif ak and strong.get(ak, 0) <= 1 and NATIVE_NAME.match(alias) and alias not in COUNTRIES and \
                    (r.category in _NAMED_KINDS or _native_other_name(r, alias)):
                _native_alias(raws, idxs, r, m, new, keys[i])
    for raw, k in new:
        ak = group_key(raw.text)
        raws.append(raw)
        keys.append(ak)
        uf.add(ak)
        strong[ak] = max(strong.get(ak, 0), raw.strength)
        uf.union(k, ak)


def _other_spellings(raws: list[_Raw], keys: list[str], uf: UnionFind) -> None:
    """"Hangeul (also spelled Han’gul)", "Yi Do (also spelled Yi To)": the bracket gives
    another spelling of the name just written, whatever each was guessed to be: one name."""
    at: dict[tuple[int, int], int] = {}
    for i, r in enumerate(raws):
        if r.strength >= 1 and keys[i] and r.kind not in ("abbr", "acronym"):
            j = at.get((id(r.seg), r.start))
            if j is None or len(raws[j].text) < len(r.text):
                at[(id(r.seg), r.start)] = i
    for i in at.values():
        r = raws[i]
        end = r.start + len(r.text)
        if "also" not in r.seg.text[end:end + 12]:
            continue
        m = OTHER_SPELLING.match(r.seg.text, end)
        j = at.get((id(r.seg), m.end())) if m else None
        if j is not None and keys[j] != keys[i]:
            uf.union(keys[i], keys[j])


def _bracket_next(text: str, end: int) -> bool:
    """May a bracket follow offset `end` after white space (PAREN_ALIAS, APPOSITIVE_NAME)?
    The cheap test before those patterns: `lstrip` strips all the white space they skip,
    and a window of blanks alone is left to the patterns."""
    after = text[end:end + 16].lstrip()
    return not after or after[0] == "("


def _native_alias(raws: list[_Raw], idxs: list[int], r: _Raw, m, new: list, key: str) -> None:
    """"Japan Innovation Party (Nippon Ishin no Kai)": the bracketed name (match `m`) is r's
    name in another language, no name of its own (appended to `new` with r's key)."""
    alias = m.group("alias")
    a0, a1 = m.start("alias"), m.start("alias") + len(alias)
    for j in idxs:
        o = raws[j]
        if a0 <= o.start < a1 and o.strength <= 1:
            o.strength, o.category, o.kind = 0, None, "name"   # no name of its own
    new.append((_Raw(alias, r.seg, a0, r.category, 2, "native"), key))


#: a romanised word in brackets after a place or a thing is its other name when English
#: uses it this rarely at most ("Dokdo (Takeshima)"; not "X (Samsung)")
NATIVE_ALIAS_ZIPF = 2.5


def _native_other_name(r: _Raw, alias: str) -> bool:
    """'Dokdo (Takeshima)', 'the "Korean Wave" (Hallyu)': one romanised Japanese or Korean
    word in brackets after a place or a thing is its name in the other language; not a
    place the dictionary knows ("Gimpo (Seoul)": where it is) nor a news agency
    ("Seoul (Yonhap)")."""
    return r.category in (Category.PLACE, Category.OTHER) and " " not in alias and \
        romanized_word(alias.lower()) and general_zipf(alias.lower()) < NATIVE_ALIAS_ZIPF and \
        not dictionary_place(alias) and alias not in outlet_words()


#: a one-word name this common in English needs a strong cue (a definition, quotes, a head)
COMMON_WORD_ZIPF = 4.0


def _named(pool: list[str], rs: list[_Raw]) -> list[str]:
    """The keys of `pool` some raw names with a cue: a form only ever written as another's
    romanization (strength 0) is not the entry's name while another form is."""
    named = {match_key(r.text) for r in rs if r.strength > 0}
    return [k for k in pool if k in named] or pool


def _common_word_only(rs: list[_Raw], category: Category, strength: int) -> bool:
    """All forms are one ordinary English word ("Volume", "Magazine", "Politics",
    "Statue") and no occurrence had a strong cue: a capitalised common noun, not a name.
    People, places and acronyms are judged by their own rules."""
    if strength >= 3 or category in (Category.PERSON, Category.PLACE, Category.TITLE):
        return False
    texts = {r.text for r in rs}
    return all(" " not in t and not t.isupper() and t[1:].islower() and general_zipf(t) >= COMMON_WORD_ZIPF
               and t not in SOLE_INSTITUTIONS for t in texts) and \
        not (category is Category.INSTITUTION and any(dictionary_brand(t) for t in texts))   # "Google"


_SINGULAR_KINDS = (Category.AGREEMENT,)


def _singular_long_form(text: str, category: Category) -> str | None:
    """An acronym's long form in the plural of agreements ("Acquisition and Cross-Servicing
    Agreements (ACSA)", one of a kind the country signs with many): its singular, preferred;
    a body's or a rulebook's plural name stays (Forces, Affairs, Regulations)."""
    words = text.split()
    if words and words[-1].endswith("s") and category in _SINGULAR_KINDS \
            and HEAD_CATEGORY.get(words[-1][:-1]) is category:
        return " ".join(words[:-1] + [words[-1][:-1]])
    return None


def _candidate(rs: list[_Raw], doc: Document, contexts: dict | None = None,
               keep: frozenset[str] = frozenset()) -> Candidate | None:
    """One group of occurrences as a Candidate (None when none has a category); `keep`:
    one-word names that stand alone often enough to be names however common the word."""
    # category: the strongest cue wins, then the most frequent
    votes: dict[tuple[int, Category], int] = {}
    for r in rs:
        if r.category is not None:
            sc = (r.strength, r.category)
            votes[sc] = votes.get(sc, 0) + 1
    if not votes:
        return None
    top = max(votes, key=lambda sc: (sc[0], votes[sc]))
    category = top[1]
    strength = top[0]
    if _common_word_only(rs, category, strength) and not any(r.text in keep for r in rs):
        return None
    form_count, role, display = _forms(rs)
    # (a long form among this group's own forms: a group split by owner may lack it)
    defined_long = [k for k in (match_key(ln) for r in rs if r.kind == "abbr" for ln in r.links) if k in display]
    if category is Category.PERSON:
        names = {match_key(r.person_name) for r in rs if r.kind == "person" and r.person_name}
        # (in the order first seen, not a set's, which changes from run to run)
        pool = [k for k in display if k in names] or list(display)
        pref = max(pool, key=lambda k: (len(k.split()), sum(1 for ch in display[k] if ch.islower()), form_count[k]))
    elif defined_long:
        pref = Counter(defined_long).most_common(1)[0][0]
    else:
        acronyms = {match_key(r.text) for r in rs if r.kind in ("acronym", "native")}
        pool = [k for k in display if role.get(k) is not Role.ABBREVIATION and k not in acronyms] or list(display)
        pref = max(_named(pool, rs), key=lambda k: (not _dated_form(k, pool), form_count[k], len(k)))
    forms: list[Form] = []
    conf = _STRENGTH_CONF.get(strength, 0.5)
    ptext = display[pref]
    singular = _singular_long_form(ptext, category) if defined_long else None
    if singular:
        forms.append(Form("en", singular, Role.PREFERRED, confidence=conf, evidence="singular of the defined long form"))
        forms.append(Form("en", ptext, Role.ALIAS, confidence=conf))
    else:
        forms.append(Form("en", ptext, Role.PREFERRED, confidence=conf, evidence=_evidence(rs, category)))
    for k, t in display.items():
        if k == pref:
            continue
        forms.append(Form("en", t, role.get(k, Role.ALIAS), confidence=conf))
    mentions = _mentions(rs, doc.path, {} if contexts is None else contexts)
    confidence = min(0.99, conf + 0.02 * (len(mentions) - 1))
    return Candidate(category=category, forms=forms, confidence=round(confidence, 3), mentions=mentions)


def _mentions(rs: list[_Raw], path, contexts: dict) -> list[Mention]:
    """The mentions of a group's occurrences, in the text's order, one per position."""
    mentions = []
    seen = set()
    # (each position worked out once, for the order and the mention: a stable sort by it)
    placed = [(_position(r.seg, r.start), r) for r in rs]
    if len(placed) > 1:
        placed.sort(key=itemgetter(0))
    for pos, r in placed:
        if pos in seen:
            continue
        seen.add(pos)
        mentions.append(Mention(r.text, pos[0], pos[1], _context(r, contexts), r.seg.footnote, path))
    return mentions


#: a year that ends a name, an edition's ("... 2023"; not "Treaty of 1910", whose year
#: says which treaty)
_YEAR_END = regex.compile(r"(?<! of) (?:1[6-9]|20)\d\d$")


def _dated_form(key: str, pool: list[str]) -> bool:
    """Is the form a name with an edition's year at its end ("diplomatic bluebook 2023")
    whose undated form is another form of the group?  The undated one is preferred: the
    year says which edition, the entry is the series."""
    last = key[-1:]
    if last.isascii() and not "0" <= last <= "9" and last != "\n":
        return False    # (no year can end it: the cheap test before the pattern)
    m = _YEAR_END.search(key)
    return m is not None and key[:m.start()] in pool


def _forms(rs: list[_Raw]) -> tuple[dict[str, int], dict[str, Role], dict[str, str]]:
    """The forms of a group by matching key: how often each occurs, the role of an
    abbreviation, the text shown (the first seen); a person's forms are their name and
    title forms."""
    form_count: dict[str, int] = {}
    role: dict[str, Role] = {}
    display: dict[str, str] = {}
    for r in rs:
        texts = [r.person_name] if r.kind == "person" and r.person_name else [r.text]
        if r.kind == "person":
            texts += [ln for ln in r.links if ln and ln != r.person_name]
        for t in texts:
            mk = match_key(t)
            display.setdefault(mk, t)
            form_count[mk] = form_count.get(mk, 0) + 1
            if r.kind == "abbr" and t == r.text:
                role[mk] = Role.ABBREVIATION
    return form_count, role, display


_CATEGORY_VALUE = {c: c.value for c in Category}   # (Enum .value is a slow descriptor)


def _evidence(rs: list[_Raw], category: Category) -> str:
    kinds = {r.kind for r in rs}
    return f"{_CATEGORY_VALUE[category]}: {len(rs)} mention(s); cues: " + ", ".join(sorted(kinds))


#: at most this many characters of context before and after an occurrence
CONTEXT_REACH = 1000


def _context(r: _Raw, contexts: dict | None = None) -> str:
    """The sentence around a raw occurrence; `contexts` memoises by segment and span."""
    text = r.seg.text
    end = r.start + len(r.text)
    # the sentence, but never more than CONTEXT_REACH characters either side (a line
    # without sentence breaks is not stored once per occurrence)
    floor = max(0, r.start - CONTEXT_REACH)
    a = text.rfind(". ", floor, r.start)
    a = a + 2 if a >= 0 else floor
    b = text.find(". ", end, end + CONTEXT_REACH)
    b = min(len(text), end + CONTEXT_REACH) if b < 0 else b + 1
    if contexts is None:
        return " ".join(text[a:b].split())
    k = (id(r.seg) << 64) | (a << 32) | b    # one int, not a tuple of three: 100,000s of them
    v = contexts.get(k)
    if v is None:
        v = contexts[k] = " ".join(text[a:b].split())
    return v
