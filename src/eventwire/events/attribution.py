"""Who asserts an event: the quote it sits in, or the reporting clause around it.

Uses the quotes stage's records when they exist; until then (or when no record covers the
trigger) it finds the paragraph's reporting clause itself: "..., Lukashenko said", "BelTA quoted
Lukashenko as saying".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.lexicon import reports
from eventwire.model import Quote, Speaker
from eventwire.parse.nlp import doc_text
from eventwire.parse.quotemarks import inside, quoted_spans


class Attribution:
    """Quote and speaker lookups for one article."""

    def __init__(self, doc: Doc, quotes: list[Quote]) -> None:
        self.doc = doc
        self.quotes = quotes
        self.spans = quoted_spans(doc_text(doc))
        self._quote_at: dict[int, Quote | None] = {}  # `quote_of`, by character offset

    def quote_of(self, token: Token) -> Quote | None:
        """The first quote whose content holds the token: asked again of the same triggers by
        the event's reading, its claim and its speaker, so kept by place."""
        idx = token.idx
        if idx not in self._quote_at:
            self._quote_at[idx] = next(
                (q for q in self.quotes if q.content.start <= idx < q.content.end), None
            )
        return self._quote_at[idx]

    def in_quotation(self, token: Token) -> bool:
        return inside(self.spans, token.idx)

    def quoted_speaker(self, token: Token) -> Speaker | None:
        """The speaker the quotes stage found for the quote around the token."""
        quote = self.quote_of(token)
        return quote.speaker if quote is not None else None

    def reporting_verbs(self, token: Token) -> list[Token]:
        """Reporting verbs outside quotation marks in the token's paragraph ("..., he said")."""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, token.idx) + 1
        end = text.find("\n", token.idx)
        end = len(text) if end < 0 else end
        return [
            verb
            for verb in self.doc.char_span(start, end, alignment_mode="expand") or []
            if reports(verb) and not self.in_quotation(verb)
        ]

    def reporting_subjects(self, token: Token) -> list[Token]:
        """Who the paragraph's reporting verbs say is speaking ("BelTA quoted Lukashenko")."""
        found = []
        for verb in self.reporting_verbs(token):
            deps = {"dobj"} if verb.lemma_.lower() == "quote" else {"nsubj"}
            found.extend(c for c in verb.children if c.dep_ in deps)
        return found
