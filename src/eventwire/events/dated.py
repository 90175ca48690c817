"""Phrases of an act noun that the parse hangs on a date told right after it.

Wire copy puts the date between an act noun and its place: "the attacks Aug. 7 at the U.S.
embassies". The parse then reads "Aug. 7" as an apposition of "attacks" and hangs "at the
U.S. embassies" on the date, so the act seems to name no target. A date says when, never
where or against whom, so its phrases belong to the act it dates.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participants import pobjs

DATE_ATTACHMENTS = {"appos", "npadvmod", "nmod"}


def act_pobjs(noun: Token, preps: set[str]) -> list[Token]:
    """The noun's prepositional objects, with those hung on a date that modifies it."""
    dates = [c for c in noun.children if c.dep_ in DATE_ATTACHMENTS and c.ent_type_ == "DATE"]
    return [t for owner in (noun, *dates) for t in pobjs(owner, preps)]
