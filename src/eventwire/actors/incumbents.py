"""Sitting executives who run for office: the coding rules code heads of state and government
(and their deputies) GOV and candidates PTY; a president or vice president whom the text titles
by the office while the story tells their campaign still governs, so the office wins. The role
is read from the text's title ("Vice President Lee"), never from a list of people; for a person
the known-actor table knows, the table must have them in such an office that day ("Enter
President Lee", said of a candidate, is no sitting president)."""

from __future__ import annotations

from eventwire.actors.entry import KnownActor
from eventwire.lexicons import word_set
from eventwire.model import Actor
from eventwire.sectors import GOVERNMENT


def sitting_executive(actor: Actor) -> bool:
    """Whether the text titles the person by an executive office held now ("President Kim"):
    a former one ("former President Kim") leaves no state sector to keep."""
    role = actor.role.value if actor.role else None
    return actor.sector_code == GOVERNMENT and role in word_set("incumbent_executive")


def known_sitting_executive(actor: Actor, offices: list[KnownActor]) -> bool:
    """A sitting executive by the text's title whom the table has in such an office that day
    (`offices`: the rows the person holds on the article's date)."""
    held = (row.role for row in offices if row.sector == GOVERNMENT)
    return sitting_executive(actor) and any(r in word_set("incumbent_executive") for r in held)
