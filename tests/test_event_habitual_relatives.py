"""A simple present in a relative clause that describes a party ("the league, which mediates
the dispute") tells its standing role, not an act."""

from __future__ import annotations

from .conftest import event_types


def test_described_role_is_no_event() -> None:
    text = (
        "The Arab League, which mediates the dispute between Egypt and Ethiopia,"
        " urged both governments to show restraint."
    )
    assert event_types(text) == ["REQUEST"]
