"""The actors and mentions an article's coreference has built so far: each link records a
mention and merges the candidate's codes into its actor; the end numbers both in text order.

It lives apart from actors/coreference.py and the linking modules it calls (`person_names`,
`title_links`, `pronoun_links`), whose rules decide which actor a candidate is: this is only
the bookkeeping every rule shares, and the lookups of people before a mention they all ask.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from datetime import date

from eventwire.actors.candidates import Candidate
from eventwire.actors.genders import PersonGenders
from eventwire.model import Actor, ActorType, Code, Evidence, Mention, MentionKind


class ActorLedger:
    """Accumulates actors in order of first mention."""

    def __init__(
        self, text: str, surnames_in_article: frozenset[str] = frozenset(), on: date | None = None
    ) -> None:
        self.text, self.on = text, on  # the article's day, for offices held then
        self.surnames_in_article = surnames_in_article  # of the people named in full anywhere
        self.actors: list[Actor] = []
        self.mentions: list[Mention] = []
        self.by_key: dict[tuple[ActorType, str], Actor] = {}
        self.people: dict[str, list[Actor]] = {}  # surname → people who have it
        self.history: list[tuple[int, Candidate, Actor]] = []  # resolved, by text position
        self.past_roles: dict[str, str | None] = {}  # actor id → an office said to be past
        self.genders = PersonGenders(text, on)
        self.unnamed: dict[str | None, list[int]] = {}  # gender → unnamed pronouns' starts

    def link(self, candidate: Candidate, actor: Actor, kind: MentionKind | None = None) -> None:
        mention = Mention(
            id=f"M{len(self.mentions) + 1}",
            actor_id=actor.id,
            kind=kind or candidate.kind,
            evidence=Evidence.of(self.text, candidate.start, candidate.end),
        )
        self.mentions.append(mention)
        actor.mention_ids.append(mention.id)
        if candidate.extra.get("past_office"):
            self.past_roles[actor.id] = candidate.role.value if candidate.role else None
        _merge_codes(actor, candidate, self.past_roles)
        self.genders.note(candidate, actor)
        insort(self.history, (candidate.start, candidate, actor), key=lambda item: item[0])

    def before(self, candidate: Candidate) -> list[tuple[Candidate, Actor]]:
        """Resolved mentions preceding the candidate, nearest first (the history is in text
        order, so they are the part before where the candidate would go)."""
        end = bisect_left(self.history, candidate.start, key=lambda item: item[0])
        return [(other, actor) for _, other, actor in reversed(self.history[:end])]

    def people_before(
        self, candidate: Candidate, exclude: Actor | None
    ) -> list[tuple[Candidate, Actor]]:
        """The people mentioned before the candidate outside quotation marks, nearest first:
        whom a title, a pronoun or a counterpart may refer back to."""
        return [
            (other, actor)
            for other, actor in self.before(candidate)
            if actor.type == ActorType.PERSON and not other.in_quote and actor is not exclude
        ]

    def new_actor(self, candidate: Candidate, name: str) -> Actor:
        actor = Actor(id=f"A{len(self.actors) + 1}", name=name, type=candidate.type)
        self.actors.append(actor)
        return actor

    def in_text_order(self) -> tuple[list[Actor], list[Mention]]:
        """Number actors and mentions by first appearance, whatever order they were built in."""
        self.mentions.sort(key=lambda m: (m.evidence.start, m.evidence.end))
        new_mention_ids = {m.id: f"M{i}" for i, m in enumerate(self.mentions, start=1)}
        first_seen = {m.actor_id: m.evidence.start for m in reversed(self.mentions)}
        self.actors.sort(key=lambda a: first_seen.get(a.id, len(self.text)))
        new_actor_ids = {a.id: f"A{i}" for i, a in enumerate(self.actors, start=1)}
        for mention in self.mentions:
            mention.id = new_mention_ids[mention.id]
            mention.actor_id = new_actor_ids[mention.actor_id]
        for actor in self.actors:
            actor.id = new_actor_ids[actor.id]
            actor.mention_ids = sorted(
                (new_mention_ids[i] for i in actor.mention_ids), key=lambda i: int(i[1:])
            )
        return self.actors, self.mentions


def _merge_codes(actor: Actor, candidate: Candidate, past_roles: dict[str, str | None]) -> None:
    """The first mention that states a code decides it; later ones only fill gaps. An office
    once said to be past ("ousted Prime Minister Ranariddh") gives no sector when a later
    mention names it again ("First Prime Minister Ranariddh", telling of the time he held it)."""
    for field in ("country", "sector", "role"):
        value: Code | None = getattr(candidate, field)
        if field == "sector" and _past_role(actor, candidate, past_roles):
            continue
        if value is not None and getattr(actor, field) is None:
            setattr(actor, field, value)


def _past_role(actor: Actor, candidate: Candidate, past_roles: dict[str, str | None]) -> bool:
    """Whether the candidate names the office the actor was said to hold no longer."""
    if actor.id not in past_roles or candidate.role is None:
        return False
    return past_roles[actor.id] in {None, candidate.role.value}
