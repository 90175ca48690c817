"""The object two joined verbs share: "Germany condemned and sanctioned Iran", "Smith criticized
and mocked Jones", "endorsed and has fundraised for Canova".

Where a verb has nothing after it but the "and" that joins the next verb, the object written
after the second verb is the first's too (right-node raising): the parse hangs it on the second
verb only, so the first act reads as aimed at no one. A directed act with doers and no target
takes the parties named as the joined verb's object, or its "at"/"against" phrase ("criticized
and lashed out at Jones"), or for backing its "for" phrase ("endorsed and campaigned for
Canova"); never its doers. The target is marked inferred in the event's features. A first verb
whose preposition is left stranded ("met with and thanked X") is read by `raised`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.anaphora import trigger_root
from eventwire.events.exchange import sharing_conjuncts
from eventwire.events.implicit_sides import INFERRED
from eventwire.events.participant_sets import split_roles, unique
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import ACCUSE, ASSAULT, REJECT, SUPPORT
from eventwire.model import Event, Participant
from eventwire.parse.deps import VERB_OBJECT_DEPS
from eventwire.parse.tags import VERB_POS

SHARED_TYPES = {ACCUSE, SUPPORT, REJECT, ASSAULT}  # acts aimed at a party
AIM_PREPS = {"at", "against"}  # "lashed out at X", "voted against X"
BACKED_PREPS = {"for"}  # "campaigned for X": whom backing is for
BACKING = {SUPPORT}


def fill_shared_targets(doc: Doc, reader: RoleReader, events: list[Event]) -> None:
    """Give each directed act with doers and no target the parties its joined verb's object
    names (module doc)."""
    for event in events:
        if event.type not in SHARED_TYPES or not event.actors or event.recipients:
            continue
        root = trigger_root(event, doc)
        if root is None or root.pos_ not in VERB_POS:
            continue
        for verb in sharing_conjuncts(root):
            found = split_roles(event.actors, _shared(reader, verb, event.type))[1]
            if found:
                event.recipients = found
                event.confidence_features.append(f"{INFERRED}: {verb.text}")
                break


def _shared(reader: RoleReader, verb: Token, type_: str) -> list[Participant]:
    """The parties the joined verb's object or aimed phrase names."""
    preps = AIM_PREPS | (BACKED_PREPS if type_ in BACKING else set())
    objects = [c for c in verb.children if c.dep_ in VERB_OBJECT_DEPS]
    return unique([p for o in objects + pobjs(verb, preps) for p in reader.phrase(o)])
