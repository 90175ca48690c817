"""A visit to a world region aims at the region's states the article names.

"Albright headed Tuesday to East Africa ... five hours in Dar es Salaam, Tanzania, then Nairobi,
Kenya": the hosts of a regional tour are the countries of that region the article tells, by
name, demonym or capital (lexicons/region_countries.tsv says which states a region takes in);
a region with none of its states named stays no target.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from eventwire.codes import capital_countries, country_of
from eventwire.lexicons import read_table
from eventwire.model import Evidence, Participant
from eventwire.parse.nlp import doc_text, entities, entity_at


@cache
def _members() -> dict[str, tuple[str, ...]]:
    return {region: tuple(codes.split()) for region, codes in read_table("region_countries.tsv")}


def region_hosts(targets: list[Token]) -> list[Participant]:
    """The named states of each region among the targets, once each."""
    hosts: dict[str, Participant] = {}
    for token in targets:
        entity = entity_at(token)
        name = (entity.text if entity is not None else token.text).removeprefix("the ")
        for country in _members().get(name, ()):
            found = _named_country(token.doc, country)
            if found is not None:
                hosts.setdefault(country, found)
    return list(hosts.values())


def _named_country(doc: Doc, country: str) -> Participant | None:
    """The article's first place entity that names the country or its capital."""
    for entity in entities(doc):
        if entity.label_ != "GPE":
            continue
        named = country_of(entity.text)
        code = named.iso3 if named is not None else capital_countries().get(entity.text)
        if code == country:
            evidence = Evidence.of(doc_text(doc), entity.start_char, entity.end_char)
            return Participant(name=entity.text, country=country, mention=evidence)
    return None
