"""A known person's offices on the article's day decide their codes over the words around
the name: a person serves one state that day, whatever country a phrase beside the name seems
to give ("For the senator, France's vote is a warning" makes no French senator), and a title
of an office they left long ago ("President Lincoln" in 2016) is a past role, no sector; a title
of another office ("U.S. envoy X" after X left the cabinet), or of the same office a few months
after the table's row ends, is the text's news of a role the table lacks."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.actors.entry import KnownActor
from eventwire.actors.known import KnownActors
from eventwire.model import Actor, ActorType

TABLE_LAG = timedelta(days=365)  # a title this soon after a row ends: the table, not the text, lags
OFFICE_HEAD = re.compile(r"^(.*?)(?: (?:of|to|for) .*)?$")  # "secretary of state": "secretary"


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
    if not table.held_before_only(found, actor.sector.value, on):
        return False
    role = actor.role.value if actor.role else None
    left = [row for row in table.left_before(found, on) if row.sector == actor.sector.value]
    return role is None or any(_same_office(role, row) and row.end + TABLE_LAG < on for row in left)


def _same_office(role: str, row: KnownActor) -> bool:
    """Whether the text's role is the row's office: their head nouns agree ("president" and
    "president", "secretary" and "secretary of state"; "envoy" is no "security adviser")."""
    return office_head(role) == office_head(row.role or "")


def office_head(role: str) -> str:
    """The head noun of an office's name: its last word before an "of"/"to"/"for" phrase."""
    match = OFFICE_HEAD.match(role.lower())
    words = match.group(1).split() if match else []
    return words[-1] if words else ""
