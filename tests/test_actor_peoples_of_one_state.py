"""Peoples whose homeland lies inside one state (a region's people, not a state's name) code as
that state's, the way CAMEO codes "Chechen rebels" as Russia's: their acts get a country side."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kikuyu elders accused the Kenyan police of brutality on Sunday.", "KEN"),
        ("Igbo leaders accused the governor of neglect.", "NGA"),
        ("Catalan leaders accused Madrid of ignoring the vote.", "ESP"),
        ("Rohingya villagers accused soldiers of burning their homes.", "MMR"),
    ],
)
def test_a_regional_people_gives_its_state_to_the_accuser(text: str, country: str) -> None:
    (result,) = run_texts(text, date="2001-05-02")
    (event,) = [e for e in result.events if e.type == "ACCUSE"]
    assert {p.country for p in event.actors} == {country}
