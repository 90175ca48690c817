"""An act told by the name of those doing it: "the protesters chanted", "protesters prayed for
help" tell a protest by its protesters. The trigger is a group noun (`groups.tsv`), and the
people it names are the act's doers when its own words name no other."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.participant_sets import Sides
from eventwire.events.participants import RoleReader
from eventwire.events.roles import split_roles


def doer_noun_sides(reader: RoleReader, head: Token, sides: Sides) -> Sides:
    """The sides with the group a doer noun names as their doers, where none is read."""
    if sides[0] or (head.lower_,) not in group_lexicon():
        return sides
    return split_roles(reader.phrase(head), sides[1])
