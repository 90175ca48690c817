"""One side's military drills are a show of force (MOBILIZE); joint drills are cooperation."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Iran launched naval drills in the Strait of Hormuz on Friday.",
        "Venezuela staged military exercises near the Colombian border, officials said.",
    ],
)
def test_one_sides_drills_show_force(text: str) -> None:
    assert event_types(text) == ["MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Saudi Arabia began joint naval drills in the Red Sea.",
        "The Japanese navy held exercises with the Australian navy.",
        "Pakistan and China held air force exercises on Monday.",
    ],
)
def test_joint_drills_are_cooperation(text: str) -> None:
    assert event_types(text) == ["COOPERATE"]
