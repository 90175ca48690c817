"""Hyphenated act nouns the parse breaks apart: "staged a sit-in outside parliament".

The small English model splits "sit-in" at its hyphens and may hang its first word on the next
noun as a modifier ("sit" an nmod of "parliament", which it takes for the verb's object), so
the act noun has no verb and no sides. The noun it hangs on stands where the act's own phrase
would: the verb governing it is the act's light verb, whose subject does the act, and what
that noun names (the parliament the sit-in is held at) is the act's target.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.verb_subjects import verb_subjects
from eventwire.parse.deps import NOUN_MODIFIER_DEPS


def hyphenated_sides(reader: RoleReader, noun: Token, sides: Sides) -> Sides:
    """The sides of an act noun cut at its hyphen and hung on the verb's object, when the act
    has no doer of its own."""
    host = noun.head
    cut = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == "-"
    if sides[0] or not cut or noun.dep_ not in NOUN_MODIFIER_DEPS or host.dep_ != "dobj":
        return sides
    doers = [p for s in verb_subjects(host.head) for p in reader.phrase(s)]
    return split_roles(doers, reader.phrase(host)) if doers else sides
