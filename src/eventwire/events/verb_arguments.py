"""A trigger's arguments read from the parse: its objects, its prepositions' objects, the noun
a relative clause is about, and whether a word names people. `sense` and the readers of
figurative senses both need them, so they live below both. The plain argument readers
(`objects`, `patients`, `prep_objects`, `prep_nouns`) live in `parse.arguments`, which quotes
reads too; they are re-exported here for the event readers that import them from this module."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.antecedents import stand_in
from eventwire.events.lexicon import INANIMATE_PRONOUNS, THING_RELATIVES, agent_nouns
from eventwire.parse.arguments import objects, patients, prep_nouns, prep_objects
from eventwire.parse.forms import in_words
from eventwire.parse.tags import NOUN_POS

__all__ = [
    "objects",
    "patients",
    "people",
    "prep_nouns",
    "prep_objects",
    "relative_antecedent",
]

PEOPLE_ENTITIES = {"PERSON", "NORP", "CARDINAL"}


def relative_antecedent(noun: Token) -> Token | None:
    """ "the ad that Trump released": the parse may hang the clause's verb on its subject as a
    participle ("Trump released"); a "that" or "which" before that subject tells the verb's
    object is the noun before it ("ad")."""
    doc, start = noun.doc, noun.left_edge.i
    relative = [i for i in (start, start - 1) if i > 0 and doc[i].lower_ in THING_RELATIVES]
    before = doc[relative[0] - 1] if relative else None
    return before if before is not None and before.pos_ in NOUN_POS else None


def people(token: Token) -> bool:
    """People: a person or nationality, a name, a number of them, or a word for people."""
    token = stand_in(token)
    return (
        token.ent_type_ in PEOPLE_ENTITIES
        or (
            token.pos_ == "PROPN"
            or (token.pos_ == "PRON" and token.lower_ not in INANIMATE_PRONOUNS)
        )
        or token.like_num
        or in_words(token, agent_nouns())
    )
