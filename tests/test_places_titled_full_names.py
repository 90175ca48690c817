"""A full name after a title is a person even where a village bears it: the gazetteer's
namesake is no place of the story."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The African Union sent former South African President Thabo Mbeki to Harare.",
            "Thabo Mbeki",
        ),
        ("Senegalese President Macky Sall met the envoy in Dakar on Friday.", "Macky Sall"),
    ],
)
def test_a_titled_full_name_is_no_place(text: str, name: str) -> None:
    (result,) = run_texts(text, date="2010-12-07")
    assert name not in [p.evidence.text for p in result.places]


def test_a_town_after_a_verb_is_still_a_place() -> None:
    (result,) = run_texts("Troops moved from Ziguinchor to Kolda on Friday.", date="2015-05-05")
    assert {"Ziguinchor", "Kolda"} <= {p.evidence.text for p in result.places}
