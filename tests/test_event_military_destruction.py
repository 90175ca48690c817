"""Armed forces destroying weapons, vehicles or positions of war fight (ASSAULT); destroying
homes or stalls is property destruction (COERCE), and destroying with no party named in a
sentence of no war is a figure of speech or a disaster."""

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


@pytest.mark.parametrize(
    "text",
    [
        "The senator said the new rules will destroy a set of old principles.",
        "The old myths have been demolished at a stroke, the minister said.",
    ],
)
def test_destroying_with_no_party_in_a_sentence_of_no_war_is_no_event(text: str) -> None:
    assert "COERCE" not in event_types(text)


def test_destruction_with_no_party_in_fighting_stays() -> None:
    assert event_types("Dozens of homes were destroyed in the fighting near Goma.") == ["COERCE"]
