"""Staff take their owner's sector: "CIA officers" work where the CIA works (SPY), "her aides"
and "an adviser to Trump" where the person they serve does.

Run once, after every pass that codes an owner's sector (the table, the home default, a
candidate's run: `campaign_owners`), so that staff always read the owner's final code.
"""

from __future__ import annotations

from eventwire.actors.candidates import Candidate
from eventwire.actors.occupations import OCCUPATION
from eventwire.model import Actor, ActorType, Code, Mention


def code_staff_sectors(
    candidates: list[Candidate], actors: list[Actor], mentions: list[Mention]
) -> None:
    """Give staff ("her aides") and those who serve someone ("a spokesman for Lee") their
    owner's sector; a firm's officer none of a state's ("a Kellogg officer"), and one who
    serves a country (the tagger may read "Benin" in "Benin's President" as a person) the
    sector the title gave."""
    actor_at = {m.evidence.start: m.actor_id for m in mentions}
    by_id = {actor.id: actor for actor in actors}
    for candidate in candidates:
        owner = by_id.get(actor_at.get(int(candidate.extra.get("owner", -1)), ""))
        staff = by_id.get(actor_at.get(candidate.start, ""))
        if owner is None or staff is None:
            continue
        if candidate.extra.get("staff") and owner.sector:
            staff.sector = owner.sector.model_copy()
        elif candidate.extra.get("staff") and owner.type == ActorType.ORGANIZATION:
            staff.sector = None
        if candidate.extra.get("serves") and owner.type != ActorType.COUNTRY:
            staff.sector = owner.sector.model_copy() if owner.sector else _own_trade(staff)


def _own_trade(staff: Actor) -> Code | None:
    """The sector an occupation gives one who serves someone of no sector: "Lee's attorney,
    X" pleads in court (JUD) for a private client, as an adviser to one has no sector."""
    sector = staff.sector
    return sector if sector is not None and sector.method == OCCUPATION else None
