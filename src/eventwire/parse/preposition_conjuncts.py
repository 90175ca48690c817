"""A verb the small model joined by "and"/"or" to a preposition, given back to the verb it is
joined to: in "voters may bail on the party and back the nominee" the parse hangs "back" on
"on" as a conjunct and "the nominee" on "on" as its object, so the second act loses its doer,
its modal and its object. A preposition joins no verb; a verb of the same form as the
preposition's own verb is that verb's second act, and the noun after it, which the parse gave
the preposition, is its object."""

from __future__ import annotations

from spacy.tokens import Token

# the prepositions' labels under a verb ("bail on", "was cheered by")
PREPOSITION_DEPS = frozenset({"prep", "agent"})
PREPOSITION_OBJECT_DEP = "pobj"


def verb_joined_to_a_preposition(token: Token) -> bool:
    """Whether the token is a verb the parse joined, with a conjunction right before it, to a
    preposition of a verb of the same form ("bail on the party and back the nominee")."""
    preposition = token.head
    if token.dep_ != "conj" or token.pos_ != "VERB" or preposition.pos_ != "ADP":
        return False
    verb = preposition.head
    if preposition.dep_ not in PREPOSITION_DEPS or verb.pos_ != "VERB" or verb.tag_ != token.tag_:
        return False
    return any(c.dep_ == "cc" and c.i == token.i - 1 for c in preposition.children)


def make_verb_conjunct(token: Token) -> None:
    """ "and back the nominee": the verb and its conjunction hang on the preposition's verb,
    and the preposition's objects after the verb are the verb's own."""
    preposition = token.head
    verb = preposition.head
    for child in list(preposition.children):
        if child.dep_ == "cc" and child.i == token.i - 1:
            child.head = verb
        elif child.dep_ == PREPOSITION_OBJECT_DEP and child.i > token.i:
            child.head, child.dep_ = token, "dobj"
    token.head = verb
