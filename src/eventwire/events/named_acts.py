"""An act named inside a free relative belongs to whom the name says, not to the namer.

"two soldiers were killed in what the army called a rebel attack", "died in what officials
described as an attack by the militia": the army and the officials only name the act; its
doer is the party its name gives ("rebel", "by the militia"), or no one, and it is aimed at
those the verb that holds the relative tells were hit (the soldiers killed).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.free_relatives import free_relative_names
from eventwire.events.participant_sets import Sides, other_sides, unique
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.parse.deps import CORE_ARGUMENT_DEPS, MODIFIER_OR_OWNER_DEPS, through_preposition
from eventwire.parse.tags import VERB_POS

DOER_MODIFIERS = MODIFIER_OR_OWNER_DEPS  # "a rebel attack", "Armenian shelling"
HIT = CORE_ARGUMENT_DEPS  # "soldiers were killed", "policemen died"


def named_act_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The sides of an act noun that a free relative names (module doc), or None."""
    head = match.head
    holder = _holding_verb(head) if match.nominal else None
    if holder is None:
        return None
    doers = [c for c in head.children if c.dep_ in DOER_MODIFIERS] + pobjs(head, {"by"})
    actors = unique([p for t in doers for p in reader.phrase(t)])
    hit = [c for c in holder.children if c.dep_ in HIT]
    return actors, other_sides(actors, unique([p for t in hit for p in reader.phrase(t)]))


def _holding_verb(noun: Token) -> Token | None:
    """The verb whose prepositional phrase ("killed in what ...") is the free relative naming
    the noun; a free relative that is a verb's object ("denounced what it called a crackdown")
    is what that verb acts on, read by `events.free_relatives`."""
    clause = through_preposition(noun)  # "described as", "called"
    if clause.head.dep_ != "prep":
        return None
    verb = clause.head.head
    return verb if verb.pos_ in VERB_POS and noun in free_relative_names(verb) else None
