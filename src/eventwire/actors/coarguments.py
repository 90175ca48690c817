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
    return id(actor) in clause_mates(candidate, history)


def clause_mates(candidate: Candidate, history: Iterable[tuple[int, Candidate, Actor]]) -> set[int]:
    """The `id`s of the actors linked to the other arguments of the candidate's clause (a
    relative clause's noun among them: `clauses.relative_clause_keys`), read
    once per candidate: a pronoun weighs every person named before it, and asking of each
    person anew scanned the whole history each time (a quarter of the actors stage)."""
    head = candidate.extra.get("head")
    if head is None:
        return set()
    return {
        id(linked)
        for _, other, linked in history
        if other is not candidate
        and (
            other.extra.get("head") == head or head in other.extra.get("relative_heads", "").split()
        )
    }


def own_key(key: str, candidate: Candidate) -> str:
    """The key of the actor split off by `co_argument`: the group's key and its own words, so
    that its later mentions by the same words find it again."""
    return f"{key}|{candidate.name.lower()}"
