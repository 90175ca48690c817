"""A country a person's description names as the subject of their work, not as theirs.

"Richard Nuccio, a former Clinton administration Cuba adviser", "a State Department expert on
Iraq", "the paper's Moscow correspondent": the country is what the adviser advises on or where
the correspondent reports from; the person serves whoever employs them. News gives a person's
own country with a demonym or a possessive ("a Cuban diplomat", "Iraq's envoy"), which stay.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.parse.deps import COMPOUND_DEPS
from eventwire.parse.tags import NOUN_POS

TOPIC_DEPS = COMPOUND_DEPS  # "Cuba adviser", "Iraq weapons expert"


def without_topics(tokens: list[Token]) -> list[Token]:
    """The description's words less those naming the subject of a role: the object of
    "on"/"about" ("an expert on Iraq") and a name compounded to a subject-matter role noun
    ("the administration's Cuba adviser")."""
    return without_subtrees(tokens, _is_topic)


def without_subtrees(tokens: list[Token], heads: Callable[[Token], bool]) -> list[Token]:
    """The words less the whole phrase under each word `heads` picks (a topic, a post)."""
    dropped = {t.i for token in tokens if heads(token) for t in token.subtree}
    return [t for t in tokens if t.i not in dropped]


def _is_topic(token: Token) -> bool:
    """Whether the word heads the subject of a role rather than saying whose the person is:
    a name compounded to the role noun counts after the employer's words ("Clinton
    administration Cuba adviser"), since a lone one may be the nationality ("U.S. advisers")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in word_set("topic_preposition"):
        return True
    role = _role_head(token)
    if token.pos_ != "PROPN" or role is None or role.lemma_.lower() not in word_set("subject_role"):
        return False
    name = _name_start(token)
    return any(_names_employer(t) for t in token.doc[role.left_edge.i : name])


def _name_start(token: Token) -> int:
    """Where the place name the word ends starts ("North Korea"), by the entity tagger, so
    that its own first words are not read as an employer."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start if token.ent_iob_ else token.i


def _names_employer(token: Token) -> bool:
    """A noun or name modifying the role before the subject ("Clinton administration",
    "the Times'"): whom the person works for."""
    return token.pos_ in NOUN_POS and token.dep_ in TOPIC_DEPS | {"poss"}


def _role_head(token: Token) -> Token | None:
    """The noun a compound modifier chain ends in ("Iraq" → "weapons" → "expert")."""
    if token.dep_ not in TOPIC_DEPS:
        return None
    head = token.head
    while head.dep_ in TOPIC_DEPS and head.head.i != head.i:
        head = head.head
    return head if head.pos_ == "NOUN" else None
