"""A surname whose title says another office in another state names someone else: "Jordanian
Prime Minister Hussein" and "Jordan's King Hussein" are not Saddam Hussein, whom the table
knows by the surname alone. The title and its country, written with the name, outweigh the
table's row; a country written elsewhere in the sentence does not ("For Clinton, Britain's
vote ..."), as an untitled name keeps the table's country."""

from __future__ import annotations

from eventwire.actors.entry import KnownActor
from eventwire.model import Actor


def titled_otherwise(actor: Actor, found: KnownActor) -> bool:
    """Whether the text titles the person with a role and a country both unlike the row's."""
    if actor.role is None or actor.country is None or found.role is None:
        return False
    role, country = actor.role.value.lower(), actor.country.value
    return role != found.role.lower() and found.country not in {None, country}
