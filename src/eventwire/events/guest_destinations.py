"""Where a guest is welcomed or invited to is the venue, not a second party: "Obama welcomed
world leaders to the White House", "Castro invited Obama to Cuba", "welcoming refugees to the
United States". A hosting act (a meeting, an invitation, a welcome) whose object names the
party it is done to sends that party somewhere with "to"; the place or the house it goes to is
the host's own ground (`destinations`: where a thing is sent), not whom the act is aimed at.
A person or a group after "to" ("introduced him to donors") is met there and stays a party."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.destinations import DESTINATION_PREPS
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import AGREE, CONSULT, SUPPORT
from eventwire.model import ActorType

HOSTING_TYPES = {AGREE, CONSULT, SUPPORT}  # "invited" is AGREE, "welcomed" CONSULT or SUPPORT
PARTY_KINDS = {ActorType.PERSON, ActorType.GROUP}  # met there, not a place gone to


def guest_destinations(
    reader: RoleReader, verb: Token, objects: list[Token], type_: str
) -> list[Token]:
    """The "to" objects of a hosting verb whose own object names a party: the venue the guest
    is brought to, no target of the act."""
    if type_ not in HOSTING_TYPES or not any(reader.phrase(o) for o in objects):
        return []
    return [t for t in pobjs(verb, DESTINATION_PREPS) if not _party(reader, t)]


def _party(reader: RoleReader, token: Token) -> bool:
    """A person or a group the "to" names, whom the guest meets there."""
    return any(reader.actor_type(p) in PARTY_KINDS for p in reader.phrase(token))
