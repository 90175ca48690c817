"""A party named by a town's name takes the country the places stage geocoded for it, where
the actors stage had none ("seized Goma": the parse may read the town as a person); a town
named before the object an attack strikes places the attack there ("the Jenin camp")."""

from __future__ import annotations

from .conftest import run_texts


def test_a_town_seized_is_of_its_country() -> None:
    (result,) = run_texts("Rebels seized Goma on Tuesday.", date="2021-06-01")
    (event,) = result.events
    assert [p.country for p in event.recipients] == ["COD"]


def test_a_party_with_its_own_country_keeps_it() -> None:
    (result,) = run_texts("Russia expelled two Estonian diplomats on Monday.", date="2021-06-01")
    (event,) = result.events
    assert [p.country for p in event.recipients] == ["EST"]


def test_a_town_named_before_the_object_struck_is_the_target() -> None:
    (result,) = run_texts(
        "Israeli troops raided the Jenin refugee camp on Monday.", date="2021-06-01"
    )
    (event,) = result.events
    assert [p.country for p in event.recipients] == ["PSE"]
