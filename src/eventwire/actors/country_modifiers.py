"""Country words that qualify a group: the modifier before it ("South Korean troops", "the
Arkansas legislature") and the place after it ("police in Stockholm").

They live apart from phrases.py, which reads the titles around a person's name: only the
readers of groups and candidates ask whose a group is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.heritage import before_demonym
from eventwire.actors.languages import names_language
from eventwire.actors.misspelt_countries import misspelt_country
from eventwire.actors.phrases import (
    code,
    entity_starting_at,
    inside_place_name,
    possessives,
    province_of,
    trimmed,
)
from eventwire.actors.qualified_places import qualified_place
from eventwire.actors.sole_towns import sole_town_country
from eventwire.actors.town_modifiers import past_possessive, town_modifier
from eventwire.code_phrases import country_phrases
from eventwire.codes import CountryName, capital_countries, names_ethnicity
from eventwire.lexicons import word_set
from eventwire.model import Code
from eventwire.parse.nlp import entity_at, read_once, tokens

PLACE_KINDS = word_set("place_kind")  # "the Argentine town of X": a place of that country
MAX_MODIFIER_TOKENS = 2  # "South Korean"


def whole_country_name(span: Span, iso3: str) -> bool:
    """Not ragged, not part of a longer name of another country's province or of a region's
    adjective ("Latin American leaders" are no Americans), not a language."""
    return (
        not ragged(span)
        and not inside_place_name(list(span), iso3)
        and not names_language(span)
        and not _in_region_adjective(span)
    )


def _in_region_adjective(span: Span) -> bool:
    """The name ends a region's adjective: "Latin American", "Central American"."""
    doc = span.doc
    return bool(span.start) and (
        f"{doc[span.start - 1].lower_} {span.text.lower()}" in word_set("region_adjective")
    )


def ragged(span: Span) -> bool:
    """Spans ending in whitespace or a possessive are not names; the shorter span is."""
    return span[-1].is_space or span[-1].text in possessives()


@read_once  # the group, organisation and party finders each ask of every capitalised word
def country_modifier(token: Token) -> tuple[CountryName, int] | None:
    """A country modifier starting at the token ("South Korean", "Israel's", "U.S."):
    the country and the index of the first token after it."""
    doc = token.doc
    if token.i and names_ethnicity(doc[token.i - 1].text):
        return None
    match = country_phrases().at(
        tokens(doc),
        token.i,
        MAX_MODIFIER_TOKENS,
        accept=lambda m: whole_country_name(doc[m.start : m.end], m.value.iso3),
    )
    if match is None:
        misspelt = misspelt_country(token)
        if misspelt:
            return misspelt, token.i + 1
        return _province_modifier(token) or town_modifier(token)
    span = doc[match.start : match.end]
    if before_demonym(doc, span.end):
        return None  # "Cuban American voters": the group is the second demonym's
    if span.end < len(doc) and doc[span.end].text in possessives():
        return match.value, span.end + 1
    if hyphenated(span):
        return None  # "Belarus-Russia drills", "US-led": a compound, not a group's country
    return match.value, span.end  # a demonym, or a name used attributively ("U.S. officials")


def _province_modifier(token: Token) -> tuple[CountryName, int] | None:
    """ "the Arkansas legislature", "Sindh's government": a province or state named before a
    group makes it that country's."""
    entity = entity_starting_at(token)
    country = province_of(entity)
    if entity is None or country is None or hyphenated(entity):
        return None
    return CountryName(country, is_demonym=False), past_possessive(entity)


def hyphenated(span: Span) -> bool:
    """Joined to a word by a hyphen ("Belarus-Russia", "US-led"); a spaced dash, as after a
    wire dateline ("(Reuters) - Kyrgyz guards"), joins nothing."""
    doc = span.doc
    before = (
        span.start > 0 and doc[span.start - 1].text == "-" and not doc[span.start - 1].whitespace_
    )
    return before or (
        span.end < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_
    )


def _names_a_place(doc: Doc, end: int) -> bool:
    """ "the Syrian Golan Heights", "the Argentine town of X": a demonym before a place's
    name or a kind of place says whose place it is."""
    return end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].lower_ in PLACE_KINDS)


NEARBY = frozenset({"around", "near"})


def located_country(span: Span) -> Code | None:
    """ "ethnic Albanians in Kosovo", "police in Stockholm": the country of a country or
    capital named right after a group, which the group belongs to."""
    doc = span.doc
    at = span.end + 1
    if at >= len(doc) or doc[span.end].lower_ not in word_set("location_preposition"):
        return None
    if at + 2 < len(doc) and doc[at].lower_ == "and" and _nearby(doc[at + 1]):
        at += 2  # "officials in and around Miami"
    while at + 1 < len(doc) and doc[at].lower_ in {"the", *word_set("place_part")}:
        at += 1  # "in the south of", "in northern Iraq"
    match = country_phrases().at(
        tokens(doc), at, accept=lambda m: whole_country_name(doc[m.start : m.end], m.value.iso3)
    )
    if match is not None and _names_a_body(doc, match.start, match.end):
        return None  # "members of the Pakistan People's Party": the party's, not a place's
    if match is not None and (not match.value.is_demonym or _names_a_place(doc, match.end)):
        named = doc[match.start : match.end]
        return code(doc, match.value.iso3, named.start_char, named.end_char)
    entity = _place_entity(doc[at], span.end)
    place = entity if entity is not None else doc[at : at + 1]
    own = capital_countries().get(place.text) or province_of(entity) or sole_town_country(entity)
    country, place = qualified_place(place, own)  # "Paris, Texas": the state's country
    return code(doc, country, place.start_char, place.end_char) if country else None


def _nearby(token: Token) -> bool:
    """A second preposition of place coordinated with the first ("in and around")."""
    return token.lower_ in word_set("location_preposition") or token.lower_ in NEARBY


def _place_entity(token: Token, preposition: int) -> Span | None:
    """The entity that starts the preposition's object, without the "the" NER may take into
    it ("in the Niger Delta")."""
    entity = entity_at(token)
    if entity is None or entity.start <= preposition:
        return None
    words = trimmed(entity)
    return Span(token.doc, words.start, words.end, label=entity.label_)


def _names_a_body(doc: Doc, start: int, end: int) -> bool:
    """The country opens or qualifies an organisation's name ("the Colombian Congress")."""
    bodies = (entity_at(doc[i]) for i in (start, end) if i < len(doc))
    return any(e is not None and e.label_ == "ORG" and e.end > end for e in bodies)
