"""A known person's country while in office is the table's: a person serves one state on a
given day, whatever country a phrase beside the name seems to give ("For the senator,
France's vote is a warning" makes no French senator)."""

from __future__ import annotations

from datetime import date

from eventwire.actors.entry import KnownActor
from eventwire.model import Actor, ActorType


def serves_then(actor: Actor, found: KnownActor, on: date | None) -> bool:
    """Whether the table has the person in a dated office on the article's day, so its
    country beats one read from the words around the name."""
    if actor.type != ActorType.PERSON or on is None or found.country is None:
        return False
    return found.dated and found.holds_on(on)
