"""A party's members seated by the text in a legislature it names: "Republicans on the
committee", "Democrats in the Senate" act as legislators (LEG), not as the party (PTY) that the
known-actor table makes of the party's plural. A bare "Democrats", even in a story about a
legislature ("accused Democrats of hiding its cost"), stays the party's: the audits code it so."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.phrases import code
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Mention
from eventwire.sectors import LEGISLATORS, PARTY

SEAT_PREPOSITIONS = {"on", "in"}  # "Republicans on the committee", "Democrats in the House"


def code_party_legislators(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Recode as legislators the party plurals that sit in a legislature the text names."""
    seats = _legislature_tokens(doc, actors, mentions)
    if not seats:
        return
    parties = {a.id: a for a in actors if _party_plural(a)}
    for mention in mentions:
        actor = parties.get(mention.actor_id)
        span = doc.char_span(mention.evidence.start, mention.evidence.end)
        if actor is None or span is None:
            continue
        if _seated(span.root, seats):
            actor.sector = code(doc, LEGISLATORS, mention.evidence.start, mention.evidence.end)
            parties.pop(actor.id)


def _party_plural(actor: Actor) -> bool:
    """ "Democrats", "Republicans", "GOP": a party's members, coded as the party."""
    sector = actor.sector_code
    return sector == PARTY and actor.name.lower() in word_set("party_members")


def _legislature_tokens(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> set[int]:
    """The tokens of the mentions of legislatures ("the committee", "the Senate")."""
    bodies = {a.id for a in actors if a.type != ActorType.PERSON and _legislative(a)}
    found: set[int] = set()
    for mention in mentions:
        span = doc.char_span(mention.evidence.start, mention.evidence.end)
        if mention.actor_id in bodies and span is not None:
            found.update(range(span.start, span.end))
    return found


def _legislative(actor: Actor) -> bool:
    return actor.sector is not None and actor.sector.value == LEGISLATORS


def _seated(word: Token, seats: set[int]) -> bool:
    """ "Republicans on the committee": a preposition of place ties the party to a legislature."""
    preps = (c for c in word.children if c.lower_ in SEAT_PREPOSITIONS)
    return any(o.i in seats for p in preps for o in p.children if o.dep_ == "pobj")
