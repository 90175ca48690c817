"""A verb's arguments as the parse hangs them: its direct objects, what it is done to, and its
prepositions' objects. Readers in events and quotes both ask these, and neither may import the
other, so the one comprehension of each lives on this floor below them."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from eventwire.parse.deps import PATIENT_DEPS


def objects(verb: Token) -> list[Token]:
    """The verb's direct objects ("delivered this message" -> message), in sentence order."""
    return [c for c in verb.children if c.dep_ == "dobj"]


def patients(verb: Token) -> list[Token]:
    """What the verb is done to: its direct objects, or its subjects in the passive."""
    return [c for c in verb.children if c.dep_ in PATIENT_DEPS]


def prep_objects(token: Token, preps: Collection[str]) -> list[Token]:
    """Every child of the token's prepositions among `preps` ("met with Putin" -> Putin), a
    clause ("for asking") too."""
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children]


def of_objects(token: Token) -> list[Token]:
    """Every child of the token's "of" ("two of the members" -> members, "the leader of the
    party" -> party), whatever label the parse gave the "of": readers of counts, shares and
    owners ask it, and a misparsed "of" still names the group counted."""
    return [p for c in token.children if c.lower_ == "of" for p in c.children]


def prep_nouns(token: Token, preps: Collection[str]) -> list[Token]:
    """The nouns (`pobj`) of the token's prepositions among `preps` ("met with Putin" -> Putin);
    unlike `prep_objects`, no clause ("for asking") and no other child of the preposition."""
    return [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
    ]
