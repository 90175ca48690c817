"""A protest put in a note or letter is the official complaint diplomats deliver (CAMEO 114,
PLOVER ACCUSE), not a demonstration; a protest staged by a crowd stays PROTEST."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Cyprus handed the Turkish ambassador a note of protest over the drilling ship.",
        "The Philippine foreign ministry sent a letter of protest to Beijing on Monday.",
    ],
)
def test_a_protest_in_writing_is_an_accusation(text: str) -> None:
    assert event_types(text) == ["ACCUSE"]


def test_a_protest_staged_by_students_stays_a_protest() -> None:
    text = "Hundreds of students staged a protest outside the parliament in Kathmandu."
    assert event_types(text) == ["PROTEST"]
