"""A subject read as an appositive of the phrase fronted before it: "In the largest operation
since Vietnam, an estimated 20,000 GIs have massed". After an opening prepositional phrase and
its comma the parser can hang the clause's subject on the phrase's last noun as an apposition
("Vietnam, ... GIs"), leaving the finite verb with no subject; the noun that ends just before
the verb (or its auxiliaries) is that verb's subject, not a second name for the noun it hangs on.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.deps import AUXILIARY_DEPS
from eventwire.parse.subjects import SUBJECT_OR_EXPLETIVE_DEPS
from eventwire.parse.tags import NOUN_POS, PARTICIPLE_TAG, PROPER_NOUN_POS

NATION_ENTITIES = {"NORP", "GPE"}  # "American", "U.S."
LEADING_DEPS = AUXILIARY_DEPS | {"advmod", "neg"}  # "have already massed"


def fronted_subject(verb: Token) -> Token | None:
    """The appositive ending just before a subjectless verb, inside a phrase fronted on it."""
    if any(c.dep_ in SUBJECT_OR_EXPLETIVE_DEPS for c in verb.children):
        return None
    if verb.tag_ == PARTICIPLE_TAG and not any(c.dep_ in AUXILIARY_DEPS for c in verb.children):
        return None  # a bare participle is no finite verb: "a force, deployed in 1990"
    start = min([verb.i] + [c.i for c in verb.lefts if c.dep_ in LEADING_DEPS])
    before = verb.doc[verb.sent.start : start]
    ending = [t for t in before if t.dep_ == "appos" and t.right_edge.i == start - 1]
    if not ending or ending[0].pos_ not in NOUN_POS or ending[0].left_edge.i == 0:
        return None
    noun = ending[0]
    if verb.doc[noun.left_edge.i - 1].text != "," or any(t.text == "," for t in noun.subtree):
        return None  # "With X, a group that ..., the senator and the mayor faced": no bare noun
    return noun if _own_party(noun) and _fronted_on(noun, verb) else None


def _own_party(noun: Token) -> bool:
    """Whether the noun names its own party (a name, or a nationality: "American GIs"); a bare
    "a young woman" or "a coalition" would be read as the noun it hangs on, a wrong doer."""
    marks = (c for c in noun.children if c.dep_ in {"amod", "compound"})
    return noun.pos_ == PROPER_NOUN_POS or any(c.ent_type_ in NATION_ENTITIES for c in marks)


def _fronted_on(noun: Token, verb: Token) -> bool:
    """Whether the noun hangs, through its heads, on a phrase the verb heads before it."""
    head = noun.head
    while head.head.i != head.i and head.head != verb:
        head = head.head
    return head.head == verb and head.dep_ == "prep" and head.i < noun.i
