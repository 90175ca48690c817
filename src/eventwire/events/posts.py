"""Dismissing a person from a job: an employer's act, not the rejection of a proposal.

"Schilling was dismissed after sharing a post", "ESPN dismissed Schilling": what is dismissed is
a person, who loses a post; PLOVER's REJECT is turning down a proposal, demand or claim ("Iran
dismissed the accusations", "dismissed the offer as a ploy"), which keeps its own reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_person
from eventwire.events.sense import objects, prep_objects

PLACES_AND_PEOPLES = {"GPE", "LOC", "NORP", "FAC"}


def removed_from_post(verb: Token) -> bool:
    """A named person or an official dismissed, not dismissed "as" something."""
    if prep_objects(verb, {"as"}):
        return False
    dismissed = objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(is_person(t) or _named_person(t) for t in dismissed)


def _named_person(token: Token) -> bool:
    """A name that is no place or people: the tagger often reads a surname as an organisation
    ("ESPN dismissed Schilling"); a state or nation dismissed is a rejection of it."""
    return token.pos_ == "PROPN" and token.ent_type_ not in PLACES_AND_PEOPLES
