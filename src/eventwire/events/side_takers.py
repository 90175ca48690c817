"""Nouns of people named by the side they take: "a Trump supporter", "a Cosby accuser",
"a critic of the mayor". A person's name beside such a noun, and the object of its "of", is
whom they back or oppose, never the people themselves, so a phrase with no actor of its own
must not fall back on it: "a Clinton critic attacked the senator" is no act of Clinton's. A
party's or a body's name is their own side ("his GOP rivals", "Democratic challengers")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.model import Participant
from eventwire.parse.deps import OWNER_DEPS
from eventwire.parse.forms import in_words

SIDE_TAKERS = words("event_arguments.tsv", "side_taker")


def side_taker(head: Token) -> bool:
    """A supporter, critic, rival or accuser noun: its modifiers name whom it sides with."""
    return in_words(head, SIDE_TAKERS)


def sided_by_name(
    head: Token,
    phrase: Callable[[Token], list[Participant]],
    person: Callable[[Participant], bool],
) -> bool:
    """A side-taker noun with a person's name before it ("a Trump supporter", "Cosby's
    accusers"), not a party's or a body's ("GOP rivals": the rivals are Republicans)."""
    named = [c for c in head.children if c.dep_ in OWNER_DEPS and c.pos_ == "PROPN"]
    return side_taker(head) and any(person(p) for c in named for p in phrase(c))
