"""A country a word names when no mention covers it: a country name, demonym or capital
("Hungarian officials", "Washington demanded").

News style lets a capital stand for its government; `participants.RoleReader` falls back to
this for an argument the actors stage resolved to no one, so the event keeps a country side.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.codes import capital_countries, country_of, names_ethnicity, province_countries
from eventwire.events.mention_reader import MentionReader
from eventwire.events.story_parties import compass_state
from eventwire.lexicons import word_set
from eventwire.model import Evidence, Participant
from eventwire.parse.nlp import doc_text, entity_at
from eventwire.parse.tags import POSSESSIVE_TAG

AMERICAN = {"american", "americans"}


def country_word(reader: MentionReader, token: Token) -> Participant | None:
    """A country name, demonym or capital no mention covers ("Hungarian officials",
    "Washington demanded"): news style lets a capital stand for its government."""
    if token.i and names_ethnicity(token.doc[token.i - 1].text):
        return None
    if _region_of_the_americas(token):
        return None
    entity = entity_at(token)
    surface = _place_text(entity) if entity is not None else token.text
    country = country_of(token.text) or country_of(surface)
    iso3 = country.iso3 if country else capital_countries().get(surface)
    region = province_countries().get(surface.removeprefix("the "), iso3)
    if iso3 is None or region != iso3:  # "the Niger Delta" is Nigeria's, not Niger
        return compass_state(reader, token)  # "the North" beside "South Korea"
    evidence = Evidence.of(doc_text(reader.doc), token.idx, token.idx + len(token))
    return Participant(name=token.text, country=iso3, mention=evidence)


def _place_text(entity: Span) -> str:
    """The entity's name without the possessive NER keeps in it ("New Jersey's rating"), so a
    state's name of several words is looked up whole and "Jersey" in it is not the island; a
    one-word name keeps its mark ("Georgia's" in world news is the country more than the state)."""
    if len(entity) > 2 and entity[-1].tag_ == POSSESSIVE_TAG:
        return entity[:-1].text
    return entity.text


def _region_of_the_americas(token: Token) -> bool:
    """ "Latin American artists", "South American governments": a region of the Americas
    before "American" names peoples of many states, not the United States (as the hyphened
    "Latin-American" does not, `codes`)."""
    before = token.doc[token.i - 1].lower_ if token.i else ""
    return token.lower_ in AMERICAN and before in word_set("not_descent_prefix")
