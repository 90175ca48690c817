"""A person's own place told beside them: "a hotel worker in Cardenas, Cuba", "the boy's
father, Juan Miguel Gonzalez, in Cuba", "a farmer from Sindh". News names where a foreigner
lives or comes from right on the person or their title, so that place's country beats the
article's home country, which is only a default for locals named bare. A place inside the
home country ("Rep. Smith of Texas") gives the home country again and so changes nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.homelands import recode_home_people
from eventwire.actors.org_places import place_country
from eventwire.actors.posted_places import is_post
from eventwire.codes import country_of
from eventwire.lexicons import word_set
from eventwire.model import Actor, Code, Evidence, Mention
from eventwire.parse.nlp import doc_text, entities, entity_at

OWN_PREPOSITIONS = word_set("location_preposition")  # in, of, from
PLACE_LABELS = {"GPE"}
COUNTRY = "country"
OWN_PLACE = "own place"


def code_at_own_places(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """People coded only by the home default whose mention carries a place of their own; the
    place an envoy or commander is posted to is none (`posted_places`)."""
    recode_home_people(doc, actors, mentions, own_place)


def own_place(head: Token) -> Code | None:
    """The country of an "in/of/from PLACE" on the name or on the title it stands beside
    ("the boy's father, Juan Miguel Gonzalez, in Cuba": the name is the title's appositive)."""
    holders = [head, *(c for c in head.children if c.dep_ == "appos")]
    if head.dep_ == "appos":
        holders.append(head.head)
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep"):
            if prep.lower_ not in OWN_PREPOSITIONS:
                continue
            for place in (c for c in prep.children if c.dep_ == "pobj" and not is_post(c)):
                found = _country_of_place(place) or _country_before(place)
                if found is not None:
                    return found
    return None


def _country_of_place(place: Token) -> Code | None:
    """ "Cardenas, Cuba": the country named last in the place and its appositives, else the
    country of the place's own name (a capital, a state or province, a town)."""
    if place.ent_type_ not in PLACE_LABELS:
        return None
    names = [place, *(c for c in place.children if c.dep_ in {"appos", "npadvmod", "conj"})]
    for span in filter(None, (_entity_at(token) for token in reversed(names))):
        iso3 = place_country(span.text)
        if iso3 is not None:
            return _own(span, iso3)
    return None


def _country_before(place: Token) -> Code | None:
    """ "the chief epidemiologist in the country": "the country" is the one last named."""
    if place.lower_ != COUNTRY or not any(c.lower_ == "the" for c in place.children):
        return None
    named = [e for e in entities(place.doc) if e.end <= place.i and e.label_ in PLACE_LABELS]
    for entity in reversed(named):
        country = country_of(entity.text)
        if country is not None and not country.is_demonym:
            return _own(entity, country.iso3)
    return None


def _entity_at(token: Token) -> Span | None:
    """The place entity the token is part of, if NER tags it as one."""
    return entity_at(token) if token.ent_type_ in PLACE_LABELS else None


def _own(place: Span, iso3: str) -> Code:
    evidence = Evidence.of(doc_text(place.doc), place.start_char, place.end_char)
    return Code(value=iso3, evidence=evidence, method=OWN_PLACE)
