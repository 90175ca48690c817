"""Withdrawals: "Syria withdrew its troops from Lebanon", "the withdrawal of Syrian troops from
Lebanon", "Nigerian troops were withdrawn from Sierra Leone", "Israel began its pullout from
Gaza". The place the forces leave (the "from" or "out of" object) is the target; it is no
doer, as a "from" object is in "criticism from X", and no home of the forces ("its troops from
Lebanon" are Syria's). The forces themselves are never the target. With no doer named, the
forces withdrawn act for their own side.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import DE_ESCALATION, MILITARY_RETREAT
from eventwire.events.lexicon import words
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import patients
from eventwire.parse.forms import in_words

WITHDRAWALS = {
    DE_ESCALATION,
    MILITARY_RETREAT,
}  # CAMEO: de-escalate militarily; withdraw or surrender
TROOPS = words("event_words.tsv", "troops")  # troops, forces, soldiers: what a state withdraws


def withdrawal_sides(reader: RoleReader, head: Token, cameo: str, sides: Sides) -> Sides:
    """The sides of a withdrawal with the place left as its target, never its doer."""
    if cameo not in WITHDRAWALS:
        return sides
    forces = patients(head) + pobjs(head, {"of"})  # "withdrew its troops", "troops were withdrawn"
    outs = [c for c in head.children if c.lower_ == "out"]  # "pulled its troops out of X"
    places = [t for h in [head, *forces] for t in pobjs(h, {"from"})]
    places += [t for out in outs for t in pobjs(out, {"of"})]
    left = [p for t in places for p in reader.phrase(t)]
    if not left:
        return _own_forces(reader, forces, sides)
    spots = {p.mention.start for p in left}  # the words of the place, not its state elsewhere
    actors = [p for p in sides[0] if p.mention.start not in spots]
    actors = actors or [p for t in forces for p in reader.phrase(t)]
    return split_roles(actors, left)


def _own_forces(reader: RoleReader, forces: list[Token], sides: Sides) -> Sides:
    """With no place left named, troops withdrawn are the doer's own and no target ("when he
    took the soldiers out", "withdrew its troops"); with no doer named they act for their own
    side. A person pulled out of somewhere ("pulled him out of bed") is left as read."""
    held = [p for t in forces if in_words(t, TROOPS) for p in reader.phrase(t)]
    spots = {p.mention.start for p in held}
    targets = [p for p in sides[1] if p.mention.start not in spots]
    return split_roles(sides[0] or held, targets)
