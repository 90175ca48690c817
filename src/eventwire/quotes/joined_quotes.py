"""Quoted passages joined into quotes, as PolNeAR annotates them: a quote that continues over
paragraphs, a quote split by an attribution ("…," he said, "…"), and a transcript turn that
runs to its paragraph's end."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.parse.nlp import doc_text
from eventwire.quotes.cues import Cue, Range
from eventwire.quotes.groups import QuoteGroup, inner
from eventwire.quotes.layout_cues import transcript_cue
from eventwire.quotes.paragraph_index import Paragraphs
from eventwire.quotes.sentence_splits import own_sentence
from eventwire.quotes.split_reports import reported_apart

MAX_SPLIT_GAP = 80  # characters of attribution between the halves of a split quote
CLOSING = "”»\"’'"  # ' for the second half of a typewriter '' mark


class QuoteJoiner:
    """Groups quoted passages; `cues` afterwards lacks the cues a transcript turn swallowed."""

    def __init__(self, doc: Doc, cues: list[Cue], layout: Paragraphs) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.cues = cues
        self.layout = layout

    def groups(self, quotes: list[Range]) -> list[QuoteGroup]:
        groups: list[QuoteGroup] = []
        for span in quotes:
            if self.text[span[0] - 1 : span[0]] == "=":
                continue  # a markup attribute (<tweet author="…">), not a quotation
            if groups and self._continues(groups[-1].spans[-1], span):
                groups[-1].spans.append(span)
            else:
                groups.append(QuoteGroup([span]))
        return self._whole_turns(groups)

    def _whole_turns(self, groups: list[QuoteGroup]) -> list[QuoteGroup]:
        """ "“PENCE: … an episode of “Shark Tank.” But …": a transcript turn runs to its
        paragraph's end even where a mark inside it closed the quote early; the quotes and
        cues after that mark are the speaker's own words."""
        kept: list[QuoteGroup] = []
        for group in groups:
            if kept and group.start < kept[-1].end:
                continue
            end = self.layout.end(group.end - 1)
            turn = transcript_cue(self.doc, inner(self.text, group)[0]) is not None
            if turn and group.end < end:
                group.spans[-1] = (group.spans[-1][0], end)
                self.cues = [c for c in self.cues if not group.start <= c.token.idx < end]
            kept.append(group)
        return kept

    def _continues(self, previous: Range, span: Range) -> bool:
        """The next paragraph reopens an unclosed quote (unless a transcript's next speaker
        opens it), or an attribution splits a quote."""
        gap = self.text[previous[1] : span[0]]
        if previous[1] == self.layout.end(previous[0]):
            turn = transcript_cue(self.doc, inner(self.text, QuoteGroup([span]))[0]) is not None
            return gap.strip() == "" and self.text[previous[1] - 1] not in CLOSING and not turn
        inner_end = self.text[previous[0] : previous[1]].rstrip(CLOSING + "“")
        return (
            inner_end.endswith(",")
            and len(gap) <= MAX_SPLIT_GAP
            and "\n" not in gap
            and any(previous[1] <= cue.token.idx < span[0] for cue in self.cues)
            and not self._sentence_starts_within(previous[1], span[0])
            and not own_sentence(self.text, previous, span, self.cues)
            and not reported_apart(self.text, self.cues, previous, span)
        )

    def _sentence_starts_within(self, start: int, end: int) -> bool:
        """ "“…,” X said. He called it “…”": a new sentence in the gap ends the split quote."""
        gap = self.doc.char_span(start, end, alignment_mode="contract")
        return gap is not None and any(token.is_sent_start for token in gap[1:])
