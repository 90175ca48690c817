"""A national body of state named bare after the same body was named with its country: "Japan's
cabinet approved the budget ... The cabinet also ...", "the Israeli army ... the army said".

Bare, such a body would take the story's home (a WASHINGTON story's "the cabinet" was the
U.S.'s); news names a foreign body once with its country and then by its kind alone, so it is
the nearest earlier body of that kind, when that one has a country. Only bodies of a whole
state refer back this way (`state_body`): police and local bodies are those of the place the
story is at. A state's actor of another country named in between ("Health officials from
Mexico") leaves the bare body open, as a roundup of many states does. The earlier mention's
country may be only in its words when coreference runs ("Israeli army", a known organisation
the table codes later), so its country word is read here.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.actors.candidates import Candidate
from eventwire.codes import country_of
from eventwire.lexicons import word_set
from eventwire.model import Actor


def body_kind(candidate: Candidate) -> str | None:
    """ "the lower house" → "lower house": the kind of state body a definite mention with no
    country names, else None."""
    article, _, words = candidate.name.lower().partition(" ")
    bare = candidate.key.startswith("bare:") and candidate.country is None
    return words if bare and article == "the" and words in word_set("state_body") else None


def body_named_before(
    candidate: Candidate, before: Iterable[tuple[Candidate, Actor]], home_body: Actor | None
) -> Actor | None:
    """The actor of the nearest earlier mention of the candidate's kind of body when that
    mention gave the body a country (or referred back to one) and no state's actor of another
    country comes between; None when the nearest is the home's own body named bare or with no
    country, or none was named."""
    kind = body_kind(candidate)
    if kind is None:
        return None
    between: set[str] = set()
    earlier = list(before)
    for at, (other, actor) in enumerate(earlier):
        if body_kind(other) == kind:
            return None if actor is home_body or _other_state(between, actor) else actor
        if _names_kind(other, kind):  # "the federal government" is the home's: it stops here
            country = _country_given(other, actor, kind) or _owner_country(other, earlier[at:])
            return actor if country is not None and between <= {country} else None
        between |= _state_country(other, actor)
    return None


def _names_kind(other: Candidate, kind: str) -> bool:
    """ "Dutch lower house", "government of Japan": a mention of that kind of body."""
    name = other.name.lower()
    return name.endswith(" " + kind) or name.startswith((kind + " of ", "the " + kind + " of "))


def _state_sector(other: Candidate, actor: Actor) -> bool:
    sector = other.sector or actor.sector
    return sector is not None and sector.value in word_set("state_sector")


def _state_country(other: Candidate, actor: Actor) -> set[str]:
    """The country of a state's actor (an official, a ministry, an army), if it has one yet."""
    country = other.country or actor.country
    return {country.value} if country is not None and _state_sector(other, actor) else set()


def _other_state(between: set[str], actor: Actor) -> bool:
    """Whether a state's actor named in between is of another country than the body's."""
    return actor.country is not None and not between <= {actor.country.value}


def _country_given(other: Candidate, actor: Actor, kind: str) -> str | None:
    """The country of the mention or its actor, or the one the words before the kind name
    ("Israeli army"); None for a body of no state's sector (the Irish Republican Army)."""
    sector = other.sector or actor.sector
    if sector is not None and sector.value not in word_set("state_sector"):
        return None
    code = actor.country or other.country
    if code is not None:
        return code.value
    found = country_of(_words_before(other, kind))
    return found.iso3 if found is not None else None


def _words_before(other: Candidate, kind: str) -> str:
    """ "Israeli" of "the Israeli army", "Castro's" of "Castro's government"."""
    if not other.name.lower().endswith(kind):
        return ""
    words = other.name[: len(other.name) - len(kind)].strip()
    return words.removeprefix("the ").removeprefix("The ")


def _owner_country(other: Candidate, earlier: list[tuple[Candidate, Actor]]) -> str | None:
    """ "Castro's government": the country of its owner named before ("Fidel Castro", CUB),
    when the owner's body has no code of its own yet."""
    if other.sector is not None and other.sector.value not in word_set("state_sector"):
        return None
    owner = other.name.rsplit(" ", 1)[0].lower()
    if not owner.endswith(("'s", "’s")):
        return None
    owner = owner[:-2]
    for named, actor in earlier:
        name = named.name.lower()
        code = actor.country or named.country
        if code is not None and (name == owner or name.endswith(" " + owner)):
            return code.value
    return None
