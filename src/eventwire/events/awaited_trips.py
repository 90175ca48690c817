"""Who travels on a trip told as awaited: "the delegation is expected in Nairobi next week".

A passive schedule verb with a destination announces a visit (`travel.trip_code` through
`arranged.awaited_at`); its passive subject is the traveller, the visit's source, not whom the
act is aimed at, as the passive's reading of sides would have it. The host comes from the
destination (`hosts.visit_hosts`).
"""

from __future__ import annotations

from eventwire.events.arranged import awaited_at
from eventwire.events.participant_sets import Sides
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch


def awaited_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The travellers of an awaited passive trip as its doers; None for any other trigger."""
    head = match.head
    if match.nominal or not awaited_at(head) or head.dep_ == "acomp":
        return None
    travellers = [p for c in head.children if c.dep_ == "nsubjpass" for p in reader.phrase(c)]
    return (travellers, []) if travellers else None
