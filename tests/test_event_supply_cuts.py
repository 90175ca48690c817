"""Cutting or halting supplies of fuel or goods to another party is a sanction (SANCTION,
CAMEO 163); a cut with no one it is aimed at is economics, not an event."""

from __future__ import annotations

import pytest

from .conftest import event_dyads


@pytest.mark.parametrize(
    "text,dyad",
    [
        ("Algeria cut gas supplies to Morocco on Sunday.", ("SANCTION", ["DZA"], ["MAR"])),
        ("Iran halted fuel deliveries to Afghanistan.", ("SANCTION", ["IRN"], ["AFG"])),
    ],
)
def test_supplies_cut_to_a_party_are_a_sanction(text: str, dyad: tuple) -> None:
    assert event_dyads(text) == [dyad]


def test_a_cut_aimed_at_no_one_is_no_event() -> None:
    assert event_dyads("The refinery cut fuel supplies by five percent in March.") == []
