"""A march along a named route is a protest, though the parse reads the route's preposition as
a particle and the street as an object; a protest verb that gathers or shows a thing is not."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Outside the stadium, thousands of demonstrators marched down Market Street in the rain.",
        "Several hundred farmers marched up Rajpath to parliament on Monday.",
        "Thousands of students marched down Nevsky Prospekt on Saturday.",
    ],
)
def test_march_along_a_route_is_a_protest(text: str) -> None:
    assert event_types(text) == ["PROTEST"]


def test_protest_verb_with_a_gathered_object_is_no_protest() -> None:
    assert "PROTEST" not in event_types("The general rallied the troops before the battle.")
