"""A trigger found in the text, as the trigger patterns and the sense and scope rules pass it on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from eventwire.events.lexicon import EventCode, code_table
from eventwire.model import Event

MatchRule = Literal["quoted verdict"]
"""The rules a later reader asks after: "quoted verdict" (`events.quoted_verdicts`), whose
sides `events.verdict_sides` reads, so that reader need not run the rule again."""
QUOTED_VERDICT: MatchRule = "quoted verdict"


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found in the text: its head token, the tokens it spans, its code and, where
    a later reader asks after it, the rule that found it (`MatchRule`; None for the rest)."""

    head: Token
    span: Span
    code: EventCode
    nominal: bool
    rule: MatchRule | None = None

    @classmethod
    def word(
        cls, token: Token, cameo: str, nominal: bool = False, rule: MatchRule | None = None
    ) -> TriggerMatch:
        """The one word `token` coded as `cameo` (rules that code a verb alone, no phrase)."""
        return cls(token, token.doc[token.i : token.i + 1], code_table()[cameo], nominal, rule)

    def recoded(self, cameo: str) -> TriggerMatch:
        """The same words, found by the same rule, coded as another CAMEO code (a sense or
        scope rule's reading)."""
        return TriggerMatch(self.head, self.span, code_table()[cameo], self.nominal, self.rule)

    def recode_event(self, event: Event, cameo: str) -> TriggerMatch:
        """`recoded`, with the event's type, mode and CAMEO code set to the new reading."""
        match = self.recoded(cameo)
        event.type, event.mode, event.cameo = match.code.type, match.code.mode, match.code.cameo
        return match
