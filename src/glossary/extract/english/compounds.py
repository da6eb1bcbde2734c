"""Rule family `compounds`: lower-case heads after names.

Capitalised words + up to two lower-case modifiers + a lower-case head noun make a
compound name ("X summit", "DPJ leadership election", "Y administration", "foreign
ministers' meeting"); "X summit at Camp Y" is also "Camp Y summit".
"""
from __future__ import annotations

from ...text.lexicon import words
from ...model import Category
from ..aliases import group_key
from ..general import dictionary_surname, dictionary_title, dictionary_verb
from ..vocab import (COUNTRIES, DEMONYMS, GOVERNMENT_HEADS, MISSION_HEADS, LOWER_HEAD_CATEGORY, MONTHS, OWNED_EVENT_HEADS,
                     NOT_MODIFIERS, PLACE_PLURAL_HEADS, STOPWORDS)
from .segments import _Raw, _SegCtx
from .shared import _SERIES_KINDS, ANY_HYPHEN, PAST_VERB, REPORTING_VERBS
from .tokens import _Tok


# Lower-case heads that make a named event after a demonym and a modifier.
DEMONYM_EVENT_HEADS = words("en_lower_heads", list="demonym_event")
# Lower-case heads of a meeting named by the two leaders who held it ("the A–B summit").
LEADERS_MEETING_HEADS = words("en_lower_heads", list="leaders_meeting")
# Lower-case heads of a body named by the one person who leads it ("the X administration").
LEADER_BODY_HEADS = words("en_lower_heads", list="leader_body")


def _noun_after_head(c: _SegCtx, j: int) -> bool:
    """A lower-case plural noun right after the head token j: the head is a modifier of
    that noun ("war criminals"), unless the noun is a head itself ("summit meetings")."""
    t = c.tokens[j + 1]
    w = t.text
    return t.kind == "word" and c.text[c.tokens[j].end:t.start] == " " and w[:1].islower() and len(w) > 3 and \
        w.endswith("s") and not w.endswith("ss") and w not in STOPWORDS and w not in LOWER_HEAD_CATEGORY and \
        w not in REPORTING_VERBS and w not in NOT_MODIFIERS and w != "meetings"


def _counted_after(c: _SegCtx, k: int) -> bool:
    """The number at token k counts what follows it ("of 2000 students", "of 300 people",
    "of 600 Valmoran villages"): a word after it that is no function word or verb; no
    year, then.  A year ends the phrase: punctuation, a function word or a verb follows
    (a verb JMdict translates: "the Ostrin uprising of 1919 spread")."""
    if k + 1 >= len(c.tokens):
        return False
    t = c.tokens[k + 1]
    w = t.text
    return t.kind == "word" and w[:1].isalpha() and w.lower() not in STOPWORDS and \
        w not in REPORTING_VERBS and PAST_VERB.match(w) is None and not (w.islower() and dictionary_verb(w))


class _Compounds:
    @staticmethod
    def _lower_head_after(c: _SegCtx, b: int) -> bool:
        """A lower-case head noun right after token b ("X initiative", "X summit")."""
        toks = c.tokens
        return b + 1 < len(toks) and toks[b + 1].text in LOWER_HEAD_CATEGORY and \
            c.text[toks[b].end:toks[b + 1].start] == " "

    def _compound(self, c: _SegCtx, a: int, b: int, text: str, kind: str) -> None:
        """Capitalised words + up to two lower-case modifiers + a lower-case head noun."""
        if "compounds" in self.off:
            return
        found = self._compound_head(c, b, kind)
        if found is not None:
            self._compound_name(c, a, text, kind, *found)

    def _meeting_parties(self, c: _SegCtx, a: int, b: int) -> None:
        """"the A–B summit": A and B, joined by a dash, are the leaders who met when a
        dictionary knows each as a family name and neither is a country or an acronym
        ("the Ostrin–Kim summit"; not "the US–ROK summit", "the Nissan–Tarvik talks")."""
        name = c.text[c.tokens[a].start:c.tokens[b].end]
        parts = ANY_HYPHEN.split(name)
        if len(parts) != 2 or not all(p.isalpha() and p[:1].isupper() and not p.isupper() and p not in COUNTRIES
                                      and p not in DEMONYMS and dictionary_surname(p) for p in parts):
            return
        start = c.tokens[a].start
        for p in parts:
            off = start + name.index(p)
            self.add(_Raw(p, c.seg, off, Category.PERSON, 1, "person", person_name=p))

    def _leader(self, c: _SegCtx, a: int) -> None:
        """"the X administration": the one word X is the person who leads it when a dictionary
        knows it as a family name and it is no country, demonym or acronym ("Watanabe
        administration officials said": Watanabe, also opening a sentence)."""
        w = c.tokens[a].text
        if w.isalpha() and w[:1].isupper() and not w.isupper() and w not in COUNTRIES and w not in DEMONYMS and \
                dictionary_surname(w):
            self.add(_Raw(w, c.seg, c.tokens[a].start, Category.PERSON, 2, "person", person_name=w))

    def _compound_head(self, c: _SegCtx, b: int, kind: str) -> tuple[int, list[_Tok]] | None:
        """(index of the lower-case head, the modifiers before it) after token b, or None:
        up to two modifiers (no function word, adverb or verb), a plural possessive
        ("foreign ministers’ meeting") before "meeting" only."""
        toks = c.tokens
        j = b + 1
        if kind in ("name", "person") and j + 1 < len(toks) and toks[j].kind == "poss" and \
                toks[j + 1].text in OWNED_EVENT_HEADS and c.text[toks[j].end:toks[j + 1].start] == " " and \
                not (j + 2 < len(toks) and _noun_after_head(c, j + 1)):
            return j + 1, []       # a name's possessive and an event head: "Masakado’s revolt"
        mods: list[_Tok] = []
        owners = False   # a plural possessive modifier: "foreign ministers’ meeting"
        while j < len(toks) and len(mods) <= 2:
            t = toks[j]
            gap = c.text[toks[j - 1].end:t.start]
            if gap != " " and t.kind == "punct" and t.text in "’'" and mods and mods[-1].text.endswith("s") \
                    and not owners:
                owners = True
                j += 1
                continue
            if t.kind != "word" or gap != " " or not t.text[:1].islower():
                return None
            lw = t.text.lower()
            if lw in LOWER_HEAD_CATEGORY or (owners and lw in ("meeting", "meetings")):
                break
            if lw in STOPWORDS or lw in NOT_MODIFIERS or lw.endswith("ly") or len(mods) == 2 or owners:
                return None
            if kind != "demonym" and (PAST_VERB.match(lw) or lw in REPORTING_VERBS):
                return None   # "Taro Yamada revived annual talks", "the Ministry lodged protests"
            mods.append(t)
            j += 1
        else:
            return None
        if j + 1 < len(toks) and _noun_after_head(c, j) and \
                (toks[j].text.lower() not in LEADER_BODY_HEADS or kind == "demonym"):
            return None   # "X war criminals", "Y summit participants": the head modifies a noun
            # (but "X administration officials" are the officials of the X administration)
        return (j, mods) if j < len(toks) else None

    def _compound_name(self, c: _SegCtx, a: int, text: str, kind: str, j: int, mods: list[_Tok]) -> None:
        """The compound name from token a to the head j, unless the kinds do not go
        together (a country's "government", a demonym's plain head)."""
        toks = c.tokens
        head = toks[j].text.lower()
        cat = LOWER_HEAD_CATEGORY.get(head, Category.EVENT)
        if j + 1 < len(toks) and toks[j + 1].text in ("meeting", "meetings") and \
                c.text[toks[j].end:toks[j + 1].start] == " ":
            j += 1  # "summit meetings"
        if kind == "named" and (cat is Category.OTHER or head in GOVERNMENT_HEADS):
            return
        if head in GOVERNMENT_HEADS and kind not in ("name", "person", "demonym"):
            return
        if kind == "demonym" and head not in GOVERNMENT_HEADS and head not in MISSION_HEADS and \
                not (head in DEMONYM_EVENT_HEADS and mods and a > 0 and toks[a - 1].text.lower() == "the") and \
                not dictionary_title(" ".join(t.text[:1].upper() + t.text[1:] for t in toks[a:j + 1])):
            return  # but "the Asian financial crisis", "the Spanish civil war", and a dictionary's
            # name written in lower case ("the Korean war": JMdict's "Korean War")
        if head in PLACE_PLURAL_HEADS and kind == "country":
            return
        s = toks[a].start
        full = c.text[s:toks[j].end]
        strength = 2 if cat is Category.OTHER else 3
        if head in PLACE_PLURAL_HEADS and self.raws and self.raws[-1].start == s and self.raws[-1].seg is c.seg:
            self.raws.pop()  # "Pacific Island countries": the modifier is not a name of its own
        prev_raw = self.raws[-1] if self.raws else None
        if head not in GOVERNMENT_HEADS and prev_raw is not None and prev_raw.seg is c.seg and \
                prev_raw.start == s and prev_raw.strength == 1 and \
                (prev_raw.kind == "person" or (self.lone and prev_raw is self.lone[-1])):
            # "Phase One agreement": not a person; "Mainichi shinbun": the one-word name
            # is part of the longer one
            prev_raw.strength, prev_raw.category = 0, None
        if prev_raw is not None and prev_raw.seg is c.seg and prev_raw.start == s and prev_raw.place_cue:
            prev_raw.place_cue = False   # "held in Y prison": "in" governs the compound, Y is no place
        year = self._year_before(c, a) if cat is Category.EVENT and "names" not in self.off else None
        if year is not None:
            # "the 2016 Ostrin mayoral election": the year is part of the event's name, the
            # name without it another form of the same event (as for capitalised heads)
            self.add(_Raw(c.text[toks[year].start:toks[j].end], c.seg, toks[year].start, cat, strength,
                          links=[full]))
        if head in LEADERS_MEETING_HEADS and not mods:
            self._meeting_parties(c, a, j - 1)   # (before the meeting: later rules extend the last raw)
        if head in LEADER_BODY_HEADS and not mods and j == a + 1:
            self._leader(c, a)
        self.add(_Raw(full, c.seg, s, cat, strength))
        if cat is Category.EVENT and j + 2 < len(toks) and c.text[toks[j].end:toks[j + 2].start] == " of " and \
                toks[j + 2].text.isdigit() and 3 <= len(toks[j + 2].text) <= 4 and not _counted_after(c, j + 2):
            # "the Brell invasion of 1274": the year is part of the event's name
            self.add(_Raw(c.text[s:toks[j + 2].end], c.seg, s, cat, strength, links=[full]))
        if head in MISSION_HEADS:
            self._mission_place(c, s, j, full, cat)
        if cat in _SERIES_KINDS and kind == "name":
            # "Iron Gate exercise": "Iron Gate" names an event too ("the autumn Nordic Iron Gate")
            self.known_cat.setdefault(group_key(text), cat)
            self.known_last.add(text.rsplit(None, 1)[-1])
        self._place_link(c, j, full, cat)

    def _mission_place(self, c: _SegCtx, s: int, j: int, text: str, cat: Category) -> None:
        """A diplomatic mission and where it is: "the Japanese embassy in Seoul", "the
        Consulate General in New York" — the longer name, the shorter one its alias."""
        toks = c.tokens
        if j + 2 >= len(toks) or toks[j + 1].text != "in" or not toks[j + 2].cap:
            return
        k = j + 2
        while k + 1 < len(toks) and k < j + 4 and toks[k + 1].cap and c.text[toks[k].end:toks[k + 1].start] == " ":
            k += 1
        self.add(_Raw(c.text[s:toks[k].end], c.seg, s, cat, 3, links=[text]))

    def _place_link(self, c: _SegCtx, b: int, text: str, cat: Category) -> None:
        """"X summit at Camp Y" is also "Camp Y summit"."""
        toks = c.tokens
        if cat is not Category.EVENT or b + 2 >= len(toks) or toks[b + 1].text not in ("at", "in"):
            return
        k = b + 2
        if not toks[k].cap or toks[k].text in MONTHS:
            return
        e = k
        while e + 1 < len(toks) and toks[e + 1].cap and c.text[toks[e].end:toks[e + 1].start] == " ":
            e += 1
        place = c.text[toks[k].start:toks[e].end]
        head = text.split()[-1]
        if place in COUNTRIES:
            return
        self.add(_Raw(place, c.seg, toks[k].start, Category.PLACE, 2, "place"))
        named = self.raws[-2]
        named.links = [*named.links, f"{text} {toks[b + 1].text} {place}", f"{place} {head}"]
