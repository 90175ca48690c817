"""Words of refusal, blame and assurance in their everyday senses: declining to rule an option
out keeps it open, knocking a rival out of a race beats them, being assured to win is being
sure; the same words aimed at an act or a person stay events."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Governor Lena Brandt declined to rule out a run for the Senate on Tuesday.",
        "The mayor of Dayton refused to rule out new taxes on gasoline.",
    ],
)
def test_declining_to_rule_out_an_option_rejects_nothing(text: str) -> None:
    assert "REJECT" not in event_types(text)


def test_refusing_to_meet_someone_is_still_a_rejection() -> None:
    assert event_types("The mayor of Dayton refused to meet the striking teachers.") == ["REJECT"]


def test_knocking_a_rival_out_of_a_race_is_no_criticism() -> None:
    text = "A landslide win in Ohio knocked Senator Tom Hale out of the race."
    assert "ACCUSE" not in event_types(text)


def test_knocking_a_rival_for_his_record_is_criticism() -> None:
    text = "Senator Tom Hale knocked Governor Ray Ortiz for his budget cuts."
    assert event_types(text) == ["ACCUSE"]


def test_being_assured_to_win_is_no_assurance_given() -> None:
    text = "Mayor Ann Dunn is assured to win the primary, according to the new poll."
    assert "AGREE" not in event_types(text)
