"""Whom a complaint or protest is aimed at: the one it is about, not the one it is told to.

"Chile complained to the UN about Peru", "protested to Cairo over Sudan's raids": PLOVER
codes blame (ACCUSE) and protest as aimed at whom it blames; the "to/with/at" listener only
hears it. The blamed is the "about/over" object when that names someone, or the doer of the act
it names ("about remarks by Peru's president", "over Peru's buildup", "about being mistreated by
X"); an act whose doer is not
told ("protested over the arrest of two Chilean fishermen") blames no one named, and the
listener stays the target. A verb whose direct object is a party blames that party ("criticized
Obama over the Iran deal"): the topic only says what for, and a country modifying it may be the
deal's partner, not the one blamed.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.complements import act_types
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.passives import agents, is_passive
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import ACCUSE, PROTEST
from eventwire.events.verb_arguments import patients, people
from eventwire.lexicons import word_set
from eventwire.model import Participant

GRIEVANCES = {ACCUSE, PROTEST}
TOPIC_PREPS = {"about", "over"}
DOER_PREPS = word_set("maker_preposition")
PARTICIPLE_DEPS = {"acomp", "xcomp", "oprd"}  # "remarks by X", "threats from X"


def grievance_sides(reader: RoleReader, verb: Token, type_: str, sides: Sides) -> Sides:
    """The sides of a verb of blame or protest with the one its "about/over" phrase blames as
    the target, in place of its listeners; the sides as read where that phrase blames no one
    or where the verb is done to a party of its own."""
    if type_ not in GRIEVANCES or verb.pos_ != "VERB" or _blames_its_object(reader, verb):
        return sides
    blamed = [p for t in pobjs(verb, TOPIC_PREPS) for p in _blamed(reader, t)]
    blamed += [p for t in _wrongs_suffered(verb) for p in reader.phrase(t)]
    actors = sides[0]
    blamed = split_roles(actors, blamed)[1]
    return (actors, blamed) if blamed else sides


def _blames_its_object(reader: RoleReader, verb: Token) -> bool:
    """ "criticized Obama over the deal", "Obama was criticized over it": the object (or passive
    subject) is a party, person or pronoun for people, and so the one blamed."""
    return any(people(p) or reader.phrase(p) for p in patients(verb))


def _wrongs_suffered(verb: Token) -> list[Token]:
    """ "complained about being mistreated by the moderators": the doers of a wrong the
    complainer says was done to them (a passive gerund's "by" agents)."""
    clauses = [c for p in verb.children if p.lower_ in TOPIC_PREPS for c in p.children]
    clauses = [c for c in clauses if c.dep_ == "pcomp"]
    clauses += [c for g in clauses for c in g.children if c.dep_ in PARTICIPLE_DEPS]  # "being
    # ill-treated by": the parser may hang the participle on "being"
    return [a for c in clauses if is_passive(c) or c.dep_ in PARTICIPLE_DEPS for a in agents(c)]


def _blamed(reader: RoleReader, topic: Token) -> list[Participant]:
    """Who a topic blames: an act's doers (its possessor, modifiers or "by" object), else the
    party the topic names."""
    if not act_types(topic):
        return reader.phrase(topic)
    doers = reader.modifiers(topic, act=True)
    return doers + [p for t in pobjs(topic, DOER_PREPS) for p in reader.phrase(t)]
