"""A civilian title held in an armed opposition ("the separatist leader", "militia spokesman")
is the opposition's (REB), as a military one is ("rebel commander"), not a state's (GOV)."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The separatist leader Igor Vasin said his fighters would hold the town.", "Igor Vasin"),
        ("Militia spokesman Adam Kors denied the report on Monday.", "Adam Kors"),
    ],
)
def test_a_leader_of_an_armed_opposition_is_rebel(text: str, name: str) -> None:
    assert actor_sector(text, name, date="2000-01-01") == "REB"


def test_a_state_title_stays_government() -> None:
    text = "Prime Minister Jan Holt met the rebels on Monday."
    assert actor_sector(text, "Jan Holt", date="2000-01-01") == "GOV"
