"""A merit that grades how well someone serves a hostile armed group ("ISIS's best
recruiter") is an accusation of the one named, never praise; a verdict on a thing a relative
clause says a named party did ("the plan Trump unveiled is a disaster") is passed on that
party, as a verdict on "Trump's plan" is."""

from __future__ import annotations

import pytest

from .conftest import event_sides


def test_serving_a_hostile_group_well_is_blame() -> None:
    text = "Governor Mary Walsh said Senator Tom Reed was the terrorists' greatest friend."
    assert event_sides(text) == [("ACCUSE", "Mary Walsh", "Tom Reed")]


def test_a_quoted_recruiter_for_a_hostile_group_is_blamed() -> None:
    text = '"The senator is becoming ISIS\'s best recruiter," Governor Mary Walsh said.'
    assert [(type_, source) for type_, source, _ in event_sides(text)] == [("ACCUSE", "Mary Walsh")]


def test_serving_ones_own_side_well_stays_praise() -> None:
    sides = event_sides("Governor Mary Walsh said Senator Tom Reed was America's best friend.")
    assert [type_ for type_, _, _ in sides] == ["SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Mary Walsh said the plan Senator Tom Reed unveiled is a disaster.",
        "Governor Mary Walsh said the budget that Senator Tom Reed proposed was dishonest.",
    ],
)
def test_a_verdict_on_a_thing_a_party_did_blames_that_party(text: str) -> None:
    assert event_sides(text) == [("ACCUSE", "Mary Walsh", "Tom Reed")]


def test_a_thing_a_party_only_met_is_not_theirs() -> None:
    text = "Governor Mary Walsh said the economy Senator Tom Reed inherited was a disaster."
    assert [s for s in event_sides(text) if s[0] == "ACCUSE" and s[2]] == []
