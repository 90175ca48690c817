"""A sector for people of no sector from a cue beside one of their names: the shared loop of
the readers that find such cues (`journalists`: a byline or an outlet; `party_workers`: a
party's consultant), each of which only says where its cue is."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from eventwire.model import Actor, ActorType, Code, Evidence, Mention, MentionKind
from eventwire.parse.nlp import doc_text

Cue = Callable[[Span], tuple[int, int] | None]  # a name's span → the cue's characters, or None


def code_cued_people(
    doc: Doc, actors: list[Actor], mentions: list[Mention], cue: Cue, sector: str, method: str
) -> None:
    """Give each person with no sector `sector` where `cue` finds its evidence beside one of
    their names (the first such name wins; the cue's characters are the evidence)."""
    unsectored = {a.id: a for a in actors if a.type == ActorType.PERSON and a.sector is None}
    for mention in mentions:
        actor = unsectored.get(mention.actor_id)
        if actor is None or mention.kind != MentionKind.NAME:
            continue
        span = doc.char_span(mention.evidence.start, mention.evidence.end)
        found = cue(span) if span is not None else None
        if found is not None:
            evidence = Evidence.of(doc_text(doc), *found)
            actor.sector = Code(value=sector, evidence=evidence, method=method)
            del unsectored[actor.id]
