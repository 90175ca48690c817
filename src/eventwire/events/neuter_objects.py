"""An object "it" told after a verb that has its own object: "called China provocative,
accusing it of militarizing the sea", "besiege ISIS and eliminate it".

A verb coordinated with another, or hung on it as a participle, goes on telling of the same
thing, so its object "it" stands for the object said just before; the clauses above give no
subject for it to stand for when that subject is a person ("it" never is). The actors stage
leaves "it" unlinked, so without this the event loses its target. Only an earlier object that
names a body or a state is taken (the caller checks); "criticized the plan, calling it ..."
points to a thing, which names no party (not the subject of the sentence before).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.deps import VERB_OBJECT_DEPS
from eventwire.parse.tags import VERB_POS

PARALLEL_VERB_DEPS = {"conj", "advcl"}  # "... and eliminate it", "..., accusing it of"


def parallel_neuter(pronoun: Token) -> Token | None:
    """The object before an object "it" whose verb is coordinated with, or adjoined to, the
    verb of that object; else None."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in VERB_OBJECT_DEPS:
        return None
    verb = pronoun.head
    if verb.dep_ not in PARALLEL_VERB_DEPS or verb.head.pos_ not in VERB_POS:
        return None
    earlier = [c for c in verb.head.children if c.dep_ in VERB_OBJECT_DEPS and c.i < verb.i]
    return earlier[-1] if earlier and earlier[-1].pos_ != "PRON" else None
