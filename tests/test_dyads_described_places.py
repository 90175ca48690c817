"""A definite place noun with no name of its own ("the city", "the state") as an act's party
is the latest place of that kind named before it, through its government."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_dyads import _event


def test_the_city_ordered_to_act_is_the_city_named_before() -> None:
    (r,) = run_texts(
        "Mayor Greta Holm of Portland spoke on Friday.\n\n"
        "A judge on Monday ordered the city to publish the report."
    )
    (target,) = _event(r, "ordered").recipients
    assert (target.name, target.country, target.sector) == ("Portland", "USA", "GOV")


def test_a_village_is_no_government() -> None:
    (r,) = run_texts(
        "Mayor Greta Holm of Portland spoke on Friday.\n\n"
        "A judge on Monday ordered the village to publish the report."
    )
    assert _event(r, "ordered").recipients == []
