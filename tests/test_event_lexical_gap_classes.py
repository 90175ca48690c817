"""Acts told by word classes the lexicons lacked: deserting or dissociating oneself from a party
(cut ties), tarnishing or pummelling a named person (criticism) and a vigil kept outside a place
(a demonstration); the same words in their everyday senses stay no events."""

from __future__ import annotations

import pytest

from .conftest import event_types


def test_deserting_a_candidate_cuts_ties() -> None:
    text = "Dozens of Republican delegates deserted Senator Smith after the vote."
    assert event_types(text) == ["SANCTION"]


def test_dissociating_oneself_from_a_party_cuts_ties() -> None:
    text = "Several donors dissociated themselves from the governor on Monday."
    assert event_types(text) == ["SANCTION"]


def test_a_desert_road_is_no_event() -> None:
    assert event_types("The convoy drove along the desert highway to Amman.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Republicans tried to tarnish Obama with the scandal.",
        "Rep. Jones on Friday pummeled Senator Smith as reckless.",
    ],
)
def test_tarnishing_or_pummelling_a_person_is_criticism(text: str) -> None:
    assert event_types(text, date="2016-05-02") == ["ACCUSE"]


def test_a_scandal_tarnishing_a_speech_is_no_criticism() -> None:
    assert event_types("A plagiarism scandal tarnished the speech.") == []


def test_a_vigil_outside_a_house_is_a_demonstration() -> None:
    assert event_types("Hundreds of exiles kept vigil outside the house all night.") == ["PROTEST"]


def test_a_vigil_for_victims_is_no_protest() -> None:
    assert event_types("Residents held a candlelight vigil for the victims.") == []
