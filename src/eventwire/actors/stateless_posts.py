"""People who serve a body of no state: "X, Oxfam's country director", "a UN envoy". The
article's home country (a dateline, the story's setting) says where they work, not whose they
are: like their body, they act for no state, so the home default must not code them."""

from __future__ import annotations

from eventwire.actors.known import KnownActors
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType
from eventwire.sectors import INTERNATIONAL

STATELESS_SECTORS = word_set("stateless_sector")


def serves_no_state(actor: Actor, table: KnownActors) -> bool:
    """Whether the actor is an IGO, or a person whose sector came from an international body
    (one the table lists with no country: "Oxfam", "MSF"); a local NGO keeps the home's."""
    sector = actor.sector
    if sector is None or sector.value not in STATELESS_SECTORS:
        return False
    if sector.value == INTERNATIONAL:
        return True
    if actor.type != ActorType.PERSON or sector.evidence is None:
        return False
    body = table.lookup(sector.evidence.text)
    return body is not None and body.type == ActorType.ORGANIZATION and body.country is None
