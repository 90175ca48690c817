"""A ballot cast by the public is an election result, not an act of one actor toward another.

"Sandoval said he voted for Rubio" backs a candidate (SUPPORT); "56 percent of Latino voters
are less likely to vote for Republicans", "nonwhites driven to vote against Trump" count the
public's votes, as a poll or a result does, and name no one who acts.
"""

from __future__ import annotations

from eventwire.events.patterns import TriggerMatch
from eventwire.model import Participant

PUBLIC = {"CVL"}  # the public, voters, civilians: PLOVER's sector for no organised actor


def public_ballot(match: TriggerMatch, actors: list[Participant]) -> bool:
    """A vote whose voters are no one named or only the public."""
    if match.head.lemma_.lower() != "vote":
        return False
    return all(p.sector in PUBLIC for p in actors)
