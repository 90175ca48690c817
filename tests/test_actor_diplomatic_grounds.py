"""A state's diplomatic post named by its grounds ("the U.S. diplomatic compound") is the
state's diplomats (GOV), as its embassy is, and a side of an attack on it."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen stormed the French diplomatic compound in Tripoli.", "French diplomatic compound"),
        ("Mobs attacked British diplomatic compounds.", "British diplomatic compounds"),
    ],
)
def test_diplomatic_grounds_are_the_states_diplomats(text: str, name: str) -> None:
    assert actor_sector(text, name) == "GOV"
