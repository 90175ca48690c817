"""A stated duty to perceive ("you should see the crowd", "should be seen through the lens of
hindsight") tells what is there to see and asks no act, so it is no REQUEST (events.demands
PERCEIVING); a duty to act stays a demand. All sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import event_types

DAY = "2016-04-02"


@pytest.mark.parametrize(
    "text",
    [
        '"You should see the crowd out there," Senator Lugar told reporters.',
        "The senator said the deal should be seen through the lens of hindsight.",
    ],
)
def test_a_duty_to_perceive_asks_no_act(text: str) -> None:
    assert "REQUEST" not in event_types(text, DAY)


def test_a_duty_to_act_stays_a_demand() -> None:
    text = '"You should leave the talks now," Senator Lugar told the rebels.'
    assert "REQUEST" in event_types(text, DAY)
