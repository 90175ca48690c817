"""A town or region named before a rally or a meeting is where it was held, not who held
it: "opened a Rochester rally", "the Geneva talks", "a Helsinki summit".

A name modifying an act noun is usually its doer ("Israeli air strikes", "Hamas attacks", "U.S.
airstrikes"), so a country, a demonym and any named organization or person stay; only a place
name below a country, with no sector of its own, is dropped, and only before a noun of a kind
that is held somewhere (a protest or rally, a meeting). The doer is then read as for
any unowned act noun: its "by" object or the subject of its verb ("the senator opened a ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import country_of
from eventwire.events.complements import act_types
from eventwire.events.participant_sets import participant_key
from eventwire.events.participants import RoleReader
from eventwire.model import Participant
from eventwire.parse.deps import COMPOUND_DEPS

PLACED_TYPES = {"PROTEST", "CONSULT"}  # gatherings: held at a place, by whoever holds them


def without_venues(
    reader: RoleReader, noun: Token, modifiers: list[Participant]
) -> list[Participant]:
    """The modifiers that do a placed act noun's act: all but a town or region it names."""
    if not PLACED_TYPES & set(act_types(noun)):
        return modifiers
    venues = [c for c in noun.children if c.dep_ in COMPOUND_DEPS and c.pos_ == "PROPN"]
    keys = {
        participant_key(p)
        for venue in venues
        for p in reader.phrase(venue)
        if _below_country(reader, p)
    }
    return [p for p in modifiers if participant_key(p) not in keys]


def _below_country(reader: RoleReader, participant: Participant) -> bool:
    """A place no country, demonym, organization or person: a town, a city, a region."""
    if reader.is_country(participant) or participant.sector is not None:
        return False
    actor = reader.actor_of(participant)
    if actor is not None and actor.type.value == "person":
        return False
    span = (participant.mention.start, participant.mention.end)
    return span in reader.towns and country_of(participant.mention.text) is None
