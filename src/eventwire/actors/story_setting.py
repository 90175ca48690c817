"""The country a world story with no home is set in, read off the places it names: "a
meteorite fell near Carancas, Peru ... Peruvian scientists" names Peru more often than it names
Bolivia or London.

A state's own institutions named bare in such a story ("police officers", "officials of the
Health Ministry") are that country's, as they would be the dateline's; people and civilians are
left alone (a story names visitors and foreigners among them without their country).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from eventwire.actors.org_places import place_country
from eventwire.codes import country_of
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code, Evidence
from eventwire.parse.nlp import doc_text, entities
from eventwire.parse.tags import DETERMINER_TAG

SETTING = "setting"
MIN_PLACES = 2  # a place named once in passing says nothing of where the story stands
PLACE_LABELS = frozenset({"GPE"})
PEOPLE_LABELS = frozenset({"NORP"})  # "Peruvian scientists": the story's people are its own
STATE_TYPES = (ActorType.GROUP, ActorType.ORGANIZATION)


def code_at_setting(doc: Doc, actors: list[Actor]) -> None:
    """Give the story's setting to its uncoded state institutions, found only when one is
    there (no scan of the places for a story without them)."""
    uncoded = [actor for actor in actors if _state_institution(actor)]
    setting = setting_country(doc) if uncoded else None
    for actor in uncoded if setting else []:
        actor.country = setting.model_copy()


def setting_country(doc: Doc) -> Code | None:
    """The country most of the story's places and peoples belong to, when it leads: at least
    MIN_PLACES names and more than any other country's."""
    counts: Counter[str] = Counter()
    first: dict[str, Evidence] = {}
    for place in (e for e in entities(doc) if e.label_ in PLACE_LABELS | PEOPLE_LABELS):
        iso3 = _country_named(place)
        if iso3 is not None:
            counts[iso3] += 1
            first.setdefault(iso3, Evidence.of(doc_text(doc), place.start_char, place.end_char))
    ranked = [*counts.most_common(2), ("", 0), ("", 0)]
    (leader, most), (_, second) = ranked[0], ranked[1]
    if most < MIN_PLACES or most <= second:
        return None
    return Code(value=leader, evidence=first[leader], method=SETTING)


def _country_named(entity: Span) -> str | None:
    """A place's country ("Puno", "Peru"), by its name as written ("The Hague") else its own
    name (`_place_name`), or a people's ("Peruvian")."""
    if entity.label_ in PLACE_LABELS:
        return place_country(entity.text) or place_country(_place_name(entity))
    country = country_of(entity.text)
    return country.iso3 if country is not None else None


def _place_name(entity: Span) -> str:
    """The place's own name, without the determiner before it or the lower-case kind noun
    after it ("the United States", "Ontario province"), which the name lists do not hold."""
    start, end = entity.start, entity.end
    while start < end - 1 and entity.doc[start].tag_ == DETERMINER_TAG:
        start += 1
    while end - 1 > start and entity.doc[end - 1].is_lower and entity.doc[end - 1].pos_ == "NOUN":
        end -= 1
    return entity.doc[start:end].text


def _state_institution(actor: Actor) -> bool:
    """An uncoded group or organisation of a state sector ("police officers", "the Health
    Ministry")."""
    sector = actor.sector_code
    state = sector in word_set("state_sector")
    return actor.country is None and actor.type in STATE_TYPES and state
