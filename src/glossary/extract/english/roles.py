"""Rule family `roles`: role titles split from the person they precede, kept as evidence.

"National Security Adviser John Roe", "Prime Minister of Japan Aso Taro", "Minister of
A, B and C Family Given": the person is the name after the title, the title form is kept
as an alias, and an organisation before the title is a name of its own.
"""
from __future__ import annotations

from functools import lru_cache

from ...text.lexicon import words
from ...model import Category
from ..categories import category_of_head, head_of
from ..general import (census_given_name, dictionary_given_name, dictionary_lower_word, dictionary_name_word,
                       dictionary_surname, dictionary_verb, zipf as general_zipf)
from ..vocab import COUNTRIES, DEMONYMS, GEO_WORDS, HEAD_CATEGORY, POSTED_TITLES, TITLE_ENDS, TITLE_SURNAMES, TITLE_WORDS
from .segments import _Raw, _SegCtx
from .shared import AGENT_SUFFIXES, _country_names, generic_plural, _title_part, TIME_PREFIX


#: occupations written before a name as a title ("Journalist Eric Johnston")
ROLE_NOUNS = words("en_role_nouns")


def _plural_title(w: str) -> bool:
    """A title in the plural before a list of people: "Prime Ministers A, B and C"."""
    return len(w) > 3 and w.endswith("s") and (w[:-1] in TITLE_ENDS or w[:-1] in ROLE_NOUNS)


#: the endings of nouns for a kind of person that make no adjectives ("Rapporteur", "Curator", "Ombudsman")
_TITLE_SUFFIXES = tuple(s for s in AGENT_SUFFIXES if s not in words("en_function_words", list="adjectival_agent_suffix"))
#: their last two letters, for a quick test
_AGENT_ENDS = frozenset(s[-2:] for s in _TITLE_SUFFIXES)
#: a word of a person's name after such a title is no word English uses this commonly in
#: lower case (Zipf), unless a dictionary knows it as a name ("Semiconductor Supply Chains")
_NAME_WORD_ZIPF = 4.0


@lru_cache(maxsize=4096)
def _agent_title(w: str) -> bool:
    """A capitalised word English writes in lower case as a noun for a kind of person
    (a JMdict gloss as written, with an agent noun's ending) that no dictionary knows as a
    given name or surname: an office or occupation written before a name as its title,
    beyond the listed ones ("Rapporteur Ilse Brell", "Curator Sora Tarvik"; not "Victor",
    "Hunter", "Dean", which are names too).  A hyphenated word is tested by its last part
    ("Minister-Counsellor")."""
    last = w.rsplit("-", 1)[-1]
    if len(last) < 5 or not last[0].isupper() or not last[1:].islower():
        return False
    low = last.lower()
    # (a dictionary that glosses "assemblyman" but not "assemblywoman")
    glossed = dictionary_lower_word(low) or (low.endswith("woman") and dictionary_lower_word(low[:-5] + "man"))
    return low.endswith(_TITLE_SUFFIXES) and glossed and not dictionary_given_name(last) and not dictionary_surname(last)


def _agent_titled_name(names: list[str]) -> bool:
    """Do the words after an unlisted title read as a person's name: none a word English
    commonly writes in lower case, unless a dictionary knows it as a given name or surname."""
    return all(len(w) <= 2 or "-" in w or general_zipf(w.lower()) < _NAME_WORD_ZIPF or dictionary_given_name(w)
               or dictionary_surname(w) for w in names)


#: every word that can be (part of) a title before or after a name, for a quick test
_TITLE_ANY = frozenset(TITLE_WORDS) | ROLE_NOUNS | frozenset(w + "s" for w in TITLE_ENDS | ROLE_NOUNS)


class _Roles:
    def _posted_person(self, c: _SegCtx, a: int, b: int, text: str) -> bool:
        """A span after "<title> to" or "<title> in" that starts with a country: the country
        is where the title is held (a posted title, data) and the two to four name-like words
        after it are the person ("the Ambassador to Japan Mira Kessin"); no head noun or
        place among them ("Adviser to Korea Hydro Power" is a company).  True when it was one."""
        toks = c.tokens
        if a < 2 or toks[a - 1].text not in ("to", "in") or toks[a - 2].text not in POSTED_TITLES:
            return False
        names = _country_names(text)
        if not names or names[0][1] != 0:
            return False
        end = toks[a].start + len(names[0][0])
        k = next((k for k in range(a, b + 1) if toks[k].start > end), None)
        if k is None or not 2 <= b - k + 1 <= 4:
            return False
        places = {r.text for r in self.raws if r.category is Category.PLACE}
        if not all(self._name_like(t.text) and t.text not in HEAD_CATEGORY and t.text not in GEO_WORDS and
                   t.text not in places for t in toks[k:b + 1]):
            return False
        self.add(_Raw(names[0][0], c.seg, toks[a].start, Category.PLACE, 3, "place"))
        name = c.text[toks[k].start:toks[b].end]
        self.add(_Raw(name, c.seg, toks[k].start, Category.PERSON, 2, "person", person_name=name))
        return True

    @staticmethod
    def _has_title_word(toks, a: int, b: int) -> bool:
        """Some token of a..b is a title word (the rules of this family need one)."""
        for k in range(a, b + 1):
            w = toks[k].text
            if w in _TITLE_ANY or ("-" in w and _title_part(w, TITLE_WORDS)) or \
                    (w[-2:].lower() in _AGENT_ENDS and k < b and _agent_title(w)):
                return True
        return False

    @staticmethod
    def _portfolio_title(c: _SegCtx, a: int) -> int | None:
        """The first token of "Minister of X, Y and" right before token a, or None."""
        toks = c.tokens
        k = a - 1
        if k < 0 or toks[k].text not in ("and", "&"):
            return None
        while k >= 1 and (toks[k].cap or toks[k].text in (",", "and", "&", "the")) and k > a - 12:
            if toks[k].text == "of" or toks[k - 1].text == "of":
                break
            k -= 1
        if k >= 2 and toks[k - 1].text == "of" and toks[k - 2].text in TITLE_ENDS:
            t0 = k - 2
            while t0 >= 1 and _title_part(toks[t0 - 1].text, TITLE_WORDS):
                t0 -= 1
            return t0
        return None

    def _role_person(self, c: _SegCtx, a: int, b: int, in_title: bool) -> bool:
        """Rule family `roles`: a span that ends in a person's name after a role title:
        [organisation] Title-words [of/for Portfolio] Name ("National Security Adviser John
        Roe", "Prime Minister of Japan Aso Taro", "University Professor Tom Gill").  The
        title is the longest run ending in a title word (TITLE_ENDS, role nouns), the name
        the one to four name-like words after it (middle initials allowed); the person is
        kept with the title form as an alias, and an organisation before the title is a
        name of its own."""
        toks = c.tokens
        idx = [k for k in range(a, b + 1) if toks[k].kind == "word"]
        for pos in range(len(idx) - 2, -1, -1):
            t = idx[pos]
            w = toks[t].text
            agent = not (_title_part(w, TITLE_ENDS) or w in ROLE_NOUNS or _plural_title(w))
            if (agent and not _agent_title(w)) or _portfolio_of(c, t, a):
                continue
            name = idx[pos + 1:]
            if toks[name[0]].text in ("of", "for"):
                name = self._after_portfolio(c, name)
            if not name or not 1 <= len(name) <= 4 or \
                    not all(self._name_like(toks[k].text) or self._initial(c, k) for k in name[:-1]) or \
                    not (self._name_like(toks[name[-1]].text) or self._surname_title_word(toks[name[-1]].text)):
                return False
            if len(name) == 1 and (in_title or not _title_part(w, TITLE_ENDS)):
                return False
            if agent and not _agent_titled_name([toks[k].text for k in name]):
                return False
            if _headline_words([toks[k].text for k in name]):
                return False    # "Leaders Fully Launched": a headline's verb, no name
            if any(generic_plural(toks[k].text) for k in name):
                return False    # "... Association for Valmoran Women Workers": who it is for, no name
            if in_title and all(toks[k].text.lower() in self.lower_vocab or _plural_or_verb(toks[k].text)
                                for k in name):
                return False    # a headline's verb and object: "Fisheries Minister Rejects Calls to Resign"
            first = idx[0]
            t0 = next((k for k in idx[:pos + 1] if _title_part(toks[k].text, TITLE_WORDS)
                       or toks[k].text in ROLE_NOUNS), t)
            before = [toks[k].text for k in idx if k < t0]
            if before and (category_of_head(head_of(before)) is not None or
                           (len(before) == 1 and self._is_acronym(before[0]))):
                self._span(c, first, t0 - 1, in_title)   # the organisation before the title
            elif before and not all(w in COUNTRIES or w in DEMONYMS for w in before):
                t0 = first    # "National Security Adviser": modifiers are part of the title
            self._titled_person(c, t0, name[0], b, c.text[toks[first].start:toks[b].end])
            return True
        return False

    def _organisation_then_title(self, c: _SegCtx, a: int, b: int, in_title: bool) -> bool:
        """An organisation's name, then a title with no name after it ("former Seoul
        National University Professor and ..."): the organisation is the name."""
        toks = c.tokens
        k = b
        while k > a and (_title_part(toks[k].text, TITLE_WORDS) or toks[k].text in ROLE_NOUNS):
            k -= 1
        if k == b or k < a or not (_title_part(toks[b].text, TITLE_ENDS) or toks[b].text in ROLE_NOUNS):
            return False
        org = [t.text for t in toks[a:k + 1]]
        if HEAD_CATEGORY.get(org[-1]) is not Category.INSTITUTION:
            return False   # the title goes with the words before it: "Office of the US Trade Representative"
        self._span(c, a, k, in_title)
        return True

    def _title_of_organisation(self, c: _SegCtx, a: int, b: int, in_title: bool) -> bool:
        """A title [and a name] "of" an organisation: "Deputy Secretary General of Japan
        Innovation Party", "Lt. Colonel of the U.S. Army", "Deputy Director Jane Roe of the
        Crime Division": the organisation is a name of its own, the person (if named) is
        kept with the title form; the title alone is no entry."""
        toks = c.tokens
        k = a
        while k <= b and (_title_part(toks[k].text, TITLE_WORDS) or toks[k].text in ROLE_NOUNS):
            k += 1
        if k == a or not any(_title_part(toks[x].text, TITLE_ENDS) or toks[x].text in ROLE_NOUNS
                             for x in range(a, k)):
            return False
        m = k
        while m <= b and toks[m].text != "of":
            m += 1
        r = m + 2 if m + 1 <= b and toks[m + 1].text == "the" else m + 1
        if m > b or r > b or m - k > 4:
            return False
        name = [x for x in range(k, m) if toks[x].kind == "word"]
        if name and not all(self._name_like(toks[x].text) or self._initial(c, x) for x in name):
            return False
        org = [t.text for t in toks[r:b + 1]]
        if category_of_head(head_of(org)) in (None, Category.PERSON) and not \
                (len(org) == 1 and self._is_acronym(org[0])):
            return False        # (a body, or a programme, paper or event one heads: "Editor of the X Herald")
        if len(name) >= 2:
            self._titled_person(c, a, name[0], name[-1], c.text[toks[a].start:toks[b].end])
        self._span(c, r, b, in_title)
        return True

    def _after_portfolio(self, c: _SegCtx, rest: list[int]) -> list[int]:
        """The name after "of/for [the] Portfolio" in a title ("of Commerce", "of Japan",
        "for Foreign Affairs"): the tokens left once the portfolio words are taken, as long
        as two name-like words remain; [] when there is no such split."""
        toks = c.tokens
        k = 1
        if k < len(rest) and toks[rest[k]].text == "the":
            k += 1
        fits = [end for end in range(k + 1, len(rest) - 1)
                if len(rest) - end <= 4 and all(self._name_like(toks[x].text) or self._initial(c, x) for x in rest[end:])]
        if not fits:
            return []

        def fit(end: int) -> tuple[int, int, int]:
            # the portfolio is a country ("of Singapore | Lee Hsien Loong"); else it ends in a
            # word English writes in lower case and the name starts at none ("for Foreign
            # Affairs | John Roe"); else the shorter name ("… | Kim Min-su")
            country = " ".join(toks[x].text for x in rest[k:end]) in COUNTRIES
            lower = dictionary_lower_word(toks[rest[end - 1]].text.lower()) + \
                (not dictionary_lower_word(toks[rest[end]].text.lower()))
            return country, lower, end
        return rest[max(fits, key=fit):]

    @staticmethod
    def _surname_title_word(w: str) -> bool:
        """A title word that is also a surname when it ends a name ("Mary Major"): the
        title words the data marks so, but those that end a title ("Minister", "King")."""
        return w in TITLE_SURNAMES and w not in TITLE_ENDS and w not in HEAD_CATEGORY

    @staticmethod
    def _initial(c: _SegCtx, k: int) -> bool:
        """Token k is a middle initial: one capital letter followed by a full stop."""
        t = c.tokens[k].text
        return len(t) == 1 and t.isupper() and k + 1 < len(c.tokens) and c.tokens[k + 1].text == "."

    def _titled_person(self, c: _SegCtx, t0: int, k: int, b: int, text: str) -> None:
        """The person named by tokens k..b after the title t0..k-1 (a span's tokens a..b,
        `text`); a "Then-"/"Former-" prefix is no part of the title form kept as an alias."""
        toks = c.tokens
        e = toks[b].end
        name = c.text[toks[k].start:e]
        title_form = c.text[toks[t0].start:e]
        pre = TIME_PREFIX.match(title_form)
        if pre:
            title_form = title_form[pre.end():]
        links = [ln for ln in (text, title_form) if not TIME_PREFIX.match(ln)]
        self.add(_Raw(name, c.seg, toks[k].start, Category.PERSON, 3, "person", person_name=name, links=links))
        self._compound(c, k, b, name, "person")
        if "roles" not in self.off:
            role = c.text[toks[t0].start:toks[k - 1].end]
            pre = TIME_PREFIX.match(role)
            if pre:
                role = role[pre.end():]
            if role and " " in role.strip():
                seen = self.role_titles.setdefault(role, (c.seg, c.text.find(role, toks[t0].start), set()))
                seen[2].add(toks[b].text)      # the surname: "Prime Minister Abe", "... Shinzo Abe" are one

    #: a role title written before this many different people is a term of its own
    ROLE_TERM_PEOPLE = 2

    def _role_terms(self) -> None:
        """Rule family `roles`: a role title the article puts before several people ("Prime
        Minister Venn", "Prime Minister Roe") is a term translators need ("Prime
        Minister" -> 首相 / 총리), an entry of its own besides the people."""
        for role, (seg, start, people) in self.role_titles.items():
            if len(people) >= self.ROLE_TERM_PEOPLE and start >= 0:
                self.add(_Raw(role, seg, start, Category.OTHER, 2))


#: the stem of a word that is a common English word at least this frequent (wordfreq Zipf)
COMMON_STEM_ZIPF = 4.0


#: a capitalised "-ed" word or verb at least this common in English is a verb's form, no name's
PARTICIPLE_ZIPF = 4.0


@lru_cache(maxsize=4096)
def _verbal_word(w: str) -> str | None:
    """"adverb" for a capitalised adverb a dictionary writes in lower case ("Likely",
    "Fully"), "verb" for a common "-ed" form ("Launched") or a common verb ("Meet", "Seek"),
    when no dictionary knows the word as a word of people's names ("Kelly", "Reed", "Hunt"
    are); else None."""
    if len(w) < 4 or not w[1:].islower() or dictionary_name_word(w) or dictionary_given_name(w):
        return None
    if w.endswith("ly") and dictionary_lower_word(w.lower()):
        return "adverb"
    if general_zipf(w.lower()) >= PARTICIPLE_ZIPF and (w.endswith("ed") or dictionary_verb(w)):
        return "verb"
    return None


def _headline_words(words: list[str], after_auxiliary: bool = False) -> bool:
    """A name-shaped run that starts with a common verb after an auxiliary ("Must Enhance
    Deterrence": `after_auxiliary`) or ends in a
    headline's adverb or verb: an adverb after no given name ("Tarvik Likely to Visit",
    "Fully Launched"), a verb after no word of anyone's name ("Ostrin-Tarvik Meet", "Leaders
    Fully Launched"); a name's word first makes a person of a verb ("Brett Hack", "Naoto Farm")."""
    if after_auxiliary and _verbal_word(words[0]) == "verb" and not census_given_name(words[0]):
        return True         # a headline's verb after its auxiliary: "Japan Must Enhance Deterrence"
    kind = _verbal_word(words[-1])
    if kind is None or census_given_name(words[0]) or dictionary_given_name(words[0]):
        return False
    return kind == "adverb" or not dictionary_name_word(words[0])


def _plural_or_verb(w: str) -> bool:
    """A capitalised word ending in "s" whose stem English uses often ("Rejects", "Calls",
    "Talks"): in a headline a verb or a plural, no name of a person."""
    from ..general import dictionary_given_name, zipf

    return len(w) > 3 and w.endswith("s") and w[1:].islower() and zipf(w[:-1].lower()) >= COMMON_STEM_ZIPF and \
        not dictionary_given_name(w[:-1])


def _portfolio_of(c: _SegCtx, t: int, a: int) -> bool:
    """The title word at token t names the portfolio of an organisation before it, not a
    role: "Department of Justice", "Ministry of Defense" (an institution's head, "of",
    the word); what follows is no person ("... Department of Justice FARA website")."""
    toks = c.tokens
    return t - 2 >= a and toks[t - 1].text == "of" and HEAD_CATEGORY.get(toks[t - 2].text) is Category.INSTITUTION
