"""Words NER reads as places that name none: a verb ("voting to Leave"), a named work across
places ("the Keystone XL Pipeline"), a bloc of states ("the West"), a word coined from a
country's name ("Brexit"); and a dateline's state abbreviation in capitals ("SPRINGFIELD,
ILL."), which is the state, not a town of those letters."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _places(text: str, day: str = "2016-05-02") -> dict[str, str | None]:
    (result,) = run_texts(text, date=day)
    return {p.evidence.text: p.country for p in result.places}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister urged farmers to vote to Leave in the referendum.", "Leave"),
        (
            "Protesters in Iowa fought the Dakota Access Pipeline for months.",
            "Dakota Access Pipeline",
        ),
        ("For decades the West tried to contain the influence of Moscow.", "West"),
        ("Bankers in Frankfurt fear that Brexit will hurt trade.", "Brexit"),
    ],
)
def test_words_that_name_no_place(text: str, word: str) -> None:
    places = _places(text)
    assert not any(word in name for name in places)


def test_the_place_beside_them_stays() -> None:
    assert _places("Voters in Wales backed Brexit.") == {"Wales": "GBR"}


def test_a_state_abbreviation_in_dateline_capitals() -> None:
    places = _places("SPRINGFIELD, MO. (AP) -- The governor signed the budget on Monday.")
    assert places.get("MO.") == "USA"


def test_a_capitalised_abbreviation_after_no_town_is_not_a_state() -> None:
    places = _places("Thousands of veterans still wait for care at the VA. Nobody knows why.")
    assert "VA." not in places
