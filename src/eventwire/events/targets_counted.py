"""A counted reference to countries ("the two countries", "both nations") names those told before.

"teams sent to the two countries", "admission papers from the three countries' foreign
ministers": news refers back to the states it has just named by counting them. The phrase
stands for the latest that many countries named together before it in the article ("Poland,
Hungary and the Czech Republic"), else the latest that many named apart; an official of them
("the three countries' foreign ministers") acts for them. With fewer countries named before,
the phrase stays as the parse reads it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.mention_reader import MentionReader
from eventwire.lexicons import word_map, word_set
from eventwire.model import ActorType, Mention, Participant
from eventwire.parse.tags import PLURAL_NOUN_TAG


def counted_countries(reader: MentionReader, head: Token) -> list[Participant]:
    """The countries a counted plural ("the two countries") or its possessor ("the three
    countries' ministers") refers back to; empty when the head is no such phrase."""
    for noun in [head, *(c for c in head.children if c.dep_ == "poss")]:
        count = _count(noun)
        if count:
            return _latest_countries(reader, noun.idx, count)
    return []


def _count(noun: Token) -> int:
    """How many countries a definite counted plural names: "the two countries", "both nations"."""
    if noun.lemma_.lower() not in word_set("counted_country_noun") or noun.tag_ != PLURAL_NOUN_TAG:
        return 0
    numbers = word_map("counted_reference")
    counts = [int(numbers[c.lower_]) for c in noun.children if c.lower_ in numbers]
    definite = any(c.lower_ in {"the", "both"} for c in noun.children)
    return counts[0] if counts and definite else 0


def _latest_countries(reader: MentionReader, before: int, count: int) -> list[Participant]:
    """The latest `count` countries named together before a character offset ("Poland,
    Hungary and the Czech Republic ... the three countries"), else the latest `count`
    distinct countries named apart ("Iraq invaded Kuwait ... the two countries")."""
    told = [
        m
        for m in reader.mentions
        if m.evidence.end <= before and reader.actors[m.actor_id].type == ActorType.COUNTRY
    ]
    for mention in reversed(told):
        together = _named_together(reader, mention, told)
        if len(together) == count:
            return together
    apart: dict[str, Mention] = {}  # each country's latest mention, newest country first
    for mention in reversed(told):
        apart.setdefault(mention.actor_id, mention)
    latest = list(apart.values())[:count]
    if len(latest) < count:
        return []
    return [reader.actor_participant(m.actor_id, m.evidence) for m in reversed(latest)]


def _named_together(
    reader: MentionReader, mention: Mention, told: list[Mention]
) -> list[Participant]:
    """The distinct countries coordinated with a country mention ("Poland, Hungary and X")."""
    root = _root(reader, mention)
    if root is None:
        return []
    together = {root.i, *(t.i for t in root.conjuncts)}
    found = {
        m.actor_id: reader.actor_participant(m.actor_id, m.evidence)
        for m in told
        if (other := _root(reader, m)) is not None and other.i in together
    }
    return list(found.values())


def _root(reader: MentionReader, mention: Mention) -> Token | None:
    span = reader.doc.char_span(mention.evidence.start, mention.evidence.end, "expand")
    return span.root if span is not None else None
