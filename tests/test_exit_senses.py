"""Exits read from what is left: leaving an agreement or talks is a rejection, closing one's
own offices a retreat; withdrawing forces and closing others' press keep their codes."""

from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombia's government withdrew from its peace accord with the ELN rebels.", ["REJECT"]),
        ("Kenya pulled out of the regional trade pact on Monday.", ["REJECT"]),
        ("Peru withdrew from border talks with Ecuador on Wednesday.", ["REJECT"]),
        ("Ethiopia withdrew its troops from Somalia on Tuesday.", ["RETREAT"]),
        ("Mali's army said it had pulled out of the town of Kidal.", ["RETREAT"]),
        ("The Red Cross said it would close its offices in Bunia by March.", ["RETREAT"]),
        ("Zimbabwe's government closed two independent newspapers on Sunday.", ["COERCE"]),
    ],
)
def test_exit_type_follows_what_is_left(text: str, expected: list[str]) -> None:
    assert event_types(text) == expected
