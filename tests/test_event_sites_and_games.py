"""Readings that tell no act between parties: a visit to a plant, a hospital, a grave or a
border that meets no one, a killing told of a person in a place (the place is no target), and
a contest won in a numbered part of a game or in overtime (sports)."""

from __future__ import annotations

import pytest

from .conftest import event_dyads, event_types


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors from the IAEA visited the Bushehr reactor on Monday.",
        "Monitors from the United Nations toured the Rovno power plant.",
        "Governor Ann Tull visited the grave of Frank Olds, the founder of the movement.",
        "Senator Joe Marks paid a surprise visit to the U.S.-Mexico border in El Paso on Friday.",
    ],
)
def test_a_visit_to_a_site_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in event_types(text)


def test_a_visit_to_a_country_stays_a_consultation() -> None:
    assert event_types("The Dutch prime minister visited Jakarta.") == ["CONSULT"]


def test_the_place_of_a_killing_is_no_target() -> None:
    dyads = event_dyads("The killing of a teacher in Somalia drew wide anger.")
    assert all("SOM" not in targets for _type, _sources, targets in dyads)


@pytest.mark.parametrize(
    "text",
    [
        "The Bulls beat the Pistons in overtime.",
        "Djokovic beat Murray in the third set.",
        "The Dodgers beat the Giants in the tenth inning.",
    ],
)
def test_a_contest_won_in_a_game_is_sports(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


def test_a_battle_round_stays_an_attack() -> None:
    assert event_types("The army beat back the rebels in the second round of fighting.") == [
        "ASSAULT"
    ]
