"""A visit to a site, not to a party: "inspectors visited the enrichment plant", "monitors
toured the nuclear facility", "a visit to the hospital".

PLOVER's CONSULT is a meeting between parties; a trip whose only destination is a plant, a
factory or a hospital (a `visited_site` of event_words.tsv) meets no one, and the site's name
("the Zaporizhzhia plant") is no host, nor is a country or a person that only names the site
("the U.S.-Mexico border", "the grave of Theodor Herzl"). A visit that also meets a party
("toured the plant with the minister") keeps its host and stays a visit.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import VISIT
from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import objects, prep_objects
from eventwire.model import Participant
from eventwire.parse.forms import in_words

SITES = words("event_words.tsv", "visited_site")


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
