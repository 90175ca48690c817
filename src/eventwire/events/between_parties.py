"""Giving and yielding that name no one: "how to fund it", "the argument would be aided by the
upcoming primary calendar", "developers were eventually permitted to build", "bonds priced to
yield 5.75%".

Aid, cooperation and concessions are acts between parties: one provides to, works with or gives
way to another. A giving, handing or yielding word whose sentence names neither the one who acts
nor the one it is done for tells a money flow, a rule or a thing's help, not an act an analyst
codes (no AID, COOPERATE or CONCEDE event of the coded sets has both sides empty). A party the
parse names that the actors stage could not resolve ("in 2010, it gave $100,000", "he was
granted asylum") still makes it an act. Force is different: it is told without its doers.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import INANIMATE_PRONOUNS, is_agent
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import AID, CONCEDE, COOPERATE
from eventwire.model import Participant
from eventwire.parse.deps import CHAINED_VERB_DEPS, PREPOSITION_DEPS
from eventwire.parse.subjects import clause_subjects

BETWEEN_TYPES = {AID, COOPERATE, CONCEDE}
PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "poss", "pobj", "agent"}
SHARED_DEPS = CHAINED_VERB_DEPS  # "failed to turn over", "planned ... and then hand over"


def between_no_parties(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """An aid, cooperation or concession verb whose event has no doer and no receiver. A noun
    is left alone: "the Union Resolve joint drills" is a named act whose parties the article
    gives elsewhere."""
    if match.nominal or match.code.type not in BETWEEN_TYPES or actors or recipients:
        return False
    return not _party_named(match.head)


def _party_named(head: Token) -> bool:
    """A pronoun, name or agent noun among the trigger's own arguments (through a preposition
    or a passive agent), or the subject of the clause it shares ("failed to turn over")."""
    arguments = [c for c in head.children if c.dep_ in PARTY_DEPS]
    arguments += [g for c in head.children if c.dep_ in PREPOSITION_DEPS for g in c.children]
    if head.dep_ in SHARED_DEPS:
        arguments += clause_subjects(head.head)
    return any(_party(a) for a in arguments)


def _party(token: Token) -> bool:
    """Someone who can act; "it" as an object is the thing given ("how to fund it"), as a
    subject it may stand for a body ("in 2010, it gave $100,000")."""
    thing = token.lower_ in INANIMATE_PRONOUNS and not token.dep_.startswith("nsubj")
    return is_agent(token) and not thing
