"""Peoples named by the land they live in: "Kosovo Albanians", "Gaza Palestinians", "Miami
Cubans". A place written right before a plural demonym says where that people lives, and a
people is coded by where it lives (CAMEO's residence convention, as "ethnic Albanians in
Kosovo" are): Kosovo's Albanians were Yugoslavia's in 1998, not Albania's. NER often reads the
pair as an organisation or a person, so the pair is read before NER's names."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.peoples import names_people
from eventwire.codes import CountryName, country_of, province_countries
from eventwire.place_codes import town_countries

PLACE_TAGS = frozenset({"NNP"})  # a proper name, not a demonym read as an adjective


def placed_peoples(doc: Doc) -> list[tuple[Span, CountryName]]:
    """ "Kosovo Albanians": a place and a plural demonym after it, with the place's country."""
    found = []
    for token in doc[1:]:
        demonym = country_of(token.text)
        if demonym is None or not demonym.is_demonym:
            continue
        span = doc[token.i - 1 : token.i + 1]
        place = _place_country(span[0]) if span[0].tag_ in PLACE_TAGS else None
        if place is not None and names_people(span) and not _inside_a_name(span):
            found.append((span, CountryName(place, is_demonym=False)))
    return found


def _place_country(word: Token) -> str | None:
    """The country of a country or province named by itself (not a demonym), or of a town
    NER reads as a place ("Young Americans for Freedom" names no town of Uruguay)."""
    country = country_of(word.text)
    if country is not None:
        return None if country.is_demonym else country.iso3
    town = town_countries().get(word.text) if word.ent_type_ == "GPE" else None
    return province_countries().get(word.text) or town


def _inside_a_name(span: Span) -> bool:
    """Whether a longer name holds the pair ("Young Americans for Freedom")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.ent_iob_ == "I"
