"""Nouns whose named modifier is not their side: "the Albanian population of the province",
"the doctor's killer".

`participants.RoleReader` reads a noun's modifiers as its actor ("Iraq's court") unless the
noun says otherwise: the inhabitants of a place are that place's people (the demonym tells
their ethnicity, not their state), and the one named before a doer of harm is its victim.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.phrase_links import pobjs


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
