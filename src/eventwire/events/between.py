"""The parties of a joint act that names no doer: "talks between Peru and Ecuador resumed",
"clashes between Indian and Pakistani troops". Each party is a doer of the act they do
together, as in "Peru and Ecuador held talks" (a meeting or a deal is then directed from the
first named, `events.directed_joint`); with a doer named ("a mediation mission between X and
Y") the parties stay targets.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.complements import act_types
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.passives import is_passive
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import AGREE, ASSAULT, CONSULT, COOPERATE

JOINT_PREPS = {"between", "among"}
SETTING_PREPS = {"in", "during"}  # "killed in clashes between X and Y"
JOINT_TYPES = {CONSULT, AGREE, COOPERATE, ASSAULT}  # acts two parties can do together


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


def joint_doers(reader: RoleReader, verb: Token, sides: Sides) -> Sides:
    """ "51 people were killed in clashes between Serb police and ethnic Albanians": harm done
    in a joint act that names no doer is done by the act's parties."""
    if sides[0]:
        return sides
    acts = [n for n in pobjs(verb, SETTING_PREPS) if act_types(n)]
    return next((found for n in acts if (found := joint_parties(reader, n, sides))[0]), sides)


def passive_joint_doers(reader: RoleReader, verb: Token, type_: str, sides: Sides) -> Sides:
    """ "the truce was negotiated between Egypt and Hamas": a passive verb of an act two parties
    do together (talks, deals, cooperation, fighting) with no agent whose "between" names two or
    more parties is done by them, as its noun is ("talks between"); a one-sided act is not ("was
    fired between X and Y" read as a dismissal)."""
    if not is_passive(verb) or type_ not in JOINT_TYPES:
        return sides
    return joint_parties(reader, verb, sides)
