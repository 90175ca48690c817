"""One body named by its kind with an indefinite article: "a civil rights group sued the
state", "an advocacy group praised the bill". The groups lexicon names the kind in the plural
("rights groups" NGO); one such body that acts is an actor of that sector too, where "X is a
rights group" or "X, a rights group," only describes a body named already."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.code_phrases import MAX_GROUP_WORDS, group_phrases
from eventwire.lexicons import PhraseMatch
from eventwire.parse.nlp import lower_words

KIND_HEADS = frozenset({"group", "organization", "organisation"})
INDEFINITE = frozenset({"a", "an"})
ACTING = frozenset({"nsubj", "nsubjpass", "dobj"})
PARTY_PREPOSITIONS = frozenset({"by", "with", "against", "from"})  # "heat from a rights group"


def kind_body_at(doc: Doc, token: Token) -> PhraseMatch[str] | None:
    """The group-lexicon phrase starting at `token` whose singular kind head ends it, read
    as the plural the lexicon lists, for a body with an indefinite article that acts."""
    words = lower_words(doc)[token.i : token.i + MAX_GROUP_WORDS]
    for size in range(1, len(words) + 1):
        if words[size - 1] not in KIND_HEADS:
            continue
        value = group_phrases().get([*words[: size - 1], f"{words[size - 1]}s"])
        head = doc[token.i + size - 1]
        if value is not None and _acting_one(head):
            return PhraseMatch(0, size, value)
        return None
    return None


def _acting_one(head: Token) -> bool:
    """An indefinite kind noun that is a side of its clause: its subject, its object, or the
    object of "by", "with", "against" or "from"."""
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in head.children):
        return False
    if head.dep_ in ACTING:
        return True
    return head.dep_ == "pobj" and head.head.lower_ in PARTY_PREPOSITIONS
