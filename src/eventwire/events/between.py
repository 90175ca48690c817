"""The parties of a joint act that names no doer: "talks between Peru and Ecuador resumed",
"clashes between Indian and Pakistani troops". PLOVER and the article gold code each party
as a source of the act they do together (no target), as they would "Peru and Ecuador held
talks"; with a doer named ("a mediation mission between X and Y") the parties stay targets.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participants import RoleReader, pobjs
from eventwire.events.roles import split_roles
from eventwire.model import Participant

Sides = tuple[list[Participant], list[Participant]]

JOINT_PREPS = {"between", "among"}


def joint_parties(reader: RoleReader, noun: Token, sides: Sides) -> Sides:
    """The noun's (actors, recipients), its "between" parties made its actors when it names
    no actor and two or more parties."""
    actors, recipients = sides
    if actors:
        return sides
    parties = [p for t in pobjs(noun, JOINT_PREPS) for p in reader.phrase(t)]
    if len(parties) < 2:
        return sides
    return split_roles(parties, recipients)
