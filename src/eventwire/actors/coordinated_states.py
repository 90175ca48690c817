"""A state's own body named bare beside its state: "The United States sent a rescue team, and
the Coast Guard flew the injured to hospitals". News names an institution without its country
when the clause it is coordinated with has just named that country as the doer; the body is
that country's, not the dateline's or the outlet's (a default for locals named bare).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.lexicons import word_set
from eventwire.model import FRAME_METHODS, Actor, ActorType, Code, Mention
from eventwire.parse.nlp import expanded_span
from eventwire.parse.subjects import SUBJECT_DEPS, clause_subjects

BODY_TYPES = {ActorType.GROUP, ActorType.ORGANIZATION}
COORDINATED = "coordinated"  # `Code.method`: the country of a coordinated clause's subject


def code_by_coordinated_states(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Give each bare state body the country that is the subject of the clause its own
    clause is coordinated with, when that subject is a country."""
    by_id = {actor.id: actor for actor in actors}
    for mention in mentions:
        body = by_id.get(mention.actor_id)
        if body is None or not _bare_state_body(body):
            continue
        span = expanded_span(doc, mention.evidence.start, mention.evidence.end)
        token = span.root if span is not None else None
        country = _coordinated_country(token, mentions, by_id) if token is not None else None
        if country is not None:
            body.country = country.model_copy(update={"method": COORDINATED})


def _bare_state_body(actor: Actor) -> bool:
    """A state's institution (`state_sector`) whose country no words of its own gave."""
    state = actor.sector is not None and actor.sector.value in word_set("state_sector")
    method = actor.country.method if actor.country else None
    return actor.type in BODY_TYPES and state and (method is None or method in FRAME_METHODS)


def _coordinated_country(
    token: Token, mentions: list[Mention], by_id: dict[str, Actor]
) -> Code | None:
    """The country subject of the clause the token's clause is joined to by "and" ("..., but
    the army denied it" sets another party against the first), when that clause names no
    other country."""
    verb = token.head
    if token.dep_ not in SUBJECT_DEPS or verb.dep_ != "conj":
        return None
    joints = [c.lower_ for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    if joints[-1:] != ["and"]:
        return None
    first = verb.head
    named = [
        (mention, actor)
        for mention in mentions
        if first.left_edge.idx <= mention.evidence.start < verb.left_edge.idx
        and (actor := by_id.get(mention.actor_id)) is not None
        and actor.type == ActorType.COUNTRY
        and actor.country is not None
    ]
    subjects = [c.idx for c in clause_subjects(first)]
    doers = [a for m, a in named if any(m.evidence.start <= i < m.evidence.end for i in subjects)]
    if len({a.id for _, a in named}) != 1 or not doers:
        return None  # "accused Pakistan ..., and the army denied it": whose army is unsaid
    return doers[0].country
