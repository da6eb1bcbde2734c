"""The detail pane: every term of the entry (role, status, origin, confidence, evidence),
the note, the occurrences with the term highlighted, footnotes and cited titles."""
from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.segment import Segment
from rich.style import Style as RichStyle
from rich.text import Text
from textual.strip import Strip
from textual.style import Style
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...model import Entry, Status, Term
from ..cells import centre, find_mention, fit

LANG_ORDER = ("en", "ja", "ko")
STATUS_MARK = {Status.APPROVED: "✓", Status.SUGGESTED: "?", Status.REJECTED: "✗"}
MAX_OCCURRENCES = 30
#: the highlighted term starts with this mark besides its reverse video, so that what
#: `a` and `x` act on is seen without colour (NO_COLOR, 16 colours, a plain-text capture)
TERM_MARK = "▶"
#: lines of a sentence shown around a mention in the occurrence panel
CONTEXT_LINES = 3
#: the origin of a term harvested from a published edition (`edition:<file>`)
EDITION_ORIGIN = "edition:"


def ordered_terms(entry: Entry) -> list[Term]:
    """Terms grouped by language: en, ja, ko, then any other, each in stored order."""
    langs = [*LANG_ORDER, *(lang for lang in entry.languages if lang not in LANG_ORDER)]
    return [t for lang in langs for t in entry.terms_for(lang)]


def first_to_review(terms: list[Term]) -> int:
    """The index of the first suggestion (what `a`/`x` act on by default)."""
    return next((i for i, t in enumerate(terms) if t.status is Status.SUGGESTED), 0)


class TermList(OptionList):
    """The terms of an entry; the highlighted one is the term that keys act on."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "term-list--approved", "term-list--suggested", "term-list--rejected", "term-list--dim",
    }

    def __init__(self, *, id: str | None = None):
        super().__init__(id=id)
        self.terms: list[Term] = []

    def show(self, entry: Entry | None, keep: tuple[str, str] | None = None) -> None:
        self.terms = ordered_terms(entry) if entry else []
        self.set_options(Option(self._prompt(t), id=str(i)) for i, t in enumerate(self.terms))
        if not self.terms:
            return
        index = first_to_review(self.terms)
        if keep is not None:
            index = next((i for i, t in enumerate(self.terms) if (t.lang, t.text) == keep), index)
        self.highlighted = index

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        """The highlighted term's first line starts with TERM_MARK (every prompt leaves
        two cells for it), besides the reverse video of the highlight."""
        strips = super()._get_option_render(option, style)
        if not strips or self._option_to_index.get(option) != self.highlighted:
            return strips
        first = strips[0]
        pad = self.get_component_styles("option-list--option").padding.left
        segments = [*first.crop(0, pad), Segment(f"{TERM_MARK} ", style.rich_style + RichStyle(bold=True)),
                    *first.crop(pad + 2, first.cell_length)]
        return [Strip(segments, first.cell_length), *strips[1:]]

    @property
    def term(self) -> Term | None:
        i = self.highlighted
        return self.terms[i] if i is not None and 0 <= i < len(self.terms) else None

    def _prompt(self, t: Term) -> Text:
        status_style = self.get_component_rich_style(f"term-list--{t.status.value}", partial=True)
        dim = self.get_component_rich_style("term-list--dim", partial=True)
        line = Text(no_wrap=False)
        line.append("  ")   # where the highlighted term's mark goes
        line.append(f"{t.lang:<3}")
        line.append(f"{STATUS_MARK[t.status]} ", style=status_style)
        width = self.scrollable_content_region.width or 60
        line.append(fit(t.text, max(12, min(40, width - 34))), style=status_style)
        line.append(f" {t.role.value:<12} {t.status.value}", style=dim)
        details = [f"origin {t.origin}", f"confidence {t.confidence:.2f}"]
        if t.reading:
            details.append(f"reading {t.reading}")
        line.append("\n       " + " · ".join(details), style=dim)
        if t.evidence:
            line.append("\n       " + t.evidence, style=dim)
        return line


class EntryDetail(VerticalScroll, can_focus=False):
    """Everything about one entry."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"entry-detail--match", "entry-detail--label", "entry-detail--dim"}

    def __init__(self, *, id: str | None = None):
        super().__init__(id=id)
        self.entry: Entry | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="entry-head")
        yield TermList(id="terms")
        yield Static(id="entry-refs")

    @property
    def terms(self) -> TermList:
        return self.query_one(TermList)

    def show(self, entry: Entry | None, keep: tuple[str, str] | None = None) -> None:
        self.entry = entry
        self.query_one("#entry-head", Static).update(self._head(entry))
        self.terms.show(entry, keep)
        self.query_one("#entry-refs", Static).update(self._refs(entry))

    def _aligned(self, entry: Entry) -> list[tuple[Term, object]]:
        """The aligned sentence pair (api.AlignedPair) of each term that came from a
        published edition (origin `edition:<file>`), read through the app's Glossary."""
        from ...errors import GlossaryError

        terms = [t for t in entry.terms if t.origin.startswith(EDITION_ORIGIN)]
        glossary = getattr(self.app, "glossary", None)
        if not terms or glossary is None or not hasattr(glossary, "aligned_pair"):
            return []
        out = []
        for t in terms:
            try:
                pair = glossary.aligned_pair(entry.id, t.lang, t.text)
            except GlossaryError:
                pair = None
            if pair is not None:
                out.append((t, pair))
        return out

    def _label(self, text: str) -> Text:
        return Text(text, style=self.get_component_rich_style("entry-detail--label", partial=True))

    #: what the pane says when no entry is shown (the main screen sets it: why, and how to clear)
    empty_message = "No entry selected."

    def _head(self, entry: Entry | None) -> Text:
        if entry is None:
            return Text(self.empty_message)
        dim = self.get_component_rich_style("entry-detail--dim", partial=True)
        head = Text.assemble(self._label(entry.id), "  ", (entry.category.value, dim),
                             (f"  revision {entry.revision}", dim))
        head.append("\nnote: ", style=dim)
        head.append(entry.note or "—")
        return head

    def _occurrence_line(self, prefix: str, context: str, words: list[str]) -> Text:
        """The sentence with the mention centred and highlighted, cut with … to about
        CONTEXT_LINES lines of the pane."""
        match = self.get_component_rich_style("entry-detail--match", partial=True)
        dim = self.get_component_rich_style("entry-detail--dim", partial=True)
        width = max(20, (self.scrollable_content_region.width or 60) - 1)
        room = max(10, width * CONTEXT_LINES - len(prefix) - 2)
        context = " ".join(context.split())
        span = find_mention(context, words)
        if span is not None:
            context, start, end = centre(context, span[0], span[1], room)
        text = Text.assemble((prefix, dim), context)
        if span is not None:
            text.stylize(match, len(prefix) + start, len(prefix) + end)
        text.highlight_words(words, match, case_sensitive=False)
        return text

    def _refs(self, entry: Entry | None) -> Group:
        if entry is None:
            return Group()
        match = self.get_component_rich_style("entry-detail--match", partial=True)
        dim = self.get_component_rich_style("entry-detail--dim", partial=True)
        words = sorted({t.text for t in entry.terms if len(t.text) > 1}, key=len, reverse=True)
        parts: list[Text] = []
        aligned = self._aligned(entry)
        if aligned:
            parts.append(self._label(f"Aligned in the edition ({len(aligned)})"))
            for t, pair in aligned:
                source = t.origin[len(EDITION_ORIGIN):]
                parts.append(Text.assemble((f"{t.lang} {t.text} — {source}, pair {pair.n} "
                                            f"(lines {pair.source_line}/{pair.target_line}):", dim)))
                parts.append(self._occurrence_line("  en  ", pair.source, words))
                parts.append(self._occurrence_line(f"  {t.lang:<4}", pair.target, [t.text]))
            parts.append(Text(""))
        body = [o for o in entry.occurrences if o.footnote is None]
        notes = [o for o in entry.occurrences if o.footnote is not None]
        parts.append(self._label(f"Occurrences ({len(body)})"))
        for o in body[:MAX_OCCURRENCES]:
            parts.append(self._occurrence_line(f"{o.doc}:{o.line}:{o.col}  ", o.context, words))
        if len(body) > MAX_OCCURRENCES:
            parts.append(Text(f"… and {len(body) - MAX_OCCURRENCES} more", style=dim))
        cited = [t for t in entry.terms if t.origin.startswith("footnote:") and t.lang != "en"]
        if notes or cited:
            parts.append(Text(""))
            parts.append(self._label(f"Footnotes ({len(notes)})"))
            for o in notes[:MAX_OCCURRENCES]:
                parts.append(self._occurrence_line(f"[{o.footnote}] ", o.context, words))
            for t in cited:
                parts.append(Text.assemble((f"cited {t.lang} title ({t.origin}): ", dim), (t.text, match)))
        return Group(*parts)
