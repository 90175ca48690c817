"""A text with no home that names one country only: its uncoded national actors are that
country's ("Vice-President X has declined to resign despite pressure by the Kenya
Anti-Corruption Commission"; "the Umma party will boycott Algeria's elections").

Only actors a state's politics holds take it: people with a title (an office names its state
when the text names no other), parties, armed groups, and groups named by their role or people.
A state's own institution named with its country ("Egypt's government") names it too.
A text naming two countries (as countries, through its actors, or by their capitals) says
nothing of whose such an actor is, nor does one naming its country only through an actor
("South African leader X" gives X's nationality, not where the story stands); a person with no
title may be a visitor. None of these is coded. Nor does a country named only by the demonym
of someone no actor stands for ("shot dead a French tourist"): it tells a victim's or a
visitor's nationality, not where the story stands.
"""

from __future__ import annotations

import re
from functools import cache

from eventwire.actors.region_groups import of_region, regional_body
from eventwire.codes import capital_countries
from eventwire.lexicons import word_set
from eventwire.model import LED_BY, Actor, ActorType, Code, Mention, MentionKind
from eventwire.sectors import MEDIA

LONE = "lone country"


def lone_country(actors: list[Actor], text: str, demonymic: set[str]) -> Code | None:
    """The one country the text names, as a country of its own ("Algeria's elections"), with
    the words naming it as evidence; None when it names none or several, counting the
    countries its actors carry ("South African leader X") and those of the capitals it names
    ("the Royal Free Hospital in London"): a text that names another state's capital or people
    may be set there. Countries in `demonymic` (named by demonyms only) carry but name none."""
    named = [a.country for a in actors if _names_country(a) and a.id not in demonymic]
    carried = {a.country.value for a in actors if a.country is not None and not _outlet(a)}
    countries = carried | set(_capital_countries_in(text))
    if len(countries) != 1 or not named:
        return None
    return Code(value=countries.pop(), evidence=named[0].evidence, method=LONE)


def _names_country(actor: Actor) -> bool:
    """A country, or a state's own institution named with it ("Egypt's government", "the
    Sudanese army"): either says where the story stands, unlike a person's nationality."""
    if actor.country is None:
        return False
    if actor.type == ActorType.COUNTRY:
        return True
    sector = actor.sector_code
    worded = actor.country.method in {None, LED_BY} and actor.country.evidence is not None
    return actor.type == ActorType.GROUP and worded and sector in word_set("state_sector")


def _outlet(actor: Actor) -> bool:
    """ "the BBC reported": a news outlet's country is where it reports from, not where the
    story stands (a wire names the outlets it cites whatever the country it covers)."""
    media = actor.sector is not None and actor.sector.value == MEDIA
    return actor.type == ActorType.ORGANIZATION and media


def _capital_countries_in(text: str) -> list[str]:
    return [capital_countries()[found] for found in _capitals().findall(text)]


@cache
def _capitals() -> re.Pattern[str]:
    names = sorted(capital_countries(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")


def code_at_lone_country(
    actors: list[Actor], uncoded: list[Actor], text: str, mentions: list[Mention]
) -> None:
    """Give `uncoded` national actors the text's one country; the caller leaves out IGOs,
    faiths and organisations the known-actor table lists (their country is the table's)."""
    national = [actor for actor in uncoded if actor.country is None and _national(actor)]
    demonymic = _demonymic(actors, mentions) if national else set()
    country = lone_country(actors, text, demonymic) if national else None  # no scan for none
    if country is None:
        return
    for actor in national:
        actor.country = country.model_copy()


def _national(actor: Actor) -> bool:
    """A titled person, an organisation not named for a region ("the Council of Asian Judges"
    has many states' members), or a group with a role ("Balkan states" have none): a state's
    own actors."""
    if actor.type == ActorType.GROUP:
        return actor.sector is not None and not of_region(actor)
    if actor.type == ActorType.PERSON:
        return actor.sector is not None
    return actor.type == ActorType.ORGANIZATION and not regional_body(actor)


def _demonymic(actors: list[Actor], mentions: list[Mention]) -> set[str]:
    """The ids of countries the text names by demonyms only ("a French tourist")."""
    countries = {a.id for a in actors if a.type == ActorType.COUNTRY}
    by_name = {m.actor_id for m in mentions if m.kind != MentionKind.DEMONYM}
    return countries - by_name
