"""Acts two parties do to each other: "Morocco and Algeria traded accusations over the Sahara".

An act noun that coordinated subjects "trade", "exchange" or "swap" (accusations, insults,
threats, fire) is aimed by each at the other. Every party is a source, and the "over X" phrase
says what the quarrel is about, so a place or party named there is no side of it; blame traded
so then takes its doers as its targets too (`mutual_blame`), fire stays joint.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participant_sets import Sides
from eventwire.events.word_classes import RECIPROCAL


def reciprocal_sides(noun: Token, sides: Sides) -> Sides:
    """The noun's sides, with no target of its own when two or more doers trade it with each
    other (`mutual_blame` aims blame traded so at the doers)."""
    actors, _ = sides
    traded = noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECIPROCAL
    return (actors, []) if traded and len(actors) > 1 else sides
