"""An amnesty or release granted to people is a concession to them (RETREAT, CAMEO 0841,
PLOVER's release mode); one that frees no one named is a topic, not an event."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _dyads(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    (result,) = run_texts(text, date="2003-04-01")
    return [
        (e.type, [a.country for a in e.actors], [r.country for r in e.recipients])
        for e in result.events
    ]


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
