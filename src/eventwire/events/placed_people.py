"""People placed by their act: "WASHINGTON (AP) - Protesters marched against Maduro in
Caracas". A group named with no country of its own takes the article's home by default (the
dateline's, the outlet's, the one country the story names) or none; where the act it does
happens in a geocoded place of another country, the group is that place's people, not the
home's. The act happens where its object stands too: "stormed the French embassy in Tunis",
"marched on the embassy in Cairo" put the doers in Tunisia and Peru."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.light import AIM_PREPS  # "marched on the embassy in Cairo"
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.targets_placed import country_at
from eventwire.events.venues import meeting
from eventwire.events.verb_arguments import objects
from eventwire.events.victims_placed import BODIES
from eventwire.events.word_classes import PREMISES
from eventwire.lexicons import word_set
from eventwire.model import FRAME_METHODS, ActorType, Participant, Place

PLACE_PREPS = {"in"}
SITE_PREPS = word_set("site_preposition")  # where the act's object stands
SITE_DEPTH = 2  # "outside the embassy in Lima": a site within a site


def placed_by_act(
    reader: RoleReader, head: Token, places: list[Place], sides: list[Participant]
) -> list[Participant]:
    """The sides, a home-defaulted group among them given the country of the one foreign
    place the act happens in; a meeting's place is its venue ("held talks in Doha")."""
    if meeting(head):
        return sides
    countries = {c for t in _sites(reader, head) if (c := country_at(places, t.idx))}
    if len(countries) != 1:
        return sides
    (country,) = countries
    placed = any(side.country for side in sides)  # "three new members, Estonia, ...": theirs
    for side in sides:
        if _local_group(reader, side, placed):
            side.country = country
    return sides


def _local_group(reader: RoleReader, side: Participant, placed: bool) -> bool:
    """A group the act's place may place: one with a default country, or with none but a kind
    of its own ("protesters", "police") among sides none of which is `placed` otherwise; never
    a body's own staff ("UN peacekeepers" serve the UN wherever they are posted)."""
    actor = reader.actor_of(side)
    sector = actor.sector_code if actor is not None else None
    if sector in BODIES:
        return False
    return unplaced_group(reader, side, countryless=sector is not None and not placed)


def _sites(reader: RoleReader, head: Token) -> list[Token]:
    """The nouns that say where an act happens: the places it is done in or by, and those its
    object, when a building or a party ("the embassy", "a Swedish reporter"; not "the war"),
    or a place already found, stands in or by."""
    sites = pobjs(head, SITE_PREPS)
    aims = pobjs(head, AIM_PREPS) + objects(head)
    level = sites + [o for o in aims if _stands(reader, o)]
    for _ in range(SITE_DEPTH):
        level = [t for noun in level for t in pobjs(noun, SITE_PREPS)]
        sites += level
    return sites


def unplaced_group(reader: RoleReader, side: Participant, countryless: bool = False) -> bool:
    """A group whose country is only a frame's default (`FRAME_METHODS`), or with
    `countryless` one with no country at all: the act's place may tell its country."""
    actor = reader.actor_of(side)
    if actor is None or actor.type != ActorType.GROUP:
        return False
    if actor.country is None:
        return countryless
    return actor.country.method in FRAME_METHODS


def _stands(reader: RoleReader, noun: Token) -> bool:
    """A building, someone the text names, or people told by their nationality ("two Italian
    engineers"): things that stand in a place, not an issue ("the war in Iraq")."""
    if noun.lemma_.lower() in PREMISES or reader.mention_at(noun) is not None:
        return True
    return any(c.ent_type_ == "NORP" for c in noun.children if c.dep_ == "amod")
