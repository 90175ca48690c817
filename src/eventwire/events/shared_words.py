"""Actors named by the same words: "officials from Senegal and Gambia" is one mention for the
actor layer's two groups, Senegal's officials and Gambia's (`actors.group_names`). A role
that names one of them names both, as "Senegalese and Gambian officials" would."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import Mention, Participant


def sharing_words(
    named: list[Participant], mentions: list[Mention], participant: Callable[[Mention], Participant]
) -> list[Participant]:
    """The other actors whose mention has exactly the words of a named participant's."""
    spans = {(p.mention.start, p.mention.end) for p in named if p.actor_id}
    if not spans:
        return []
    ids = {p.actor_id for p in named}
    return [
        participant(m)
        for m in mentions
        if (m.evidence.start, m.evidence.end) in spans and m.actor_id not in ids
    ]
