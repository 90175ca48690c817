"""One known actor in one role period: the record both eventwire's table and a user's
CAMEO/PETRARCH dictionaries are read into (kept apart so the two readers need not import each
other)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.model import ActorType


@dataclass(frozen=True, slots=True)
class KnownActor:
    """One actor in one role period (or undated): what a name codes to while it holds."""

    name: str
    type: ActorType
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    start: date | None = None
    end: date | None = None
    aliases: tuple[str, ...] = ()
    source: str = "eventwire"
    code: str | None = None
    agent: bool = False

    @property
    def dated(self) -> bool:
        """Whether the row holds for a period rather than always."""
        return self.start is not None or self.end is not None

    def holds_on(self, on: date) -> bool:
        """Whether the role held on that day (both ends inclusive)."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    def days_from(self, on: date) -> int:
        """Days between `on` and the period: 0 inside it."""
        if self.start is not None and on < self.start:
            return (self.start - on).days
        if self.end is not None and on > self.end:
            return (on - self.end).days
        return 0
