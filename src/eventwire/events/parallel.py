"""An object "them" told after a coordinated verb: "called congressional Republicans and asked
them to ...", "barred the crowd but allowed them to demonstrate".

A plural object pronoun is never its own clause's subject (that would be "themselves"), and the
actors stage leaves "them" unlinked. Coordinated verbs are told in parallel, so the pronoun stands
for the object of the verb it is coordinated with, said just before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.deps import COMPLEMENT_DEPS, VERB_OBJECT_DEPS
from eventwire.parse.subjects import SUBJECT_DEPS


def parallel_object(pronoun: Token) -> Token | None:
    """The earlier object a "them" stands for, if its verb is coordinated after one that has
    an object; else None."""
    if pronoun.lower_ != "them":
        return None
    verb = _governing_verb(pronoun)
    if verb is None or verb.dep_ != "conj":
        return None
    earlier = [c for c in verb.head.children if c.dep_ in VERB_OBJECT_DEPS and c.i < pronoun.i]
    return earlier[-1] if earlier else None


def _governing_verb(pronoun: Token) -> Token | None:
    """The verb whose object the pronoun is, also when the parse makes it the subject of that
    verb's complement ("allowed them to demonstrate")."""
    if pronoun.dep_ in VERB_OBJECT_DEPS:
        return pronoun.head
    # "allowed them to demonstrate": "them" is the subject of the complement
    if pronoun.dep_ in SUBJECT_DEPS and pronoun.head.dep_ in COMPLEMENT_DEPS:
        return pronoun.head.head
    return None
