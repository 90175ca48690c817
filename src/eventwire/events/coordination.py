"""Coordinated verbs that tell two acts of one kind.

"arrived in Paris and met the president", "is backing Garcia and credited him for the campaign":
a second verb that shares the first one's subject but is aimed at someone of its own is an act of
its own, even when both acts are of one PLOVER type; "condemned and denounced the attack", where
only one of them takes the object, tells one act in two words, and so does "would prohibit aid
and deny entry", whose second verb is aimed at no one inside the clause a promise tells; each
verb with a direct object of its own ("questioned the science and criticized the agreement")
tells its own act. A gerund after a preposition of time
("endorsed Graham before backing Rubio", "praised him after meeting the envoy") is a later or
earlier act of its own when it is aimed at someone too. The first verb's own words need not be
an object: "called him divisive and accused him of lying" (a predicate or clause the parse may
hang on the verb alone) leaves the second verb's object its own; a second verb with a subject
of its own ("pledged reform and he pledged a revolution") is a clause of its own; an object
someone owns ("congratulated her and praised her effort") is aimed at its owner.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent
from eventwire.parse.arguments import objects
from eventwire.parse.deps import COMPLEMENT_DEPS, VERB_OBJECT_DEPS
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import GERUND_TAG

TIME_PREPS = {"before", "after", "since", "until", "following"}
GERUND_MARKS = TIME_PREPS | {"while"}  # "while praising", "after meeting"
OWN_WORDS_DEPS = COMPLEMENT_DEPS | {"oprd"}  # "said that ...", "called him divisive"


def separate_acts(second: Token, first: Token) -> bool:
    """Whether the coordinated verb `second` tells an act apart from its governor `first`."""
    if second.dep_ != "conj" or second.pos_ != "VERB" or first.pos_ != "VERB":
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in second.children):
        return True  # "... and he pledged a revolution": a clause of its own
    if _own_objects(second, first):
        return True  # "questioned the science and criticized the agreement": two acts
    told = _objects(first) or [c for c in first.children if c.dep_ in OWN_WORDS_DEPS]
    return bool(told) and any(_aimed_at(t) for t in _objects(second))


def _own_objects(second: Token, first: Token) -> bool:
    """ "questioned the science and criticized the Paris agreement": each verb with a direct
    object of its own tells its own act, as coders code them; not inside a clause told as
    another act's content ("vowed it would prohibit aid and deny entry": one promise)."""
    own, told = objects(second), objects(first)
    return bool(own and told) and first.dep_ not in COMPLEMENT_DEPS


def _aimed_at(noun: Token) -> bool:
    """Whether the object names someone, or what someone owns ("praised her effort")."""
    return is_agent(noun) or any(c.dep_ == "poss" and is_agent(c) for c in noun.children)


def sequenced_act(head: Token) -> bool:
    """Whether the gerund `head` tells an act after, before or beside its governor's, not its
    content: "endorsed Graham before backing Rubio", "pummeled Trump while praising Clinton"
    (the parse hangs a marked gerund on the verb itself), both aimed at someone; a fronted
    gerund ("After meeting the envoy, the minister flew to Cairo") only sets the scene."""
    if head.tag_ != GERUND_TAG:
        return False
    if head.dep_ == "pcomp" and head.head.lower_ in TIME_PREPS:
        mark, governor = head.head, head.head.head
    elif head.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        mark, governor = _gerund_mark(head), head.head
    else:
        return False
    return (
        mark is not None
        and mark.i > governor.i
        and all(any(is_agent(t) for t in _objects(verb)) for verb in (head, governor))
    )


def _gerund_mark(gerund: Token) -> Token | None:
    """The time or contrast word that opens a gerund clause ("while praising", "after
    meeting"), if any."""
    return next((c for c in gerund.children if c.dep_ == "mark" and c.lower_ in GERUND_MARKS), None)


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
