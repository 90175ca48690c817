"""The state or country that qualifies a group's town ("officials in Macon, Georgia") is
part of that place (`actors.qualified_places`), no actor of its own."""

from __future__ import annotations

from eventwire.actors.candidates import Candidate
from eventwire.model import ActorType, Evidence


def drop_qualifiers(candidates: list[Candidate]) -> list[Candidate]:
    """ "officials in Macon, Georgia": the country a group's place is qualified with is part
    of that place, no actor of its own."""
    spans = [c.country.evidence for c in candidates if c.country and c.country.evidence]
    return [c for c in candidates if not _qualifies(c, spans)]


def _qualifies(candidate: Candidate, spans: list[Evidence]) -> bool:
    return candidate.type == ActorType.COUNTRY and any(
        s.start < candidate.start < s.end for s in spans
    )
