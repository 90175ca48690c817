"""A spokesperson named without a country speaks for the body the story has just named ("In
London, the Foreign Office criticised the move. Spokesman Peter Harwell said ..."): that body's
state, not the article's home, which only the dateline gave him."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code, Mention

SPOKESPERSON = "spokesperson"
SENTENCES_BACK = 1  # the body is named in the spokesperson's sentence or the one before


def speak_for_bodies(actors: list[Actor], mentions: list[Mention], doc: Doc, home: Code) -> None:
    """Give each home-coded spokesperson the country of the organisation named just before."""
    spokespeople = [actor for actor in actors if _home_spokesperson(actor, home)]
    if not spokespeople:
        return
    by_id = {actor.id: actor for actor in actors}
    starts = [sentence.start_char for sentence in doc.sents]
    ordered = sorted(mentions, key=lambda m: m.evidence.start)
    for actor in spokespeople:
        first = next((m for m in ordered if m.actor_id == actor.id), None)
        body = _body_before(first, ordered, by_id, starts) if first else None
        if body is not None and body.country is not None:
            actor.country = body.country.model_copy()


def _home_spokesperson(actor: Actor, home: Code) -> bool:
    """A person whose role is spokesperson and whose country is the home default."""
    spokes = actor.role is not None and actor.role.value == SPOKESPERSON
    country = actor.country
    defaulted = country is not None and (country.value, country.method) == (home.value, home.method)
    return actor.type == ActorType.PERSON and spokes and defaulted


def _body_before(
    first: Mention, ordered: list[Mention], by_id: dict[str, Actor], starts: list[int]
) -> Actor | None:
    """The last state body with a country named before the mention, close enough to it (the
    dateline's news agency is no body a spokesperson speaks for)."""
    sentence = bisect_right(starts, first.evidence.start)
    for mention in reversed([m for m in ordered if m.evidence.end <= first.evidence.start]):
        if sentence - bisect_right(starts, mention.evidence.start) > SENTENCES_BACK:
            return None
        actor = by_id.get(mention.actor_id)
        if actor is not None and actor.type == ActorType.ORGANIZATION and _of_state(actor):
            return actor
    return None


def _of_state(actor: Actor) -> bool:
    return (
        actor.country is not None
        and actor.sector is not None
        and actor.sector.value in word_set("state_sector")  # bodies that speak through one
    )
