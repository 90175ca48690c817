"""A national capital NER tags as a person or an organisation is a place, not an actor, where
a place preposition governs it ("in Asmara", "near Niamey", "flew home from Bamako"); a
capital that speaks ("Kabul said") still stands for its government."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Houthi fighters shelled a market in Sanaa on Monday.", "Sanaa"),
        ("The envoy flew home from Bamako on Wednesday.", "Bamako"),
        ("Troops returned from Bangui on Monday.", "Bangui"),
    ],
)
def test_a_capital_in_a_place_slot_is_no_actor(text: str, capital: str) -> None:
    (result,) = run_texts(text, date="2016-03-01")
    assert capital not in [a.name for a in result.actors]
    assert capital in [p.evidence.text for p in result.places]


def test_a_capital_that_speaks_stays_its_state() -> None:
    (result,) = run_texts("Kabul said the talks would resume.", date="2016-03-01")
    assert "AFG" in [a.country.value for a in result.actors if a.country]
