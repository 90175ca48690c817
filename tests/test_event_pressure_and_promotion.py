"""Acts between parties told with verbs of pressure and promotion (recall44): leaning on a party
presses it to act (REQUEST) and promoting a named person backs them (SUPPORT); the same verbs
with a thing as their object tell no act between parties."""

from __future__ import annotations

import pytest

from .conftest import event_sides


@pytest.mark.parametrize(
    "text,type_,source,target",
    [
        (
            "The White House leaned on Senate Democrats to pass the spending bill.",
            "REQUEST",
            "White House",
            "Senate Democrats",
        ),
        (
            "The party chairman promoted Senator Warren on Twitter as the winner of the debate.",
            "SUPPORT",
            "chairman",
            "Warren",
        ),
    ],
)
def test_pressure_and_promotion_are_acts(text: str, type_: str, source: str, target: str) -> None:
    assert any(t == type_ and source in s and target in r for t, s, r in event_sides(text)), (
        event_sides(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The new governor rescued the state's pension fund from collapse.",
        "The mayor leaned on his long experience in business.",
        "The company promoted its new phone with a large campaign.",
    ],
)
def test_the_verbs_with_a_thing_tell_no_act(text: str) -> None:
    assert event_sides(text) == []
