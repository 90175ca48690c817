"""Where a post is, not whose: "Gen. X, the former commander in Afghanistan" and "Y, a former
ambassador to Iraq" serve the state that sent them, so the country named after the envoy's
or commander's "to"/"in" says nothing of their own (the article's home or their own words,
"the U.S. commander in Afghanistan", still code it)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.topic_countries import without_subtrees
from eventwire.lexicons import word_set


def without_posts(tokens: list[Token]) -> list[Token]:
    """The description's words less the place an envoy or commander is posted to."""
    return without_subtrees(tokens, is_post)


def is_post(token: Token) -> bool:
    """Whether the word heads the place after a posted role's "to"/"in" ("commander in
    Afghanistan", "ambassador to Iraq")."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in word_set("posting_preposition"):
        return False
    role = prep.head.lemma_.lower()
    return role in word_set("envoy_role") or role in word_set("field_role")
