"""Exchanging or trading fire is fighting (ASSAULT); exchanging information is cooperation."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Eritrean and Ethiopian soldiers exchanged fire near Badme on Friday.",
        "Thai and Cambodian troops traded gunfire along the disputed border.",
    ],
)
def test_exchanging_fire_is_an_assault(text: str) -> None:
    assert event_types(text) == ["ASSAULT"]


def test_exchanging_intelligence_is_not_an_assault() -> None:
    assert "ASSAULT" not in event_types("Jordan and Egypt exchanged intelligence on the cell.")
