"""An act told by the name of those doing it: "the protesters chanted", "protesters prayed for
help" tell a protest by its protesters. The trigger is a group noun (`groups.tsv`), and the
people it names are the act's doers when its own words name no other. A sentence with another
word for an act of its kind tells the act there ("Protesters said a rally would be held"):
the noun names only who takes part in it."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.lexicon import word_rows
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader


def doer_noun_sides(reader: RoleReader, head: Token, sides: Sides) -> Sides:
    """The sides with the group a doer noun names as their doers, where none is read."""
    if sides[0] or (head.lower_,) not in group_lexicon() or _told_elsewhere(head):
        return sides
    return split_roles(reader.phrase(head), sides[1])


def _told_elsewhere(head: Token) -> bool:
    """Whether another word of the sentence may tell an act of the noun's own kind, with the
    words its lexicon row asks for ("chanted slogans", not "chanted")."""
    kinds = {t.code.type for t in noun_triggers(head)}
    said = {w.lemma_.lower() for w in head.sent} | {w.lower_ for w in head.sent}
    rows = (t for w in head.sent if w.i != head.i for t in word_rows(w.lemma_.lower()))
    return any(t.code.type in kinds and (not t.arguments or t.arguments & said) for t in rows)
