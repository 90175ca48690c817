"""A party named by a town's name takes the country the places stage geocoded for it, where
the actors stage had none ("seized Goma": the parse may read the town as a person)."""

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
