"""Which of several people sharing a surname a bare surname means: the one who has acted in
the story (a clause's subject) before one named only in passing, inside another noun phrase
("Patricia Smith, mother of Benghazi victim Sean Smith, rejected the claim ... Smith said")."""

from __future__ import annotations

from eventwire.actors.candidates import Candidate
from eventwire.model import Actor

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def acting_namesakes(namesakes: list[Actor], before: list[tuple[Candidate, Actor]]) -> list[Actor]:
    """The namesakes (in their order) some mention of whom before was a clause's subject; all
    of them when none or every one was."""
    acted = {id(actor) for other, actor in before if other.extra.get("dep") in SUBJECT_DEPS}
    acting = [actor for actor in namesakes if id(actor) in acted]
    return acting or namesakes
