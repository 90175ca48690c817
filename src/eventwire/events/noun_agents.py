"""Whose decision, attempt or willingness a noun tells when no possessive names it: its "by"
object ("the decision by Obama to meet Castro", "an attempt by Cruz to block Trump") or, on a
noun that is no act itself or a noun of attempt or willingness (`controlling`), its "of"
party ("the willingness of the president to take on Republicans"). The infinitive the noun
takes is that party's act, as it is the possessor's in "Obama's decision to meet Castro"
(`controlled.noun_owner`).

An act noun's "of" object is the one it is done to ("the arrest of protesters to silence
critics"), so only a "by" object names the doer of other act nouns.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, words
from eventwire.events.noun_rows import noun_triggers

AGENT_PREPS = {"by"}  # "the decision by Obama": its doer, whatever the noun
PARTY_PREPS = {"of"}  # "the willingness of the president": its doer, on a noun of no act
CONTROLLING = words("event_arguments.tsv", "controlling")  # attempt, willingness, bid


def noun_agent(noun: Token) -> Token | None:
    """The party a noun's "by" object, or on a noun of no act (or of attempt) its "of" object,
    names as the one who decides, tries or is willing; None where neither names one who can
    act."""
    act = noun_triggers(noun) and noun.lemma_.lower() not in CONTROLLING
    preps = AGENT_PREPS if act else AGENT_PREPS | PARTY_PREPS
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        if prep.lower_ not in preps:
            continue
        party = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if party is not None and is_agent(party):
            return party
    return None
