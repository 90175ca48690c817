"""Forces moved: the object of a mobilising verb that names armed forces is what is moved.

"committed ground troops", "deploy 45,000 Marines": the troops belong to the doer's own side,
so they are no target; where they go ("to the region") or what they patrol still is. So with
aid: "sent 40 doctors", "sent a team of rescuers to Albania": the staff sent are the sender's
aid, and the party they go to receives it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.participants import RoleReader
from eventwire.sectors import MILITARY

FORCES_SECTOR = MILITARY
STAFF = words("event_words.tsv", "medical_staff") | words("event_words.tsv", "aid_staff")


def moved_forces(reader: RoleReader, objects: list[Token]) -> list[Token]:
    """The objects that name armed forces only (every participant they name is military)."""
    found = []
    for obj in objects:
        named = reader.phrase(obj)
        if named and all(p.sector == FORCES_SECTOR for p in named):
            found.append(obj)
    return found


def sent_staff(objects: list[Token]) -> list[Token]:
    """The objects that name the staff an aid act sends ("doctors", "a team of rescuers")."""
    return [o for o in objects if o.lemma_.lower() in STAFF]
