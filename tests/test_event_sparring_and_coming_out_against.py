"""Two phrasal readings of campaign news: parties that spar with no object told quarrel with each
other (ACCUSE, as bickering does), and coming out against a party or its act opposes it
(REJECT, as coming out for one backs it). A boxer's sparring and a moon coming out stay no act."""

from __future__ import annotations

import pytest

from .conftest import event_types, trigger_sides


def test_parties_sparring_over_an_issue_quarrel() -> None:
    sides = trigger_sides(
        "Governor Ortiz and Senator Blake sparred over the school budget.", "ACCUSE"
    )
    assert sides == [("sparred", ["Ortiz", "Blake"], [])]


def test_coming_out_against_a_plan_opposes_it() -> None:
    sides = trigger_sides("Senator Blake came out against the mining treaty on Friday.", "REJECT")
    assert [(trigger, sources) for trigger, sources, _ in sides] == [("came out", ["Blake"])]


@pytest.mark.parametrize(
    "text",
    [
        "The young boxer sparred with his coach for an hour.",
        "The moon came out against a dark sky.",
    ],
)
def test_other_senses_are_no_act(text: str) -> None:
    assert event_types(text) == []
