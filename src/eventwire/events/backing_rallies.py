"""A rally held in support of someone is aimed at no one.

"About 300 people marched in support of the prime minister", "farmers rallied in solidarity
with the strikers": the crowd backs the party its "in support of" phrase names, so that party
is no target, and neither is the government a protest is taken to address by default, nor the
seat of authority it gathered outside; event coders leave such a protest's target empty. A
march "against" someone, or "in defiance of" them, is aimed at them (`complements`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.complements import act_types
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import AGREE, COOPERATE, PROTEST, SUPPORT
from eventwire.model import Event

BACKING = {SUPPORT, COOPERATE, AGREE}  # "in support of", "in solidarity with"


def backing_rally(head: Token, event: Event) -> bool:
    """Whether a protest's trigger has an "in support of"-like phrase of its own (on the verb,
    or on the noun's light verb: "held a rally in support of X")."""
    if event.type != PROTEST:
        return False
    owners = [head, head.head] if head.dep_ == "dobj" else [head]
    return any(act_types(noun) & BACKING for owner in owners for noun in pobjs(owner, {"in"}))
