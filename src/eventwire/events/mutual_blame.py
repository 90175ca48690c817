"""Blame two parties trade is aimed by each at the other: "Sanders, Clinton exchange shots",
"the two senators traded insults", "the rivals attacked each other".

Criticism traded between coordinated parties is one mention of two acts: A blames B and B
blames A. The article gold's coders code it with both parties as sources and both as targets,
so that each side is the other's target; left with no target, the mention reads as blame of no
one. Only words are traded so: fire traded between forces ("clashes between X and Y") stays
joint doers with no target, as the coders code it. The target is marked inferred in the event's
features.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.anaphora import trigger_root
from eventwire.events.implicit_sides import INFERRED
from eventwire.events.plover_types import ACCUSE
from eventwire.events.replies import actor_ids
from eventwire.events.word_classes import RECIPROCAL
from eventwire.model import Event
from eventwire.parse.deps import VERB_OBJECT_DEPS

MUTUAL_TYPES = {ACCUSE}  # words traded; force traded stays joint (`module doc`)
EACH_OTHER = {("each", "other"), ("one", "another")}


def fill_mutual_targets(doc: Doc, events: list[Event]) -> None:
    """Give blame traded between two or more parties, with no target, its doers as targets."""
    for event in events:
        if event.type not in MUTUAL_TYPES or event.recipients:
            continue
        if len(actor_ids(event.actors)) < 2 or len(actor_ids(event.actors)) < len(event.actors):
            continue  # one party, or a party no actor stands for: no pair that trades
        root = trigger_root(event, doc)
        word = _trading_word(root) if root is not None else None
        if word is not None:
            event.recipients = [p.model_copy() for p in event.actors]
            event.confidence_features.append(f"{INFERRED}: {word.text}")


def _trading_word(root: Token) -> Token | None:
    """The word that says the act is traded: the trigger's own reciprocal verb ("exchange
    shots"), the reciprocal verb whose object it is ("traded insults") or that a headline
    glues to it ("trade attacks"), or an "each other" object of its verb or its phrase."""
    if root.lemma_.lower() in RECIPROCAL:
        return root
    verb = root.head if root.pos_ == "NOUN" and root.dep_ in VERB_OBJECT_DEPS else root
    if verb is not root and verb.lemma_.lower() in RECIPROCAL:
        return verb
    before = root.doc[root.i - 1] if root.i else None
    if before is not None and before.dep_ == "compound" and before.lower_ in RECIPROCAL:
        return before
    objects = [*verb.children, *(o for p in verb.children if p.dep_ == "prep" for o in p.children)]
    return next((o for o in objects if _each_other(o)), None)  # "lashed out at each other"


def _each_other(word: Token) -> bool:
    """ "each other", "one another": the object that makes the doers each other's target."""
    return any((c.lower_, word.lower_) in EACH_OTHER for c in word.children if c.i < word.i)
