"""Strikes aimed at a country or a place are attacks.

"Clinton authorized the strikes on Sudan", "retaliatory strikes against Afghanistan": a strike
on or against a named country, city or site is an armed attack (CAMEO 195), whatever else the
sentence mentions; a walkout is held at a place or over an issue ("a strike at the port", "a
strike against the reforms"), not aimed at a country (`events.sense.armed_strike` reads the
strikes told with weapons or military targets).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participants import pobjs
from eventwire.events.patterns import TriggerMatch
from eventwire.events.sense import AIR_STRIKE, STRIKES

AIM_PREPS = {"on", "against"}
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


def aimed_strike(match: TriggerMatch) -> TriggerMatch:
    """The match read as an air strike when it is a strike aimed at a named place."""
    head = match.head
    if match.code.type != "PROTEST" or head.lemma_.lower() not in STRIKES:
        return match
    return match.recoded(AIR_STRIKE) if any(_placed(p) for p in pobjs(head, AIM_PREPS)) else match


def _placed(noun: Token) -> bool:
    """A named country, city or site."""
    return noun.ent_type_ in PLACE_ENTITIES
