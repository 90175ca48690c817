"""Counsel act for their client: "lawyers for the family sent letters of protest", "talks
between attorneys for the union and officials". A lawyer's acts are the client's, as "the
family's lawyers" already are (a possessive names the owner); the client named by "for"
is the side, with its country, for no one hires counsel to act for themselves."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.phrase_links import pobjs
from eventwire.parse.counsel_nouns import counsel_noun


def clients(head: Token) -> list[Token]:
    """The clients a counsel noun names by "for" ("attorneys for the department"), or none."""
    if not counsel_noun(head):
        return []
    return pobjs(head, {"for"})
