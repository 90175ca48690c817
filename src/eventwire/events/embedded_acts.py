"""An act told inside another act's own phrase is no answer to it.

"Rubio criticized the pact Obama negotiated", "Cruz voiced support for the deal Obama signed":
the relative clause tells how the thing judged came about, before the judgement, so Obama's
negotiating answers no one there, though the judgement is aimed at Obama (`made_things`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.model import Event

NOUN_CLAUSES = {"relcl", "acl"}  # "the pact X negotiated", "the deal signed by X"
NOUNS = {"NOUN", "PROPN"}


def inside(doc: Doc, inner: Event, outer: Event) -> bool:
    """Whether one act is told by a clause on a noun in the phrase another act's trigger
    governs ("the pact X negotiated"); not a clause joined to that trigger ("denounced X and
    rejected Y"), which may answer what came before."""
    head, root = _trigger_head(doc, inner), _trigger_head(doc, outer)
    if head is None or root is None or head.dep_ not in NOUN_CLAUSES:
        return False
    return head.head.pos_ in NOUNS and root in head.ancestors


def _trigger_head(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None
