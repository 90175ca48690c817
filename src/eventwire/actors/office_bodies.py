"""The kind of body an office held in it says: "Jane Roe, executive director of the Hope
Movement" (an office only non-profits have: the movement is an advocacy group or charity,
NGO), "chief executive of the Zentrix Group" (an office only firms have: a business, BUS).
The officer already takes that sector (actors.title_sectors.unknown_body_sector); the body,
of no known kind by its name, takes it too."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from eventwire.actors.phrases import code
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code, Mention
from eventwire.parse.nlp import expanded_span
from eventwire.sectors import ADVOCACY, BUSINESS

OFFICE_SECTORS = {"firm_office": BUSINESS, "nonprofit_office": ADVOCACY}
HOLDING_PREPOSITIONS = word_set("holding_preposition")  # "director of X", "chief executive at X"
METHOD = "office held"


def code_bodies_by_office(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Give each organisation of no known sector the sector of an office that the text says
    is held in it."""
    bodies = {a.id: a for a in actors if a.type == ActorType.ORGANIZATION and a.sector is None}
    for mention in mentions:
        body = bodies.get(mention.actor_id)
        if body is None:  # most mentions: no body of unknown sector, no span to read
            continue
        span = expanded_span(doc, mention.evidence.start, mention.evidence.end)
        if span is None:
            continue
        found = _office_before(span)
        if found is not None:
            found.method = METHOD
            body.sector = found
            del bodies[body.id]


def _office_before(span: Span) -> Code | None:
    """ "executive director of (the) X": the sector of the office right before the "of"/"at"
    that takes the body's name."""
    doc, at = span.doc, span.start
    if at > 0 and doc[at - 1].lower_ == "the":
        at -= 1
    if at < 2 or doc[at - 1].lower_ not in HOLDING_PREPOSITIONS:
        return None
    end = at - 1
    for size in range(_longest_office(), 0, -1):
        if end - size < 0:
            continue
        words = " ".join(t.lower_ for t in doc[end - size : end])
        for table, sector in OFFICE_SECTORS.items():
            if words in word_set(table):
                first = doc[end - size]
                return code(doc, sector, first.idx, doc[end - 1].idx + len(doc[end - 1]))
    return None


@cache
def _longest_office() -> int:
    """The most words an office of the lists has ("chief financial officer": 3), so that a
    longer office added to a list is still read whole; read once, not per mention."""
    return max(len(w.split()) for table in OFFICE_SECTORS for w in word_set(table))
