"""Pulling one's backing or money from a party withdraws it (SANCTION), as "withdrew its
support" does; a group counted before "of" ("a number of firms") is who acts."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _events(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text, date="2016-06-20")
    return [(e.trigger.text, e.type) for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "Three airlines pulled their sponsorship of the Liberal Party congress on Friday.",
        "A number of unions are pulling their funding from the mayor's campaign.",
    ],
)
def test_pulled_backing_is_a_sanction(text: str) -> None:
    assert any(t.lower().startswith("pull") and k == "SANCTION" for t, k in _events(text))


def test_pulling_out_stays_a_retreat() -> None:
    events = _events("The governor pulled out of the summit on Tuesday.")
    assert ("pulled out", "RETREAT") in events


def test_a_handful_of_members_act() -> None:
    events = _events("A handful of senators criticized the trade deal with Peru on Monday.")
    assert ("criticized", "ACCUSE") in events
