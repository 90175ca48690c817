"""A text with no home that names one country only: its uncoded national actors are that
country's ("Vice-President X has declined to resign despite pressure by the Kenya
Anti-Corruption Commission"; "the Umma party will boycott Algeria's elections").

Only actors a state's politics holds take it: people with a title (an office names its state
when the text names no other), parties, armed groups, and groups named by their role or people.
A text naming two countries says nothing of whose such an actor is, and a person with no title
may be a visitor, so neither is coded.
"""

from __future__ import annotations

from eventwire.model import Actor, ActorType, Code

LONE = "lone country"


def lone_country(actors: list[Actor]) -> Code | None:
    """The one country the text's actors carry, or None when they carry none or several, or
    when only people carry it: "South African leader X" tells X's nationality, not where the
    story stands, so "President Y" beside X is not thereby South African."""
    coded = [actor for actor in actors if actor.country is not None]
    countries = {actor.country.value for actor in coded if actor.country is not None}
    if len(countries) != 1 or all(actor.type == ActorType.PERSON for actor in coded):
        return None
    return Code(value=countries.pop(), method=LONE)


def code_at_lone_country(actors: list[Actor], uncoded: list[Actor]) -> None:
    """Give `uncoded` national actors the text's one country; the caller leaves out IGOs,
    faiths and organisations the known-actor table lists (their country is the table's)."""
    country = lone_country(actors)
    if country is None:
        return
    for actor in uncoded:
        if actor.country is None and _national(actor):
            actor.country = country.model_copy()


def _national(actor: Actor) -> bool:
    """A titled person, an organisation, or a group with a role ("Balkan states" have none):
    a state's own actors."""
    if actor.type in (ActorType.PERSON, ActorType.GROUP):
        return actor.sector is not None
    return actor.type == ActorType.ORGANIZATION
