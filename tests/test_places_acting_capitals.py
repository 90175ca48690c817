"""A capital that acts is its government, a metonym, not a place (the coding README):
"Kampala rejected the charges"; the same name as the city itself stays a place."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _places(text: str) -> list[str]:
    (result,) = run_texts(text, date="2013-01-20")
    return [p.evidence.text for p in result.places]


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Kampala rejected the charges on Monday, the foreign ministry said.", "Kampala"),
        ("The minister said Canberra remained willing to host new talks.", "Canberra"),
        ("Quito has asked the court to rule on the border.", "Quito"),
    ],
)
def test_a_capital_acting_as_subject_is_no_place(text: str, capital: str) -> None:
    assert capital not in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Baghdad fell quiet after the curfew.",
        "Refugees arrived in Baghdad on Sunday.",
        "Baghdad was shaken by an earthquake on Tuesday.",
    ],
)
def test_the_capital_as_the_city_stays_a_place(text: str) -> None:
    assert "Baghdad" in _places(text)
