"""A small country's parish named like a far bigger town elsewhere ("Charlotte", a parish of
Saint Vincent) does not code a group named by that town: news means the big city."""

from __future__ import annotations

from eventwire.codes import province_countries
from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_officials_of_a_big_city_are_not_a_small_states_parish() -> None:
    (doc,) = run_texts(
        "Portland officials asked the governor for more police after a week of marches."
    )
    assert codes(actor(doc, "Portland officials"))[0] == "USA"


def test_a_large_states_own_division_keeps_its_country() -> None:
    assert province_countries()["Quebec"] == "CAN"
    assert "Charlotte" not in province_countries()
