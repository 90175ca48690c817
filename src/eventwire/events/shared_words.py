"""Actors named by the same words: "officials from Senegal and Gambia" is one mention for the
actor layer's two groups, Senegal's officials and Gambia's (`actors.group_names`). A role
that names one of them names both, as "Senegalese and Gambian officials" would."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from eventwire.model import Mention, Participant


def sharing_words(
    named: list[Participant], mentions: list[Mention], participant: Callable[[Mention], Participant]
) -> list[Participant]:
    """The other actors whose mention has exactly the words of a named participant's.
    `mentions` are in text order: only those starting where a named one starts are read, as
    every noun phrase of every event asks."""
    spans = {(p.mention.start, p.mention.end) for p in named if p.actor_id}
    ids = {p.actor_id for p in named}
    found = []
    for start in sorted({start for start, _ in spans}):
        for m in _starting_at(mentions, start):
            if (start, m.evidence.end) in spans and m.actor_id not in ids:
                found.append(participant(m))
    return found


def _starting_at(mentions: list[Mention], start: int) -> list[Mention]:
    """The mentions, in text order, whose words start at `start`."""
    first = bisect_left(mentions, start, key=_start)
    return mentions[first : bisect_right(mentions, start, key=_start)]


def _start(mention: Mention) -> int:
    return mention.evidence.start
