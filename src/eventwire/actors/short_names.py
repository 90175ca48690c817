"""Short names: a firm by its first words ("Coda" after "Coda Energy Inc."), a person by a
given name ("Lazaro" after "Lazaro Gonzalez").

News style names an organisation in full once and then by its first word or words. The
tagger often reads the short form as a person ("Conseco said") or as an organisation of its
own, which splits one firm into two actors and leaves the short one without codes.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire.actors.candidates import Candidate
from eventwire.actors.coding import current_table
from eventwire.given_names import gender_of_given_name
from eventwire.model import Actor, ActorType, MentionKind

SHORTENED = frozenset({ActorType.PERSON, ActorType.ORGANIZATION})


def firm_shortened(candidate: Candidate, actors: list[Actor]) -> Actor | None:
    """The organisation named before whose name starts with the candidate's words, when the
    candidate is a bare name with no codes of its own (a known person or body keeps its own)."""
    if candidate.kind != MentionKind.NAME or candidate.type not in SHORTENED:
        return None
    if candidate.sector is not None or candidate.role is not None or known_name(candidate.name):
        return None
    words = candidate.name.lower().split()
    return next(
        (actor for actor in reversed(actors) if _starts_name(actor, words)),
        None,
    )


def known_name(name: str) -> bool:
    """ "House" after "House Ways and Means Committee" is the chamber, a body of its own."""
    return current_table().lookup(name) is not None


def _starts_name(actor: Actor, words: list[str]) -> bool:
    """Whether the organisation's name is the words and more ("Kyle" of "Kyle Technology
    Corp.", not "Kyle" of "Kyle")."""
    if actor.type != ActorType.ORGANIZATION:
        return False
    name = actor.name.lower().split()
    return len(name) > len(words) and name[: len(words)] == words


def given_name_of(candidate: Candidate, actors: list[Actor]) -> Actor | None:
    """ "Lazaro" after "Lazaro Gonzalez", "Juan Miguel" after "Juan Miguel Gonzalez": a name
    that is the given name (or names) of exactly one person named in full before is that
    person (family stories tell kin apart by given names; a surname match is tried first)."""
    if candidate.kind != MentionKind.NAME:
        return None
    given = tuple(candidate.name.lower().split())
    people = [a for a in actors if a.type == ActorType.PERSON and _given_names(a.name, given)]
    return people[0] if len(people) == 1 else None


def named_in_full_after(candidate: Candidate, people: list[Candidate]) -> bool:
    """ "Hillary" in a headline over a story on "Hillary Clinton", "let's get Monica" before
    "intern Monica Lewinsky": a lone given name that starts the full name of one person the
    article names only after it is that person, as readers take it (people of that given name
    but other surnames leave it alone). Such a name is linked once every name is, so that
    `given_name_of` finds the person; one named in full before it is found in text order."""
    if candidate.kind != MentionKind.NAME or candidate.type != ActorType.PERSON:
        return False
    if " " in candidate.name or gender_of_given_name(candidate.name) is None:
        return False
    bearers = [p for p in people if p.name.split()[0] == candidate.name]
    if any(p.start < candidate.start for p in bearers):
        return False
    return len({p.name.split()[-1] for p in bearers}) == 1


@lru_cache(maxsize=4096)
def _given_names(name: str, given: tuple[str, ...]) -> bool:
    """Whether the words are the first words of a longer name; kept per name, since every
    lone name in an article is checked against every person named before it."""
    words = tuple(name.lower().split())
    return len(words) > len(given) and words[: len(given)] == given
