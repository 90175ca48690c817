"""Acts' words that tell no act on a party: animals culled against a disease; killing people
and destroying property stay events."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "After the virus was found on two farms, 9,000 ducks were destroyed.",
        "Thousands of chickens have been killed in an effort to stop the virus from spreading.",
        "Inspectors said the infected cow's carcass will be destroyed on Friday.",
    ],
)
def test_animals_culled_are_no_attack_or_coercion(text: str) -> None:
    types = event_types(text)
    assert "ASSAULT" not in types and "COERCE" not in types


def test_people_killed_stay_an_attack() -> None:
    assert "ASSAULT" in event_types("Gunmen killed two farmers and stole their cattle.")


def test_property_destroyed_stays_coercion() -> None:
    assert "COERCE" in event_types("Troops burned the village's cattle sheds and homes.")
