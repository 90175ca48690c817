"""Peoples named by the land they live in: "Kosovo Albanians", "Gaza Palestinians", "Miami
Cubans". A place written right before a plural demonym says where that people lives, and a
people is coded by where it lives (CAMEO's residence convention, as "ethnic Albanians in
Kosovo" are): Kosovo's Albanians were Yugoslavia's in 1998, not Albania's. NER often reads the
pair as an organisation or a person, so the pair is read before NER's names."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.peoples import names_people
from eventwire.codes import CountryName, country_of, province_countries
from eventwire.parse.nlp import entity_at
from eventwire.parse.tags import NAME_TAG
from eventwire.place_codes import town_countries

PLACE_TAGS = frozenset({NAME_TAG})  # a proper name, not a demonym read as an adjective


def placed_peoples(doc: Doc) -> list[tuple[Span, CountryName]]:
    """ "Kosovo Albanians": a place and a plural demonym after it, with the place's country."""
    found = []
    for token in doc[1:]:
        demonym = country_of(token.text)
        if demonym is None or not demonym.is_demonym:
            continue
        land = _land_before(token)
        span = doc[land.start : token.i + 1] if land is not None else None
        place = _place_country(land) if land is not None else None
        if span is not None and place is not None and _people_not_a_name(span):
            found.append((span, CountryName(place, is_demonym=False)))
    return found


def placed_land(tokens: list[Token], index: int) -> str | None:
    """The country of the land a title names right before its demonym at `index` ("Kosovo
    Albanian leader Ibrahim Rugova" is Yugoslavia's in 1998, not Albania's): a people is coded
    by where it lives, in a title as in "Kosovo Albanians"."""
    if index == 0 or tokens[index - 1].i != tokens[index].i - 1:
        return None
    land = _land_before(tokens[index])
    return _place_country(land) if land is not None else None


def _land_before(demonym: Token) -> Span | None:
    """The proper name right before a demonym, whole: the one word, or the name of several
    words it ends ("New York Cubans": New York, not York nor Jersey's "Jersey"); none when the
    word sits inside a longer name that goes on past it."""
    if not demonym.i or demonym.doc[demonym.i - 1].tag_ not in PLACE_TAGS:
        return None
    word = demonym.doc[demonym.i - 1]
    if word.ent_iob_ != "I":
        return word.doc[word.i : word.i + 1]
    entity = entity_at(word)
    return entity if entity is not None and entity.end == word.i + 1 else None


def _place_country(place: Span) -> str | None:
    """The country of a country or province named by itself (not a demonym), or of a town
    NER reads as a place ("Young Americans for Freedom" names no town of Uruguay)."""
    country = country_of(place.text)
    if country is not None:
        return None if country.is_demonym else country.iso3
    town = town_countries().get(place.text) if place[-1].ent_type_ == "GPE" else None
    return province_countries().get(place.text) or town


def _people_not_a_name(span: Span) -> bool:
    """The pair names a people ("Kosovo Albanians"), not the start of a longer name."""
    return names_people(span) and not _inside_a_name(span)


def _inside_a_name(span: Span) -> bool:
    """Whether a longer name holds the pair ("Young Americans for Freedom")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.ent_iob_ == "I"
