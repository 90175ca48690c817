"""Aid told by the vehicle that brings it: "Turkish planes carrying aid landed in Somalia",
"a Qatari ship carrying food docked in Yemen".

The giver is the vehicle's owner (its subject side, read as usual); the one given to is not
an argument of "carrying" at all but where the vehicle goes: the place or party its own verb
brings it to ("landed in Somalia", "arrived in Yemen", "entered Gaza").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs

CARRY = "carry"  # the trigger row "carry>@aid_given" of event_triggers.tsv
ARRIVAL_PREPS = {"in", "at", "to", "into"}  # "landed in", "flew to", "docked at"


def carried_to(head: Token) -> list[Token]:
    """The words naming where the vehicle that carries the aid goes: the object or the place
    of the verb whose subject the vehicle is; none for aid carried by no moving vehicle."""
    vehicle = head.head
    if head.dep_ != "acl" or vehicle.dep_ != "nsubj":
        return []
    verb = vehicle.head
    destinations = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    return destinations + pobjs(verb, ARRIVAL_PREPS)


def cargo_only(match: TriggerMatch) -> bool:
    """ "a truck carrying food overturned": aid carried nowhere named is cargo, not aid given."""
    return match.head.lemma_.lower() == CARRY and not carried_to(match.head)
