"""A weapon fired or launched as a test shows force (MOBILIZE, CAMEO 150); fired at someone it
is an attack."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "India test-fired a nuclear-capable cruise missile on Wednesday.",
        "Pyongyang tested two short-range rockets off its east coast.",
        "Pakistan carried out a missile test near Karachi.",
    ],
)
def test_weapon_tests_show_force(text: str) -> None:
    assert event_types(text) == ["MOBILIZE"]


def test_weapons_fired_at_a_party_attack_it() -> None:
    assert event_types("Syrian troops fired rockets at rebel positions near Homs.") == ["ASSAULT"]


def test_testing_people_is_no_show_of_force() -> None:
    assert event_types("The general tested the loyalty of his officers.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Iran fired a missile over the Gulf on Sunday.",
        "North Korea fired two missiles into the sea off its east coast.",
    ],
)
def test_a_missile_fired_at_nothing_shows_force(text: str) -> None:
    assert event_types(text) == ["MOBILIZE"]


def test_a_missile_fired_at_a_site_attacks() -> None:
    assert event_types("Russia fired missiles at Kharkiv overnight.") == ["ASSAULT"]
