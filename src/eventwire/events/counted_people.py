"""People counted before they are named: "hundreds of migrants", "tens of thousands of supporters".

The parse makes the number the head ("blocked tens of thousands of supporters": "thousands" is
the object), so a trigger that must be done to someone who can act would see only a number.
The people are the "of" phrase's noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent
from eventwire.parse.arguments import of_objects


def counted_agents(noun: Token) -> bool:
    """Whether the noun is a number of people who can act ("dozens of protesters")."""
    if noun.ent_type_ != "CARDINAL" and not noun.like_num:
        return False
    counted = [p for p in of_objects(noun) if p.dep_ == "pobj"]
    return any(is_agent(p) for p in counted)
