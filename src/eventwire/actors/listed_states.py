"""A country's name in a list of another country's states is that state: "Clinton won
Alabama, Arkansas, Georgia and Texas", "Republicans in Tennessee and Georgia". Georgia the
state is a place there, not the Caucasus republic acting, so it is no actor; the words it is
listed with say which sense the text means, whatever the article's home country is."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.codes import division_countries, province_countries
from eventwire.model import Actor, ActorType, Mention
from eventwire.parse.nlp import entity_at


def drop_listed_states(
    doc: Doc, actors: list[Actor], mentions: list[Mention]
) -> tuple[list[Actor], list[Mention]]:
    """The actors and mentions less the countries the text lists among another country's
    states or provinces."""
    states = {m.actor_id for m in mentions if _listed_as_state(doc, m)}
    states &= {a.id for a in actors if a.type == ActorType.COUNTRY}
    kept = [a for a in actors if a.id not in states]
    return kept, [m for m in mentions if m.actor_id not in states]


def _listed_as_state(doc: Doc, mention: Mention) -> bool:
    """Whether a conjunct of the mention is a division of a country that has a division
    named like the mention too."""
    span = doc.char_span(mention.evidence.start, mention.evidence.end, alignment_mode="expand")
    divisions = division_countries().get(mention.evidence.text, frozenset())
    if span is None or not divisions:
        return False
    return any(_division_country(conjunct) in divisions for conjunct in span.root.conjuncts)


def _division_country(token: Token) -> str | None:
    """The country of the state or province the token names, alone or in its entity
    ("North Carolina")."""
    entity = entity_at(token)
    return province_countries().get(entity.text if entity is not None else token.text)
