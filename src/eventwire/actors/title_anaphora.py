"""An office named before its holder: "The Chinese finance minister jabbed back on Monday …
The finance minister, Lou Jiwei, suggested …". News leads name the office first and the person
in the next sentence, with "the" before the title, which presents the office as known: the
person takes the country said with the office, and the earlier title is that person, not an
actor of its own. Without this the name falls to the article's home country."""

from __future__ import annotations

from eventwire.actors.candidates import Candidate
from eventwire.model import Actor, ActorType

DEFINITE = "definite_title"  # set by `mentions` on a name after "the" and a title


def countries_of_named_offices(candidates: list[Candidate]) -> None:
    """A person named after a definite title, with no country of their own, takes the country
    of the nearest earlier mention of the same office that has one."""
    for at, candidate in enumerate(candidates):
        if not candidate.extra.get(DEFINITE) or candidate.country is not None:
            continue
        earlier = (c for c in reversed(candidates[:at]) if _named_office(c, candidate))
        found = next(earlier, None)
        if found is not None and found.country is not None:
            candidate.country = found.country.model_copy()


def introduced_later(title: Candidate, history: list[tuple[int, Candidate, Actor]]) -> Actor | None:
    """The person a title fitting no one before it introduces: the first person named after it
    with "the" and the same office, in no other country."""
    for start, other, actor in history:
        if start <= title.start or not other.extra.get(DEFINITE):
            continue
        country = actor.country.value if actor.country else None
        if _same_office(other, title) and (
            title.country is None or country in {None, title.country.value}
        ):
            return actor
    return None


def _named_office(earlier: Candidate, person: Candidate) -> bool:
    """An earlier mention of the person's office with a country, not under another full name."""
    other_name = " " in earlier.name and earlier.name != person.name
    return earlier.country is not None and _same_office(earlier, person) and not other_name


def _same_office(one: Candidate, other: Candidate) -> bool:
    people = one.type == other.type == ActorType.PERSON
    return (
        people
        and one.role is not None
        and other.role is not None
        and one.role.value == other.role.value
    )
