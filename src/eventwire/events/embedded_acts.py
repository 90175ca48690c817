"""An act told inside another act's own phrase is no answer to it.

"Rubio criticized the pact Obama negotiated", "Cruz voiced support for the deal Obama signed":
the relative clause tells how the thing judged came about, before the judgement, so Obama's
negotiating answers no one there, though the judgement is aimed at Obama (`made_things`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.model import Event


def inside(doc: Doc, inner: Event, outer: Event) -> bool:
    """Whether the word telling one act lies in the phrase the trigger of another governs."""
    head, root = _trigger_head(doc, inner), _trigger_head(doc, outer)
    return head is not None and root is not None and root in head.ancestors


def _trigger_head(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None
