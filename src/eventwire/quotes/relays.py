"""A closing "…, according to X" relays its whole clause, reporting verbs included: in "the
ministry was signaling its support …, according to an official" the official is the source,
and the verb inside is part of what the official relayed, not an attribution above it."""

from __future__ import annotations

from eventwire.quotes.cues import Cue


def relays(according: Cue, other: Cue) -> bool:
    """`according` is an "according to" cue whose content holds the other cue's verb."""
    content = according.content
    return (
        according.token.lower_ == "according"
        and content is not None
        and content[0] <= other.token.idx < content[1]
    )
