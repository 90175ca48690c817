"""Co-arguments of one verb never corefer: "Catalan leaders accused the Spanish government"
names two actors even though both are groups of one country and sector (the key that merges
"Russian troops" with "Russian soldiers" elsewhere)."""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.actors.candidates import Candidate
from eventwire.model import Actor


def co_argument(
    candidate: Candidate, actor: Actor, history: Iterable[tuple[int, Candidate, Actor]]
) -> bool:
    """Whether a mention already linked to `actor` is an argument of the clause the
    candidate is an argument of (its subject, object or a verb's prepositional object)."""
    head = candidate.extra.get("head")
    return head is not None and any(
        linked is actor and other is not candidate and other.extra.get("head") == head
        for _, other, linked in history
    )


def own_key(key: str, candidate: Candidate) -> str:
    """The key of the actor split off by `co_argument`: the group's key and its own words, so
    that its later mentions by the same words find it again."""
    return f"{key}|{candidate.name.lower()}"
