"""Firms NER reads as places, and the base a firm's description gives it."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_a_firm_an_apposition_calls_a_company_is_an_actor_of_its_base() -> None:
    (r,) = run_texts(
        "Kelvara, a Houston-based drilling company, sued the government of Bolivia on Friday."
    )
    assert codes(actor(r, "Kelvara")) == ("USA", "BUS")


def test_a_known_place_described_as_a_town_stays_a_place() -> None:
    (r,) = run_texts("Denver, a mining town in its early days, grew fast after 1870.")
    assert not [a for a in r.actors if a.name == "Denver"]
