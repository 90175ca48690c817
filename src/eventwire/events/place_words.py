"""Words that name a place: the acts done in it (`act_places`) and the things found in it
(`participants`: "a hotel in Washington" is no party of Washington) both ask."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import capital_countries, country_of
from eventwire.parse.nlp import AREA_ENTITIES


def is_place(token: Token) -> bool:
    """A country or capital by name, or what NER tags as a place."""
    return (
        token.ent_type_ in AREA_ENTITIES
        or token.text in capital_countries()
        or country_of(token.text) is not None
    )
