"""An acronym spelled out before it: "United Network for Organ Sharing, or UNOS".

News names a body in full once and by its initials after; without this link the acronym would
start a second actor, and events told with it would lose the body's codes.
"""

from __future__ import annotations

from eventwire.actors.candidates import Candidate
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType


def spelled_out(candidate: Candidate, actors: list[Actor]) -> Actor | None:
    """ "United Network for Organ Sharing, or UNOS": an acronym is the organisation named
    before whose initials it spells, when the acronym's own codes do not say otherwise."""
    name = candidate.name.replace(".", "")
    if candidate.type != ActorType.ORGANIZATION or len(name) < 2 or not name.isupper():
        return None
    if candidate.sector is not None:
        return None
    return next(
        (
            actor
            for actor in actors
            if actor.type == ActorType.ORGANIZATION and initials(actor.name) == name
        ),
        None,
    )


def initials(name: str) -> str:
    """The capitals of a name's words, without "of", "for", "and", "the" ("UNOS")."""
    words = [
        w for w in name.replace("-", " ").split() if w.lower() not in word_set("initials_skip")
    ]
    return "".join(w[0] for w in words if w[:1].isupper())
