"""Groups a region owns ("Europe's mainstream leaders", "Africa's presidents", "the Middle
East's rulers") are made of many states' people and act for none of them: the article's home
country, which unowned groups take, is not theirs. So are bodies named for a region ("the
Council of Asian Judges"): the one country a sentence names is not theirs."""

from __future__ import annotations

from functools import cache

from eventwire.codes import country_of
from eventwire.lexicons import read_table, word_set
from eventwire.model import Actor, ActorType

POSSESSIVE = "'s "


@cache
def _regions() -> frozenset[str]:
    """Continents and the world regions the places lexicon lists, lower-case."""
    listed = {name.lower() for name, *_ in read_table("world_regions.tsv")}
    return frozenset(listed | word_set("continent"))


def of_region(actor: Actor) -> bool:
    """Whether a group is named as a region's ("Europe's leaders", "West African envoys")."""
    if actor.type != ActorType.GROUP:
        return False
    if POSSESSIVE not in actor.name:  # "South African diplomats" are one state's
        civic = actor.name.split()[-1].lower() in word_set("civic_member_noun")  # "Arab voters"
        return _region_named(actor.name) and not _country_led(actor.name) and not civic
    owner = actor.name.split(POSSESSIVE, 1)[0].lower().removeprefix("the ")
    return owner in _regions()


def regional_body(actor: Actor) -> bool:
    """Whether an organisation's name carries a region's adjective ("African Lawyers Union",
    "Inter-American Press Association"): its members come from many states. One before
    "American" names Americans of that descent ("Arab American Institute")."""
    return actor.type == ActorType.ORGANIZATION and _region_named(actor.name)


def _country_led(name: str) -> bool:
    """The name starts with a country's one- or two-word name or demonym."""
    words = name.split()
    return any(country_of(" ".join(words[:n])) is not None for n in (1, 2))


def _region_named(name: str) -> bool:
    """The name carries a region's adjective, not before "American"."""
    words = f" {name.lower()} "
    return any(
        f" {adjective} " in words and f" {adjective} american" not in words
        for adjective in word_set("region_adjective")
    )
