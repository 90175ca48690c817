"""A visit to a site, not to a party: "inspectors visited the enrichment plant", "monitors
toured the nuclear facility", "a visit to the hospital".

PLOVER's CONSULT is a meeting between parties; a trip whose only destination is a plant, a
factory or a hospital (a `visited_site` of event_words.tsv) meets no one, and the site's name
("the Zaporizhzhia plant") is no host, nor is a country or a person that only names the site
("the U.S.-Mexico border", "the grave of Theodor Herzl"). A visit that also meets a party
("toured the plant with the minister") keeps its host and stays a visit.

A trip at home meets no one either (`home_visit`): any visitor's tour of a place in its own
country ("the vice president visited St. Paul", "is expected to visit the Sunshine state", "has
visited several states"); a trip abroad ("visited Mexico", "a visit to Rangoon") stays, and so
does a visit whose destination the sentence does not name ("arrived at the White House for a
visit"), where the visitor may come from abroad.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.codes import country_of
from eventwire.events.cameo_codes import VISIT
from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.travel import world_regions
from eventwire.events.verb_arguments import objects, prep_objects
from eventwire.model import Participant
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import NATION_ENTITIES, PLACE_ENTITIES
from eventwire.place_codes import town_countries, written_division_country

SITES = words("event_words.tsv", "visited_site")
DIVISIONS = words("event_words.tsv", "home_division")  # "the state", "several states"


def site_visit(match: TriggerMatch, recipients: list[Participant]) -> bool:
    """A visit whose destination is a site and whose targets name no party or country but the
    site itself ("the Bushehr reactor" is placed in Iran, not Iran)."""
    if match.code.cameo != VISIT:
        return False
    sites = [t for t in _destinations(match.head) if _site(t)]
    parties = [p for p in recipients if (p.sector or p.country) and not _is_site(p, sites)]
    return bool(sites) and not parties


def _destinations(head: Token) -> list[Token]:
    """What is visited: the verb's object ("visited the plant"), a noun's "to" ("a visit to")."""
    return objects(head) + prep_objects(head, {"to"})


def _is_site(participant: Participant, sites: list[Token]) -> bool:
    """The participant is a site visited, or is named only in the site's own name."""
    return any(participant.covers(t.idx) for s in sites for t in [s, *_site_namers(s)])


def _site_namers(site: Token) -> list[Token]:
    """The words that name which site: "Mexico" in "the U.S.-Mexico border", "Herzl" in "the
    grave of Theodor Herzl"."""
    named = [c for c in site.children if c.dep_ == "compound"] + pobjs(site, {"of"})
    return [t for n in named for t in [n, *n.conjuncts]]


def _site(token: Token) -> bool:
    return in_words(token, SITES)


def home_visit(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """A visit by doers of one country whose named destinations all lie in that country, and
    that meets no one with a sector or from abroad; a side read from the bare division noun
    ("state", coded AUS from a misread "Sunshine") is the destination, no host."""
    if match.code.cameo != VISIT or not actors or any(p.country is None for p in actors):
        return False
    home = {p.country for p in actors}
    places = _destinations(match.head)
    if not places or not all(_at_home(t, home) for t in places):
        return False
    hosts = [p for p in recipients if not any(_division(t) and p.covers(t.idx) for t in places)]
    return not any(p.sector or (p.country and p.country not in home) for p in hosts)


def _at_home(place: Token, home: set[str | None]) -> bool:
    """The destination is a division named by a common noun ("the state") or a place name
    that the gazetteers put in the visitor's country ("Ohio", "St. Paul"); "the state of
    Gujarat" is judged by its name."""
    if in_words(place, DIVISIONS) and (named := pobjs(place, {"of"})):
        return all(_at_home(n, home) for n in named)
    if _division(place):
        return not _abroad_named(place.sent, home)
    if place.ent_type_ not in PLACE_ENTITIES:
        return False
    return _place_country(place) in home


def _division(token: Token) -> bool:
    """A state, county or province told by its common noun, not one tied to a people or to a
    region above countries ("the Jewish state", "the Gulf states", "Baltic states"): a
    nickname ("the Sunshine state") is the visitor's own."""
    if token.pos_ != "NOUN" or not in_words(token, DIVISIONS):
        return False
    return not any(_foreign_modifier(c) for c in token.children if c.dep_ in {"amod", "compound"})


def _abroad_named(sentence: Span, home: set[str | None]) -> bool:
    """The sentence names another country or its people, whose state the division may be
    ("the pope will visit the state on his trip to the United States")."""
    return any(
        (country := country_of(ent.text)) is not None and country.iso3 not in home
        for ent in sentence.ents
        if ent.label_ in NATION_ENTITIES
    )


def _foreign_modifier(word: Token) -> bool:
    """A people ("Jewish", "Arab"), a country or a world region named before a division."""
    return (
        word.ent_type_ == "NORP"
        or country_of(word.text) is not None
        or word.text.removeprefix("the ") in world_regions()
    )


def _place_country(place: Token) -> str | None:
    """The country of the place name the token heads: a country's own name, else a state or
    province, else the most populous town so named."""
    ent = next((e for e in place.doc.ents if e.start <= place.i < e.end), None)
    name = ent.text if ent is not None else place.text
    name = name.removeprefix("the ").removeprefix("The ")
    country = country_of(name)
    if country is not None:
        return country.iso3
    return written_division_country(name) or town_countries().get(name)
