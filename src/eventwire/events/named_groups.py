"""Whether the text names an actor as someone an event can have as a side.

Persons, organisations and countries always are; a group only when its own words say its
country ("Americans"), or when it is the state's own organ ("the government"); "people"
whose country is only the article's default (dateline, outlet, the country most named) are no
one, so readers leave that side empty rather than guess.
"""

from __future__ import annotations

from eventwire.lexicons import word_set
from eventwire.model import HOME_METHODS, Actor, ActorType


def named_as_someone(actor: Actor) -> bool:
    """Whether the text names the actor as someone: any person, organisation or country,
    and a group whose country its own words say ("Americans"); "people" whose country is
    only the article's default (dateline, outlet, the country most named) are no one,
    unless they are the state's own organs ("the government", "the military")."""
    if actor.type != ActorType.GROUP:
        return True
    if actor.country is None:
        return False
    return _state_organ(actor) or actor.country.method not in HOME_METHODS


def _state_organ(actor: Actor) -> bool:
    """ "the government", "the military": a definite state organ is the home state's own;
    a bare plural ("authorities") may be anyone's."""
    sector = actor.sector_code
    return sector in word_set("state_sector") and actor.name.lower().startswith("the ")
