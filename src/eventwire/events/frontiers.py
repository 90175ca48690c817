"""The neighbour of a border act: "reopened its border with Kenya", "closed its airspace to
Indian flights".

The small model often hangs the frontier's "with"/"to" phrase on the verb instead of on the
frontier noun; a verb phrase "with X" beside an object that names its owner ("its border") is
otherwise read as an instrument and dropped. Closing or reopening a frontier (event_words
class `frontier`) is aimed at the state on its other side, so that phrase names the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.participant_sets import Sides
from eventwire.events.participants import RoleReader, pobjs
from eventwire.events.roles import split_roles

FRONTIERS = words("event_words.tsv", "frontier")
NEIGHBOUR_PREPS = {"with", "to"}


def frontier_sides(reader: RoleReader, verb: Token, sides: Sides) -> Sides:
    """An act on a frontier with no target named is aimed at the neighbour its verb's "with"
    or "to" phrase names."""
    if sides[1] or not any(
        c.dep_ == "dobj" and c.lemma_.lower() in FRONTIERS for c in verb.children
    ):
        return sides
    return split_roles(
        sides[0], [p for t in pobjs(verb, NEIGHBOUR_PREPS) for p in reader.phrase(t)]
    )
