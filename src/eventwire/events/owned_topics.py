"""Whose thing an act judges, not what the thing is about: "criticized Trump's Mexico policy",
"blasted Obama's opening to Cuba", "praised the administration's Syria strategy".

Blame, backing or refusal of a party's thing is aimed at the party that owns it (`thing_owners`).
The countries the thing's own words name ("Mexico policy", "opening to Cuba", "ties to Wall
Street") tell its topic: the act is not aimed at Mexico or Cuba. So where a possessor names
the owner of what a party says or does (its policy, plan, remarks), the owner alone stands for
the thing as the act's target; other owned nouns may name people ("her NYPD escort"). A noun
for an act ("Obama's talks with Iran") keeps its own readers, which know its partners; a thing
with no possessor keeps its words, which may be its only party ("the Iran deal").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import VERDICT_TYPES
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.owned_things import is_thing
from eventwire.events.participants import RoleReader
from eventwire.events.thing_owners import OWNED_CONDUCT


def owners_for_things(reader: RoleReader, objects: list[Token], type_: str) -> list[Token]:
    """The objects of an act that judges, each owned thing replaced by its possessors
    (`__doc__`); other objects as they are."""
    return _owned_by(reader, objects) if type_ in VERDICT_TYPES else objects


def noun_owners_for_things(reader: RoleReader, noun: Token, things: list[Token]) -> list[Token]:
    """ "her criticism of Trump's Mexico policy": an act noun of blame or backing aims at a
    thing's owner, as its verb would; a harm done to a thing keeps its words."""
    judges = any(t.code.type in VERDICT_TYPES for t in noun_triggers(noun))
    return _owned_by(reader, things) if judges else things


def _owned_by(reader: RoleReader, things: list[Token]) -> list[Token]:
    """Each owned thing replaced by its possessors, other words as they are."""
    return [word for thing in things for word in (_owners(reader, thing) or [thing])]


def _owners(reader: RoleReader, thing: Token) -> list[Token]:
    """The possessors naming a party on what a party says or does that is no act ("Trump's
    Mexico policy": "Trump"; `OWNED_CONDUCT`: not "her NYPD escort"); none where a possessor
    names no party ("the country's policy" kept whole)."""
    if thing.lemma_.lower() not in OWNED_CONDUCT or not is_thing(thing) or noun_triggers(thing):
        return []
    owners = [c for c in thing.children if c.dep_ == "poss"]
    named = [o for o in owners if any(p.actor_id or p.country for p in reader.phrase(o))]
    return named if len(named) == len(owners) else []
