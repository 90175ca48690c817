"""Protests called ahead: "the unions called a strike for Monday", "called two more days of
strikes", "Unions Call General Strike".

A union or party that calls a strike, walkout or protest announces it: the protest noun is the
act (PLOVER PROTEST, planned, folded as THREATEN), and "call" is neither a request nor a phone
call. "Called for a strike" asks others to strike (REQUEST) and stays one: its noun is no object.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.noun_rows import noun_triggers
from eventwire.events.plover_types import PROTEST
from eventwire.events.verb_arguments import objects

CALL = "call"


def called_protest(verb: Token) -> Token | None:
    """The protest noun the verb "call" takes as its object, or as its object's "of" phrase."""
    if verb.lemma_.lower() != CALL or verb.pos_ not in {"VERB", "PROPN"}:
        return None  # "Unions Call Walkout": a headline's verb read as a name
    # a headline's misparse may hang the object as "oprd"
    called = objects(verb) or [c for c in verb.children if c.dep_ == "oprd"]
    counted = [p for o in called for c in o.children if c.lower_ == "of" for p in c.children]
    return next((n for n in [*called, *counted] if _protest_noun(n)), None)


def _protest_noun(noun: Token) -> bool:
    return any(t.code.type == PROTEST for t in noun_triggers(noun))
