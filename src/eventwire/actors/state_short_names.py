"""A body named again without its state: "the Health Ministry" after "the Malaysian Health
Ministry", "the Foreign Ministry" after "Peru's Foreign Ministry". News names a state's body
in full once and then by its own words; read apart, the short form is a body of no country.
"""

from __future__ import annotations

from eventwire.actors.candidates import Candidate
from eventwire.actors.short_names import known_name
from eventwire.model import Actor, ActorType, MentionKind

MAX_STATE_WORDS = 2  # "Malaysian", "Costa Rica's"


def without_state(candidate: Candidate, actors: list[Actor]) -> Actor | None:
    """The latest organisation of a state whose name is the candidate's after a word or two
    (the state's), when the candidate names no state and is no body known by itself."""
    if candidate.kind != MentionKind.NAME or candidate.type != ActorType.ORGANIZATION:
        return None
    if candidate.country is not None or known_name(candidate.name):
        return None
    words = candidate.name.lower().split()
    return next((actor for actor in reversed(actors) if _ends_with(actor, words)), None)


def _ends_with(actor: Actor, words: list[str]) -> bool:
    name = actor.name.lower().split()
    state_words = len(name) - len(words)
    return (
        actor.type == ActorType.ORGANIZATION
        and actor.country is not None
        and 0 < state_words <= MAX_STATE_WORDS
        and name[state_words:] == words
    )
