"""The neighbour of a border act: "reopened its border with Kenya", "closed its airspace to
Indian flights".

The small model often hangs the frontier's "with"/"to" phrase on the verb instead of on the
frontier noun; a verb phrase "with X" beside an object that names its owner ("its border") is
otherwise read as an instrument and dropped. Closing or reopening a frontier (event_words
class `frontier`) is aimed at the state on its other side, so that phrase names the target; so
is massing forces along or near it ("massed troops along its border with Syria").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import MOBILIZE
from eventwire.events.verb_arguments import objects

FRONTIERS = words("event_words.tsv", "frontier")
NEIGHBOUR_PREPS = {"with", "to"}
FRONT_PREPS = {"along", "near", "on", "at", "to", "toward", "towards"}


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


def front_sides(reader: RoleReader, verb: Token, type_: str, sides: Sides) -> Sides:
    """Forces massed or moved along a frontier with no target named face the neighbour its
    "with"/"to" phrase or its demonym names ("deployed tanks near its border with Iraq", "near
    the Iraqi border")."""
    if sides[1] or type_ != MOBILIZE:
        return sides
    forces = [verb, *objects(verb)]  # "troops near ...": either
    fronts = [t for f in forces for t in pobjs(f, FRONT_PREPS) if t.lemma_.lower() in FRONTIERS]
    facing = [
        p for front in fronts for t in pobjs(front, NEIGHBOUR_PREPS) for p in reader.phrase(t)
    ]
    facing = facing or [p for front in fronts for p in reader.modifiers(front)]  # "the Thai border"
    return split_roles(sides[0], [p for p in facing if p.country not in _own(sides)])


def _own(sides: Sides) -> set[str | None]:
    """The movers' own states (and None): "along its own border" faces no one."""
    return {None, *(p.country for p in sides[0])}
