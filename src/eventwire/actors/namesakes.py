"""Which of several people sharing a surname a bare surname means: not one named only in
passing, inside another noun phrase ("Maria Lopez, mother of flood victim Daniel Lopez,
rejected the claim ... Lopez said"), when another took part in a clause of their own."""

from __future__ import annotations

from eventwire.actors.candidates import Candidate
from eventwire.model import Actor

PASSING_DEPS = frozenset({"pobj", "appos", "compound", "poss", "nmod"})


def acting_namesakes(namesakes: list[Actor], before: list[tuple[Candidate, Actor]]) -> list[Actor]:
    """The namesakes (in their order) some mention of whom before was no mere part of another
    noun phrase; all of them when none or every one was."""
    acted = {id(actor) for other, actor in before if not _in_passing(other)}
    acting = [actor for actor in namesakes if id(actor) in acted]
    return acting or namesakes


def _in_passing(mention: Candidate) -> bool:
    return mention.extra.get("phrase_dep") in PASSING_DEPS
