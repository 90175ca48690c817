"""A definite description of an organisation or group named before: "the ministry", "the
group", "the embassy" after "U.S. embassies".

The actors stage links names and titles; a common noun with "the" that no mention covers is
read here against the article's mentions, latest first, so an event's side is the body the
story means rather than no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import political_titles
from eventwire.events.mention_reader import MentionReader
from eventwire.lexicons import word_map, word_set
from eventwire.model import ActorType, Mention, Participant
from eventwire.parse.nlp import expanded_span
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.tags import NOUN_TAG

SINGULAR_NOUN = NOUN_TAG

DESCRIBED_TYPES = {ActorType.ORGANIZATION, ActorType.GROUP}


def described_body(reader: MentionReader, token: Token) -> Participant | None:
    """ "the ministry", "the group": a description of an organisation or group named before,
    the latest whose name ends in that noun ("the embassy" after "U.S. embassies"); a generic
    noun ("any") is the latest organisation, a kind ("the network": MED) the latest of that
    sector; one followed by its own name ("the group Code Pink") introduces someone new."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    if not definite or token.pos_ != "NOUN" or _named_in_apposition(token) or _measured(token):
        return None
    kind = word_map("anaphoric_noun").get(token.lower_)
    for mention in reversed(reader.mentions):
        actor = reader.actors[mention.actor_id]
        if mention.evidence.end > token.idx or actor.type not in DESCRIBED_TYPES:
            continue
        sector = actor.sector.value if actor.sector else "any"  # no sector: only "any" fits
        if actor.type == ActorType.ORGANIZATION and kind in {"any", sector}:
            return reader.participant(mention)
        if kind != "any" and _head_lemma(reader, mention) == token.lemma_.lower():
            if _one_of_many(reader, token, mention):
                continue
            return reader.participant(mention)
    return None


def _head(reader: MentionReader, mention: Mention) -> Token | None:
    span = expanded_span(reader.doc, mention.evidence.start, mention.evidence.end)
    return span.root if span is not None else None


def _head_lemma(reader: MentionReader, mention: Mention) -> str:
    head = _head(reader, mention)
    return head.lemma_.lower() if head is not None else ""


def _one_of_many(reader: MentionReader, token: Token, mention: Mention) -> bool:
    """ "the candidate" after "the other presidential candidates": a person's title in the
    singular names one person, never the group of those who hold it (a body's noun may:
    "the embassy" after "U.S. embassies" is one of them, acting for their state)."""
    head = _head(reader, mention)
    plural = head is not None and head.tag_ in PLURAL_NOUN_TAGS
    return plural and token.tag_ == SINGULAR_NOUN and token.lower_ in political_titles()


def _measured(noun: Token) -> bool:
    """ "the minimum force necessary", "the sheer force of": an adjective of amount makes the
    noun a quantity, which no body named before ("the U.S. Air Force") can be."""
    measures = word_set("measure_adjective")
    return any(c.dep_ == "amod" and c.lower_ in measures for c in noun.children)


def _named_in_apposition(noun: Token) -> bool:
    """ "the group Code Pink", "the newspaper, Le Monde,": a proper name in apposition."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)
