"""The writer's own meeting, told in the first person outside quotes ("When I first met
her"), is a reporter's contact, no consultation; a quoted speaker's "I met with them" stays."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "When I first met Governor Alvarez in 2009, she ran a small clinic.",
        "We met the senator at a diner outside Dayton.",
        "I sat down with Mayor Okafor in her office last week.",
    ],
)
def test_the_writers_own_meeting_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in event_types(text)


def test_a_quoted_speakers_meeting_stays_a_consultation() -> None:
    text = 'Governor Alvarez said: "I met with the union leaders on Monday."'
    assert "CONSULT" in event_types(text)
