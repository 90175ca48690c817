"""A trigger found in the text, as the trigger patterns and the sense and scope rules pass it on."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.events.lexicon import EventCode, code_table
from eventwire.model import Event


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found in the text: its head token, the tokens it spans and its code."""

    head: Token
    span: Span
    code: EventCode
    nominal: bool

    @classmethod
    def word(cls, token: Token, cameo: str, nominal: bool = False) -> TriggerMatch:
        """The one word `token` coded as `cameo` (rules that code a verb alone, no phrase)."""
        return cls(token, token.doc[token.i : token.i + 1], code_table()[cameo], nominal)

    def recoded(self, cameo: str) -> TriggerMatch:
        """The same words coded as another CAMEO code (a sense or scope rule's reading)."""
        return TriggerMatch(self.head, self.span, code_table()[cameo], self.nominal)

    def recode_event(self, event: Event, cameo: str) -> TriggerMatch:
        """`recoded`, with the event's type, mode and CAMEO code set to the new reading."""
        match = self.recoded(cameo)
        event.type, event.mode, event.cameo = match.code.type, match.code.mode, match.code.cameo
        return match
