"""The two sides of a one-country conflict: "Algeria urged both sides to respect the truce" in a
story about Mali's government and the Tuareg rebels. A civil war, an election dispute or a
standoff with the opposition names one country's actors only, so no pair of states is found;
event coders code "both sides" as the state and the party that contends with it: the state's
organ and the rebels, opposition or party the story names most often before the phrase."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from eventwire.events.mention_reader import MentionReader
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Participant

CAMP_TYPES = {ActorType.ORGANIZATION, ActorType.GROUP}  # a side is a body, not one person


def home_pair(reader: MentionReader, before: int, acting: set[str], home: str) -> list[str]:
    """Actor ids of the state's organ and its contender in `home`, each the one named most
    often (then first) before a point, leaving out who acts; none unless both are named."""
    counts = named_before(reader, before, acting, lambda actor: _of(actor, home))
    state = _most_named(counts, reader, word_set("state_sector"))
    contender = _most_named(counts, reader, word_set("contender_sector"))
    return [state, contender] if state and contender else []


def named_before(
    reader: MentionReader, before: int, acting: set[str], fits: Callable[[Actor], bool]
) -> Counter[str]:
    """How often each fitting actor is named before a point, leaving out who acts: the story's
    sides are those it names most."""
    return Counter(
        m.actor_id
        for m in reader.mentions
        if m.evidence.start < before
        and m.actor_id not in acting
        and fits(reader.actors[m.actor_id])
    )


def _most_named(counts: Counter[str], reader: MentionReader, sectors: frozenset[str]) -> str:
    """The actor of those sectors named most often; the first named on a tie (Counter order)."""
    found = [a for a, _ in counts.most_common() if reader.actors[a].sector_code in sectors]
    return found[0] if found else ""


def _of(actor: Actor, home: str) -> bool:
    """A body (no one person) of that country."""
    return actor.type in CAMP_TYPES and actor.country_code == home


def other_camp(pair: list[Participant], doers: list[Participant]) -> list[Participant]:
    """The side of a one-country pair that the doers are not: the contender when they all
    serve the state ("the Defence Ministry denied ..."), the state when all contend with it."""
    camps = [word_set("state_sector"), word_set("contender_sector")]
    for mine, other in zip(camps, reversed(camps), strict=True):
        if doers and all(d.sector in mine for d in doers):
            return [p for p in pair if p.sector in other]
    return []
