"""Who asserts an event: the quote it sits in, or the reporting clause around it.

Uses the quotes stage's records when they exist; until then (or when no record covers the
trigger) it finds the paragraph's reporting clause itself: "..., Lukashenko said", "BelTA quoted
Lukashenko as saying".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.modality import REPORTING
from eventwire.events.roles import RoleReader
from eventwire.model import Participant, Quote
from eventwire.parse.nlp import doc_text
from eventwire.parse.quotemarks import inside, quoted_spans


class Attribution:
    """Quote and speaker lookups for one article."""

    def __init__(self, doc: Doc, quotes: list[Quote], reader: RoleReader) -> None:
        self.doc = doc
        self.quotes = quotes
        self.spans = quoted_spans(doc_text(doc))
        self.reader = reader

    def quote_of(self, token: Token) -> Quote | None:
        for quote in self.quotes:
            if quote.content.start <= token.idx < quote.content.end:
                return quote
        return None

    def in_quotation(self, token: Token) -> bool:
        return inside(self.spans, token.idx)

    def speaker(self, token: Token) -> Participant | None:
        """The person a first-person pronoun inside a quotation stands for."""
        quote = self.quote_of(token)
        speaker = quote.speaker if quote is not None else None
        if speaker is not None and speaker.actor_id in self.reader.actors and speaker.mention:
            return self.reader.actor_participant(speaker.actor_id, speaker.mention)
        if not self.in_quotation(token):
            return None
        for subject in self._reporting_subjects(token):
            participant = self.reader.phrase(subject)
            if participant:
                return participant[0]
        return None

    def reporting_verbs(self, token: Token) -> list[Token]:
        """Reporting verbs outside quotation marks in the token's paragraph ("..., he said")."""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, token.idx) + 1
        end = text.find("\n", token.idx)
        end = len(text) if end < 0 else end
        return [
            verb
            for verb in self.doc.char_span(start, end, alignment_mode="expand") or []
            if verb.lemma_.lower() in REPORTING and not self.in_quotation(verb)
        ]

    def _reporting_subjects(self, token: Token) -> list[Token]:
        """Who the paragraph's reporting verbs say is speaking ("BelTA quoted Lukashenko")."""
        found = []
        for verb in self.reporting_verbs(token):
            deps = {"dobj"} if verb.lemma_.lower() == "quote" else {"nsubj"}
            found.extend(c for c in verb.children if c.dep_ in deps)
        return found
