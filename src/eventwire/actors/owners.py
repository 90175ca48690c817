"""The people and organisations that may own a group or a title ("Hamas fighters", "Yeltsin's
spokesman"), by the words their names cover."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.actors.candidates import Candidate
from eventwire.model import ActorType
from eventwire.parse.nlp import expanded_span

OWNER_TYPES = {ActorType.PERSON, ActorType.ORGANIZATION}


def owner_tokens(
    doc: Doc, candidates: list[Candidate], skip: Candidate | None = None
) -> dict[int, Candidate]:
    """Token index → the person or organisation candidate whose name covers it; the words of
    each name are looked up once per Doc (`expanded_span`), as titles ask again and again."""
    covered: dict[int, Candidate] = {}
    for candidate in (c for c in candidates if c is not skip and c.type in OWNER_TYPES):
        span = expanded_span(doc, candidate.start, candidate.end)
        if span is not None:
            covered.update({i: candidate for i in range(span.start, span.end)})
    return covered
