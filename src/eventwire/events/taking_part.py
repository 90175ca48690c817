"""Event nouns that name the doers themselves: "the protesters chanted", "the strikers".

A collective noun for the people taking part in an act ("protesters", "demonstrators") tells
the act and its doers at once: with no doer named around it, the noun's own mention, resolved
like any group ("the protesters" after "1,500 ethnic Albanians marched"), is the doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon


def taking_part(noun: Token) -> list[Token]:
    """The doers an event noun for those taking part names: the noun itself."""
    return [noun] if (noun.lower_,) in group_lexicon() else []
