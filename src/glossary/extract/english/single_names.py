"""Rule family `single-names`: one-word names.

A capitalised word mid-sentence is a name of its own when its form or the words around
it say so ("Reaganomics", "the Diet", "coalition partner X", "X, a right-wing party",
one of a list after an organisation), or when the article never writes it in lower case
and general English rarely uses it (a surname, a coined name) or the article writes it
alone more than once (a company, a platform).
"""
from __future__ import annotations

import bisect

import regex

from collections import Counter

from ...text.lexicon import mapping, words
from ...model import Category
from ..general import (dictionary_adjective, dictionary_brand, dictionary_common_noun, dictionary_place, dictionary_surname_only,
                       zipf as general_zipf)
from ..vocab import (COMMON_ACRONYMS, COUNTRIES, DAYS, DEMONYMS, FAMILY_NAMES, GEO_WORDS, HEAD_CATEGORY, MONTHS, OF_TAKERS,
                     STOPWORDS, TITLE_ENDS, TITLE_WORDS)
from .segments import _SegCtx

from .tokens import DIGIT_NAME
from .roles import ROLE_NOUNS
from .shared import _has_dash, generic_plural, PAST_VERB, REPORTING_VERBS


#: `single-names`: below this Zipf frequency a capitalised word is a name even once
#: (surnames and coined names: "Katayama" 1.9, "McLuhan" 2.3; "wired" 3.8, "court" 5.0)
RARE_ZIPF = 3.0


#: a lower-case letter followed by a capital inside a word: a name's spelling ("NetVista")
INNER_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}")


#: ... and below this one when the article capitalises it twice and never writes it in
#: lower case ("Twitter" 4.8, "Google" 4.9; "government" 5.6, "today" 5.6)
COMMON_ZIPF = 5.0


# Lower-case nouns that, right before a one-word name or in an appositive after it, say
# what it names: "coalition partner X", "the faction, the Y", "Z, a populist party".
CLASS_NOUNS: dict[str, Category] = {w: Category(c) for w, c in mapping("en_lower_heads", "word", "category", list="class_noun").items()}


# Items a periodical publishes: "an earlier X article" — X, written right before one, is the periodical.
OUTLET_ITEMS = words("en_lower_heads", list="outlet_item")


# Participles after "X," that make X an organisation: "X, founded in 2022 by ...".
FOUNDED_WORDS = words("en_function_words", list="founded")


# One-word names of a country's parliament: a name even alone ("the Diet").
SOLE_INSTITUTIONS = words("en_heads", list="sole_institution")


#: an author-date citation's year after the author's family name: "(Tarvik 1992)", "(Tarvik et al.
#: 2014b, 12)", "(Tarvik 1992; Brell 2001)" (Chicago Manual of Style 15, author-date references)
_CITED_YEAR = regex.compile(r"(?:\s+et\s+al\.)?,?\s+(?:1[5-9]|20)[0-9]{2}[a-z]?(?:[,:;)]|\s*\))")
#: ... and what opens it: a bracket, a semicolon, or "see", "e.g.", "cf." after the bracket
_CITATION_OPEN = regex.compile(r"(?:\(|;|\(\s*(?:e\.g\.|see|cf\.)\s*,?)\s*$")
#: what ends a work's title written before a bracket (emphasis or a closing quote)
_TITLE_ENDS = frozenset("*_”\"’»")
#: a cited author's family name is no common English word unless it is a common East Asian
#: family name ("Park"; data/family_names.tsv), nor a place ("(Tokyo 2020)")
CITED_NAME_MAX_ZIPF = 4.0


def _author_date_at(c: _SegCtx, a: int) -> bool:
    """Token a opens an author-date citation in brackets: its family name, then the year."""
    t = c.tokens[a]
    m = _CITED_YEAR.match(c.text, t.end) and _CITATION_OPEN.search(c.text, max(0, t.start - 12), t.start)
    if not m:
        return False
    if c.text[t.end:t.end + 1] != ",":
        return True
    # (not a publisher and its year after a work's title: "*Title* (Valmora Press, 2024)")
    before = c.text[:m.start()].rstrip()
    return before[-1:] not in _TITLE_ENDS and not any(len(before) - 2 <= y <= len(before) for _, y in c.italics)


def _surname_like(w: str) -> bool:
    return w not in COUNTRIES and w not in MONTHS and not dictionary_place(w) and \
        (general_zipf(w.lower()) < CITED_NAME_MAX_ZIPF or w in FAMILY_NAMES)


#: endings of English words that are adjectives as often as nouns ("general", "principal":
#: data/en_function_words.tsv adjectival_agent_suffix)
_ADJECTIVAL_ENDINGS = tuple(words("en_function_words", list="adjectival_agent_suffix"))


def _lower_title(w: str) -> bool:
    """`w`, in lower case, is a title written before a name ("the Korean king Taejong", "emperor
    Kammu", "president Tarvik"): a title word that ends a title, not one with an adjective's
    ending ("the general Okinawan population")."""
    return w.title() in TITLE_ENDS and w.title() not in HEAD_CATEGORY and not w.endswith(_ADJECTIVAL_ENDINGS)


class _SingleNames:
    def _drop_single_lone_names(self) -> None:
        """A one-word name of the common band (see `_lone_name`) mentioned alone only once
        is dropped: "Floor", "Ranking" once are words of a longer name or a heading.  A
        one-word name that is a word of a person's full name ("Raimondo" after "Gina
        Raimondo") is only a reference: the grouping makes it that person's short form."""
        if not self.lone:
            return
        in_names, of_persons = set(), set()
        for r in self.raws:
            # (not a span a longer name took over: "Usa Valmora" of "the Usa Valmora shrine")
            if (r.kind == "person" or r.category is Category.PERSON) and " " in r.text and r.strength:
                words = r.text.split()
                in_names.update((words[0], words[-1]))
                if r.kind == "person":
                    of_persons.update((words[0], words[-1]))
        for r in self.lone:
            if r.text in in_names:
                r.strength, r.category = 0, None
        seen = Counter(r.text for r in self.lone_common)
        for text in seen:
            seen[text] += self.note_lone[text]
        self.repeated_lone = frozenset(t for t, n in seen.items() if n >= 2 or dictionary_brand(t)
                                       or dictionary_place(t)) | self.owners
        # ... unless a Japanese dictionary names a company or organisation so ("Facebook",
        # "Disney") or a place ("Busan (South Korea)"): then once is enough
        # (a word of the full name of a person with a cue stays, as a weak reference the
        # grouping resolves: '"…," Kim said' after "Kim Min-ji, a professor")
        # (nor a family name JMnedict knows as nothing else: "Ostrinov signed it" names a person once)
        drop = {id(r) for r in self.lone_common if seen[r.text] < 2 and not dictionary_brand(r.text)
                and not dictionary_place(r.text) and r.text not in of_persons and not dictionary_surname_only(r.text)}
        if drop:
            self.raws = [r for r in self.raws if id(r) not in drop]

    def _coordinated_category(self, c: _SegCtx, a: int) -> Category | None:
        """A one-word name in a list right after an organisation or a publication with a
        cue is one of the same kind: "Acme Holdings, Zenko and Bolt Motor"."""
        toks = c.tokens
        if a < 2 or a + 1 >= len(toks):
            return None
        before, after = toks[a - 1].text, toks[a + 1].text
        if c.seg.kind != "body":
            return None   # a note's "Committee, Bonn, July 5": a citation, not a list
        # the middle of a list ("A, X and B") or its end ("A and X.")
        if not ((before == "," and after in ("and", "or")) or
                (before in ("and", "or") and after in (".", ",", ";"))):
            return None
        end = toks[a - 2].end
        for r in reversed(self.raws[-4:]):
            if r.seg is c.seg and r.start + len(r.text) == end and r.strength >= 2 and \
                    r.category in (Category.INSTITUTION, Category.PUBLICATION):
                return r.category
        return None

    def _single_name_cue(self, c: _SegCtx, a: int, initial: bool, in_title: bool) -> Category | None:
        """The category of a one-word name from its own form or the words around it, or None:
        "Reaganomics"/"Gaullism" (a doctrine), "the Diet" (a parliament), "coalition partner
        X", "his faction, the X", "X, a right-wing party" (an organisation)."""
        toks = c.tokens
        w = toks[a].text
        if (w.endswith("nomics") or (w.endswith("ism") and not initial and w.lower() not in self.lower_vocab)) \
                and general_zipf(w) < RARE_ZIPF:
            return Category.POLICY   # a doctrine named after someone; not "Buddhism" (Zipf 3.6)
        if in_title:
            return None
        if w in SOLE_INSTITUTIONS:
            return Category.INSTITUTION
        if c.seg.kind == "body" and _author_date_at(c, a) and _surname_like(w):
            return Category.PERSON     # "(Tarvik 1992)", "(see Tarvik et al. 2014b, 12)": a cited author
        if a and toks[a - 1].text[:1].islower() and not generic_plural(w) and \
                (toks[a - 1].text.title() in ROLE_NOUNS or _lower_title(toks[a - 1].text)):
            return Category.PERSON     # "political scientist Anderson", "journalist Yasuda", "king Taejong"
        if not initial and a + 1 < len(toks) and toks[a + 1].text in OUTLET_ITEMS and not generic_plural(w):
            return Category.PUBLICATION   # "a 2019 X article", "an X editorial"
        if a + 1 < len(toks) and CLASS_NOUNS.get(toks[a + 1].text) is Category.PLACE and \
                c.text[toks[a].end:toks[a + 1].start] == " " and w not in DEMONYMS and not dictionary_adjective(w) \
                and not (a + 2 < len(toks) and toks[a + 2].text == "of" and general_zipf(w.lower()) >= RARE_ZIPF):
            return Category.PLACE      # "Kessin province", "the Tarvik district of Y" (not "the Philippine island of Y")
        coordinated = self._coordinated_category(c, a)
        if coordinated is not None:
            return coordinated
        # before: "<noun> X", "<noun>, the X"
        k = a - 1
        if k >= 1 and toks[k].text == "the" and toks[k - 1].text == ",":
            k -= 2
        elif k >= 1 and toks[k].text == "(" and CLASS_NOUNS.get(toks[k - 1].text) is Category.PERSON:
            k -= 1      # "his son (Valmo)": the name in brackets after a word of kinship
        if k >= 0:
            cue = CLASS_NOUNS.get(toks[k].text)
            if cue is not None and (toks[k].text != "partner" or (k and toks[k - 1].text == "coalition")):
                return cue
        # after: "X, founded in ...", "X, headquartered in ...": an organisation
        if a + 2 < len(toks) and toks[a + 1].text == "," and toks[a + 2].text in FOUNDED_WORDS:
            return Category.INSTITUTION
        # after: "X, a/the <lower-case words> <noun>"
        if a + 2 < len(toks) and toks[a + 1].text == "," and toks[a + 2].text in ("a", "an", "the"):
            for t in toks[a + 3:a + 8]:
                if t.kind != "word" or not t.text[:1].islower():
                    break
                if t.text in CLASS_NOUNS and t.text != "partner":
                    return CLASS_NOUNS[t.text]
        return None

    def _lone_name(self, w: str) -> str | None:
        """Rule family `single-names`: a capitalised word mid-sentence is a name of its own
        when the article never writes it in lower case and it is not a word that English
        capitalises for another reason (a month, a demonym, a title), and either general
        English rarely uses it (a surname, a coined name: Zipf < RARE_ZIPF, "rare") or the
        article writes it alone more than once (a company or a platform: Zipf < COMMON_ZIPF,
        "common": kept only when two such mentions are found, see `run`).  A hyphenated
        word with a lower-case end is a modifier ("DC-based"), not a name."""
        if w[:1].isdigit():
            return "common" if DIGIT_NAME.match(w) else None   # "2channel", "4chan": twice at least
        if w.lower() in self.lower_vocab or not w[:1].isupper() or len(w) < 3 or w.isupper():
            return None
        if w in STOPWORDS or w in MONTHS or w in DAYS or w in DEMONYMS or w in TITLE_WORDS or \
                w in HEAD_CATEGORY or w in GEO_WORDS or w in COUNTRIES or w in OF_TAKERS or w in COMMON_ACRONYMS:
            return None     # (a mixed-case abbreviation of a kind of thing: "DDoS")
        if (_has_dash(w) and w.rsplit("-", 1)[-1][:1].islower()) or generic_plural(w):
            return None
        if dictionary_adjective(w):
            return None     # "Confucianist scholars", "the Neolithic": an adjective, not a name
        if INNER_CAPITAL.search(w):
            return "rare"      # "NetVista", "McArdle": English writes no common word so
        z = general_zipf(w)
        if z < RARE_ZIPF and _common_noun_form(w) and dictionary_common_noun(w):
            return None     # "to the Commandants of the commands": a rare common noun, capitalised
        return "rare" if z < RARE_ZIPF else "common" if z < COMMON_ZIPF else None

    def _in_english(self, c: _SegCtx, a: int) -> bool:
        """The sentence around token a is English: at least half of its lower-case words
        are common in English (wordfreq Zipf >= 3).  A romanised Japanese or Korean
        sentence ("Koganei raibuhausu satsujin ...") is not, and its capitalised words are
        no evidence of names."""
        ss = c.sent_starts
        i = bisect.bisect_right(ss, c.tokens[a].start) - 1
        key = (id(c.seg), ss[i])      # (segments live as long as the extraction)
        hit = self._english.get(key)
        if hit is None:
            lo = ss[i]
            hi = ss[i + 1] if i + 1 < len(ss) else len(c.text)
            first = bisect.bisect_right(c.ends, lo)          # the sentence's tokens, found by
            last = bisect.bisect_left(c.ends, hi, first)     # bisection: linear in the line
            words = [t.text for t in c.tokens[first:last + 1] if lo <= t.start < hi and t.kind == "word"
                     and t.text[:1].islower()]
            hit = self._english[key] = not words or \
                2 * sum(1 for w in words if general_zipf(w) >= 3.0) >= len(words)
        return hit

    @staticmethod
    def _said_of_a_name(c: _SegCtx, a: int) -> bool:
        """What follows token a reads as said of a name: a bracket ("X (2001)"), a
        possessive ("X's"), a comma, or a reporting verb ("X argues") — not the next word
        of a foreign sentence ("Kore wa ..."): a verb in the third person or the past
        ("X quotes", "X founded")."""
        toks = c.tokens
        nxt = toks[a + 1].text if a + 1 < len(toks) else ""
        return nxt in ("(", ",", "’s", "'s", "and", "or", "-", "–", "—", ":", ")") or nxt in REPORTING_VERBS or \
            (nxt[:1].islower() and len(nxt) > 3 and (nxt.endswith(("s", "ed")) or PAST_VERB.match(nxt) is not None))

    @staticmethod
    def _lone_category(c: _SegCtx, a: int) -> Category:
        """A lone name's category: a person when a reporting verb or a cited year follows
        ("X argues", "X (2001)") or the writer names X beside themselves ("X and I"), and
        no article precedes it; else an
        organisation (a site, a company, a group, a newspaper: "the X reported")."""
        toks = c.tokens
        if dictionary_surname_only(toks[a].text):
            return Category.PERSON         # "the treaty X signed", "the X administration": a family name and nothing else, to JMnedict
        if a and toks[a - 1].text.lower() == "the":
            return Category.INSTITUTION    # "the Hankyoreh reported": English puts no article before a person
        nxt = toks[a + 1].text if a + 1 < len(toks) else ""
        nxt2 = toks[a + 2].text if a + 2 < len(toks) else ""
        if nxt in REPORTING_VERBS or (nxt == "(" and nxt2[:2] in ("19", "20") and len(nxt2) == 4):
            return Category.PERSON
        if nxt in ("’s", "'s") and nxt2 in REPORTING_VERBS:
            return Category.PERSON
        if _companion(c, a):
            return Category.PERSON         # "Kessa and I": the writer's companion
        return Category.INSTITUTION


#: endings of English abstract nouns ("Inducement", "Westernization"; data/en_function_words.tsv)
ABSTRACT_NOUN_SUFFIXES = tuple(words("en_function_words", list="abstract_noun_suffix"))


def _common_noun_form(w: str) -> bool:
    """`w` has the form of an English common noun, not of a name: a plural in -s or an
    abstract noun's ending ("Commandants", "Westernization"; not "Osprey", a model's name
    as much as a bird)."""
    low = w.lower()
    return low.endswith(ABSTRACT_NOUN_SUFFIXES) or (low.endswith("s") and not low.endswith("ss"))


#: words with which a writer names themselves beside a companion ("Kessa and I", "me and Kessa")
_SELF = ("I", "me", "Me")


def _companion(c: _SegCtx, a: int) -> bool:
    """The one-word name at token a stands beside the writer: "X and I went", "me and X"
    (not "Sections H and I.", "X and my family")."""
    toks = c.tokens
    nxt = [t.text for t in toks[a + 1:a + 3]]
    prev = [t.text for t in toks[max(0, a - 2):a]]
    after = toks[a + 3].text if a + 3 < len(toks) else ""
    return nxt[:1] == ["and"] and nxt[1:] and nxt[1] in _SELF and after[:1].islower() or \
        prev[-1:] == ["and"] and len(prev) == 2 and prev[0] in _SELF
