"""The other party of an exchange: whom an addressed act that names no one is aimed at.

"Sanders said Clinton was unqualified. Clinton pushed back on Thursday, and her campaign took
issue with the remark": a reply, a rebuke, a visit or an endorsement is an act between two
parties, and where the parse gives it no object at all the story has just told the other one. Event
coders aim it at the party it answers: the doer of the latest act aimed at its doer, told in the
same sentence or the two before (not one whose own target was inferred). An act done by two
parties together is aimed at each other, and PLOVER gives it no target. The target is marked
inferred in the event's features.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.events.lexicon import noun_triggers
from eventwire.events.replies import actor_ids, window_start
from eventwire.model import Event, Participant

# Acts that have an addressee nearly always in coded news (PLOVER): a stance, a meeting, help.
ADDRESSED = {"ACCUSE", "REJECT", "SUPPORT", "CONSULT", "COERCE", "COOPERATE", "CONCEDE", "AID"}
WINDOW = 2  # sentences back an exchange carries on
OBJECT_DEPS = {"dobj", "dative"}
INFERRED = "inferred target"  # the feature that marks a target read from the story


def fill_other_party(doc: Doc, events: list[Event]) -> None:
    """Aim each addressed act with one doer and no target at the doer of the latest act aimed
    at it within the window (module doc)."""
    for i, event in enumerate(events):
        if event.recipients or len(event.actors) != 1 or event.type not in ADDRESSED:
            continue  # two doers together ("traded criticism") act toward each other
        if _has_object(doc, event):
            continue  # "criticized his plan": the act names what it is aimed at
        floor = window_start(doc, event.sentence.start, WINDOW)
        earlier = [e for e in events[:i] if e.sentence.start >= floor]
        other = _other_party(event, earlier)
        if other:
            event.recipients = other
            event.confidence_features.append(INFERRED)


def _other_party(event: Event, earlier: list[Event]) -> list[Participant]:
    """The doers of the latest earlier act aimed at the event's doer (and not done by it)."""
    doers = actor_ids(event.actors)
    for told in reversed(earlier):
        sources, targets = actor_ids(told.actors), actor_ids(told.recipients)
        if not sources or not targets or sources & targets or INFERRED in told.confidence_features:
            continue  # an inferred target is no told exchange
        if doers & targets and not doers & sources:
            return [p.model_copy() for p in told.actors]
    return []


def _has_object(doc: Doc, event: Event) -> bool:
    """The trigger's word has a direct object of its own that is no act: "rebuffed the pressure"
    names the act it answers, not whom."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    objects = [c for c in span.root.children if c.dep_ in OBJECT_DEPS] if span else []
    return any(not noun_triggers(o) for o in objects)
