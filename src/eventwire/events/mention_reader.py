"""What the readings `participants.RoleReader` calls (`binding`, `quoted`, the pronoun
antecedents, possessors and described bodies) need of it.

RoleReader calls those readings, so they cannot import it back (an import cycle); they take
any reader with these lookups instead.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from eventwire.events.attribution import Attribution
from eventwire.model import Actor, Evidence, Mention, Participant


class MentionReader(Protocol):
    """The article's mentions and actors, and the participant a resolved actor gives."""

    doc: Doc
    mentions: list[Mention]
    actors: dict[str, Actor]
    attribution: Attribution

    def mention_at(self, token: Token) -> Mention | None: ...

    def actor_participant(self, actor_id: str, evidence: Evidence) -> Participant: ...

    def participant(self, mention: Mention) -> Participant: ...

    def actor_of(self, participant: Participant) -> Actor | None: ...

    def speaker(self, token: Token) -> Participant | None: ...

    def phrase(self, token: Token) -> list[Participant]: ...
