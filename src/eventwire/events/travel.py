"""Trips told as travel: a political actor flying, heading or arriving to a country is a visit.

PLOVER and CAMEO code a visit (042, CONSULT) with the host as target; news often tells it only as
travel ("flew to Beijing for talks", "arrived in Kyiv", "headed Tuesday to East Africa"). A trip
counts when the traveller is a named person or a title (`confidence` drops the trip of a person
with no political role) and the destination is a country, a capital or a world region; a
domestic trip to a state or town ("headed to Iowa"), a company "coming to Mexico" and travel by
civilians are no visit. Troops travelling abroad are deployed (MOBILIZE).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.codes import capital_countries, country_of, group_lexicon, role_heads
from eventwire.events.arranged import SCHEDULE, awaited_at
from eventwire.events.cameo_codes import FORCE_DEPLOYMENT, VISIT
from eventwire.events.lexicon import MILITARY
from eventwire.events.massed import forces_gathered
from eventwire.events.phrase_links import pobjs
from eventwire.events.stays import stay_places, timed_stay
from eventwire.events.verb_arguments import objects, prep_nouns
from eventwire.events.verb_subjects import verb_subjects
from eventwire.events.word_classes import LEAVING, TRAVEL_VERBS
from eventwire.lexicons import read_table
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import entity_at
from eventwire.sectors import GOVERNMENT, INTERNATIONAL, LEGISLATORS

DESTINATION_PREPS = {"to", "in", "into"}
DEPARTURE_PREPS = {"for", "to"}
# bodies that travel for a state or an organisation
OFFICIAL_SECTORS = {GOVERNMENT, LEGISLATORS, INTERNATIONAL}


@cache
def world_regions() -> frozenset[str]:
    """Regions above countries ("Gulf", "Balkans"), which no gazetteer package lists."""
    return frozenset(name for name, *_ in read_table("world_regions.tsv"))


def trip_code(verb: Token) -> str | None:
    """The CAMEO code of a trip abroad: a visit by a person who acts for a state or group, a
    deployment by troops ("Russian troops arrived in Minsk"); None for any other travel."""
    if verb.pos_ != "VERB" and not in_words(verb, SCHEDULE):
        return None  # asked of every word: only a verb travels, or is awaited somewhere
    if forces_gathered(verb):  # "troops massed on the border": a deployment with no trip
        return FORCE_DEPLOYMENT
    awaited = awaited_at(verb)
    if not (verb.pos_ == "VERB" and (is_travel(verb) or _departs(verb))) and not awaited:
        return None
    if not any(is_host(p) for p in destinations(verb)):
        return None
    subjects = verb_subjects(verb.head if awaited else verb)  # "are headed to Oman": the passive
    subjects = subjects or [c for c in verb.children if c.dep_ == "nsubjpass"]  # subject travels
    subjects += [c for s in subjects for c in s.conjuncts]  # "planes and a carrier headed to"
    if any(in_words(s, MILITARY) for s in subjects):
        return FORCE_DEPLOYMENT
    return VISIT if any(_acts_for_others(s) for s in subjects) else None


def destinations(verb: Token) -> list[Token]:
    """Where the trip goes: "to", "in" or "into" a place, or after a verb of setting out the
    place it leaves for (`departure_places`)."""
    if _departs(verb):
        return departure_places(verb) + stay_places(verb)
    return prep_nouns(verb, DESTINATION_PREPS) + stay_places(verb)


def departure_places(verb: Token) -> list[Token]:
    """ "departs the UK for Germany", "left for Beijing": the "for" or "to" place of a verb of
    setting out, which the parser may hang on the place left; "left his family in Kyiv" goes
    nowhere."""
    if not _departs(verb):
        return []
    left = objects(verb)
    return pobjs(verb, DEPARTURE_PREPS) + [p for o in left for p in pobjs(o, DEPARTURE_PREPS)]


def _departs(verb: Token) -> bool:
    """A verb of setting out, whose "for" names where the trip goes."""
    return in_words(verb, LEAVING)


def is_host(token: Token) -> bool:
    """A country, a capital or a world region by name (not a state, town or building)."""
    name = _entity_text(token)
    return (
        country_of(name) is not None
        or name in capital_countries()
        or name.removeprefix("the ") in world_regions()
    )


def _entity_text(token: Token) -> str:
    """The whole name a token ends ("East Africa"), or the token alone."""
    entity = entity_at(token)
    return entity.text if entity is not None else token.text


def _acts_for_others(subject: Token) -> bool:
    """A named person, a title ("the foreign minister") or an official body ("a delegation",
    "the envoys"); not a company coming to a market ("Mazda is coming to Mexico") nor a
    collective of private people ("refugees")."""
    sector = group_lexicon().get((subject.lower_,))
    if sector is not None:
        return sector in OFFICIAL_SECTORS
    return subject.ent_type_ == "PERSON" or subject.lemma_.lower() in role_heads()


def is_travel(verb: Token) -> bool:
    """A travel verb, or a stay told by its length (`stays`), used for a visit (`trip_code`
    found it)."""
    return verb.lemma_.lower() in TRAVEL_VERBS or timed_stay(verb)
