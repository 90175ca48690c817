"""People placed by their act: "WASHINGTON (AP) - Protesters marched against Maduro in
Caracas". A group named with no country of its own takes the article's home by default (the
dateline's, the outlet's); where the act it does or suffers happens in a geocoded place of
another country, the group is that place's people, not the home's."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participants import HOME_METHODS, RoleReader, pobjs
from eventwire.events.targets_placed import country_at
from eventwire.model import ActorType, Participant, Place

PLACE_PREPS = {"in"}


def placed_by_act(
    reader: RoleReader, head: Token, places: list[Place], sides: list[Participant]
) -> list[Participant]:
    """The sides, a home-defaulted group among them given the country of the one foreign
    place the act happens in."""
    countries = {c for t in pobjs(head, PLACE_PREPS) if (c := country_at(places, t.idx))}
    if len(countries) != 1:
        return sides
    (country,) = countries
    for side in sides:
        if unplaced_group(reader, side):
            side.country = country
    return sides


def unplaced_group(reader: RoleReader, side: Participant, countryless: bool = False) -> bool:
    """A group whose country is only the article's default (`actors.article_home`), or with
    `countryless` one with no country at all: the act's place may tell its country."""
    actor = reader.actor_of(side)
    if actor is None or actor.type != ActorType.GROUP:
        return False
    if actor.country is None:
        return countryless
    return actor.country.method in HOME_METHODS
