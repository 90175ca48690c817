"""Mentions of one event grouped: news tells an act again ("the talks", "they met"), and a
reader of the records wants the mentions of one act together."""

from __future__ import annotations

from eventwire.model import Event


def assign_groups(events: list[Event]) -> None:
    """Mentions of one event share a group: same type and same actor and recipient countries."""
    groups: dict[tuple[str, frozenset[str], frozenset[str]], str] = {}
    for event in events:
        key = (
            event.type,
            frozenset(p.country for p in event.actors if p.country),
            frozenset(p.country for p in event.recipients if p.country),
        )
        event.group_id = groups.setdefault(key, f"G{len(groups) + 1}")
