"""Sets of an event's participants: one per actor, and the recipients that are not the doers.

Kept apart from `participants` (which reads them from the parse) because many rules that add or
drop sides need only these set operations.
"""

from __future__ import annotations

from eventwire.model import Participant

Sides = tuple[list[Participant], list[Participant]]
"""An event's doers and the ones it is aimed at, as the role readers return them."""


def participant_key(participant: Participant) -> str:
    return participant.actor_id or f"{participant.country}@{participant.mention.start}"


def other_sides(actors: list[Participant], recipients: list[Participant]) -> list[Participant]:
    """Recipients that are neither an actor itself nor, for an act two or more countries'
    sides do together, one of those sides named again: "Palestinians and Israelis failed to
    reach agreement on the fate of Palestinian offices" is between the two, aimed at no third.
    A lone actor's own country stays (CAMEO's domestic events: "police arrested protesters")."""
    keys = {participant_key(p) for p in actors}
    sides = {p.country for p in actors if p.country}
    joint = sides if len(sides) > 1 else set()
    return [
        p
        for p in recipients
        if participant_key(p) not in keys and not (p.country in joint and _side_again(p, actors))
    ]


def _side_again(recipient: Participant, actors: list[Participant]) -> bool:
    """Whether a recipient of a joint side's country is that side named again: the side is the
    whole state ("India and Pakistan" ... "Indian soldiers") or a body of the recipient's own
    sector; a party of another sector is one apart ("the leaders of the United States, Canada
    and Mexico rebutted" a candidate, who is no leader of the United States)."""
    own = [a for a in actors if a.country == recipient.country]
    return recipient.sector is None or any(a.sector in {None, recipient.sector} for a in own)


def unique(participants: list[Participant]) -> list[Participant]:
    """One participant per actor (or per country for fallbacks), in order."""
    seen: set[str] = set()
    kept = []
    for participant in participants:
        key = participant_key(participant)
        if key not in seen:
            seen.add(key)
            kept.append(participant)
    return kept


def split_roles(actors: list[Participant], recipients: list[Participant]) -> Sides:
    """Keep each participant in one role: an actor is never also its own recipient."""
    actors = unique(actors)
    return actors, other_sides(actors, unique(recipients))
