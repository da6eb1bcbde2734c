"""Japanese and Korean terms in footnotes: cited titles, the named terms inside them, authors.

    extract_cjk(doc) -> list[CjkTerm]

A note such as

    Ministry of Foreign Affairs, “第12回日韓安全保障対話の開催(結果),” April 17, 2023.
    山田太郎、佐藤花子(編) “戦後日本外交” 協調と対立の七十年 (Tokyo: Example Press, 2024).
    “사설: 일본 새 총리 스가, 한·일관계 개선 다짐해야,” Example Ilbo, ...

yields one CjkTerm(kind="title") per cited title (the text inside the quotes, a quoted
title joined with the bare subtitle that follows it, or a bare run of CJK text that is not
an author list) and, with `title=` that whole title, the named terms inside it:

- Japanese: the title is cut at particles and other hiragana, punctuation and spaces into
  noun chunks (runs of Han, katakana, 々, ー and digits); numbering (第12回, 2024年) and
  furniture (開催, 結果, 概要 ...) are stripped; a party name at the head of a longer chunk
  (自民党総裁選挙 -> 自民党) and a name before a title (山田首相 -> 山田) become terms too.
- Korean: the title is cut at spaces and punctuation (not at the middle dot of 한·일);
  postpositions are stripped from the end of a word (정부는 -> 정부) but never so that a
  name loses a syllable (스가, 김정은 stay whole); verb and adjective forms are dropped.
- Authors outside the quotes (`山田太郎、佐藤花子(編)`, `홍길동·김철수 편`) are persons.

Each term's kind (person / institution / event / term) comes from its head (…党, …対話,
…선거), its position (author slot, next to a title such as 首相 or 대통령) or the document
(a chunk equal to a person found elsewhere is a person).  Language: Hangul -> ko, kana ->
ja, Han only -> the language of the note or document around it, with a lower confidence
(`glossary.text.scripts.guess_lang`).  Positions are 1-based line and column in the file.

Segmentation is rule-based on purpose: titles are short, the furniture is formulaic, and a
morphological analyser (fugashi+unidic, kiwipiepy) would add tens of MB for little gain on
them; the aligner only needs noun chunks.
"""
from __future__ import annotations

from dataclasses import dataclass

import functools

import regex

from ..documents import Document, Note
from ..text.lexicon import alternation, ordered, table, words
from ..text.readings import kana_reading
from ..text.scripts import CJK, HAN, guess_lang, has_hangul, has_kana
from .candidates import CjkTerm
from .cjk_books import BOOK_AUTHOR_CONFIDENCE, PUBLISHER_CONFIDENCE, Imprint, book_imprints
from .cjk_statutes import STATUTE_KIND, cut_law_number, law_number_only, statute_heads, statute_names
from .scan import match_near


# --- regexes (each named and explained) --------------------------------------------------
# Shapes of CJK strings the note rules test (compiled once: the module-level `regex`
# functions look each pattern up in a cache with every call)
CJK_LETTER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
HAN_3_12 = regex.compile(r"[\p{Han}々]{3,12}")
CLOSING_BRACKET = regex.compile(r"[)）]")
DOTTED_KATAKANA = regex.compile(r"[\p{Katakana}ー]+・[\p{Katakana}ー・]+")
HAN_OR_HANGUL = regex.compile(r"[\p{Han}\p{Hangul}]+")
HAN_2_5 = regex.compile(r"[\p{Han}々]{2,5}")
HANGUL_2_4 = regex.compile(r"\p{Hangul}{2,4}")
KATAKANA_2_12 = regex.compile(r"[\p{Katakana}ー・]{2,12}")
HAN_3_5 = regex.compile(r"[\p{Han}々]{3,5}")
DOT_SEPARATED_PART = regex.compile(r"[^\s·・]+")
SOURCE_NAME_SHAPE = regex.compile(r"[\p{Han}\p{Katakana}\p{Hangul}ー々]{2,10}")
HAN_OR_KATAKANA = regex.compile(r"[\p{Han}\p{Katakana}]")
TERM_BREAK = regex.compile(r"[\s、,，。・「」『』“”]")
HIRAGANA = regex.compile(r"\p{Hiragana}")
HAN_ONLY = regex.compile(r"\p{Han}+")
PARTY_PREFIX = regex.compile(r"^\p{Han}{1,6}?党")
MIDDLE_DOT = regex.compile(r"[·・ㆍ]")
HANGUL_OR_HAN = regex.compile(r"[\p{Hangul}\p{Han}]")
ASCII_DIGIT = regex.compile(r"[0-9]")


# A quoted span: “…”, "…", 「…」 or 『…』 (the closing mark of the same pair; no nesting of
# the same pair).  Single quotes ‘…’ are not title delimiters at the top level: in English
# citations they only nest inside double quotes (“日韓 ‘安全保障協’ の将来は?”).
QUOTED_SPAN = regex.compile(r"“(?P<q>[^”\n]+)”|\"(?P<q>[^\"\n]+)\"|「(?P<q>[^」\n]+)」|『(?P<q>[^』\n]+)』"
                            r"|[\[［](?P<q>[^\]］\n\[［]+)[\]］]")
#: (a bibliography's original title in square brackets after its romanization, "*Jimintō*
#: [自民党―政権党の38年]", counts as quoted when the brackets hold no Latin letters)
LATIN_LETTER = regex.compile(r"[A-Za-z]")
#: ... right after the italic romanized title (not "Editorial [社説]", "[서울=연합뉴스]")
AFTER_ITALICS = regex.compile(r"\p{L}[*_]{1,2}[ \t]*$")

# An inner quoted phrase inside a title: ‘安全保障協’, ‘물 반 컵’, 「…」 inside 『…』, 『…』
# inside 「…」 (Japanese quotes a name within a quotation so: 「『佐渡島の金山』の記載」).
INNER_QUOTE = regex.compile(r"[‘'「〈《『](?P<q>[^’'」〉》』\n]+)[’'」〉》』]")

# Trailing punctuation that English citation style puts inside the closing quote (“…,”).
TITLE_TRAILING_PUNCT = regex.compile(r"[\s,.;:，、。]+$")

# A bare CJK subtitle right after a quoted title: `“保守政治家” わが政策、わが天命`.  CJK text
# with its own punctuation (、・：:!?〜 and spaces) up to a Latin letter, bracket or comma.
SUBTITLE_RUN = regex.compile(
    r"\A[ \u3000]*(?P<s>[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー々〆ヶ0-9０-９]"
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー々〆ヶ0-9０-９、・：:！？!?〜～ \u3000]*)")

# A date or a number opening the text after a closing quote: `「…」2022年12月16日` is a date,
# not a subtitle (nor is `2024年12月`, `令和6年`).
_NOTE_WORDS = "cjk_note_words"
_ERA = alternation(_NOTE_WORDS, list="era")
DATE_START = regex.compile(rf"^\s*(?:[0-9０-９]|(?:{_ERA})[0-9０-９元])")
# A date written inside a run of kanji ("広島高等裁判所平成17年1月19日判決"): what stands before
# it and after it are two noun chunks (the court, the kind of document)
JA_DATE_INSIDE = regex.compile(rf"(?:(?:{_ERA})[0-9０-９元]+|(?:1[6-9]|20)[0-9]{{2}}|[１２][0-9０-９]{{3}})年"
                               r"度?(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?")

# A Japanese particle opening a run: `“外交青書” の概要` continues the sentence, it is no subtitle.
JA_PARTICLE_START = regex.compile(rf"^(?:{alternation(_NOTE_WORDS, list='particle_start')})")

# A bare run of CJK text outside quotes (an author list, a book title, a publisher).
BARE_CJK_RUN = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー々〆ヶ]"
    r"(?:[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー々〆ヶ0-9０-９、・·：:！？!?〜～ \u3000()（）]*"
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー々〆ヶ)）])?")

# Role marks after an author's name: 石破茂(編), 倉重篤郎 編著, 홍길동 (편), 김철수 옮김.  In
# brackets, or after white space; always at the end of a name (before a separator or the
# end), so that the 외 of 외교부 or the 編 of 編集部 is not a role mark.
_ROLE = alternation(_NOTE_WORDS, list="author_role")
AUTHOR_ROLE = regex.compile(
    rf"(?:[(（]\s*(?:{_ROLE})\s*[)）]"
    rf"|(?<=\s)(?:{_ROLE}))"
    r"(?=\s*(?:$|[、,，・·/／]|\s및\s))")

# Korean country abbreviations: a word made only of them (한일중, 한미일) is a list of
# countries, never a name, even when its first syllable is a surname (한).
KO_COUNTRY_SYLLABLES = words("ko_country_syllables")

# The last character of a Japanese institution's name: 内閣官房, 首相官邸, 外務省, 言論社 ...
JA_INSTITUTION_FINAL = words("ja_institution_finals")

# Separators between authors in an author list: 、 ・ , / and the Korean 및.
AUTHOR_SEPARATOR = regex.compile(r"\s*(?:[、,，/／]|(?<![\p{Katakana}ー]\s*)[・·]|[・·](?!\s*[\p{Katakana}ー])|\s및\s)\s*")
# (a middle dot between katakana joins the parts of one foreign name, ブレン・オラ, ジョー・バイデン;
# between kanji names it lists authors, 山田太郎・鈴木花子)

# Japanese noun chunk: a run of Han, katakana (and the long vowel mark), 々, 〆, ヶ and digits
# (a decimal point between digits stays inside: 地方創生2.0基本構想).
# Hiragana (particles, okurigana), punctuation and spaces end a chunk.
JA_CHUNK = regex.compile(r"[\p{Han}\p{Katakana}ー々〆ヶ0-9０-９]+(?:[.．][0-9０-９]+[\p{Han}\p{Katakana}ー々〆ヶ0-9０-９]*"
                      r"|(?<=[\p{Katakana}ー])・(?=\p{Katakana})[\p{Han}\p{Katakana}ー々〆ヶ0-9０-９]+)*")
# (a katakana loanword written with a middle dot, チェンマイ・イニシアティブ, is one chunk)

# Numbering and dates at the head of a Japanese chunk: 第12回, 第3次, 2024年, 令和6年, 12月, 3日,
# and a year's edition (令和3年版防衛白書: the 2021 edition of the defence white paper).
JA_NUMBERING = regex.compile(
    rf"^(?:第[0-9０-９一二三四五六七八九十百]+[回次期号条](?:{alternation(_NOTE_WORDS, list='session_noun')})?"
    rf"|(?:{_ERA})?[0-9０-９元]+年度?版?|[0-9０-９]+月|[0-9０-９]+日)+")

# A year's edition after the name of a series: 外交青書2024, 通商白書2019年版 (the series is the name).
JA_EDITION_YEAR = regex.compile(r"(?<=[\p{Han}\p{Katakana}ー])(?:19|20|１９|２０)[0-9０-９]{2}(?:年度?版?)?$")

# The furniture at the end of a whole title: ...について (about), ...に関する (concerning) with
# nothing after it, (概要), の概要, (結果), の開催.
_RESULT = alternation(_NOTE_WORDS, list="title_result")
JA_TITLE_FURNITURE_END = regex.compile(
    rf"(?:{alternation(_NOTE_WORDS, list='title_relation')}|[（(](?:{_RESULT})[)）]|の?(?:{_RESULT}))+$")
# A statute's number in brackets after its name: "(昭和24年法律第228号)", "（令和元年条例第5号）";
# an issue's number at a chunk's end: "会議録第3号"
JA_LAW_NUMBER_END = regex.compile(r"\s*[（(][^()（）]{0,20}第[0-9０-９一二三四五六七八九十百千]+号[)）]$")
JA_ISSUE_NUMBER_END = regex.compile(r"第[0-9０-９一二三四五六七八九十百]+号$")

# Hiragana connectives inside a noun-phrase title: 海上保安能力強化[に関する]方針,
# 新しい資本主義[の]グランドデザイン[及び]実行計画 (し+い of 新しい: an adjective ending).
JA_CONNECTIVE = regex.compile(alternation(_NOTE_WORDS, list="connective"))

# A stretch of a title between relative connectives (に基づく, における, に向けた, に対する,
# をめぐる): each may name a thing of its own.
JA_RELATIVE_PIECE = regex.compile(rf"(?:(?!{alternation(_NOTE_WORDS, list='relative')}).)+")

# An ordinal at the head of a Japanese chunk (第9回, 第3次): one meeting of a series.
JA_ORDINAL = regex.compile(r"^第[0-9０-９一二三四五六七八九十百]+[回次]")

# Hiragana after a chunk that make its last Han character a verb stem: 向け, 見直し, 付き.
JA_VERB_STEM_NEXT = regex.compile(r"[けきしく]")

# Japanese furniture words at the end of a chunk (the event is held, its results, outline).
JA_FURNITURE_TAIL = regex.compile(rf"(?:の?(?:{alternation(_NOTE_WORDS, list='chunk_tail')}))+$")

# Korean word: Hangul (and Han) syllables, joined by a middle dot (한·일관계, 한·미·일).
# Latin capitals glued before Hangul belong to the word (SK하이닉스, LG전자), and so does a
# "+N" after it (아세안+3).
KO_WORD = regex.compile(r"(?:[A-Z][A-Za-z]*(?=\p{Hangul}))?[\p{Hangul}\p{Han}0-9]+(?:[·・ㆍ][\p{Hangul}\p{Han}0-9]+)*"
                        r"(?:\+[0-9]+(?![0-9]))?")

# Korean verb and adjective endings: a word ending so is not a noun (다짐해야, 채울 is handled
# by KO_ADNOMINAL_L, 밝혔다, 위한, 대한).
KO_VERBAL_ENDING = regex.compile(rf"(?:{alternation(_NOTE_WORDS, list='ko_verbal_ending')})$")
# A Korean word's furniture at its end (외교통일위원회회의록: the committee's minutes), and a
# sitting's or an issue's number as a word of its own (제370회, 제2호)
KO_FURNITURE_TAIL = regex.compile(rf"(?<=\p{{Hangul}}{{2}})(?:{alternation(_NOTE_WORDS, list='ko_chunk_tail')})$")
KO_NUMBERING = regex.compile(r"^제[0-9０-９]+[회호차기조]$")

# Korean adnominal -(으)ㄹ form of a verb (채울, 만들): a syllable with final ㄹ after a stem;
# applied only to words of 2 syllables that are not in the noun tables (물, 서울 are nouns).
KO_ADNOMINAL_L = regex.compile(r"^[\p{Hangul}][울를갈할될볼줄일릴칠킬들]$")

# Korean postpositions, longest first.  Stripped from the end of a word when at least two
# syllables remain, and not from a three-syllable word that starts with a common surname
# (김정은 keeps its 은, 윤석열 ends in no particle at all).
KO_PARTICLES = ordered("ko_particles", list="particle")

# The syllable before 서 in a verb's -아서/-어서 form (발표해서, 와서): then a word ending in 서 is
# a verb, else it may be a noun (국방백서, 보고서) or a place with the locative 서 (부산서).
KO_CONNECTIVE_BEFORE_SEO = words("ko_particles", list="connective_before_seo")

# Nouns whose last syllable looks like a particle (의 of 회의, 이 of 차이): never stripped.
KO_NOUNS_ENDING_LIKE_PARTICLES = ordered("ko_particles", list="noun_not_particle")
#: the particles of one syllable (의, 은, 에): the ones a noun's last syllable can be mistaken for
KO_ONE_SYLLABLE_PARTICLES = frozenset(p for p in KO_PARTICLES if len(p) == 1)
#: a word of 2 to 8 Hangul syllables
HANGUL_2_8 = regex.compile(r"\p{Hangul}{2,8}")

# Common Korean surnames (general knowledge: the twenty most frequent cover ~80% of people).
KO_SURNAMES = words("ko_surnames", list="one_syllable")

# Particles that are also common last syllables of Korean given names (김정은, 이지은, 박세도):
# never stripped from a three-syllable word starting with a surname.
KO_NAME_FINAL_PARTICLES = words("ko_particles", list="name_final")

# Titles that stand next to a person's name in a headline: 石破首相, 총리 이시바, 윤석열 대통령.
JA_PERSON_TITLES = ordered("ja_person_titles")
KO_PERSON_TITLES = ordered("ko_person_titles")

# Heads that tell the kind of a chunk.  Checked against the end of the chunk.
KIND_BY_HEAD = tuple(
    (kind, tuple(r["head"] for r in table("cjk_kind_heads") if r["kind"] == kind))
    for kind in dict.fromkeys(r["kind"] for r in table("cjk_kind_heads")))

# Japanese and Korean words that are never terms on their own (headline furniture).
JA_STOPWORDS = words("ja_stopwords", list="stopword")
#: words of position a headline glues after a place (男女群島沖, 尖閣周辺): cut off, longest first
JA_POSITION_TAILS = tuple(sorted(words("ja_stopwords", list="position_tail"), key=len, reverse=True))
KO_STOPWORDS = words("ko_stopwords", list="stopword")

#: confidence of a lone author name before a title (no role mark, no separator): below
#: `align.MIN_PERSON_ENTRY_CONFIDENCE`, so it never makes an entry without an English match
SINGLE_AUTHOR_CONFIDENCE = 0.5

_CJK_QUOTE_CHARS = "“”\"「」『』‘’'"


@dataclass
class _Span:
    """A piece of a note's text with its absolute position in the note text."""

    text: str
    start: int


def extract_cjk(doc: Document) -> list[CjkTerm]:
    """Every Japanese/Korean title in the document's notes and the named terms inside it."""
    out: list[CjkTerm] = []
    for note in doc.notes:
        if note.text.isascii() or not CJK.search(note.text):   # (an ASCII note has none: no scan)
            continue
        out.extend(_note_terms(doc, note))
    _promote_known_persons(out)
    return out


# --- one note -------------------------------------------------------------------------------

class _NoteCtx:
    """What the steps of `_note_terms` share: the note, its text and languages, where its
    offsets are, the terms found so far."""

    __slots__ = ("note", "text", "own_lang", "note_lang", "pos", "terms", "cites", "imprints")

    def __init__(self, doc: Document, note: Note) -> None:
        self.note = note
        self.text = text = note.text
        self.own_lang = _context_lang(text)
        # Han-only text is Japanese unless the note itself has Hangul: modern Korean titles are
        # written in Hangul, so the other notes of the document say nothing about this one
        self.note_lang = self.own_lang or "ja"
        self.pos = _Positioner(doc, note)
        self.terms: list[CjkTerm] = []
        # a note citing several works ("「…」『読売新聞』; 「…」, 『동아일보』"): each citation's
        # own script says its language, not the note's as a whole
        self.cites = _citations(text) if self.own_lang else []
        #: the imprints of the book citations ("（東京：…書店、2023年）"), set by `_note_terms`
        self.imprints: list[Imprint] = []

    def langs(self, at: int) -> tuple[str, str | None]:
        """(the default language, the own script's language) of the citation at offset `at`."""
        for start, end, own in self.cites:
            if start <= at < end:
                return own or self.note_lang, own or self.own_lang
        return self.note_lang, self.own_lang

    def add(self, text: str, at: int, kind: str, factor: float, lang_conf: tuple[str, float] | None = None) -> None:
        """A term of the note at offset `at`: its language guessed from `text` (and boosted
        by the note's own script) unless `lang_conf` gives it, its confidence times
        `factor`; a Japanese person gets its reading."""
        if lang_conf is None:
            note_lang, own_lang = self.langs(at)
            lang, conf = guess_lang(text, note_lang)
            conf = _boost(conf, lang, own_lang)
        else:
            lang, conf = lang_conf
        line, col = self.pos.at(at)
        self.terms.append(CjkTerm(text=text, lang=lang, kind=kind, footnote=self.note.n, line=line, col=col,
                                  confidence=round(conf * factor, 3),
                                  reading=kana_reading(text) if kind == "person" and lang == "ja" else ""))


def _note_terms(doc: Document, note: Note) -> list[CjkTerm]:
    """The terms of one note, in three steps: quoted titles, bare CJK runs outside quotes
    (authors, outlets, publishers, or a bare title), the terms inside each title."""
    n = _NoteCtx(doc, note)
    titles, covered = _quoted_titles(n.text)
    n.imprints = book_imprints(n.text, covered)
    _bare_runs(n, titles, covered)
    _title_terms(n, titles)
    return n.terms


def _quoted_titles(text: str) -> tuple[list[_Span], list[tuple[int, int]]]:
    """1. quoted titles (with a bare subtitle right after them), and the ranges they cover."""
    titles: list[_Span] = []
    covered: list[tuple[int, int]] = []
    for m in QUOTED_SPAN.finditer(text):
        inner = m.group("q")
        if not CJK.search(inner) or (m.group(0)[0] in "[［" and (LATIN_LETTER.search(inner)
                                                                 or not AFTER_ITALICS.search(text, 0, m.start()))):
            continue
        start = m.start("q")
        title = TITLE_TRAILING_PUNCT.sub("", inner)
        tail = text[m.end():]
        sub = SUBTITLE_RUN.match(tail) if m.group(0)[0] in "“\"" else None
        if sub and CJK.search(sub.group("s")) and not DATE_START.match(sub.group("s")) and not _looks_like_publisher(sub.group("s")) \
                and not has_hangul(sub.group("s")) and not JA_PARTICLE_START.match(sub.group("s")):
            # keep the quotes, as the title is written: “保守政治家” わが政策、わが天命
            whole = text[m.start():m.end() + sub.end("s")].rstrip(" \u3000、,")
            titles.append(_Span(whole, m.start()))
            covered.append((m.start(), m.end() + sub.end("s")))
        else:
            titles.append(_Span(title, start))
            covered.append((m.start(), m.end()))
    return titles, covered


def _balanced(run: str) -> str:
    """A run without the closing brackets it does not open: "港一郎)" of "Minato Ichiro
    (港一郎)" is 港一郎; "ニュース速報(VIP)" keeps its own."""
    while run[-1:] in ")）" and run.count("(") + run.count("（") < run.count(")") + run.count("）"):
        run = run[:-1].rstrip()
    return run


def _bare_runs(n: _NoteCtx, titles: list[_Span], covered: list[tuple[int, int]]) -> None:
    """2. bare CJK runs outside quotes: an author list before the title, else a book title."""
    text = n.text
    first_title_at = min((s.start for s in titles), default=len(text))
    for m in BARE_CJK_RUN.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        run = _balanced(m.group(0).strip())
        if not CJK.search(run) or _imprint_run(n, m.start()):
            continue
        if _statute_citation(n, m.start(), run):
            # a law cited by its name alone, as each citation of the note may be (国家賠償法(…); 民法(…)第724条)
            titles.append(_Span(TITLE_TRAILING_PUNCT.sub("", run), m.start()))
            continue
        short = _short_name_after_title(text, m.start(), m.group(0)) if titles else None
        if short:
            # a title's short name in brackets after it: 「戦後50周年の…」(樽木談話) -- the name
            # the statement goes by, a term of its own
            n.add(short, m.start(), _kind_of(short) or "term", 0.8)
            continue
        before = _citation_title_at(text, m, titles, first_title_at)
        if titles and m.start() < before and CITATION_SEPARATOR.search(text, m.end(), before):
            # a citation of its own before the first quoted title ("大阪地方裁判所 判決、2022年;
            # 「…」, 『…』"): its bare run is its title, as in a note without quotes
            if len(CJK_LETTER.findall(run)) >= 3:
                titles.append(_Span(TITLE_TRAILING_PUNCT.sub("", run), m.start()))
            continue
        if _run_people(n, m, run, titles, before) or _run_sources(n, m, run, titles, before):
            continue
        if titles and m.start() < before and _company_author(n, m.start(), run):
            continue
        if titles and m.start() < before:
            if _bare_headline(n.text, m.start(), run):
                titles.append(_Span(run, m.start()))
            else:
                _author_body(n, m, run)
            continue
        if not titles and len(CJK_LETTER.findall(run)) >= 3:
            titles.append(_Span(TITLE_TRAILING_PUNCT.sub("", run), m.start()))


def _author_body(n: _NoteCtx, m, run: str) -> None:
    """An author organisation before the quoted title: 財務省, “…”; 内閣官房「…」 (a run of 3
    or more Han ending as institution names end), or a name too long for a person's in the
    author slot of its citation (`_author_slot_body`: 국회입법조사처, 「…」)."""
    if not (_kind_of(run) == "institution" or (HAN_3_12.fullmatch(run) and run[-1] in JA_INSTITUTION_FINAL
                                               and not _kind_of(run)) or _author_slot_body(n.text, m.start(), run)):
        return
    note_lang, own_lang = n.langs(m.start())
    if not has_hangul(run):     # (an archive's 所蔵 "held by", 防衛省発表: no part of the name)
        run = JA_FURNITURE_TAIL.sub("", run) or run
    parts = _institution_parts(run, m.start())
    for part, at in parts:
        # (a body in Han alone listed beside Hangul ones, 국방부·防衛省, is written
        # in its own country's script: Japanese)
        lang, conf = guess_lang(part, None if len(parts) > 1 and has_hangul(run) else note_lang)
        n.add(part, at, "institution", 0.8, (lang, _boost(conf, lang, own_lang)))


#: a newspaper or a book in 『…』 after a comma: what stands before it is an article of it
_THEN_BOOK_TITLE = regex.compile(r"\s*[,，、]\s*『")



def _opens_citation(text: str, at: int) -> bool:
    """Does the run at `at` open its citation (the note's start, or after ";")?"""
    return text[:at].rstrip()[-1:] in ("", ";", "；")

def _bare_headline(text: str, at: int, run: str) -> bool:
    """A run of three words or more that opens its citation and stands before the 『…』 of
    the paper it appeared in, a comma between, is the article's headline written without
    quotes: `홍길동 장관·樽木 대사 회동, 『…일보』`."""
    return len(run.split()) >= 3 and _opens_citation(text, at) \
        and bool(match_near(_THEN_BOOK_TITLE, text, at + len(run)))


#: one word too long for a person's name: 4 Hangul syllables or more, 6 Han or more
#: (Korean names have 2 to 4 syllables, Japanese ones 2 to 5 kanji)
LONG_BODY_NAME = regex.compile(r"\p{Hangul}{4,16}|[\p{Han}々]{6,16}")
#: what follows an author: a comma maybe, then a corner-bracketed or a quoted title
_THEN_CORNER_TITLE = regex.compile(r"\s*[,，、]?\s*[「『“\"]")


def _author_slot_body(text: str, at: int, run: str) -> bool:
    """A run that opens its citation (the note, or a citation after ;) and stands right
    before a corner-bracketed title is the citation's author; one word too long for a
    person's name (`LONG_BODY_NAME`) is an organisation, whatever its head: 국회입법조사처,
    「…」; 日韓文化交流基金『…』; 국무조정실, “…”."""
    if not LONG_BODY_NAME.fullmatch(run) or not _opens_citation(text, at):
        return False
    if has_hangul(run) and (korean_name_shaped(run) or run in KO_STOPWORDS):
        return False
    return bool(match_near(_THEN_CORNER_TITLE, text, at + len(run)))


#: a company's Latin letters glued before its name in kana or Hangul (JYP엔터테인먼트, SKテレコム)
LATIN_BEFORE = regex.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&]{0,9}$")
#: a firm's name of kanji and katakana (京都アニメーション), or Latin letters and kana or Hangul
COMPANY_NAME = regex.compile(r"(?=.*\p{Han})(?=.*\p{Katakana})[\p{Han}\p{Katakana}ー・]{3,20}"
                             r"|[A-Z][A-Za-z0-9&]{0,9}[\p{Katakana}ー\p{Hangul}]{2,12}")


def _company_author(n: _NoteCtx, at: int, run: str) -> bool:
    """A firm as the author before a title, its name in kanji and katakana (京都アニメーション
    「…」) or in Latin letters and kana or Hangul (JYP엔터테인먼트, 「…」): an institution,
    in the language of its kana or Hangul; True when the run was one."""
    latin = LATIN_BEFORE.search(n.text, max(0, at - 10), at)
    name, start = (latin.group(0) + run, latin.start()) if latin else (run, at)
    if not COMPANY_NAME.fullmatch(name) or not _opens_citation(n.text, start):
        return False
    n.add(name, start, "institution", 0.8, ("ko", 0.85) if has_hangul(name) else ("ja", 0.85))
    return True


#: the last character of every statute head (法, 例, 定, 約, 법, 례, 정, 약): a run without one names no law
STATUTE_HEAD_CHAR = regex.compile("[" + "".join(sorted({h[-1] for h in statute_heads()})) + "]")


def _statute_citation(n: _NoteCtx, at: int, run: str) -> bool:
    """A bare run that opens the note or one of its citations (after ;) and is a statute's
    name, its law number aside."""
    if not STATUTE_HEAD_CHAR.search(run) or not _opens_citation(n.text, at):
        return False
    bare = TITLE_TRAILING_PUNCT.sub("", run)
    name = cut_law_number(bare)
    return bool(statute_names(name, guess_lang(name, n.langs(at)[0])[0], numbered=name != bare))


def _imprint_run(n: _NoteCtx, at: int) -> bool:
    """A run inside a book's imprint ("東京：岩波書店、2023年"): its publisher is a term (the
    place and the year are not); True when the run was one."""
    for imp in n.imprints:
        if imp.start <= at < imp.end:
            if imp.start <= at <= imp.publisher_at:
                n.add(imp.publisher, imp.publisher_at, "institution", PUBLISHER_CONFIDENCE)
            return True
    return False


def _short_name_after_title(text: str, start: int, run: str) -> str | None:
    """The name in round brackets right after a title's closing quote (「…」(X), 『…』（X）)
    that the run at `start` begins with, else None."""
    head = text[:start].rstrip(" \u3000")
    close = CLOSING_BRACKET.search(run)
    if close is None or not head.endswith(("」(", "』(", "」（", "』（", "」 (", "』 (")):
        return None
    name = run[:close.start()].strip()
    if law_number_only(f"({name})"):
        return None         # 「…특별법」(법률 제10143호): the law's number, a citation detail
    return name if 2 <= len(name) <= 12 and CJK.search(name) else None


def _citation_title_at(text: str, m, titles: list[_Span], first_title_at: int) -> int:
    """Where the title of the run's own citation starts: the note's first title, or, for a
    run that opens a later citation of the note ("…; 対馬市「観光統計」", "…; 김대중·오부치
    게이조, 「…」"), the title right after it -- so its author is read as the first one is."""
    if m.start() <= first_title_at or not text[:m.start()].rstrip().endswith((";", "；")):
        return first_title_at
    nxt = min((t.start for t in titles if t.start >= m.end()), default=None)
    if nxt is not None and nxt - m.end() <= 3 and not text[m.end():nxt].strip(" ,，、:：「『"):
        return nxt
    return first_title_at


def _run_people(n: _NoteCtx, m, run: str, titles: list[_Span], first_title_at: int) -> bool:
    """A bare run of outlets as joint authors, or of persons (an author list, a name with
    a title before the title): True when it was one."""
    outlets = _outlet_list(run, m.start())
    if outlets:
        # several newspapers as joint authors: `読売新聞・韓国日報「日韓共同世論調査」`
        for name, at in outlets:
            n.add(name, at, "publication", 0.7)
        return True
    persons = _author_list(run, m.start(), n.text) if m.start() < first_title_at or not titles else None
    if persons is None and titles and m.start() < first_title_at:
        persons = _name_with_title(run, m.start())
    if persons:
        for name, at in persons:
            n.add(name, at, "person", 0.9)
        return True
    return False


#: a place before a publisher in a book citation: "東京: 岩波書店", "서울：한울"
PLACE_BEFORE_PUBLISHER = regex.compile(r"[\p{Han}\p{Hangul}]{1,4}\s*[:：]\s*(?=[\p{Han}\p{Hangul}\p{Katakana}])")


class _Shifted:
    """A match object seen from `shift` characters further on (its start only)."""

    def __init__(self, m, shift: int) -> None:
        self._m, self._shift = m, shift

    def start(self) -> int:
        return self._m.start() + self._shift

    def end(self) -> int:
        return self._m.end()


def _run_sources(n: _NoteCtx, m, run: str, titles: list[_Span], first_title_at: int) -> bool:
    """A bare run around a title: its publisher or source (newspaper) after it, or one
    Japanese or Korean author before it (weak evidence); True when it was one."""
    text = n.text
    place = PLACE_BEFORE_PUBLISHER.match(run)
    if place and titles:            # (東京: 岩波書店, 1998): the place before the colon is no name of it
        run, m = run[place.end():], _Shifted(m, place.end())
    if titles and _looks_like_publisher(run):
        n.add(run, m.start(), "institution", 0.7)
        return True
    if titles and m.start() > first_title_at and _looks_like_source_name(run, text, m.start(), m.end()):
        # the newspaper or publisher after the title: `「…」, 조선일보, 2023년`, `(有斐閣, 2014)`
        n.add(run, m.start(), "publication", 0.7)
        return True
    if titles and m.start() < first_title_at and _single_japanese_author(run, text, m.end()):
        # one author before a corner-bracketed title: weak evidence (no role mark), so a
        # low confidence: it becomes a form when it matches an English name, never an
        # entry of its own
        lang, conf = guess_lang(run, n.langs(m.start())[0])
        n.add(run, m.start(), "person", 1.0, (lang, min(conf, _lone_author_confidence(n, m.end()))))
        return True
    if titles and m.start() < first_title_at and _single_korean_author(run, text, m.end()):
        # one Korean author before a corner-bracketed title: `김여정, 「…」` (weak, as above)
        n.add(run, m.start(), "person", 1.0, ("ko", _lone_author_confidence(n, m.end())))
        return True
    return False


def _lone_author_confidence(n: _NoteCtx, end: int) -> float:
    """A lone name before a title: weak evidence, unless the title it stands before has a
    book's imprint after it (`樽木和也『…』（東京：…書房、2021年）`) -- the author's slot of a
    book citation."""
    nxt = min((imp.title_start for imp in n.imprints if imp.title_start >= end), default=None)
    if nxt is not None and not n.text[end:nxt].strip(" \u3000,，、"):
        return BOOK_AUTHOR_CONFIDENCE
    return SINGLE_AUTHOR_CONFIDENCE


def _title_terms(n: _NoteCtx, titles: list[_Span]) -> None:
    """3. each title and the terms inside it."""
    note, pos, terms = n.note, n.pos, n.terms
    for span in titles:
        note_lang, own_lang = n.langs(span.start)
        lang, conf = guess_lang(_strip_quotes(span.text), note_lang)
        conf = _boost(conf, lang, own_lang)
        line, col = pos.at(span.start)
        name = cut_law_number(span.text) or span.text   # (its law number is no part of it)
        numbered, span = name != span.text, _Span(name, span.start)
        terms.append(CjkTerm(text=span.text, lang=lang, kind="title", footnote=note.n, line=line, col=col,
                             confidence=conf))
        inner = _with_statutes(_korean_terms(span.text) if lang == "ko" else _japanese_terms(span.text),
                               statute_names(span.text, lang, numbered))
        for t_text, t_off, kind, t_conf in inner:
            if lang == "ko" and not has_hangul(t_text):
                continue  # hanja inside a Hangul headline (日, 韓): no Korean form, no Japanese one
            t_lang = lang
            if not has_hangul(t_text) and not has_kana(t_text) and lang == "ja" and not has_kana(span.text):
                t_lang, c = guess_lang(t_text, note_lang)
                t_conf = min(t_conf, c)
            tl, tc = pos.at(span.start + t_off)
            terms.append(CjkTerm(text=t_text, lang=t_lang, kind=kind, footnote=note.n, line=tl, col=tc,
                                 confidence=round(min(conf, t_conf), 3), title=span.text,
                                 reading=kana_reading(t_text) if (kind == "person" and t_lang == "ja") else ""))


def _with_statutes(inner: list[tuple[str, int, str, float]],
                   statutes: list[tuple[str, int]]) -> list[tuple[str, int, str, float]]:
    """The terms of a title, and the statutes it names (`statute_names`: the whole name of a
    law cited by its title, 竹島の日を定める条例, 독도의 달 조례; an agreement whose article
    the law implements) of kind `statute`: a term already found so is one."""
    names = dict(statutes)
    if not names:
        return inner
    out = [(t, off, STATUTE_KIND if t in names else kind, conf) for t, off, kind, conf in inner]
    have = {t for t, *_ in inner}
    out += [(t, off, STATUTE_KIND, 0.85) for t, off in names.items() if t not in have]
    return out


#: a foreign (Japanese) name in Hangul, family and given names apart: 오부치 게이조 (after
#: another name of the list only: two Korean words alone are no name)
SPACED_HANGUL_NAME = regex.compile(r"\p{Hangul}{1,4} \p{Hangul}{1,4}")


def _author_list(run: str, at: int, note_text: str) -> list[tuple[str, int]] | None:
    """`山田太郎、佐藤花子(編)` -> [(山田太郎, pos), (佐藤花子, pos)]; None when `run` is not authors.

    An author list is a run of short names (2-5 Han or 2-4 Hangul syllables, or katakana
    names) separated by 、・, and optionally followed by a role mark (編, 著, 편, 저, 외).
    """
    body = AUTHOR_ROLE.sub(lambda m: " " * len(m.group(0)), run)
    parts: list[tuple[str, int]] = []
    pos = 0
    for piece in AUTHOR_SEPARATOR.split(body):
        idx = body.find(piece, pos)
        pos = idx + len(piece)
        name = piece.strip()
        if not name:
            continue
        if not (_looks_like_name(name) and (not has_hangul(name) or korean_name_shaped(name))) and \
                not (parts and SPACED_HANGUL_NAME.fullmatch(name)):
            return None
        parts.append((name, at + idx + (len(piece) - len(piece.lstrip()))))
    if not parts:
        return None
    has_role = AUTHOR_ROLE.search(run) is not None
    # one bare name without a role mark is too weak (it may be a one-word title), unless it is
    # a foreign name whose parts a middle dot sets off (ブレン・オラ)
    if len(parts) == 1 and not has_role and not DOTTED_KATAKANA.fullmatch(parts[0][0]):
        return None
    return parts


# The head of a newspaper's or news agency's name: 読売新聞, 韓国日報, 共同通信, 중앙일보, 연합뉴스.
OUTLET_HEAD = regex.compile(rf"(?:{alternation(_NOTE_WORDS, list='outlet_head')})$")

# A bracketed acronym right after a CJK name in an author slot: 日本政府観光局(JNTO).
TRAILING_ACRONYM = regex.compile(r"\s*[(（][A-Z][A-Za-z&]{1,9}[)）]$")


def _outlet_list(run: str, at: int) -> list[tuple[str, int]] | None:
    """`読売新聞・韓国日報` -> each newspaper; None unless every part is an outlet's name."""
    parts, pos = [], 0
    for piece in AUTHOR_SEPARATOR.split(run):
        idx = run.find(piece, pos)
        pos = idx + len(piece)
        name = piece.strip()
        if not name:
            continue
        if not (2 < len(name) <= 10 and OUTLET_HEAD.search(name) and HAN_OR_HANGUL.fullmatch(name)):
            return None
        parts.append((name, at + idx))
    return parts or None


def _name_with_title(run: str, at: int) -> list[tuple[str, int]] | None:
    """`小林鷹之 経済安全保障担当大臣` / `안규백 국방장관` before a title: the name, whose office
    follows it after a space, is the author."""
    words = run.split()
    if len(words) != 2:
        return None
    name, office = words
    titles = JA_PERSON_TITLES if not has_hangul(run) else KO_PERSON_TITLES
    if not office.endswith(titles) or not _looks_like_name(name):
        return None
    if has_hangul(name) and not korean_name_shaped(name):
        return None
    if not has_hangul(name) and (_kind_of(name) or name[-1] in JA_INSTITUTION_FINAL):
        return None
    return [(name, at + run.find(name))]


# After a Korean author's name: a comma (maybe) and a corner-bracketed title.
_AUTHOR_THEN_TITLE = regex.compile(r"\s*[,，]?\s*[「『]")
# After a Japanese author's name: a corner-bracketed title.
_THEN_TITLE = regex.compile(r"\s*[『「]")


def _single_korean_author(run: str, text: str, end: int) -> bool:
    """`김여정, 「…」`: a Korean personal name alone before a corner-bracketed title."""
    return korean_name_shaped(run) and bool(match_near(_AUTHOR_THEN_TITLE, text, end))


def _looks_like_name(s: str) -> bool:
    s = s.replace(" ", "").replace("\u3000", "")
    if HAN_2_5.fullmatch(s):
        return True
    if HANGUL_2_4.fullmatch(s):
        return True
    if KATAKANA_2_12.fullmatch(s):
        return True
    return False


def korean_name_shaped(s: str) -> bool:
    """A Korean personal name: a common surname and one or two syllables (a two-syllable
    surname and one or two), not a list of country abbreviations (한일중) nor an
    institution (외교부)."""
    s = s.replace(" ", "")
    if not HANGUL_2_4.fullmatch(s) or _kind_of(s) == "institution":
        return False
    if all(c in KO_COUNTRY_SYLLABLES for c in s):
        return False
    if s[:2] in _KO_TWO_SYLLABLE_SURNAMES:
        return 3 <= len(s) <= 4
    return s[0] in KO_SURNAMES and len(s) <= 3


_KO_TWO_SYLLABLE_SURNAMES = words("ko_surnames", list="two_syllable")


def _single_japanese_author(run: str, text: str, end: int) -> bool:
    """`益尾知佐子『…』`: a bare run of 3-5 Han right before a corner-bracketed title is the
    author in Japanese citation style, unless it looks like an institution (防衛省「…」,
    内閣官房「…」, 首相官邸「…」)."""
    if not HAN_3_5.fullmatch(run) or run[-1] in JA_INSTITUTION_FINAL or _kind_of(run):
        return False
    return bool(match_near(_THEN_TITLE, text, end))


def _institution_parts(run: str, at: int) -> list[tuple[str, int]]:
    """An author organisation and its unit, written one after the other: `한국무역협회
    국제무역통상연구원`, `국립외교원 외교안보연구소` -> each one; a name with a space inside
    (`일본 외무성`) stays whole unless every part is an institution of its own; so do bodies
    listed with a middle dot (`국방부·防衛省`: each its own, each in its own language)."""
    parts = [(p.group(0), at + p.start()) for p in DOT_SEPARATED_PART.finditer(run)]
    if len(parts) > 1 and all(len(p) >= 3 and _kind_of(p) == "institution" for p, _ in parts):
        return parts
    return [(run, at)]


def _looks_like_source_name(run: str, text: str, start: int, end: int) -> bool:
    """A short bare CJK name after the title standing alone between separators (a comma,
    a bracket, the date): the newspaper or the publisher of a citation."""
    if len(run) > 10 or " " in run or not SOURCE_NAME_SHAPE.fullmatch(run):
        return False
    before = text[:start].rstrip(" *_")
    after = text[end:].lstrip(" *_")
    return bool(before) and before[-1] in ",，、(（」』”\"" and (not after or after[0] in ",，、.)）")


PUBLISHER_HEAD = regex.compile(rf"(?:{alternation(_NOTE_WORDS, list='publisher_head')})$")


def _looks_like_publisher(s: str) -> bool:
    s = s.strip()
    return len(s) <= 10 and PUBLISHER_HEAD.search(s) is not None


# --- Japanese -------------------------------------------------------------------------------

def _chunks_between_dates(title: str) -> list[tuple[str, int]]:
    """The kanji/katakana runs of a title (JA_CHUNK), each cut at a date written inside it:
    (text, offset) of the pieces before and after the date."""
    out = []
    for m in JA_CHUNK.finditer(title):
        chunk, off = m.group(0), m.start()
        at = 0
        for d in JA_DATE_INSIDE.finditer(chunk, 1):     # (a date first is the title's numbering)
            if d.start() > at:
                out.append((chunk[at:d.start()], off + at))
            at = d.end()
        if at < len(chunk):
            out.append((chunk[at:], off + at))
    return out


def _japanese_terms(title: str) -> list[tuple[str, int, str, float]]:
    """Noun chunks of a Japanese title: (text, offset in title, kind, confidence)."""
    out: list[tuple[str, int, str, float]] = []
    seen: set[str] = set()
    inner_spans = [(m.start("q"), m.end("q")) for m in INNER_QUOTE.finditer(title)]
    for m in INNER_QUOTE.finditer(title):
        q = m.group("q").strip()
        if CJK.search(q) and len(q) >= 2 and q not in seen:
            seen.add(q)
            out.append((q, m.start("q") + (len(m.group("q")) - len(m.group("q").lstrip())),
                        _kind_of(q) or "term", 0.8))
    # the whole title as one noun phrase, and the noun phrases a relative connective joins
    # (日中防衛当局間の海空連絡メカニズム | に基づく | ホットラインの運用開始について)
    pieces = [(title, 0)] + [(p.group(0), p.start()) for p in JA_RELATIVE_PIECE.finditer(title)
                             if p.group(0) != title]
    for piece, p_off in pieces:
        core = _title_core(piece)
        if core and core[0] not in seen:
            seen.add(core[0])
            out.append((core[0], p_off + core[1], _kind_of(core[0]) or "term", 0.75))
    _joined_by_no(title, seen, out)
    for chunk, off in _chunks_between_dates(title):
        if any(a <= off < b for a, b in inner_spans):
            continue
        if JA_VERB_STEM_NEXT.match(title, off + len(chunk)) and len(chunk) >= 3 and HAN.fullmatch(chunk[-1]):
            chunk = chunk[:-1]  # 大韓民国向(け): the last Han is the stem of a verb
        num = JA_NUMBERING.match(chunk)
        if num:
            numbered = JA_FURNITURE_TAIL.sub("", chunk)
            chunk, off = chunk[num.end():], off + num.end()
            # one meeting of a series (第9回日中韓サミット) is an event of its own, besides the series
            if JA_ORDINAL.match(numbered) and _kind_of(numbered) == "event" and numbered not in seen:
                seen.add(numbered)
                out.append((numbered, off - num.end(), "event", 0.85))
        chunk = _without_position(JA_FURNITURE_TAIL.sub("", JA_EDITION_YEAR.sub("", JA_ISSUE_NUMBER_END.sub("", chunk))))
        if not chunk or chunk.isdigit() or chunk in JA_STOPWORDS:
            continue
        if not HAN_OR_KATAKANA.search(chunk):
            continue
        # a single Han character is a verb/adjective stem (聞いたら) or a prefix (初の)
        if len(chunk) == 1:
            continue
        for sub, sub_off, kind in _japanese_subterms(chunk):
            if sub in seen:
                continue
            seen.add(sub)
            conf = 0.85 if kind != "term" else 0.75
            out.append((sub, off + sub_off, kind, conf))
    return out


# Two noun chunks joined by の: 尖閣諸島の国有化 ("nationalization of the Senkaku Islands")
# (the phrase must end there: a case particle, punctuation, a space or the end follows, not
# "への", "での": 首里城の世界遺産一覧表への記載 is "Shuri Castle's inscription on the list")
JA_NO_PHRASE = regex.compile(r"(?<![\p{Han}\p{Katakana}ー々])(?P<a>[\p{Han}\p{Katakana}ー々]{2,10})の"
                             r"(?P<b>[\p{Han}\p{Katakana}ー々]{2,10})(?=[をがはもと](?!の)|[\s、。,.!?」』”）)]|$)")


def _joined_by_no(title: str, seen: set[str], out: list[tuple[str, int, str, float]]) -> None:
    """`AのB` of two noun chunks in a title is a noun phrase of its own (尖閣諸島の国有化,
    besides 尖閣諸島 and 国有化): English often names the whole ("the nationalization of
    the Senkaku Islands").  Not after a particle-like single kana, nor a stopword part."""
    for m in JA_NO_PHRASE.finditer(title):
        a, b = m.group("a"), _without_position(JA_FURNITURE_TAIL.sub("", m.group("b")))
        if len(b) < 2 or a in JA_STOPWORDS or b in JA_STOPWORDS:
            continue
        phrase = a + "の" + b
        if phrase not in seen:
            seen.add(phrase)
            out.append((phrase, m.start(), _kind_of(b) or "term", 0.7))


def _without_position(chunk: str) -> str:
    """男女群島沖 -> 男女群島: a word of position after a place of two characters or more."""
    for tail in JA_POSITION_TAILS:
        if chunk.endswith(tail) and len(chunk) - len(tail) >= 2:
            return chunk[:-len(tail)]
    return chunk


# A formal law title: one long noun phrase ending in 法律/법률, a clause of verbs and particles
# before it (経済施策を一体的に講ずることによる…に関する法律, 〜에 관한 법률).  It names the law as
# a whole: its short English name is matched against it (see `align.keywords`).
FORMAL_LAW_TITLE = regex.compile(r"^[^\s、,，。「」『』“”]{6,80}(?:法律|법률)$")


def _title_core(title: str) -> tuple[str, int] | None:
    """A title that is one noun phrase, without its numbering and furniture, as a term of
    its own: 海上保安能力強化に関する方針, 国家安全保障戦略(について).  Only when the title has
    no spaces or commas and its hiragana are connectives (の, に関する, における, 及び ...),
    so a headline (石原知事、尖閣諸島の購入を表明) never is one; None when the core is a
    single chunk (the chunks give it anyway)."""
    text = TITLE_TRAILING_PUNCT.sub("", title.strip())
    text = JA_TITLE_FURNITURE_END.sub("", JA_LAW_NUMBER_END.sub("", text))
    num = JA_NUMBERING.match(text)
    off = title.find(text) if text else -1
    if num:
        text, off = text[num.end():], off + num.end()
    if text and off >= 0 and FORMAL_LAW_TITLE.match(text) and not JA_CHUNK.fullmatch(text):
        return text, off
    if not text or off < 0 or len(text) > 30 or TERM_BREAK.search(text):
        return None
    rest = JA_CONNECTIVE.sub("", text)
    if HIRAGANA.search(rest) or JA_CHUNK.fullmatch(text):
        return None
    return text, off


#: a foreign person's name in katakana, its parts set off by a middle dot (ジョー・バイデン)
DOTTED_KATAKANA_NAME = regex.compile(r"[\p{Katakana}ー]{1,10}(?:[・･][\p{Katakana}ー]{1,10}){1,2}")


def _japanese_subterms(chunk: str) -> list[tuple[str, int, str]]:
    """The chunk itself and named parts of it: a party at its head, a name before a title."""
    out: list[tuple[str, int, str]] = []
    for t in sorted(JA_PERSON_TITLES, key=len, reverse=True):
        if not chunk.endswith(t):
            continue
        before = chunk[:-len(t)]
        if before in _ja_country_names():
            break       # 韓国大統領 "the Korean president": a country, no name
        if len(before) == 1 and _korean_surname_kanji(before):
            out.append((before, 0, "person"))      # 朴大統領, 文大統領: a Korean family name in kanji
            return out
        if 2 <= len(before) <= 5 and HAN_ONLY.fullmatch(before) or DOTTED_KATAKANA_NAME.fullmatch(before):
            out.append((before, 0, "person"))      # 山田首相; a foreign name in katakana: ジョン・ドウ大統領
            return out
        if 5 <= len(before) <= 7 and HAN_ONLY.fullmatch(before) and before[-1] in JA_INSTITUTION_FINAL:
            # a name, then the office of three characters the title is of: 鄭義溶|外交部|長官, 山田|外務省|報道官
            out.append((before[:-3], 0, "person"))
            out.append((before[-3:], len(before) - 3, "institution"))
            return out
    out.append((chunk, 0, _kind_of(chunk) or "term"))
    out.extend(_company_parts(chunk))
    out.extend(_occasion_of(chunk))
    out.extend(_body_within_body(chunk))
    party = PARTY_PREFIX.match(chunk)
    if party and party.end() < len(chunk) and party.end() >= 2:
        out.append((party.group(0), 0, "institution"))
    if len(out) == 1:        # (a company's, an occasion's or a body's parts are named already)
        out.extend(_peeled(chunk))
    return out


#: a compound is peeled of its last dictionary word only when at least this long, and what
#: is left keeps at least PEELED_LEAST characters
PEEL_FROM, PEELED_LEAST = 5, 3
#: at most this many words are peeled off one compound
PEEL_TIMES = 2
#: a run of katakana (a loanword) ends a word of its own: 火器管制|レーダー
KATAKANA_END = regex.compile(r"[\p{Katakana}ー]{3,}$")


def _peeled(chunk: str) -> list[tuple[str, int, str]]:
    """A compound of dictionary words without its last word or two names the thing it is
    about, a term of its own: 韓国海軍艦艇 "Korean navy vessels" -> 韓国海軍;
    火器管制レーダー照射事案 -> 火器管制レーダー照射, 火器管制レーダー.  Only a compound of no
    named kind (a meeting, a body and a law keep their heads: 日韓防衛相会談) and of Han and
    katakana alone is peeled; the last word is a JMdict word of two or three Han, and what
    is left ends in one too (or in a loanword's katakana); it is a term when it has a named
    kind's head, is a JMdict word itself or ends in a loanword (not 日韓共同世論 of
    日韓共同世論調査)."""
    out: list[tuple[str, int, str]] = []
    rest = chunk
    for _ in range(PEEL_TIMES):
        if len(rest) < PEEL_FROM or _kind_of(rest) or not JA_COMPOUND.fullmatch(rest):
            break
        cut = next((len(rest) - n for n in (3, 2) if HAN_ONLY.fullmatch(rest[-n:]) and _ja_word(rest[-n:])), None)
        if cut is None or cut < PEELED_LEAST:
            break
        rest = rest[:cut]
        if not (KATAKANA_END.search(rest) or _ja_word(rest[-2:]) or _ja_word(rest[-3:])):
            break
        if _kind_of(rest) or _ja_word(rest) or KATAKANA_END.search(rest):
            out.append((rest, 0, _kind_of(rest) or "term"))
    return out


#: a compound of Han and katakana alone
JA_COMPOUND = regex.compile(r"[\p{Han}\p{Katakana}ー々]+")


@functools.lru_cache(maxsize=8192)
def _ja_word(text: str) -> bool:
    """Does JMdict (not JMnedict) have `text` as a word?  False without the dictionary."""
    from ..text import jmdict

    return jmdict.available() and any(e.source == "jmdict" and e.headword == text for e in jmdict.entries_for_ja(text))


#: the heads of a ceremony's name after the day or event it marks (光復節|式典, 建国記念日|祝賀会)
JA_OCCASION_HEADS = ordered(_NOTE_WORDS, list="occasion_head")


def _occasion_of(chunk: str) -> list[tuple[str, int, str]]:
    """The day or event a ceremony is held for, named before its head: 光復節 of 光復節式典,
    an event of its own."""
    for head in JA_OCCASION_HEADS:
        if chunk.endswith(head) and len(chunk) - len(head) >= 2:
            return [(chunk[:-len(head)], 0, "event")]
    return []


def _body_within_body(chunk: str) -> list[tuple[str, int, str]]:
    """A body named with the body it belongs to before it: 衆議院予算委員会 is the
    committee of the House (衆議院, 予算委員会), 国会衆議院予算委員会 the same after the Diet:
    the parts that are bodies of their own, each a term."""
    if len(chunk) < 5 or _kind_of(chunk) != "institution":
        return []
    for cut in range(len(chunk) - 3, 1, -1):       # the longest body first
        head, rest = chunk[:cut], chunk[cut:]
        if _kind_of(head) == "institution" and _kind_of(rest) == "institution":
            return [(head, 0, "institution"), (rest, cut, "institution")]
    return []


#: legal forms of Japanese companies (株式会社, 有限会社 ...)
JA_COMPANY_FORMS = tuple(sorted(words("ja_company_forms"), key=len, reverse=True))


def _company_parts(chunk: str) -> list[tuple[str, int, str]]:
    """A company named inside a longer chunk by its legal form: the company's name without
    the form, and what follows it (東京電力ホールディングス株式会社|福島第一原子力発電所: the company
    and its plant; 株式会社講談社: 講談社)."""
    for form in JA_COMPANY_FORMS:
        k = chunk.find(form)
        if k < 0:
            continue
        out: list[tuple[str, int, str]] = []
        name, name_at, rest_at = (chunk[:k], 0, k + len(form)) if k else (chunk[len(form):], len(form), len(chunk))
        if len(name) >= 2:
            out.append((name, name_at, "institution"))
        rest = chunk[rest_at:]
        if len(rest) >= 2:
            out.append((rest, rest_at, _kind_of(rest) or "term"))
        return out
    return []


#: single kanji before a title that modify it (新首相, 米大統領): no family name
JA_TITLE_PREFIXES = words("ja_title_prefixes")


def _korean_surname_kanji(ch: str) -> bool:
    """A kanji that writes a common Korean family name (金 김, 文 문, 朴 박) and is not a
    prefix of titles (新首相, 韓首相)."""
    from ..text.readings import sino_korean_readings

    if ch in JA_TITLE_PREFIXES or not HAN.fullmatch(ch):
        return False
    return any(r in KO_SURNAMES for r in sino_korean_readings(ch, initial=True, name=True))


@functools.lru_cache(maxsize=1)
def _ja_country_names() -> frozenset[str]:
    """Country names in Japanese (CLDR, and the press's short names): 韓国, 中国, 米国."""
    from babel import Locale

    names = set(Locale("ja").territories.values())
    names.update(r["ja"] for r in table("country_names_cjk") if r["ja"])
    return frozenset(names)


def _kind_of(chunk: str) -> str | None:
    for kind, heads in KIND_BY_HEAD:
        if not chunk.endswith(heads):
            continue        # (one test of all of a kind's heads: most chunks end in none)
        for h in heads:
            if chunk.endswith(h) and len(chunk) > len(h):
                return kind
    return None


# --- Korean ---------------------------------------------------------------------------------

def _korean_words(title: str, seen: set[str], out: list[tuple[str, int, str, float]]) -> list[tuple[str, int]]:
    """The words of a Korean title, (word, offset), outside inner quotes; each quoted
    phrase is a term of its own (added to `out` and `seen`)."""
    inner_spans = []
    for m in INNER_QUOTE.finditer(title):
        q = m.group("q").strip()
        inner_spans.append((m.start(), m.end()))
        if CJK.search(q) and len(q.replace(" ", "")) >= 2 and q not in seen:
            seen.add(q)
            out.append((q, m.start("q"), "term", 0.7))
    words = []
    for m in KO_WORD.finditer(title):
        if any(a <= m.start() < b for a, b in inner_spans):
            continue
        w = m.group(0)
        parts = MIDDLE_DOT.split(w)
        if len(parts) > 1 and all(len(x) >= 2 for x in parts):
            # `장관·헤그세스`: the middle dot lists words; 한·일관계 (a country syllable) stays whole
            if _kind_of(parts[-1]) == "institution" and not any(_kind_of(x) for x in parts[:-1]):
                words.append((w, m.start()))    # and 화해·치유재단, words and a body's head, is one name too
            off = m.start()
            for x in parts:
                words.append((x, off))
                off += len(x) + 1
            continue
        words.append((w, m.start()))
    return words


def _korean_terms(title: str) -> list[tuple[str, int, str, float]]:
    """Nouns of a Korean title with particles stripped: (text, offset, kind, confidence)."""
    out: list[tuple[str, int, str, float]] = []
    seen: set[str] = set()
    words = _korean_words(title, seen, out)
    stems = [(KO_FURNITURE_TAIL.sub("", _strip_particle(w)), off) for w, off in words]
    for i, (stem, off) in enumerate(stems):
        word = words[i][0]
        if not stem or stem in KO_STOPWORDS or stem.isdigit() or KO_NUMBERING.match(stem):
            continue
        if stem == word and word.endswith("서") and len(word) >= 3 and _kind_of(word) is None \
                and word[:-1] not in seen and word[-2] not in KO_CONNECTIVE_BEFORE_SEO:
            # colloquial locative 서 (= 에서) after a place: 부산서 -> 부산, weaker (보고서,
            # 문서 keep the word itself too)
            seen.add(word[:-1])
            out.append((word[:-1], off, "term", 0.6))
        locative = stem == word and word.endswith("서") and len(word) >= 3 and _kind_of(word) is None
        if KO_VERBAL_ENDING.search(word) and stem == word and _kind_of(stem) is None and not (
                locative and word[-2] not in KO_CONNECTIVE_BEFORE_SEO) and not _before_title(title, words, stems, i):
            continue     # (a noun ending in 서 -- 국방백서, 보고서 -- is kept besides its locative reading)
        if KO_ADNOMINAL_L.match(stem) and stem == word:
            continue
        syllables = len(HANGUL_OR_HAN.findall(stem))
        if syllables < 2:
            continue
        # a title noun alone (의원, 대사, 장관) is no body and no name
        kind = "term" if stem in KO_PERSON_TITLES else _kind_of(stem) or "term"
        conf = 0.8
        # apposition with a title: `윤석열 대통령` (title after, the name bare) or `총리 이시바` (a
        # bare title before); only across plain white space, never across a comma
        if stem != word and i + 1 < len(stems) and stems[i + 1][0] in KO_PERSON_TITLES \
                and not title[off + len(word):words[i + 1][1]].strip() and _apposition_name(word):
            stem = word  # no particle comes before a title in apposition: 이쿠이나 정무관 (not 이쿠 + 이나)
        # a title before the name (`총리 이시바`) unless a name already stands before that title
        # (`이쿠이나 정무관 참석`: 참석 is what the official did)
        prev_t = i > 0 and stems[i - 1][0] == words[i - 1][0] and stems[i - 1][0] in KO_PERSON_TITLES \
            and not title[words[i - 1][1] + len(words[i - 1][0]):off].strip() \
            and not (i > 1 and not title[words[i - 2][1] + len(words[i - 2][0]):words[i - 1][1]].strip()
                     and _apposition_name(stems[i - 2][0]) and stems[i - 2][0] not in KO_PERSON_TITLES)
        next_t = i + 1 < len(stems) and stems[i + 1][0] in KO_PERSON_TITLES and stem == word \
            and not title[off + len(word):words[i + 1][1]].strip()
        if stem not in KO_PERSON_TITLES and (prev_t or next_t) \
                and 2 <= syllables <= 5 and "·" not in stem and kind == "term" and _apposition_name(stem):
            kind, conf = "person", 0.75
        for t in KO_PERSON_TITLES:  # 홍길동대통령 written solid
            if stem.endswith(t) and 2 <= len(stem) - len(t) <= 4 and kind == "term" and len(t) >= 2 \
                    and stem not in KO_PERSON_TITLES and _apposition_name(stem[:-len(t)]):
                stem, kind, conf = stem[:-len(t)], "person", 0.7
                break
        if stem in seen:
            continue
        seen.add(stem)
        out.append((stem, off, kind, conf))
    out.extend(_korean_event_phrases(title, seen))
    return out


def _before_title(title: str, words, stems, i: int) -> bool:
    """Word `i` stands before a title noun across plain white space, as a name does, and can
    be one (다케다 의원: a name ending as a verb does, in 다)."""
    if i + 1 >= len(stems) or stems[i + 1][0] not in KO_PERSON_TITLES:
        return False
    word, off = words[i]
    return not title[off + len(word):words[i + 1][1]].strip() and _apposition_name(word)


# A Korean event named over several words: an ordinal (제9차), a country list (한일중, 한미)
# or a Latin/number word (2+2, 아세안+3), then an event head (정상회의, 통상협의).  The
# phrase with its ordinal is one meeting; without it, the series.
_COUNTRY = "".join(ordered("ko_country_syllables"))
KO_EVENT_PHRASE = regex.compile(
    rf"(?P<ord>제[0-9]+(?:차|회)\s+)?(?P<body>(?:(?:[{_COUNTRY}](?:·?[{_COUNTRY}]){{1,3}}|[\p{{Hangul}}A-Za-z]*\+?[0-9]+(?:\+[0-9]+)?)\s+)+"
    rf"[\p{{Hangul}}]*(?:{alternation(_NOTE_WORDS, list='ko_event_head')}))(?![\p{{Hangul}}])")


def _korean_event_phrases(title: str, seen: set[str]) -> list[tuple[str, int, str, float]]:
    out = []
    for m in KO_EVENT_PHRASE.finditer(title):
        for text, off in ((m.group(0), m.start()), (m.group("body"), m.start("body"))):
            if " " not in text or text in seen:
                continue
            seen.add(text)
            out.append((text, off, "event", 0.75))
    return out


def _apposition_name(stem: str) -> bool:
    """A word next to a title that can be a name: not a keyword-like noun of a headline.
    Korean names start with a surname (홍길동); a foreign name transcribed in Hangul
    (스가, 아베) has no surname test, so only country lists (한일중) and nouns with a
    known head (외교부, 정상회의) are ruled out."""
    if all(c in KO_COUNTRY_SYLLABLES for c in stem) or _kind_of(stem) or stem in KO_STOPWORDS \
            or ASCII_DIGIT.search(stem):
        return False
    return stem not in KO_NOT_NAMES


# Headline nouns that stand next to a title word (외교 장관, 회의 대표) but are no names.
KO_NOT_NAMES = words("ko_stopwords", list="not_name")


@functools.lru_cache(maxsize=1)
def _ko_name_nouns() -> frozenset[str]:
    """Korean nouns of two syllables or more that end names: the Korean keys of the keyword
    table (협정, 국회, 위원회) and the Korean heads of kinds."""
    out = {k for r in table("bilingual_concepts") for k in r["ko"].split("|") if HANGUL_2_8.fullmatch(k)}
    out |= {r["head"] for r in table("cjk_kind_heads") if r["lang"] == "ko" and HANGUL_2_8.fullmatch(r["head"])}
    return frozenset(out)


def _noun_then_particle(word: str) -> bool:
    """A word that ends in a one-syllable particle after a noun of `_ko_name_nouns` that
    reaches back over the noun the last two syllables could make: 한일해운협정의 is
    …협정 + 의 (not …협 + 정의 'justice'), 위원회의 is 위원회 + 의 (not 위원 + 회의)."""
    if len(word) < 3 or word[-1] not in KO_ONE_SYLLABLE_PARTICLES:
        return False
    stem = word[:-1]
    return any(stem[-k:] in _ko_name_nouns() for k in range(2, min(8, len(stem)) + 1))


def _strip_particle(word: str) -> str:
    """정부는 -> 정부, 한국의 -> 한국, 스가 -> 스가, 김정은 -> 김정은, 홍길동이 -> 홍길동."""
    if _noun_then_particle(word):
        return word[:-1]
    if _kind_of(word) or word.endswith(KO_NOUNS_ENDING_LIKE_PARTICLES):
        return word  # 정상회의, 외교장관회의, 합의: the last syllable belongs to the noun
    for p in KO_PARTICLES:
        if not word.endswith(p):
            continue
        stem = word[: -len(p)]
        if len(stem) < 2:
            return word
        # a full Korean name is surname + two syllables: 김정은, 이도 ... keep it whole
        if len(word) == 3 and word[0] in KO_SURNAMES and p in KO_NAME_FINAL_PARTICLES:
            return word
        return stem
    return word


#: a Korean word without the particle after it (한국의 -> 한국), for other modules
strip_particle = _strip_particle


def _boost(conf: float, lang: str, own_lang: str | None) -> float:
    """A Han-only string in a note whose own kana/Hangul show its language: 0.85, not 0.7."""
    return max(conf, 0.85) if own_lang == lang else conf


# --- helpers --------------------------------------------------------------------------------

def _promote_known_persons(terms: list[CjkTerm]) -> None:
    """A chunk equal to a person found elsewhere in the document (an author) is a person."""
    persons = {t.text for t in terms if t.kind == "person"}
    for t in terms:
        if t.kind == "term" and t.text in persons:
            t.kind = "person"
            if t.lang == "ja" and not t.reading:
                t.reading = kana_reading(t.text)


def _strip_quotes(s: str) -> str:
    return s.strip(_CJK_QUOTE_CHARS + " ")


#: what separates the citations of a note that cites several works
CITATION_SEPARATOR = regex.compile(r"[;；]\s*")


def _citations(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, own-script language) of each citation of a note that cites several works
    in different scripts; [] when the note is one citation or all of one script."""
    bounds, at = [], 0
    for m in CITATION_SEPARATOR.finditer(text):
        bounds.append((at, m.end()))
        at = m.end()
    bounds.append((at, len(text)))
    if len(bounds) < 2:
        return []
    cites = [(a, b, _context_lang(text[a:b])) for a, b in bounds]
    if any(own == "ko" for _, _, own in cites):
        # beside a citation in Hangul, one in Han characters alone is Japanese: Korean
        # titles are written in Hangul ("외교부, 「…」; 外務省「日韓外相会談」2023年5月")
        cites = [(a, b, own or ("ja" if HAN.search(text[a:b]) else None)) for a, b, own in cites]
    return cites if len({own for _, _, own in cites if own}) > 1 else []


def _context_lang(text: str) -> str | None:
    """The language a note's own text points to: Hangul -> ko, kana -> ja, else None."""
    if has_hangul(text):
        return "ko"
    if has_kana(text):
        return "ja"
    return None


class _Positioner:
    """Maps an offset in a note's text to the 1-based line and column in the file."""

    def __init__(self, doc: Document, note: Note) -> None:
        self.starts: list[tuple[int, int, int]] = []  # (offset in note text, line, col)
        offset = 0
        for k, piece in enumerate(note.text.split("\n")):
            line = note.line + k
            if k == 0:
                col = note.col
            else:
                src = doc.lines[line - 1] if 0 < line <= len(doc.lines) else ""
                found = src.find(piece) if piece else -1
                col = found + 1 if found >= 0 else 1
            self.starts.append((offset, line, col))
            offset += len(piece) + 1

    def at(self, offset: int) -> tuple[int, int]:
        best = self.starts[0]
        for s in self.starts:
            if s[0] <= offset:
                best = s
        return best[1], best[2] + (offset - best[0])
