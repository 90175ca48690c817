"""Forces withdrawn: "Eighty Nigerian troops were withdrawn from Sierra Leone", "UN
peacekeepers were pulled out of the enclave". With no "by" doer, the forces (or envoys) moved
out act for their own side (as `roles._moved` reads forces deployed) and the place they leave is the
target; a "from" object is then the place left, not the doer it is in "criticism from X".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participants import RoleReader, pobjs
from eventwire.events.passives import agents, is_passive
from eventwire.events.roles import split_roles
from eventwire.model import Participant

SENT = {"MIL", "COP", "REB", "GOV"}  # forces and envoys (PLOVER sectors) a side sends abroad


def withdrawn_sides(
    reader: RoleReader, verb: Token, type_: str
) -> tuple[list[Participant], list[Participant]] | None:
    """(actors, recipients) of a withdrawal told in the passive with no doer, the subject
    naming forces or envoys only ("the ambassador was withdrawn from X"); else None."""
    if type_ != "RETREAT" or not is_passive(verb) or agents(verb):
        return None
    forces = [c for c in verb.children if c.dep_ == "nsubjpass"]
    actors = [p for t in forces for p in reader.phrase(t)]
    if not actors or not all(p.sector in SENT for p in actors):
        return None
    outs = [c for c in verb.children if c.lower_ == "out"]  # "pulled out of X"
    left = pobjs(verb, {"from"}) + [t for out in outs for t in pobjs(out, {"of"})]
    return split_roles(actors, [p for t in left for p in reader.phrase(t)])
