"""Participle clauses that tell an act of their own beside the main clause's.

"Blair pledged to stand with the president, warning Saddam that the threat is real", "the senator
voted for the bill, accusing the governor of lying": a bare -ing clause hung on the main verb adds
a second act of the same actor toward someone, not a circumstance of the first ("posing for
photographers", "after meeting the envoy", "while visiting Kabul" stay background).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import Event

TOLD_ACTS = {"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT"}


def bare_participle(head: Token) -> bool:
    """A bare -ing clause after its governing verb: an act beside it, not its content."""
    if head.dep_ != "advcl" or head.tag_ != "VBG" or head.i < head.head.i:
        return False
    return not any(c.dep_ in {"mark", "nsubj", "aux"} for c in head.children)  # "while visiting"


def participle_act(head: Token, event: Event) -> bool:
    """Whether the trigger `head` heads a bare participle clause that tells an aimed speech act."""
    return bare_participle(head) and event.type in TOLD_ACTS and bool(event.recipients)
