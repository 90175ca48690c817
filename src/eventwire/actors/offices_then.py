"""A known person's offices on the article's day decide their codes over the words around
the name: a person serves one state that day, whatever country a phrase beside the name seems
to give ("For the senator, France's vote is a warning" makes no French senator), and a title
of an office they left long ago ("President Lincoln" in 2016) is a past role, no sector."""

from __future__ import annotations

from datetime import date

from eventwire.actors.entry import KnownActor
from eventwire.actors.known import KnownActors
from eventwire.model import Actor, ActorType


def serves_then(actor: Actor, found: KnownActor, on: date | None) -> bool:
    """Whether the table has the person in a dated office on the article's day, so its
    country beats one read from the words around the name."""
    if actor.type != ActorType.PERSON or on is None or found.country is None:
        return False
    return found.dated and found.holds_on(on)


def past_title(actor: Actor, found: KnownActor, table: KnownActors, on: date | None) -> bool:
    """Whether the text's title is of an office the person left before the article's day
    and holds no office then (the coding rules give people known only by a former role no
    sector)."""
    if actor.type != ActorType.PERSON or on is None or actor.sector is None:
        return False
    if found.sector is not None or found.end is None or found.end >= on:
        return False
    return table.held_before_only(found, actor.sector.value, on)
