"""Bodies NER leaves untagged but an apposition names as one: "Fairness Forward, a pro-Kasich
super PAC, said ...". A run of capitalised words in apposition to an indefinite phrase whose
head is a kind of body (PAC, company, newspaper) is that body's name, with the sector the
kind gives; the phrase describes it and is no second actor."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.org_sectors import head_sector
from eventwire.codes import country_of
from eventwire.lexicons import word_map, word_set
from eventwire.model import ActorType, MentionKind
from eventwire.parse.nlp import tokens

MAX_NAME_WORDS = 5


def find_described_bodies(finder: MentionCollector) -> None:
    """Add each untagged name that an indefinite kind of body stands in apposition to."""
    for token in tokens(finder.doc):
        if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ == "compound":
            continue
        if not any(_kind_of_body(child) for child in token.children if child.dep_ == "appos"):
            continue
        name = _name_ending_at(token)
        if name is None or not finder.free(name) or country_of(name.text) is not None:
            continue
        finder.add(
            MentionKind.NAME,
            ActorType.ORGANIZATION,
            name,
            key=name.text.lower(),
            sector=head_sector(name),
        )


def _kind_of_body(noun: Token) -> bool:
    """ "a pro-Clinton super PAC", "a Denver mining company": an indefinite phrase whose head
    says what kind of body the name is."""
    opener = noun.doc[noun.left_edge.i]
    kinds = word_map("organization_head").keys() | word_map("anaphoric_noun").keys()
    return noun.lower_ in kinds and opener.lower_ in word_set("indefinite_article")


def _name_ending_at(token: Token) -> Span | None:
    """The capitalised words that end at the token and modify it, when every one is a name."""
    start = token.i
    while start > token.sent.start and token.doc[start - 1].dep_ == "compound":
        start -= 1
    words = token.doc[start : token.i + 1]
    if len(words) > MAX_NAME_WORDS or not all(t.pos_ == "PROPN" and t.is_title for t in words):
        return None
    return words
