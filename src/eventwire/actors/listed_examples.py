"""The kind of body a name is listed as an example of: "drug companies such as Pfizer,
GlaxoSmithKline and Eli Lilly", "health insurers Cigna, Aetna and Humana", "banks including
UBS". The plural group noun that heads the list says what every name in it is, where the
names alone (firms no table lists) say nothing."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.group_nouns import group_sector
from eventwire.lexicons import word_set
from eventwire.model import Code
from eventwire.parse.coordination import first_conjunct
from eventwire.parse.tags import PLURAL_NOUN_TAG

PLURAL_NOUN = PLURAL_NOUN_TAG


def listing_sector(span: Span) -> Code | None:
    """The sector of the plural group noun a name is listed under, by "such as", "like" or
    "including" or in apposition; none for a name in any other place."""
    group = _listing_group(span.root)
    if group is None or group.tag_ != PLURAL_NOUN:
        return None
    doc = span.doc
    return group_sector(list(doc[group.left_edge.i : group.i + 1]))


def _listing_group(name: Token) -> Token | None:
    """The noun a list of names hangs on: back over the names coordinated before this one,
    then up from an example preposition or an apposition."""
    name = first_conjunct(name)
    if name.dep_ == "appos":
        return name.head
    if name.dep_ == "pobj" and name.head.lower_ in word_set("example_preposition"):
        return name.head.head
    return None
