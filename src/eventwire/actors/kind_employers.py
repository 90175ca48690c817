"""A body named again by the noun for its kind or by "its": "a spokesman for the bureau" after
"the FBI", "a spokeswoman for the company" after "Exxon Mobil", "Htay Oo, its acting chairman"
after the party. News names a body once, then refers back to it; whoever speaks or works for
it serves that body, not a state office."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.coding import current_table
from eventwire.lexicons import word_map
from eventwire.parse.nlp import GROUP_ENTITIES, entities

BODY = "ORG"
REFERRING = GROUP_ENTITIES  # what "its" may refer back to
DETERMINER = "the"
OWNER_PRONOUN = "its"


def referring_word(tokens: list[Token]) -> Token | None:
    """The first bare "the <kind>" among the tokens ("the bureau", "the company"): a body noun
    with no other modifier, which names no new body ("the Buffalo office" does); or "its"
    owning a title ("its acting chairman")."""
    kinds = word_map("organization_head")
    for token in tokens:
        if token.lower_ == OWNER_PRONOUN and token.dep_ == "poss":
            return token
        if token.pos_ != "NOUN" or token.lower_ not in kinds or not token.text.islower():
            continue
        modifiers = [c for c in token.children if c.dep_ not in {"prep", "punct", "case"}]
        if [c.lower_ for c in modifiers] == [DETERMINER]:
            return token
    return None


def bodies_before(word: Token) -> list[Span]:
    """The organisations NER names before the word, nearest first; for "its", only the
    nearest name of a body, a place or a people, where that is an organisation ("Russia …
    its president" is Russia's)."""
    before = [e for e in reversed(entities(word.doc)) if e.end <= word.i]
    if word.lower_ == OWNER_PRONOUN:
        nearest = next((e for e in before if e.label_ in REFERRING), None)
        return [nearest] if nearest is not None and nearest.label_ == BODY else []
    return [e for e in before if e.label_ == BODY]


def of_kind(body: Span, word: Token, sector: str | None) -> bool:
    """The body is of the noun's kind: the noun is a word of its name or of the full name the
    known-actor table gives it ("Federal Bureau of Investigation" for "FBI"), or the noun's
    kind is the body's sector ("company" and Exxon Mobil: business); any body is "it"."""
    if word.lower_ == OWNER_PRONOUN:
        return True
    row = current_table().lookup(body.text)
    names = f"{body.text} {row.name if row is not None else ''}".lower().split()
    return word.lower_ in names or word_map("organization_head")[word.lower_] == sector
