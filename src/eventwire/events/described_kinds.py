""" "people deported under Obama", "offenders convicted of battery", "those arrested": a legal
step told as a passive participle on a bare plural, or on "those" or "anyone", with no doer
and no day or place of its own, describes a kind of person by what befalls such people; it
reports no arrest or charge. A particular group keeps its act ("two officers charged in the
bombing", "protesters arrested on Monday in Lagos", "a contractor accused of spying"), and
so does one whose doer is named ("people killed by police" is left to the other rules)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.generic_plurals import generic_plural
from eventwire.events.lexicon import words
from eventwire.events.participles import LEGAL_STEPS
from eventwire.parse.nlp import PLACE_ENTITIES, TIME_ENTITIES
from eventwire.parse.tags import PARTICIPLE_TAG

WHOEVER = words("event_words.tsv", "generic_people")  # those, anyone, people
ANCHORS = PLACE_ENTITIES | TIME_ENTITIES  # "arrested on Monday in Lagos": those arrests


def kind_described(verb: Token) -> bool:
    """A doerless legal-step participle on a kind of person, not anchored in time or place."""
    if verb.dep_ != "acl" or verb.tag_ != PARTICIPLE_TAG or verb.lemma_.lower() not in LEGAL_STEPS:
        return False
    if any(c.dep_ == "agent" for c in verb.children) or _anchored(verb):
        return False
    return _kind_of_person(verb.head)


def _kind_of_person(noun: Token) -> bool:
    """A bare plural with no name ("people", "offenders") or "those", "anyone"."""
    if noun.ent_type_:
        return False
    return noun.lower_ in WHOEVER or generic_plural(noun)


def _anchored(verb: Token) -> bool:
    """A day, a time or a place in the participle's own phrase ("arrested in Moscow")."""
    return any(t.ent_type_ in ANCHORS for c in verb.children for t in c.subtree)
