"""Canonical names of known people: a person the article calls by surname alone ("Obama",
"President Obama") is shown by the full name of eventwire's table ("Barack Obama"), so that
an analyst who aggregates by name across articles finds one actor, whichever form each
article used. The text's own forms stay as the actor's mentions, with their offsets.

Only a person the table itself coded is renamed: the codes the actor carries must be the
codes of the table's row for the article's day, so a namesake the text coded otherwise
("Gonzalez", a private man, beside a known official of that name) keeps the name written.
"""

from __future__ import annotations

from datetime import date

from eventwire.actors.coding import current_table
from eventwire.actors.entry import KnownActor
from eventwire.model import Actor, ActorType

OWN_TABLE = "eventwire"  # a user's dictionaries write names in CAMEO's capitals


def name_known_people(actors: list[Actor], on: date | None) -> None:
    """Give each person called by one word the table's full name when the table coded them."""
    table = current_table()
    for actor in actors:
        if actor.type != ActorType.PERSON or " " in actor.name or not actor.name[:1].isupper():
            continue
        found = table.lookup(actor.name, on)
        if found is not None and _coded_by(actor, found):
            actor.name = found.name


def _coded_by(actor: Actor, found: KnownActor) -> bool:
    """Whether the actor is the row's person: a person of eventwire's table, named by more
    than one word, whose codes of the day the actor carries."""
    if found.type is not ActorType.PERSON or found.source != OWN_TABLE or " " not in found.name:
        return False
    return (actor.country_code, actor.sector_code) == (found.country, found.sector)
