"""Dealings between firms seen once the whole article has filled an event's sides.

`business_dealings` judges an act by the sides its own sentence names, but some of those sides
are only known later: "Dataproducts said it filed a suit to block the offer", where "it" is the
firm only once the article's references are read, or "representatives of Dow Jones and Telerate
began negotiations", the firms told through their people. Read again on the sides as filled, an
act whose doers and targets are all businesses is commerce all the same, and so is a firm's move
in a deal aimed at no party ("Dataproducts had rejected a $15 a share offer").
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.events.anaphora import trigger_root
from eventwire.events.business_dealings import between_businesses, traded_alone
from eventwire.events.confidence import KEEP, WEIGHTS
from eventwire.model import Event

FEATURE = "between businesses"


def without_dealings(doc: Doc, events: list[Event], keep_all: bool) -> list[Event]:
    """The events but those between businesses alone (all, marked down, when `keep_all`),
    numbered again in text order."""
    kept: list[Event] = []
    for event in events:
        if FEATURE not in event.confidence_features and _dealing(doc, event):
            event.confidence = max(0.0, round(event.confidence + WEIGHTS[FEATURE], 2))
            event.confidence_features.append(FEATURE)
        if keep_all or event.confidence >= KEEP:
            kept.append(event)
    for number, event in enumerate(kept, start=1):
        event.id = f"E{number}"
    return kept


def _dealing(doc: Doc, event: Event) -> bool:
    """Whether the event's filled sides are all businesses, or businesses alone move in a deal
    (`business_dealings`)."""
    head = trigger_root(event, doc)
    if head is None:
        return False
    sides = (event.type, event.actors, event.recipients)
    return between_businesses(*sides, head.sent) or traded_alone(*sides, head)
