"""An attack on a right, a principle or what a party says or does is no armed attack, whatever
violence the sentence names elsewhere; an attack on people or places stays armed. A participle
joined by "and" to a noun's modifier ("oil- and gas-fired") modifies the noun, no act."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Our liberty is under assault from Washington and our towns fear terrorism, she said.",
        "The mayor's speech came under attack because of its borrowed passages.",
        "Voting rights are under constant attack from state lawmakers, the editor wrote.",
    ],
)
def test_an_attack_on_an_idea_is_no_armed_attack(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen launched an attack on the central market, killing nine shoppers.",
        "The garrison came under attack from rebel mortars on Sunday.",
    ],
)
def test_an_attack_on_people_or_places_stays_armed(text: str) -> None:
    assert "ASSAULT" in event_types(text)


def test_a_participle_joined_to_a_modifier_is_no_act() -> None:
    text = "The utility will close its oil- and coal-fired plants near Leeds by 2030."
    assert "ASSAULT" not in event_types(text)
