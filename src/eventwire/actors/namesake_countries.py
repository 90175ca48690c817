"""A surname several known people share, when all of them serve one state: "Clinton" (Bill or
Hillary), "Assad" (Hafez or Bashar), "Kabila" (Laurent or Joseph) in an undated text.

Which namesake is meant is unknown, but the country is not, and the event's dyad needs only
that: the codes all namesakes agree on are kept, the rest left empty.
"""

from __future__ import annotations

from eventwire.actors.entry import KnownActor
from eventwire.model import ActorType


def shared_codes(namesakes: list[KnownActor]) -> KnownActor | None:
    """One undated row with the codes every namesake has, or None when their states differ.

    Its aliases are the namesakes' full names, so "Michael Clinton", named with another first
    name, is none of them (`coding._namesake_fits` reads them)."""
    countries = {row.country for row in namesakes}
    if len(namesakes) < 2 or len(countries) != 1 or None in countries:
        return None
    sectors = {row.sector for row in namesakes}
    first = namesakes[0]
    return KnownActor(
        name=first.name.split()[-1],
        type=ActorType.PERSON,
        country=first.country,
        sector=first.sector if len(sectors) == 1 else None,
        aliases=tuple(sorted({row.name for row in namesakes})),
    )
