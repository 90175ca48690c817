"""Forces moved: the object of a mobilising verb that names armed forces is what is moved.

"committed ground troops", "deploy 45,000 Marines": the troops belong to the doer's own side,
so they are no target; where they go ("to the region") or what they patrol still is.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participants import RoleReader

FORCES_SECTOR = "MIL"


def moved_forces(reader: RoleReader, objects: list[Token]) -> list[Token]:
    """The objects that name armed forces only (every participant they name is military)."""
    found = []
    for obj in objects:
        named = reader.phrase(obj)
        if named and all(p.sector == FORCES_SECTOR for p in named):
            found.append(obj)
    return found
