"""Holding back overcome: "could not resist taking swipes at X", "did not hesitate to criticize
Y", "never shied away from attacking Z". Not holding back from an act is doing it: the negation
on the verb of holding back cancels against it, so the act it governs took place, and the verb
itself tells no act of its own (no rejection on "resist")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.parse.deps import VERB_PARTICLE_DEPS
from eventwire.parse.tags import GERUND_TAG

HOLDING_BACK = words("modality_words.tsv", "holding_back")
HOLDING_BACK_GERUND = words("modality_words.tsv", "holding_back_gerund")
AVOIDED_PREPS = {"from", "at"}  # "shied away from attacking", "did not balk at criticizing"


def held_back_from(verb: Token, act: Token) -> bool:
    """The verb is a negated verb of holding back and `act` (its child on the way down to the
    event) is what it holds back from: the event is done, not negated."""
    return _negated(verb) and _avoided(verb, act)


def overcome_holding_back(verb: Token) -> bool:
    """A negated verb of holding back over an act it governs: it tells no act of its own ("could
    not resist taking swipes" is the swipes); over a thing ("could not resist the pressure") it
    is still a rejection denied."""
    return _negated(verb) and any(_avoided(verb, c) and _act(c) for c in verb.children)


def _negated(verb: Token) -> bool:
    """ "not", "n't", "never" on the verb of holding back itself, not on a verb above it."""
    return any(c.dep_ == "neg" for c in verb.children)


def _avoided(verb: Token, child: Token) -> bool:
    """The child names what the verb holds back from: its gerund or infinitive, or its "from",
    also after a particle ("shied away from attacking", parsed as "away from")."""
    lemma = verb.lemma_.lower()
    if child.dep_ in VERB_PARTICLE_DEPS:
        return any(_avoided(verb, c) for c in child.children if c.dep_ == "prep")
    if child.dep_ == "xcomp":
        return lemma in HOLDING_BACK or (lemma in HOLDING_BACK_GERUND and child.tag_ == GERUND_TAG)
    return child.dep_ == "prep" and child.lower_ in AVOIDED_PREPS and lemma in HOLDING_BACK


def _act(child: Token) -> bool:
    """A verb under the holding back, directly or after its preposition ("from attacking")."""
    return child.pos_ == "VERB" or any(c.dep_ == "pcomp" for c in child.children)
