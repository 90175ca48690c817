"""A refusal told as a choice not to act: "the company deciding not to fund the convention",
"HP's decision not to fund it", "opted not to attend the summit".

A party that decides not to do an act refuses it, and PLOVER folds a negated cooperative act
into REJECT: the act stays coded, negated, also where it hangs under another clause ("may have
contributed to HP's decision not to fund the convention"), whose act would otherwise make it
background (`scope.main_clause`) unless it is a refusal (`events.clause_acts`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import words
from eventwire.events.negation import NEGATIONS
from eventwire.model import Event, Modality

CHOOSING = words("event_words.tsv", "choosing")  # decide, decision, opt
CHOSEN_DEPS = {"xcomp", "acl"}  # "decided not to fund", "a decision not to fund"


def chosen_refusal(head: Token, event: Event) -> bool:
    """Whether the trigger is an act its doer chose not to do, told negated."""
    if event.modality != Modality.NEGATED or head.dep_ not in CHOSEN_DEPS:
        return False
    negated = any(c.dep_ == "neg" and c.lower_ in NEGATIONS for c in head.children)
    infinitive = to_infinitive(head)
    return negated and infinitive and head.head.lemma_.lower() in CHOOSING
