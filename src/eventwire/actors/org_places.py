"""The place an organisation's name ends with, where NER stops before it: "Dime Savings Bank
of New York", "Starpointe Savings Bank of Somerset, N.J.", "Union Bank of Finland". A body
named for its place is that place's country's, as readers take it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.phrases import code
from eventwire.codes import capital_countries, country_of, province_countries
from eventwire.model import Code, Evidence
from eventwire.parse.nlp import doc_text, entity_at
from eventwire.place_codes import place_aliases, town_countries


def of_place_country(span: Span) -> Code | None:
    """The country of the capitalised place right after the name and its "of"."""
    doc, at = span.doc, span.end
    if at + 1 >= len(doc) or doc[at].lower_ != "of":
        return None
    end = at + 1
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    place = doc[at + 1 : end]
    iso3 = place_country(place.text) if len(place) else None
    return code(doc, iso3, place.start_char, place.end_char) if iso3 else None


def owner_place_country(owner: Token, method: str) -> Code | None:
    """The country of the place a possessive names ("New Jersey's", "Libya's strongman"),
    with the place as its evidence."""
    place = entity_at(owner) if owner.ent_type_ == "GPE" else None
    iso3 = place_country(place.text) if place is not None else None
    if place is None or iso3 is None:
        return None
    evidence = Evidence.of(doc_text(owner.doc), place.start_char, place.end_char)
    return Code(value=iso3, evidence=evidence, method=method)


def place_country(name: str) -> str | None:
    """A country's own name, else a capital's, a state's or province's, a town's country;
    a form the gazetteers lack ("Kiev", "Bombay", "Calif.") is read as the one they know."""
    name = place_aliases().get(name, name)
    country = country_of(name)
    if country is not None:
        return None if country.is_demonym else country.iso3
    return (
        capital_countries().get(name)
        or province_countries().get(name.removesuffix(" State"))
        or town_countries().get(name)
    )
