"""Whether the text names an actor as someone an event can have as a side.

Persons, organisations and countries always are; a group only when its own words say its
country ("Americans"), or when it is the state's own organ ("the government"); "people"
whose country is only the article's default (dateline, outlet, the country most named) are no
one, so readers leave that side empty rather than guess; but civilians a story set wholly in
that one country tells of suffering an act are its people ("NEWARK, N.J. _ ... Of the eight
victims, three were stabbed": Americans, as a coder reads them).
"""

from __future__ import annotations

from eventwire.lexicons import word_set
from eventwire.model import HOME_METHODS, Actor, ActorType, Place
from eventwire.parse.plurals import plural_form
from eventwire.sectors import CIVILIANS

MIN_PLACES = 2  # places the text names: one may be named in passing


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


def set_in_story(actor: Actor, setting: str | None) -> bool:
    """Whether the actor is a group of civilians ("the victims", "customers") whose default
    country is the one country the whole story is set in (`sole_country`)."""
    country = actor.country.value if actor.country else None
    civilians = actor.type == ActorType.GROUP and actor.sector_code == CIVILIANS
    return civilians and setting is not None and country == setting


def sole_country(places: list[Place], dateline: tuple[int, int]) -> str | None:
    """The one country every place the story names lies in, if its text (not only its
    dateline) names it MIN_PLACES times: a story that never leaves it places its unnamed
    people there; one told only from a dateline says nothing of where they are."""
    told = [p for p in places if p.country and not dateline[0] <= p.evidence.start < dateline[1]]
    countries = {place.country for place in places if place.country}
    return next(iter(countries)) if len(countries) == 1 and len(told) >= MIN_PLACES else None


def _state_organ(actor: Actor) -> bool:
    """ "the government", "the military", "Police said": a definite state organ, or one a
    mass or singular noun names bare, is the home state's own; a bare plural ("authorities",
    "troops") may be anyone's. The actor's name is its first mention, which a wire often
    writes bare at a sentence's start ("Police arrested ... praised the police")."""
    if actor.sector_code not in word_set("state_sector"):
        return False
    name = actor.name.lower()
    return name.startswith("the ") or not _bare_plural(name)


def _bare_plural(name: str) -> bool:
    """Whether a group's name ends in a plural noun ("officials", "troops"), not a mass or
    singular one ("police", "army", "Congress")."""
    last = name.split()[-1] if name.split() else ""
    return plural_form(last)
