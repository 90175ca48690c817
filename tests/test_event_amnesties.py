"""An amnesty or release granted to people is a concession to them (RETREAT, CAMEO 0841,
PLOVER's release mode); one that frees no one named is a topic, not an event."""

from __future__ import annotations

import pytest

from .conftest import Dyad, event_dyads


def _dyads(text: str) -> list[Dyad]:
    return event_dyads(text, date="2003-04-01")


@pytest.mark.parametrize(
    "text,dyad",
    [
        (
            "Tajikistan granted amnesty to dozens of Islamist fighters.",
            ("RETREAT", ["TJK"], ["TJK"]),
        ),
        ("Nepal declared an amnesty for Maoist guerrillas.", ("RETREAT", ["NPL"], ["NPL"])),
    ],
)
def test_an_amnesty_given_to_people_is_coded(text: str, dyad: tuple) -> None:
    assert _dyads(text) == [dyad]


def test_an_amnesty_law_frees_no_one_named() -> None:
    assert _dyads("Lawmakers debated the amnesty law for hours.") == []
