"""A march toward a contest or a date is a candidate's progress, not a protest; protesters who
march to a place still protest."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _protests(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-05-01")
    return [e.trigger.text for e in result.events if e.type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ana Ruiz is marching toward November with a comfortable lead in the polls.",
        "His rivals hoped to slow Governor Dale Perrin's steady march to the nomination.",
        "Aides said the senator would continue her march toward Election Day next week.",
    ],
)
def test_march_to_a_contest_or_date_is_no_protest(text: str) -> None:
    assert _protests(text) == []


def test_march_to_a_place_is_a_protest() -> None:
    text = "Hundreds of nurses marched to City Hall on Friday to demand higher wages."
    assert _protests(text) == ["marched"]
