"""A town named before a body ("a Cairo court", "Moscow prosecutors", "Karachi police",
"Lagos's police"): wire copy names a local court, prosecutor's office or police force by its
town, and the body is the state's that holds the town, as "a court in Cairo" is. Capitals and
towns that no namesake abroad rivals (`sole_towns`) are read; a shared name says nothing."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.phrases import entity_starting_at, possessives
from eventwire.actors.sole_towns import sole_town_country
from eventwire.codes import CountryName, capital_countries, country_of
from eventwire.parse.nlp import GROUP_ENTITIES

# NER often tags a town it sees before a noun as a people or a body ("a Lahore court" NORP,
# "Karachi police" ORG); the name must still be the whole town's name.
TOWN_LABELS = GROUP_ENTITIES


def town_modifier(token: Token) -> tuple[CountryName, int] | None:
    """The country of the town named at the token, and the index of the first token after the
    name (and its possessive), when the name modifies what follows."""
    entity = entity_starting_at(token)
    if entity is None or entity.label_ not in TOWN_LABELS or country_of(entity.text):
        return None
    if entity.root.dep_ not in {"compound", "poss", "nmod"}:
        return None  # "in Cairo", "Cairo said": the town itself, not a body's modifier
    as_place = Span(entity.doc, entity.start, entity.end, label="GPE")
    iso3 = capital_countries().get(entity.text) or sole_town_country(as_place)
    if iso3 is None:
        return None
    return CountryName(iso3, is_demonym=False), past_possessive(entity)


def past_possessive(name: Span) -> int:
    """The index of the first token after a name and its possessive ("Lagos's police"): what
    the name modifies starts there."""
    end = name.end
    return end + 1 if end < len(name.doc) and name.doc[end].text in possessives() else end
