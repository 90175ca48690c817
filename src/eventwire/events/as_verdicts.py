"""Verdicts told with "as": "described the move by Taiwan as reckless", "called the remarks
as false", "described the accusations as baseless".

A naming or casting verb may give its verdict in a complement of "as" rather than as a bare
predicate. The parser hangs "as" on the verb, on its object, or as an adverb of a predicate
adjective ("as baseless" read as an adverbial clause); all are the same verdict. A verdict on a
thing judges its author only when the text names one: a party's own act or words ("the
governor's plan", "the move by Taiwan", "the American report"); "described the plan as
flawed" with no author is an opinion.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent
from eventwire.events.verb_arguments import objects
from eventwire.parse.deps import PREMODIFIER_DEPS, PREPOSITION_DEPS
from eventwire.parse.forms import is_reflexive
from eventwire.parse.nlp import PARTY_ENTITIES

AS_OBJECT_DEPS = {"pobj", "amod", "acomp"}  # "as propaganda", "as reckless" (read as amod)
AS_PREDICATE_DEPS = {"advcl", "acomp", "oprd", "xcomp", "ccomp"}  # "as baseless" as a clause


def cast_objects(verb: Token) -> list[Token]:
    """Whom a naming or casting verb presents: its object, or with none the object of its
    "to" ("referred to the protesters as thugs": a prepositional verb names its one by "to")."""
    return objects(verb) or referred(verb)


def referred(verb: Token) -> list[Token]:
    """The object of a verb's "to" when it has no direct object ("referred to the protesters
    as thugs"); one referring to oneself ("referred to herself as") judges no one else."""
    if objects(verb):
        return []
    tos = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    found = [p for t in tos for p in t.children if p.dep_ == "pobj"]
    return [p for p in found if not is_reflexive(p)]


def as_complements(verb: Token) -> list[Token]:
    """What the verb's object is presented as: the object of an "as" on the verb, on the
    object or on a participle describing it, or a predicate that "as" introduces."""
    objects = cast_objects(verb)
    objects += [c for o in objects for c in o.children if c.dep_ == "acl"]  # "the quota set by"
    found = [
        pobj
        for prep in [*verb.children, *(c for o in objects for c in o.children)]
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for pobj in prep.children
        if pobj.dep_ in AS_OBJECT_DEPS
    ]
    found += [
        c
        for c in verb.children
        if c.dep_ in AS_PREDICATE_DEPS
        and any(a.lower_ == "as" and a.dep_ in {"advmod", "mark", "prep"} for a in c.children)
    ]
    return found


def authored(noun: Token) -> bool:
    """A thing whose author the text names: a possessor ("the governor's plan"), a "by"
    object, also of a participle ("the move by Taiwan", "the quota set by Peru"), or a name
    or demonym modifying it ("the American report", "the Reuters story")."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON" and is_agent(child):
            return True
        if child.dep_ in PREMODIFIER_DEPS and child.ent_type_ in PARTY_ENTITIES:
            return True
        if _by_agent(child) or (child.dep_ == "acl" and any(_by_agent(c) for c in child.children)):
            return True  # "the move by Taiwan", "the quota set by Peru"
    return False


def _by_agent(word: Token) -> bool:
    return (
        word.dep_ in PREPOSITION_DEPS
        and word.lower_ == "by"
        and any(is_agent(p) for p in word.children if p.dep_ == "pobj")
    )
