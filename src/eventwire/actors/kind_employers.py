"""A body named again by the noun for its kind: "a spokesman for the bureau" after "the FBI",
"a spokeswoman for the company" after "Exxon Mobil". News names a body once, then by its kind;
whoever speaks or works for "the company" serves that company, not a state office."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.coding import current_table
from eventwire.lexicons import word_map
from eventwire.parse.nlp import entities

BODY = "ORG"
DETERMINER = "the"


def kind_noun(tokens: list[Token]) -> Token | None:
    """The first bare "the <kind>" among the tokens ("the bureau", "the company"): a body noun
    with no other modifier, which names no new body ("the Buffalo office" does)."""
    kinds = word_map("organization_head")
    for token in tokens:
        if token.pos_ != "NOUN" or token.lower_ not in kinds or not token.text.islower():
            continue
        modifiers = [c for c in token.children if c.dep_ not in {"prep", "punct", "case"}]
        if [c.lower_ for c in modifiers] == [DETERMINER]:
            return token
    return None


def bodies_before(noun: Token) -> list[Span]:
    """The organisations NER names before the noun, nearest first."""
    return [e for e in reversed(entities(noun.doc)) if e.label_ == BODY and e.end <= noun.i]


def of_kind(body: Span, noun: Token, sector: str | None) -> bool:
    """The body is of the noun's kind: the noun is a word of its name or of the full name the
    known-actor table gives it ("Federal Bureau of Investigation" for "FBI"), or the noun's
    kind is the body's sector ("company" and Exxon Mobil: business)."""
    row = current_table().lookup(body.text)
    names = f"{body.text} {row.name if row is not None else ''}".lower().split()
    return noun.lower_ in names or word_map("organization_head")[noun.lower_] == sector
