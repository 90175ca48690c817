"""Coordinated verbs that tell two acts of one kind.

"arrived in Paris and met the president", "is backing Garcia and credited him for the campaign":
a second verb that shares the first one's subject but is aimed at someone of its own is an act of
its own, even when both acts are of one PLOVER type; "condemned and denounced the attack", where
only one of them takes the object, tells one act in two words, and so does "would prohibit aid
and deny entry", whose second verb is aimed at no one. A gerund after a preposition of time
("endorsed Graham before backing Rubio", "praised him after meeting the envoy") is a later or
earlier act of its own when it is aimed at someone too.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent
from eventwire.parse.deps import VERB_OBJECT_DEPS

TIME_PREPS = {"before", "after", "since", "until", "following"}


def separate_acts(second: Token, first: Token) -> bool:
    """Whether the coordinated verb `second` tells an act apart from its governor `first`."""
    if second.dep_ != "conj" or second.pos_ != "VERB" or first.pos_ != "VERB":
        return False
    return bool(_objects(first)) and any(is_agent(t) for t in _objects(second))


def sequenced_act(head: Token) -> bool:
    """Whether the gerund `head` tells an act after or before its governor's, not its content:
    "endorsed Graham before backing Rubio", both aimed at someone; a fronted gerund ("After
    meeting the envoy, the minister flew to Cairo") only sets the scene."""
    prep = head.head
    if head.dep_ != "pcomp" or head.tag_ != "VBG" or prep.lower_ not in TIME_PREPS:
        return False
    governor = prep.head
    return prep.i > governor.i and all(
        any(is_agent(t) for t in _objects(verb)) for verb in (head, governor)
    )


def _objects(verb: Token) -> list[Token]:
    """Its direct objects, or the object of a preposition right after it ("met with", "arrived
    in"); a time or manner phrase further on ("on Monday", "in a statement") is none."""
    found = [c for c in verb.children if c.dep_ in VERB_OBJECT_DEPS]
    found += [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.i == verb.i + 1
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return found
