"""Nouns whose named modifier is not their side: "the Albanian population of the province",
"the doctor's killer".

`participants.RoleReader` reads a noun's modifiers as its actor ("Iraq's court") unless the
noun says otherwise: the inhabitants of a place are that place's people (the demonym tells
their ethnicity, not their state), and the one named before a doer of harm is its victim.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.owned_things import is_thing
from eventwire.events.phrase_links import pobjs
from eventwire.model import Participant
from eventwire.parse.nlp import AREA_ENTITIES, NAME_ENTITIES


def unowned_head(head: Token) -> bool:
    """Whether the noun's modifiers name someone other than the noun's own actor."""
    return _placed_people(head) or _victim_owned(head)


def _placed_people(head: Token) -> bool:
    """ "the Albanian population of the province", "the Kurdish minority in Syria": the
    inhabitants of a place are that place's people; the demonym tells their ethnicity, not
    their state (`located` reads the place)."""
    return head.lemma_.lower() in words("event_arguments.tsv", "inhabitants") and bool(
        pobjs(head, {"of", "in"})
    )


def _victim_owned(head: Token) -> bool:
    """ "the doctor's killer": the one named before a doer of harm is its victim."""
    return head.lemma_.lower() in words("event_arguments.tsv", "victim_owned")


def party_modifiers(head: Token, modifiers: list[Participant]) -> list[Participant]:
    """The modifiers that can stand for a thing: "the Cadillac tax", "the NationBuilder
    software", "the Pulse nightclub" name a brand, a product or a venue, no party; a state,
    a person or a body with a sector ("the Senate bill", "an FBI investigation") is its maker."""
    if not is_thing(head):
        return modifiers
    return [p for p in modifiers if p.sector is not None or not _brand(head, p)]


def _brand(head: Token, modifier: Participant) -> bool:
    """The modifier was read from a name compounded on the thing (not a possessive: "Iraq's
    plan" is Iraq's) that is no place, people or person."""
    names = [t for t in _compounds(head) if modifier.covers(t.idx)]
    kinds = {t.ent_type_ for t in names}
    return bool(names) and not kinds & (AREA_ENTITIES | NAME_ENTITIES - {"ORG"})


def _compounds(head: Token) -> list[Token]:
    compounds = [c for c in head.children if c.dep_ == "compound"]
    return [t for c in compounds for t in c.subtree]
