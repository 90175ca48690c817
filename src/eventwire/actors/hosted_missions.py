"""A mission named for the state it is sent to, with no sending state in its name: "Regional
Assistance Mission to Nauru", "Multinational Stabilisation Mission in East Timor". The state
after "to"/"in" is the host, not the home; a mission no state's name claims is sent by many
(an IGO's, CAMEO's IGO), where "the Brazilian mission in Haiti" stays Brazil's."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.actors.appositives import HOSTED_IN
from eventwire.actors.phrases import code, find_country
from eventwire.model import Code
from eventwire.sectors import INTERNATIONAL

MISSION = "mission"


def hosted_mission(span: Span) -> Code | None:
    """IGO for a mission the name or the words right after it send "to"/"in" a named state,
    when no state is named before that host phrase."""
    doc = span.doc
    heads = [t for t in span if t.lower_ == MISSION]
    if not heads:
        return None
    mission = heads[-1]
    host = mission.i + 1
    if host + 1 >= len(doc) or doc[host].lower_ not in HOSTED_IN:
        return None
    if find_country(doc, list(doc[host + 1 : host + 4])) is None:
        return None  # "a mission to Mars", "the mission in the north"
    before = doc[max(span.start - 2, mission.sent.start) : mission.i]
    if find_country(doc, list(before)) is not None:
        return None  # "the Brazilian mission in Haiti"
    return code(doc, INTERNATIONAL, mission.idx, mission.idx + len(mission))
