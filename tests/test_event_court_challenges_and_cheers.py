"""Challenging a measure in court is a lawsuit (ACCUSE, CAMEO 115), not an appeal that asks
for nothing; cheering a person is praise (SUPPORT), cheering a thing is not."""

from __future__ import annotations

from .conftest import event_types


def test_a_challenge_in_court_is_a_lawsuit() -> None:
    text = "A party spokesman said the Liberal Union would challenge the penalty in court."
    assert event_types(text) == ["ACCUSE"]


def test_cheering_a_person_is_praise() -> None:
    assert event_types("Bolivian exiles cheered President Hugo Banzer in Miami.") == ["SUPPORT"]


def test_cheering_a_thing_is_no_event() -> None:
    assert event_types("The crowd cheered the verdict.") == []
