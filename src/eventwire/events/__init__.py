"""Events: who did what to whom, where and when, as PLOVER types with CAMEO codes.

Reads the parsed article and the records of the stages before it: `Actor`/`Mention` (roles),
`Quote` (claimed events), `TimeExpression` and `Place` (the event's time and place slots).
Writes `Event` records with trigger, participants, modality and their evidence.
"""

from eventwire.events.extract import extract_events

__all__ = ["extract_events"]
