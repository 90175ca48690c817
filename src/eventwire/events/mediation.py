"""Mediation that names no parties: "Libya offered to mediate", "sent Kufuor to mediate".

A mediator goes between the two sides of the dispute the story is about, so a bare "mediate"
(no object, no "between X and Y") is aimed at the story's pair, as "both sides" is; a word
the verb's frame picked up instead (a name earlier in the sentence) is no side of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.mention_reader import MentionReader
from eventwire.events.participant_sets import Sides
from eventwire.events.story_parties import story_pair
from eventwire.model import Participant

MEDIATE = {"mediate"}
NAMED_PARTY_DEPS = {"dobj", "prep", "dative"}  # "mediate the dispute", "between X and Y"


def mediated_sides(reader: MentionReader, head: Token, sides: Sides) -> Sides:
    """The sides of a bare mediation: its doers against the story's two parties."""
    verb = _bare_mediation(head)
    if verb is None:
        return sides
    actors = sides[0]
    pair = other_sides_of(story_pair(reader, verb), actors)
    return (actors, pair) if len(pair) == 2 else sides


def other_sides_of(pair: list[Participant], doers: list[Participant]) -> list[Participant]:
    """The pair less the mediator: by country for two states (Iran's minister is no side of a
    Turkey-Syria pair that names Iran), by actor for two people of one country."""
    if len({p.country for p in pair}) == len(pair):
        return [p for p in pair if p.country not in {d.country for d in doers}]
    return [p for p in pair if p.actor_id not in {d.actor_id for d in doers}]


def _bare_mediation(head: Token) -> Token | None:
    """The "mediate" of "mediate" or "offered to mediate" when it names no party itself."""
    verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]
    verb = next((v for v in verbs if v.lemma_.lower() in MEDIATE), None)
    if verb is None or any(c.dep_ in NAMED_PARTY_DEPS for c in verb.children):
        return None
    return verb
