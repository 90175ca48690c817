"""A private person's vote is one ballot of the electorate, no act toward the candidate; an
official's or a legislator's vote stays an act."""

from __future__ import annotations

import pytest

from .conftest import typed_modalities


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "Margaret Holloway, a retired nurse who voted for Garcia twice, is undecided.",
            [],
        ),
        ("Daniel Okafor, a 54-year-old welder, voted for Garcia in the runoff.", []),
        ("The senator voted for the farm bill.", [("SUPPORT", "occurred")]),
    ],
)
def test_a_private_ballot_is_no_event(text: str, coded: list[tuple[str, str]]) -> None:
    assert typed_modalities(text) == coded
