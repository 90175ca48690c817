"""A national capital that NER tags as a person or an organisation, in a place slot: "shelled a
market in Sanaa" (Sanaa tagged PERSON), "flew home from Bamako" (ORG). The tagger does not
know every capital; the name list does (`codes.capital_countries`), and the preposition says
the name is where something happens, not who acts. A capital as a subject or a speaker
("Kabul said", "a message from Kabul") may stand for its government and is left alone.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from eventwire.codes import capital_countries

PLACE_PREPS = {"in", "at", "near", "outside", "around"}  # "in Sanaa", "near Niamey"
SOURCE_PREP = "from"  # "flew home from Bamako"; not "a message from Kabul"
MOVING = {"VERB", "ADV"}  # "returned from", "flew home from"


def capital_in_place_slot(span: Span) -> bool:
    """Whether the name is a national capital that a place preposition governs."""
    if _key(span.text) not in _capitals():
        return False
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.pos_ != "ADP":
        return False
    if prep.lower_ in PLACE_PREPS:
        return True
    verb = prep.head
    moved = verb.pos_ in MOVING and not any(c.dep_ == "dobj" for c in verb.children)
    return prep.lower_ == SOURCE_PREP and moved


@cache
def _capitals() -> frozenset[str]:
    return frozenset(_key(name) for name in capital_countries())


def _key(name: str) -> str:
    """ "Sana'a" and "Sanaa" alike."""
    return "".join(ch for ch in name.lower() if ch.isalnum())
