"""A definite description of an organisation or group named before: "the ministry", "the
group", "the embassy" after "U.S. embassies".

The actors stage links names and titles; a common noun with "the" that no mention covers is
read here against the article's mentions, latest first, so an event's side is the body the
story means rather than no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.mention_reader import MentionReader
from eventwire.lexicons import word_map
from eventwire.model import ActorType, Mention, Participant
from eventwire.parse.nlp import expanded_span

DESCRIBED_TYPES = {ActorType.ORGANIZATION, ActorType.GROUP}


def described_body(reader: MentionReader, token: Token) -> Participant | None:
    """ "the ministry", "the group": a description of an organisation or group named before,
    the latest whose name ends in that noun ("the embassy" after "U.S. embassies"); a generic
    noun ("any") is the latest organisation, a kind ("the network": MED) the latest of that
    sector; one followed by its own name ("the group Code Pink") introduces someone new."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    if not definite or token.pos_ != "NOUN" or _named_in_apposition(token):
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
            return reader.participant(mention)
    return None


def _head_lemma(reader: MentionReader, mention: Mention) -> str:
    span = expanded_span(reader.doc, mention.evidence.start, mention.evidence.end)
    return span.root.lemma_.lower() if span is not None else ""


def _named_in_apposition(noun: Token) -> bool:
    """ "the group Code Pink", "the newspaper, Le Monde,": a proper name in apposition."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)
