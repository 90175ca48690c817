"""Voting for someone backs them (SUPPORT) and voting against someone opposes them (REJECT), as
voting for or against a party's bill, treaty or plan does (its owner the target), and voting
against a measure whatever it is called ("the package"); the public's votes that a poll counts
are no act of one actor."""

from __future__ import annotations

import pytest

from .conftest import typed_modalities


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "Fifty former generals said they would not be voting for Garcia.",
            [("SUPPORT", "negated")],
        ),
        ("The mayor voted against Garcia in the runoff.", [("REJECT", "occurred")]),
        ("The senator said she plans to vote for Garcia in the primary.", [("SUPPORT", "planned")]),
        ("Some 56 percent of Peruvians polled said they were less likely to vote for Garcia.", []),
        ("The senator voted for the farm bill.", [("SUPPORT", "occurred")]),
        ("Senator Bill Nelson voted against Tuesday's package.", [("REJECT", "occurred")]),
        ("Senator Ann Boyle voted against keeping the base open.", [("REJECT", "occurred")]),
        ("The senator voted for the first time in 1990.", []),
    ],
)
def test_a_vote_is_coded_by_whom_it_is_for(text: str, coded: list[tuple[str, str]]) -> None:
    assert typed_modalities(text) == coded
