"""Term pairs from an aligned edition: the form the edition used for each English entry.

    harvest(entities, beads, lang) -> list[Found]

An *entity* is an English entry mentioned in the original: a termbase entry found by the
matcher, or a candidate of the English extractor (a name the termbase lacks), with the
sentence beads that mention it.  For each entity the form the edition used is looked for
in the edition's sentences aligned with those beads, the most reliable evidence first:

1. `termbase` -- a form the termbase already has for the entity (approved or suggested);
2. `evidence` -- a form the alignment's sources propose (readings, dictionaries, official
   names, the ja<->ko bridge from the entity's form in the other language: align/), found
   in an aligned sentence;
3. `name` -- a person's name matched across scripts (align/names: kanji read as the
   romanization says, Hangul spelled as it, katakana transcriptions), a loanword spelled
   in katakana or Hangul (align/loanwords);
4. `co-occurrence` -- for the rest: the string of the edition that occurs in the aligned
   sentences of the entity's mentions and (almost) nowhere else, over the whole document
   (Dice coefficient over sentence beads; at least two mentions).

A form is the text as the edition wrote it (NFC), without Korean postpositions.
"""
from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field
from functools import cache

import regex

from ..align.bridge import korean_for_japanese_term
from ..align.loanwords import hangul_roman, loanword_match, romanize, skeleton
from ..align.names import match_name, romaji_is_japanese
from ..model import Category, Entry
from ..text.lexicon import ordered, words
from ..text.normalize import key as norm_key
from ..text.scripts import HAN

#: confidences of the harvested forms by how they were found (a published translator's
#: choice: higher than the machine's suggestions, below an editor's decision)
CONFIDENCE = {"termbase": 0.95, "evidence": 0.9, "name": 0.85, "loanword": 0.8, "co-occurrence": 0.7}
#: a name match must score at least this (align/names: 0..1)
NAME_SCORE = 0.75
#: co-occurrence: Dice coefficient, mentions in common, and the share of the entity's
#: mentions whose aligned sentence holds the form
DICE = 0.75
MIN_JOINT = 2
COVERAGE = 0.6
#: a transcription read back (katakana, Hangul -> Latin consonant classes) must be at least
#: this similar to the English word's (difflib ratio), with the same first sound
TRANSCRIPTION_SIMILARITY = 0.8
KO_TRANSCRIPTION_SIMILARITY = 0.95
#: ... a word of a transcribed name of several words (whose other word starts alike)
NAME_WORD_SIMILARITY = 0.65
#: a capitalised span of at least this many words may be paired by co-occurrence
SPAN_COOCCURRENCE_WORDS = 99   # (multi-word spans paired by co-occurrence: tried, junk from sub-spans; off)
#: candidate strings of the edition for co-occurrence: lengths in characters
MIN_NGRAM, MAX_NGRAM = 2, 24

#: Japanese: a run of kanji, katakana, Latin letters and digits (no hiragana: particles and
#: inflections break runs) -- the strings a Japanese term is made of
JA_RUN_RE = regex.compile(r"[\p{Han}\p{Katakana}\u30fc\u3005\u30fb\p{Latin}\d]+")
#: Korean: a word (eojeol) of Hangul, Han, Latin letters or digits
KO_WORD_RE = regex.compile(r"[\p{Hangul}\p{Han}\p{Latin}\d·\-]+")
#: an English form an edition may keep as it is: an acronym or a capitalised word with digits
LATIN_KEPT_RE = regex.compile(r"(?=\S*\p{Lu}\S*\p{Lu}|\S*\d)[\p{Lu}\d][\p{Lu}\d&.\-]*\p{Ll}?")
#: an initial in a name ("J.")
INITIAL_RE = regex.compile(r"\p{Lu}\.?")
#: a Hangul word
HANGUL_WORD_RE = regex.compile(r"\p{Hangul}+")
#: Japanese: a katakana word (a transcription)
KATAKANA_RE = regex.compile(r"[\p{Katakana}\u30fc]{2,}")
#: one katakana (or the long-vowel mark)
KATAKANA_CHAR_RE = regex.compile(r"[\p{Katakana}\u30fc]")
#: Japanese: a transcribed foreign name, its words joined by middle dots (アンソニー・アルバニージー)
KATAKANA_NAME_RE = regex.compile(r"[\p{Katakana}\u30fc]{2,}(?:[・･=＝][\p{Katakana}\u30fc]{2,})+")


@dataclass
class Entity:
    """An English entry mentioned in the original, and where."""

    key: str                       # "e:<entry id>" or "c:<n>" (a candidate without an entry)
    english: str                   # the preferred English form
    forms: tuple[str, ...]         # every English form to look for
    category: Category
    entry: Entry | None = None
    proposals: list[tuple[str, str, str]] = field(default_factory=list)   # (lang, text, origin)
    beads: set[int] = field(default_factory=set)   # beads whose original side mentions it
    candidate: object = None       # the extractor's Candidate (extract.candidates), if any
    evidence_only: bool = False    # a capitalised span, not a candidate: paired by evidence first
    span_words: int = 0            # words of such a span (several: co-occurrence may pair it too)


@dataclass(frozen=True)
class Found:
    """The form the edition used for an entity, how it was found, and where."""

    entity: Entity
    lang: str
    form: str
    how: str                       # termbase / evidence / name / loanword / co-occurrence
    source: str                    # the evidence's own origin (dictionary:cldr, reading, ...)
    confidence: float
    bead: int                      # the first aligned bead that shows it
    detail: str                    # one line: why


@cache
def _particles() -> tuple[str, ...]:
    return ordered("ko_particles", list="particle")


@cache
def _not_particles() -> frozenset[str]:
    return words("ko_particles", list="noun_not_particle")


@cache
def _stopwords(lang: str) -> frozenset[str]:
    name = "ja_stopwords" if lang == "ja" else "ko_stopwords"
    return frozenset(norm_key(w) for w in words(name, list="stopword"))


@cache
def _titles(lang: str) -> tuple[str, ...]:
    """Titles and honorifics written next to a name (氏, 首相, 대통령, 씨), longest first."""
    name = "ja_person_titles" if lang == "ja" else "ko_person_titles"
    return tuple(sorted(words(name), key=len, reverse=True))


def strip_title(form: str, lang: str) -> str:
    """A name without the title or honorific glued after (or, in Korean, before) it."""
    for t in _titles(lang):
        if form.endswith(t) and len(form) - len(t) >= 2:
            return form[: -len(t)].rstrip(" ・")
        if lang == "ko" and form.startswith(t + " ") and len(form) - len(t) >= 3:
            return form[len(t) + 1:]
    return form


def strip_particle(word: str) -> str:
    """A Korean word without its postposition (정부는 -> 정부)."""
    if word in _not_particles():
        return word
    for p in _particles():
        if word.endswith(p) and len(word) - len(p) >= 1:
            return word[: -len(p)]
    return word


def _loose(text: str) -> str:
    """Key for presence tests: the matching key without spaces and middle dots."""
    return norm_key(text).replace(" ", "").replace("・", "").replace("·", "")


def find_surface(form: str, text: str) -> str | None:
    """`form` as written in `text`: the same characters, spaces and middle dots optional
    between them (인도 태평양 = 인도태평양, ホン・ギルドン = ホンギルドン); None when absent."""
    loose = _loose(form)
    if not loose or _loose(text).find(loose) < 0:
        return None
    nfkc = unicodedata.normalize("NFKC", text)
    pattern = r"[\s・·]*".join(regex.escape(ch) for ch in loose)
    m = regex.search(pattern, nfkc, flags=regex.IGNORECASE)
    return m.group().strip() if m else None


def _ko_words(text: str) -> list[str]:
    return [m.group() for m in KO_WORD_RE.finditer(text)]


def _ngrams(text: str, lang: str) -> set[str]:
    """The candidate strings of one edition sentence (see module docstring)."""
    out: set[str] = set()
    if lang == "ja":
        for m in JA_RUN_RE.finditer(unicodedata.normalize("NFKC", text)):
            run = m.group().strip("・")
            kata = [bool(KATAKANA_CHAR_RE.match(ch)) for ch in run]
            for i in range(len(run)):
                if run[i] in "ー・" or (i and kata[i] and kata[i - 1]):
                    continue              # (a katakana word is never cut: デモイ of デモイネ)
                for j in range(i + MIN_NGRAM, min(len(run), i + MAX_NGRAM) + 1):
                    if run[j - 1] != "・" and not (j < len(run) and kata[j] and kata[j - 1]):
                        out.add(run[i:j])
    else:
        ws = [strip_particle(w) for w in _ko_words(text)]
        raw = _ko_words(text)
        for i in range(len(raw)):
            for n in (1, 2, 3):
                if i + n > len(raw):
                    break
                phrase = " ".join([*raw[i:i + n - 1], ws[i + n - 1]])
                if len(phrase.replace(" ", "")) >= MIN_NGRAM:
                    out.add(phrase)
                if n == 1 and raw[i] != ws[i] and len(raw[i]) >= 3:
                    out.add(raw[i])       # a final syllable that only looks like a particle (아이오와)
                if n > 1 and any(w != s for w, s in zip(raw[i:i + n - 1], ws[i:i + n - 1])):
                    break            # a particle inside ends the phrase
    stop = _stopwords(lang)
    return {g for g in out if norm_key(g) not in stop}


def _name_candidates(text: str, lang: str) -> list[str]:
    """Strings of an edition sentence that may be a person's name."""
    out: list[str] = []
    if lang == "ja":
        for m in JA_RUN_RE.finditer(text):
            run = m.group()
            for i in range(len(run)):
                for j in range(i + 2, min(len(run), i + 12) + 1):
                    cand = run[i:j]
                    if HAN.search(cand) and not KATAKANA_RE.search(cand) and "・" not in cand:
                        out.append(cand)
    else:
        ws = _ko_words(text)
        for i in range(len(ws)):
            for n in (1, 2):
                if i + n <= len(ws):
                    out.append(" ".join([*ws[i:i + n - 1], strip_particle(ws[i + n - 1])]))
    return out


def harvest(entities: list[Entity], targets: list[str], lang: str, *,
            claimed: dict[str, str] | None = None) -> list[Found]:
    """The form the edition used for each entity (at most one per entity).

    `targets[b]`: the edition's text of bead b ('' for a bead with no edition side).
    `claimed`: matching keys of edition forms the termbase gives to an entry (key ->
    entry id): co-occurrence never gives such a form to another entity."""
    claimed = dict(claimed or {})
    found: list[Found] = []
    rest: list[Entity] = []
    for ent in (e for e in entities if not e.evidence_only):
        beads = sorted(b for b in ent.beads if targets[b])
        if not beads:
            continue
        hit = _by_evidence(ent, beads, targets, lang)
        if hit is None:
            rest.append(ent)
            continue
        found.append(hit)
        claimed.setdefault(_loose(hit.form), ent.key)
    found += _by_cooccurrence(rest, targets, lang, claimed)
    # then the capitalised spans no candidate covers, longest first, by evidence only: a
    # form another entity has is not theirs, nor a part of a longer name's form
    spans = sorted((e for e in entities if e.evidence_only), key=lambda e: -len(e.english.split()))
    for ent in spans:
        beads = sorted(b for b in ent.beads if targets[b])
        hit = _by_evidence(ent, beads, targets, lang) if beads else None
        if hit is None or _part_of_another(hit, found) or claimed.get(_loose(hit.form), ent.key) != ent.key:
            continue
        found.append(hit)
        claimed.setdefault(_loose(hit.form), ent.key)
    return found


def _part_of_another(hit: Found, found: list[Found]) -> bool:
    """Is `hit` (a capitalised span's form) a part of the form found for a longer name
    that contains the span ("Mike" = マイク inside "Mike Johnson" = マイク・ジョンソン)?"""
    words = f" {norm_key(hit.entity.english)} "
    form = _loose(hit.form)
    return any(words in f" {norm_key(f.entity.english)} " and form in _loose(f.form) for f in found)


def _by_evidence(ent: Entity, beads: list[int], targets: list[str], lang: str) -> Found | None:
    # 1-2: the termbase's forms, then the sources' proposals, in that order
    for how, lang_, text, source in _proposals(ent, lang):
        for b in beads:
            surface = find_surface(text, targets[b])
            if surface:
                detail = (f"the termbase's {lang} form" if how == "termbase"
                          else f"{source} proposes {text}") + " and the aligned sentence has it"
                return Found(ent, lang, surface if how != "termbase" else text, how, source,
                             CONFIDENCE[how], b, detail)
    # 3: names and loanwords matched across scripts
    names = [en for en in ent.forms if lang == "ko" or _may_be_japanese(en)]
    if ent.category is Category.PERSON and names:
        best: tuple[float, int, str, str, int] | None = None
        for b in beads:
            for cand in _name_candidates(targets[b], lang):
                for en in names:
                    m = match_name(cand, en)
                    if m and m.score >= NAME_SCORE:
                        score = (m.score, len(cand))
                        if best is None or score > best[:2]:
                            best = (m.score, len(cand), cand, m.evidence, b)
        if best:
            return Found(ent, lang, strip_title(best[2], lang), "name", "reading", CONFIDENCE["name"], best[4],
                         f"name read across scripts: {best[3]}")
    for b in beads:
        whole = _transcribed_name(ent, targets[b], lang)
        if whole:
            return Found(ent, lang, whole[0], "loanword", "transcription", CONFIDENCE["loanword"], b, whole[1])
    forms = list(ent.forms)
    if ent.category is Category.PERSON:     # an edition may name a person by the family name alone
        forms += [en.split()[-1] for en in ent.forms if len(en.split()) > 1]
    for b in beads:
        words_ = KATAKANA_RE.findall(targets[b]) if lang == "ja" else [strip_particle(w) for w in _ko_words(targets[b])]
        for w in words_:
            for en in forms:
                if len(en.split()) > 3:
                    continue
                lm = loanword_match(w, en)
                if lm:
                    return Found(ent, lang, w, "loanword", "transcription", CONFIDENCE["loanword"], b,
                                 f"transcribed {en} {lm.explain()}")
    best_t: tuple[float, str, int, str] | None = None
    # (Korean words read back are often native words: only near-perfect readings count)
    need = TRANSCRIPTION_SIMILARITY if lang == "ja" else KO_TRANSCRIPTION_SIMILARITY
    for b in (beads if lang == "ja" or not ent.evidence_only else ()):
        words_ = KATAKANA_RE.findall(targets[b]) if lang == "ja" else [strip_particle(w) for w in _ko_words(targets[b])]
        for w in words_:
            for en in ent.forms:
                r = transcription_similarity(w, en)
                if r >= need and (best_t is None or r > best_t[0]):
                    best_t = (r, w, b, en)
    if best_t:
        r, w, b, en = best_t
        return Found(ent, lang, w, "loanword", "transcription", CONFIDENCE["loanword"] - 0.05, b,
                     f"reads as a transcription of {en} (consonants {r:.2f} alike)")
    return None


def transcription_similarity(cjk: str, english: str, *, short: bool = False) -> float:
    """How alike the consonants of a katakana/Hangul word read back and of an English
    word (or words, spaces ignored) are: 0..1, 0 when their first sounds differ.  Two
    consonants alike say little: such a pair scores at most 0.7 unless `short` (a word
    of a longer name, whose other words agree too) and Japanese katakana."""
    roman = romanize(cjk) or _read_back(cjk)
    english = "".join(c for c in unicodedata.normalize("NFKD", english) if not unicodedata.combining(c))
    if not roman or not any(c.isalpha() for c in english) or not english.replace(" ", "").isascii():
        return 0.0
    a, b = skeleton(roman), skeleton(english)
    if len(a) < 2 or len(b) < 2 or a[0] != b[0]:
        return 0.0
    r = difflib.SequenceMatcher(None, a, b).ratio()
    if min(len(a), len(b)) >= 3:
        return r
    return r if r == 1.0 and (short or KATAKANA_RE.fullmatch(cjk)) else min(r, 0.7)


def _transcribed_name(ent: Entity, text: str, lang: str) -> tuple[str, str] | None:
    """A foreign name of several words transcribed word by word: アンソニー・アルバニージー,
    앤서니 앨버니지 for "Anthony Albanese" (each word a loanword match, in order)."""
    for en in ent.forms:
        en_words = [w for w in en.split() if not INITIAL_RE.fullmatch(w)]    # "Antony J. Blinken"
        if not 2 <= len(en_words) <= 4:
            continue
        if lang == "ja":
            spans = [(m.group(), regex.split(r"[・･=＝]", m.group())) for m in KATAKANA_NAME_RE.finditer(text)]
        else:
            ws = _ko_words(text)
            spans = []
            for i in range(len(ws) - len(en_words) + 1):
                parts = [*ws[i:i + len(en_words) - 1], strip_particle(ws[i + len(en_words) - 1])]
                spans.append((" ".join(parts), parts))
        for form, parts in spans:
            if not len(en_words) - 1 <= len(parts) <= len(en_words) or len(parts) < 2:
                continue
            if len(parts) == len(en_words) and all(loanword_match(p, w) for p, w in zip(parts, en_words)):
                return form, f"transcribed word by word: {form} = {en}"
            if lang == "ko" and (len(parts) != len(en_words) or any(strip_particle(p) != p for p in parts[:-1])):
                continue
            last = _spelled(parts[-1], en_words[-1], NAME_WORD_SIMILARITY)
            first = _spelled(parts[0], en_words[0], NAME_WORD_SIMILARITY)
            if (last and _alike(parts[0], en_words[0], lang)) or \
                    (first and len(parts) == len(en_words) and _alike(parts[-1], en_words[-1], lang)):
                return form, f"transcribed: {form} = {en} (one word spelled as written, the other alike)"
    return None


def _alike(cjk: str, english: str, lang: str) -> bool:
    """The other word of a transcribed name: the same first sound; in Korean (whose words
    read back are often native words) also consonants half alike, unless too short to tell."""
    if not _same_start(cjk, english):
        return False
    if lang == "ja":
        return True
    roman = romanize(cjk) or _read_back(cjk)
    return len(skeleton(roman)) < 2 or transcription_similarity(cjk, english, short=True) >= 0.5


def _spelled(cjk: str, english: str, need: float = TRANSCRIPTION_SIMILARITY) -> bool:
    return bool(loanword_match(cjk, english)) or transcription_similarity(cjk, english, short=True) >= need


def _read_back(cjk: str) -> str:
    """The Latin reading of a short katakana or Hangul word (romanize takes 3 or more)."""
    if HANGUL_WORD_RE.fullmatch(cjk):
        return hangul_roman(cjk)
    if KATAKANA_RE.fullmatch(cjk):
        from ..align.names import kana_to_romaji

        return kana_to_romaji(cjk)
    return ""


def _same_start(cjk: str, english: str) -> bool:
    """Do a transcription and an English word start with the same sound (a vowel, or
    a consonant of the same class)?"""
    roman = romanize(cjk) or _read_back(cjk)
    english = "".join(c for c in unicodedata.normalize("NFKD", english) if not unicodedata.combining(c))
    if not roman or not english:
        return False
    if roman[0] == english[0].lower() or (roman[0] == "y" and english[0].lower() == "j"):   # German J = Y
        return True
    vowel_a, vowel_b = roman[0] in "aeiouyw", english[0].lower() in "aeiouyhw"
    if vowel_a or vowel_b:
        return vowel_a and vowel_b
    a, b = skeleton(roman), skeleton(english)
    return bool(a) and bool(b) and a[0] == b[0]


def _may_be_japanese(english: str) -> bool:
    """Can a kanji name read as `english`?  Every word is romaji (a romanized Korean name
    parses as romaji too) or written in capitals (ISHIBA Shigeru); a Western name never
    reads as kanji, so the name matcher is not asked about it."""
    words_ = [w for w in regex.findall(r"\p{L}+", english) if len(w) > 1]
    return bool(words_) and (all(romaji_is_japanese(w) for w in words_) or any(w.isupper() for w in words_))


def _proposals(ent: Entity, lang: str):
    """(how, lang, text, source) in order of reliability."""
    if ent.entry is not None:
        terms = [t for t in ent.entry.terms_for(lang) if t.status.value != "rejected"]
        terms.sort(key=lambda t: t.status.value != "approved")
        for t in terms:
            yield ("termbase", lang, t.text, t.origin)
    for l, text, origin in ent.proposals:
        if l == lang:
            yield ("evidence", lang, text, origin)
    if LATIN_KEPT_RE.fullmatch(ent.english):   # acronyms the edition keeps in Latin letters (BBC, G20)
        yield ("evidence", lang, ent.english, "kept in Latin letters")
    other = "ko" if lang == "ja" else "ja"
    others = [t.text for t in ent.entry.terms_for(other)] if ent.entry is not None else []
    others += [text for l, text, _o in ent.proposals if l == other]
    if lang == "ko":
        for ja in others:
            s = korean_for_japanese_term(ja)
            if s:
                yield ("evidence", lang, s.text, "bridge")


def _by_cooccurrence(entities: list[Entity], targets: list[str], lang: str,
                     claimed: dict[str, str]) -> list[Found]:
    where: dict[str, set[int]] = {}
    for b, text in enumerate(targets):
        if text:
            for g in _ngrams(text, lang):
                where.setdefault(g, set()).add(b)
    out: list[Found] = []
    for ent in entities:
        beads = {b for b in ent.beads if targets[b]}
        if len(beads) < MIN_JOINT or (ent.evidence_only and ent.span_words < SPAN_COOCCURRENCE_WORDS):
            continue
        best: tuple[float, float, int, str] | None = None
        for g in set().union(*(_ngrams(targets[b], lang) for b in beads)):
            bs = where[g]
            joint = len(bs & beads)
            if joint < MIN_JOINT or joint < COVERAGE * len(beads):
                continue
            dice = 2 * joint / (len(bs) + len(beads))
            if dice < DICE:
                continue
            owner = claimed.get(_loose(g))
            if owner is not None and owner != ent.key:
                continue
            sim = max((transcription_similarity(g, en) for en in ent.forms), default=0.0)
            score = (round(dice, 6), sim, len(g.replace(" ", "")), g)
            if best is None or score > best:
                best = score
        if best is None:
            continue
        dice, _sim, _n, g = best
        first = min(b for b in where[g] if b in beads)
        joint = len(where[g] & beads)
        out.append(Found(ent, lang, strip_title(g, lang), "co-occurrence", "co-occurrence", CONFIDENCE["co-occurrence"], first,
                         f"in the aligned sentences of {joint} of its {len(beads)} mentions "
                         f"(Dice {dice:.2f} over the document)"))
        claimed.setdefault(_loose(g), ent.key)
    return out
