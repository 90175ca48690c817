"""Nouns of people named by the side they take: "a Trump supporter", "a Cosby accuser",
"a critic of the mayor". The name beside such a noun is whom they back or oppose, never the
people themselves, so a phrase with no actor of its own must not fall back on that name: "a
Clinton critic attacked the senator" is no act of Clinton's."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words

SIDE_TAKERS = words("event_arguments.tsv", "side_taker")


def side_taker(head: Token) -> bool:
    """A supporter, critic, rival or accuser noun: its modifiers name whom it sides with."""
    return head.lemma_.lower() in SIDE_TAKERS or head.lower_ in SIDE_TAKERS
