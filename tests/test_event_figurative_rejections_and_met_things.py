"""Shooting down a proposal is a rejection, not an attack; "voiced opposition to" rejects;
meeting a run of contingencies or being met with chants is no meeting."""

from __future__ import annotations

from .conftest import event_types


def test_shooting_down_a_proposal_rejects_it() -> None:
    assert event_types("The senators shot down the proposal from the governor.") == ["REJECT"]
    assert event_types("Rebels shot down a Ukrainian helicopter.") == ["ASSAULT"]


def test_meeting_contingencies_or_chants_is_no_meeting() -> None:
    text = "The goal is smaller armies capable of meeting a variety of contingencies."
    assert "CONSULT" not in event_types(text)
    assert "CONSULT" not in event_types("The Uruguayan team was met with chants from the crowd.")
    assert event_types("The Dutch premier met a group of Belgian envoys.") == ["CONSULT"]


def test_a_stance_voiced_through_a_light_verb_is_aimed_by_its_phrase() -> None:
    assert event_types("The Uruguayan senators voiced opposition to the nominee.") == ["REJECT"]
