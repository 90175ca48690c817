"""Dispersing or breaking up a gathering of people by force is repression (CAMEO 175, PLOVER
ASSAULT) by whoever does it; a crowd that disperses of itself is no event."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Zambian police fired tear gas to disperse opposition activists in Lusaka.",
        "Soldiers broke up a protest outside the parliament in Dhaka.",
        "Riot police dispersed a march of striking teachers.",
    ],
)
def test_forcing_a_gathering_apart_is_repression(text: str) -> None:
    assert "ASSAULT" in event_types(text)


def test_a_crowd_leaving_of_itself_is_no_event() -> None:
    assert event_types("The crowd dispersed quietly after the speeches.") == []
