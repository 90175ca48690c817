"""An act inside what a noun of occasion or thought is for names a possible act.

"Twitter became a place to offer support", "the chance to change their pictures to show
support for France", "the idea of throwing their support to X is a non-starter", "the only way
to stop X may be to rally behind Y", "the notion of closing the border": the act is the
infinitive that says what a place, a chance or a way is for (or its object noun), or a gerund
after "the idea of"; it tells what one could do there, not an act anyone did. Nouns of
planning ("a plan to send aid", "a vow to") are `modality`'s, and stay planned acts; a chance
taken up ("saw the attack as a chance to raise questions", "used the opportunity to criticise
X") is the act done, and one turned down ("passed on a chance to back X") the act refused.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import words
from eventwire.parse.deps import (
    LINKED_CLAUSE_DEPS,
    NOUN_CLAUSE_DEPS,
    NOUN_OBJECT_DEPS,
    through_preposition,
)
from eventwire.parse.subjects import has_subject
from eventwire.parse.tags import GERUND_TAG, VERB_POS

FRAMES = words("event_words.tsv", "framing")  # place, way, idea, prospect
OCCASIONS = words("event_words.tsv", "occasion_frame")  # chance, opportunity
TAKING = words("event_words.tsv", "frame_taking")  # use, take, seize
DECLINING = words("event_words.tsv", "frame_declining")  # pass on, decline, turn down
LINKED_CLAUSES = LINKED_CLAUSE_DEPS  # "to change their pictures to show support"
DESCRIBING = NOUN_CLAUSE_DEPS


def framed_act(head: Token, nominal: bool) -> bool:
    """Whether the act (a verb, or an act noun as its object) is what a noun of occasion or
    thought is for."""
    if nominal and head.dep_ != "dobj":
        return False
    clause = head.head if nominal else head
    while clause.dep_ in LINKED_CLAUSES and clause.head.pos_ in VERB_POS:
        if has_subject(clause):  # "... to help defend X after Trump has promised to": his own act
            return False
        clause = clause.head
    if clause.dep_ == "pcomp" and clause.tag_ == GERUND_TAG and clause.head.lower_ == "of":
        return _frame(clause.head.head)  # "the idea of throwing their support to X"
    described = clause.dep_ in DESCRIBING and to_infinitive(clause)
    return described and _frame(clause.head)  # "a place to offer support"


def _frame(noun: Token) -> bool:
    """A noun of occasion, means or thought ("place", "chance", "idea") not taken up: one seen
    "as" such ("saw the attack as a chance to"), used ("used the opportunity to") or said to
    be what an occasion was ("it was an opportunity to bash X") was."""
    lemma = noun.lemma_.lower()
    taken = noun.dep_ == "pobj" and noun.head.lower_ == "as"
    taken = taken or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in TAKING)
    taken = taken or (noun.dep_ == "attr" and lemma in OCCASIONS)
    taken = taken or (lemma in OCCASIONS and _declined(noun))  # a refused act, not a possible one
    return noun.pos_ == "NOUN" and lemma in FRAMES | OCCASIONS and not taken


def _declined(noun: Token) -> bool:
    """A chance turned down: the object of "decline", "refuse" or of "pass on"."""
    verb = through_preposition(noun)
    return noun.dep_ in NOUN_OBJECT_DEPS and verb.lemma_.lower() in DECLINING
