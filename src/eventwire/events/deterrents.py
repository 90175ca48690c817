"""Warnings that deter an act: "warned that any attack on its ships would be met with force".

A warning whose clause tells of no one's act is a forecast ("warned that the economy would
slow"), but one whose clause is about "any" act of someone ("any attack", "any attempt to
remove them", "any move against the city") holds a consequence over whoever would do it: the
conditional threat of CAMEO 13, even though the clause's subject is an act, not a party.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.noun_rows import noun_triggers
from eventwire.events.trigger_spans import EVENT_HEADS
from eventwire.lexicons import word_set

FREE_CHOICE = word_set("free_choice")  # "any attack", "every attempt": whoever would do it


def deters(subject: Token) -> bool:
    """Whether a warning clause's subject is "any" act: an act noun or a noun for a try."""
    chosen = any(c.dep_ == "det" and c.lower_ in FREE_CHOICE for c in subject.children)
    act = subject.lemma_.lower() in EVENT_HEADS or bool(noun_triggers(subject))
    return chosen and act
