"""Targets of prepositional verbs: the object of the preposition the trigger itself names.

A lexicon row such as "go after" or "turn on" says the act is aimed at whoever that
preposition governs ("went after the senator", "turned on his former ally"); the general
role rules only read a fixed set of aiming prepositions, so "after", "on" with another sense
and the like would leave such an act without a target.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent
from eventwire.events.participant_sets import Sides
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.roles import split_roles
from eventwire.events.sense import objects

BOMBING = "183"  # CAMEO: conduct a suicide, car or other non-military bombing (1831, 1832)


def trigger_prep_sides(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """The sides with, when no target was read, whoever the trigger's own preposition governs;
    an act noun there ("calling for Jones' exit") is what is called for, read by other rules."""
    actors, targets = sides
    if targets or match.nominal:
        return sides
    preps = trigger_preps(match)
    aimed = [pobj for pobj in pobjs(match.head, preps) if is_agent(pobj)]  # not "for X's exit"
    found = [p for pobj in aimed for p in reader.phrase(pobj)]
    return split_roles(actors, found) if found else sides


def _rejects_through_prep(match: TriggerMatch) -> bool:
    """A rejection aimed through a preposition of its verb ("defended herself against ...")."""
    return match.code.type == "REJECT" and any(c.dep_ == "prep" for c in match.head.children)


def trigger_preps(match: TriggerMatch) -> set[str]:
    """The prepositions the trigger itself names ("sided with", "cracked down on")."""
    return {t.lower_ for t in _own_preps(match.head, match)}


def _own_preps(head: Token, match: TriggerMatch) -> list[Token]:
    """The prepositions inside the trigger's span that hang on its verb."""
    return [t for t in match.span if t.head == head and t.dep_ == "prep"]


def reflexive_object(match: TriggerMatch) -> bool:
    """A reflexive object that is no part of a prepositional trigger: "prepared himself" and
    "shot himself" act on no one else, where the lexicon's "distanced herself from" names
    the reflexive as part of an act aimed at the preposition's object, and a bombing ("blew
    himself up at a checkpoint", CAMEO 183) is a suicide attack on those around; one who
    "defends himself against the claims" rejects what a preposition names."""
    if match.code.cameo.startswith(BOMBING) or _rejects_through_prep(match):
        return False
    own = set(match.span) if _own_preps(match.head, match) else set()
    return any(o.lower_.endswith(("self", "selves")) and o not in own for o in objects(match.head))
