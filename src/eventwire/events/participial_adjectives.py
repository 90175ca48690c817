""" "The similarities are striking", "it's going to be challenging to do it", "the results are
promising": a present participle after "be" whose subject is a thing, or "it" standing for a
clause, is an adjective that says what the thing is like; no one strikes, challenges or
promises. With a party as its subject ("the workers are striking"), an object of its own
("is threatening the town") or an act it is about to do ("the firm is offering to buy back
notes") it stays the act; after "it" the infinitive is the clause "it" stands for.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent
from eventwire.events.patterns import TriggerMatch
from eventwire.lexicons import word_set
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import GERUND_TAG

BE = "be"
PLACEHOLDERS = word_set("pointing_pronoun")  # "it's challenging to ...": a clause, no party
OBJECT_DEPS = {"dobj", "ccomp", "dative", "prep", "prt"}  # the act's own arguments
CLIMB_DEPS = {"xcomp"}  # "it's going to be challenging": the subject of "going"


def participial_adjective(match: TriggerMatch) -> bool:
    """The trigger is a present participle after "be" with a thing (or "it") as its subject and
    no argument of its own."""
    verb = match.head
    if match.nominal or verb.tag_ != GERUND_TAG:
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == BE for c in verb.children):
        return False
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return False
    subjects = _subjects(verb)
    if not subjects or not all(_thing(s) for s in subjects):
        return False
    placeholder = all(s.lower_ in PLACEHOLDERS for s in subjects)
    return placeholder or not any(c.dep_ == "xcomp" for c in verb.children)


def _subjects(verb: Token) -> list[Token]:
    """The participle's subjects, or those of the verb its clause completes."""
    clause = verb
    while not clause_subjects(clause) and clause.dep_ in CLIMB_DEPS:
        clause = clause.head
    return clause_subjects(clause)


def _thing(subject: Token) -> bool:
    """A subject that is no party: a thing, or a placeholder pronoun."""
    return subject.lower_ in PLACEHOLDERS or not is_agent(subject)
