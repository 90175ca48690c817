"""Halting or ending cooperation with someone reduces relations (SANCTION), as suspending it
does; resuming it is still cooperation."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Syria halted cooperation with the UN investigators.",
        "Syria ended its cooperation with the UN investigators.",
    ],
)
def test_cooperation_cut_is_a_sanction(text: str) -> None:
    assert event_types(text) == ["SANCTION"]


def test_cooperation_resumed_is_cooperation() -> None:
    assert event_types("Syria resumed cooperation with the UN investigators.") == ["COOPERATE"]
