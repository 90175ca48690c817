"""Blame or rejection of what "his" or "her" owns is aimed at someone else than the doer.

"Trump spoke on trade on Monday. Mexico's president slammed his remarks": one rarely blames or
rejects one's own remarks, plan or record, yet the actors stage links the pronoun to the nearest
person, here the doer, so the owner drops out as the doer's own side. The owner is then the
subject of the sentence before, when that is another person of the pronoun's gender. "his own
remarks" stays the doer's.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import CONDUCT
from eventwire.events.participant_sets import Sides
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ACCUSE, REJECT
from eventwire.given_names import gender_of_full_name
from eventwire.lexicons import word_map

BLAME_TYPES = frozenset({ACCUSE, REJECT})


def others_words_sides(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """The sides with, when a verbal blame or rejection of a thing "his" or "her" owns names
    no target, the person the sentence before is about as the thing's owner."""
    actors, targets = sides
    if targets or match.nominal or match.code.type not in BLAME_TYPES:
        return sides
    doers = {p.actor_id for p in actors}
    for pronoun in _owner_pronouns(match.head):
        owner = reader.previous_subject(pronoun)
        if owner is not None and owner.actor_id not in doers and pronoun_fits(pronoun, owner.name):
            return actors, [owner]
    return sides


def pronoun_fits(pronoun: Token, name: str) -> bool:
    """Whether the person's given name tells the pronoun's gender."""
    gender = word_map("pronoun_gender").get(pronoun.lower_)
    return gender is not None and gender_of_full_name(name) == gender


def _owner_pronouns(verb: Token) -> list[Token]:
    """ "his" or "her" on what a party says or does (remarks, plan, record) that the verb takes
    as its object, not "his own", and not one's own part in a thing ("denied his involvement")."""
    things = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in CONDUCT]
    return [
        c
        for thing in things
        if not any(m.lower_ == "own" for m in thing.children)
        for c in thing.children
        if c.dep_ == "poss" and c.lower_ in word_map("pronoun_gender")
    ]
