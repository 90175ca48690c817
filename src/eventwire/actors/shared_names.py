"""Actors coded by a name two countries share ("Congo"): the name's country lookup gives the
ISO meaning; the article decides. One that names either country otherwise ("the Republic of
Congo") means that one; else the article's day does ("Congo" in 1990 news is the Congo
Republic, in 2010 news the former Zaire)."""

from __future__ import annotations

from datetime import date

from eventwire.codes import country_display_name
from eventwire.model import Actor, ActorType, Code
from eventwire.place_codes import SharedName, shared_country_names


def code_shared_names(actors: list[Actor], day: date | None) -> None:
    """Recode the actors whose country came from a shared name alone."""
    named = {a.country.value for a in actors if a.country and _shared(a.country) is None}
    for actor in actors:
        shared = _shared(actor.country) if actor.country else None
        if shared is None or actor.country is None:
            continue
        _recode(actor, actor.country, shared.meant(named, day))


def _recode(actor: Actor, country: Code, iso3: str) -> None:
    """A country actor named by its code's display name takes the new country's name too."""
    if actor.type == ActorType.COUNTRY and actor.name == country_display_name(country.value):
        actor.name = country_display_name(iso3)
    actor.country = country.model_copy(update={"value": iso3})


def _shared(country: Code) -> SharedName | None:
    """The shared name the code was read from ("Congo", "Congo's"), if it was."""
    if country.evidence is None:
        return None
    words = country.evidence.text.removesuffix("'s").removesuffix("’s")
    return shared_country_names().get(words)
