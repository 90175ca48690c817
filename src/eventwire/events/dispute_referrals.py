"""A dispute taken to a body: to a court it is a lawsuit, to any other body an appeal.

"took its border row with Ecuador to the world court" brings a case (CAMEO 115) like "took
Ecuador to court"; "takes pulp mill row with Argentina to regional bloc", "took the dispute to
the United Nations" asks that body to settle it (REQUEST, the lexicon's "take>@dispute&to
someone"). The body is a court when its head noun is a court's in the group lexicon (JUD).
"""

from __future__ import annotations

from functools import cache

from eventwire.codes import group_lexicon
from eventwire.events.cameo_codes import DEMAND, LAWSUIT
from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.sectors import COURTS

DISPUTES = words("event_words.tsv", "dispute")


def referred_dispute(match: TriggerMatch) -> TriggerMatch:
    """The match recoded as a lawsuit when the dispute it takes goes to a court."""
    head = match.head
    if match.nominal or match.code.cameo != DEMAND or head.lemma_.lower() != "take":
        return match
    bodies = pobjs(head, {"to"})
    return match.recoded(LAWSUIT) if any(b.lemma_.lower() in _courts() for b in bodies) else match


@cache
def _courts() -> frozenset[str]:
    """Head nouns of courts: "court", "tribunal" (the last word of the group lexicon's rows)."""
    return frozenset(noun[-1] for noun, sector in group_lexicon().items() if sector == COURTS)
