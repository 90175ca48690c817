"""The doer of an act given as the reason for another: "police arrested two men for attacking
a journalist", "the EU sanctioned Russia for annexing Crimea", "imposed sanctions on Libya for
sheltering the suspects", "Clinton was criticized for backing the deal".

A gerund under "for" after a verb that takes a party as its object (or as the passive subject)
tells what that party did to earn the arrest, the blame, the sanction or the praise: those
arrested or sanctioned are the ones who attack or annex, not the subject who arrests them
(whom control would otherwise give, `verb_subjects`). A measure named as the object ("imposed
sanctions on Libya") passes the reason on to whom it is aimed at. A thing object ("paid $5
million for building the plant") names no such party, and the subject keeps the act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.antecedents import stand_in
from eventwire.events.lexicon import is_agent
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import patients
from eventwire.parse.tags import GERUND_TAG, VERB_POS

AIMED_PREPS = {"on", "against"}  # "sanctions on Libya", "measures against Iran"


def reason_doers(verb: Token) -> list[Token]:
    """The party whose act the gerund `verb` under "for" gives as the reason for the act of
    the word it hangs on: that word's party object, or the party its measure is aimed at."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != GERUND_TAG or prep.lower_ != "for":
        return []
    owner = prep.head
    # a verb's objects; a noun is the thing itself ("the sanctions on Libya for sheltering")
    objects = [stand_in(c) for c in patients(owner)] if owner.pos_ in VERB_POS else [owner]
    parties = [o for o in objects if is_agent(o)]
    return parties or [t for o in objects for t in pobjs(o, AIMED_PREPS) if is_agent(t)]
