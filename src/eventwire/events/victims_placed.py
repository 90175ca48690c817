"""Victims with no country of their own take the country where the attack happened.

"A Hezbollah rocket attack on Haifa killed three civilians": the civilians are nobody the text
names, and CAMEO's domestic convention (`domestic`, `premises.own_people`) would make them the
attackers' own people. That guess holds for an act at home; for an attack abroad the victims
are the people of the place it struck, so an unnamed victim takes the country of the place
the sentence puts the act in (the places stage geocodes it). Victims whose nationality is told
("two Israeli soldiers") and named parties keep their own country.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import country_of
from eventwire.events.participant_sets import Sides
from eventwire.events.participants import RoleReader
from eventwire.events.plover_types import ASSAULT
from eventwire.events.premises import people_of
from eventwire.events.story_parties import war_victims
from eventwire.lexicons import word_set
from eventwire.model import EventPlace, Participant

HARMING = {ASSAULT}
# "UN peacekeepers" serve a body, not the country they are posted in
BODIES = word_set("stateless_sector")


def placed_victims(
    reader: RoleReader, type_: str, sides: Sides, place: EventPlace, head: Token
) -> list[Participant]:
    """The recipients, each unnamed victim of a named attacker given the country of the act's
    place in the sentence. With no attacker named, the victims keep no country (the gold codes
    "attacks at the U.S. embassies in Nairobi killed 257 people" as aimed at the embassies);
    a town left unplaced in a war between two states hits the other state's (`war_victims`)."""
    actors, recipients = sides
    if type_ not in HARMING or not actors:
        return recipients
    if place.defaulted or not place.country:
        return war_victims(reader, sides, head)
    country = place.country
    return [_moved(p, country) if _unnamed(reader, p) else p for p in recipients]


def _unnamed(reader: RoleReader, participant: Participant) -> bool:
    """A group the text gives no country (`RoleReader.named`), or one the domestic convention
    built from the attackers' country, which has no actor of its own; not a body's own staff,
    nor a side whose own words tell its country ("a U.S. Marine barracks in Lebanon")."""
    if participant.sector in BODIES or _told_country(participant):
        return False
    return participant.actor_id is None or not reader.named(participant.actor_id)


def _told_country(participant: Participant) -> bool:
    """Whether a word of the side's own mention names its country ("the U.S. military base",
    "two Israeli soldiers"): told, so no guess; a people the domestic convention named is not."""
    if participant.mention is None or participant.name == people_of(participant.country or ""):
        return False
    words = participant.mention.text.split()
    return any((c := country_of(w)) is not None and c.iso3 == participant.country for w in words)


def _moved(participant: Participant, country: str) -> Participant:
    """The victim in the place's country; "people of X" (`premises.own_people`) renamed too."""
    update: dict[str, str] = {"country": country}
    if participant.country and participant.name == people_of(participant.country):
        update["name"] = people_of(country)
    return participant.model_copy(update=update)
