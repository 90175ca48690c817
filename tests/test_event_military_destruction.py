"""Armed forces destroying weapons, vehicles or positions of war fight (ASSAULT); destroying
homes or stalls is property destruction (COERCE)."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Eritrean troops destroyed an Ethiopian radar station near the border.",
        "Rebel fighters destroyed two government tanks outside Goma.",
        "Moroccan soldiers destroyed several Polisario bunkers in the desert.",
    ],
)
def test_armed_force_destroying_war_things_is_an_assault(text: str) -> None:
    assert event_types(text) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Police destroyed the homes of dozens of squatters in Lusaka.",
        "Council workers destroyed hundreds of market stalls in Accra.",
    ],
)
def test_destroying_property_stays_coercion(text: str) -> None:
    assert event_types(text) == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "The alliance aims to destroy the rebels in the north.",
        "Our goal is to destroy the militants, the senator said.",
    ],
)
def test_destroying_an_armed_force_is_fighting(text: str) -> None:
    assert event_types(text) == ["ASSAULT"]
