"""A stance its doer's noun names again is aimed where it was first aimed.

"Trump criticized Ford for moving jobs abroad. ... his criticism had nothing to do with the
company": a stance noun owned by its doer ("his criticism", "her support", "Iran's rejection")
that names no target of its own tells again the stance its doer was told taking just before,
so it takes that stance's target, as event coders code every mention with its dyad. A noun
with no owner ("the criticism") is read by `anaphora`; another doer's stance is another act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.anaphora import OWN_ARGUMENTS
from eventwire.events.lexicon import VERDICT_TYPES
from eventwire.events.sentences import sentence_start_back
from eventwire.model import Event, Participant

STANCES = VERDICT_TYPES  # judgements a doer repeats in its own words
MAX_SENTENCES_BACK = 2  # the same stance told again in the next sentence or the one after


def repeated_aims(event: Event, head: Token, told: list[Event]) -> list[Participant]:
    """The targets of the latest earlier stance of the same type by the same doer, told at most
    two sentences before, when the event is an owned stance noun with no target of its own."""
    if event.type not in STANCES or event.recipients or not _owned(head):
        return []
    doers = {p.actor_id for p in event.actors if p.actor_id}
    earliest = sentence_start_back(head, MAX_SENTENCES_BACK)
    for earlier in reversed(told):
        if earlier.trigger.start < earliest:
            break
        same_doer = doers & {p.actor_id for p in earlier.actors}
        if earlier.type == event.type and same_doer and earlier.recipients:
            return [p.model_copy() for p in earlier.recipients]
    return []


def _owned(head: Token) -> bool:
    """A noun its doer possesses ("his criticism", "Trump's support") with no participant
    phrase of its own: "his endorsement of me" tells whom it was for, if no actor."""
    own = any(c.dep_ == "prep" and c.lower_ in OWN_ARGUMENTS for c in head.children)
    return head.pos_ == "NOUN" and not own and any(c.dep_ == "poss" for c in head.children)
