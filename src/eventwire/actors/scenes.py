"""The country a sentence is set in when it opens by naming it: "In Cape Town, South Africa,
police spokesman Capt. Rod Beer said …" in a New York story. A person or group the text gives
no country of its own belongs there rather than to the article's home country, which is only a
default for locals named bare.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.codes import capital_countries, country_of
from eventwire.model import HOME_METHODS, Actor, ActorType, Code, Evidence, Mention
from eventwire.parse.nlp import AREA_ENTITIES, doc_text, entities

SCENE_OPENER = "In"


def code_at_scenes(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Give people and groups coded only by the home default the country of the scene the
    sentence of their first mention opens with, when it names one."""
    first: dict[str, Mention] = {}
    for mention in sorted(mentions, key=lambda m: m.evidence.start):
        first.setdefault(mention.actor_id, mention)
    for actor in actors:
        mention = first.get(actor.id)
        if mention is None or not coded_by_home(actor, {ActorType.PERSON, ActorType.GROUP}):
            continue
        scene = _scene_of(doc, mention.evidence.start)
        if scene is not None:
            actor.country = scene


def coded_by_home(actor: Actor, types: set[ActorType]) -> bool:
    """Whether the actor, of one of these types, has only the home default for a country."""
    country = actor.country
    return actor.type in types and country is not None and country.method in HOME_METHODS


def _scene_of(doc: Doc, char: int) -> Code | None:
    """The country named by the "In PLACE[, COUNTRY]," that opens the sentence at `char`."""
    at = doc.char_span(char, char + 1, alignment_mode="expand")  # C lookup, not a token scan
    token = at[0] if at else None
    if token is None or token.sent[0].text != SCENE_OPENER or not _in_subject(token):
        return None
    sent = token.sent
    places = [e for e in entities(doc) if sent.start < e.start and e.end <= sent.end]
    opening = _opening_places(sent, places)
    for place in reversed(opening):  # "Cape Town, South Africa": the country named last
        iso3 = _country_named(place.text)
        if iso3 is not None and place.end_char <= char:
            return Code(
                value=iso3,
                evidence=Evidence.of(doc_text(doc), place.start_char, place.end_char),
                method="scene",
            )
    return None


def _in_subject(token: Token) -> bool:
    """Whether the mention is the clause's subject (the speaker or actor at the scene), not
    someone acted on there ("arrested Mohamed at the city's airport")."""
    return any(a.dep_.startswith("nsubj") for a in [token, *token.ancestors][:3])


def _opening_places(sent: Span, places: list[Span]) -> list[Span]:
    """The place names right after "In", each followed by a comma."""
    found, at = [], sent.start + 1
    for place in places:
        if place.start != at or place.label_ not in AREA_ENTITIES:
            break
        if place.end >= sent.end or sent.doc[place.end].text != ",":
            break
        found.append(place)
        at = place.end + 1
    return found


def _country_named(name: str) -> str | None:
    country = country_of(name)
    if country is not None and not country.is_demonym:
        return country.iso3
    return capital_countries().get(name)
