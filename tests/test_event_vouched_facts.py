"""An assurance commits its speaker only to something still to come; vouching for a fact or a
judgement is plain saying, no AGREE."""

from __future__ import annotations

from tests.conftest import event_types

DAY = "2016-04-02"


def test_assuring_a_listener_of_a_judgement_is_no_commitment() -> None:
    text = "The governor's aides assured him that the merger was a sound bet."
    assert "AGREE" not in event_types(text, DAY)


def test_assuring_voters_of_a_past_fact_is_no_commitment() -> None:
    text = "Senator Lugar assured the crowd that they had already won the argument."
    assert "AGREE" not in event_types(text, DAY)


def test_assuring_an_act_to_come_stays_a_commitment() -> None:
    text = "Senator Lugar assured the farmers that he would fight the tariff in committee."
    assert "AGREE" in event_types(text, DAY)


def test_confidence_in_a_proposition_is_a_belief_no_support() -> None:
    text = "The campaign manager expressed confidence that the party could still unite."
    assert "SUPPORT" not in event_types(text, DAY)


def test_confidence_in_a_bare_clause_is_a_belief_no_support() -> None:
    text = "The White House expressed confidence it had the stronger legal case."
    assert "SUPPORT" not in event_types(text, DAY)


def test_confidence_in_a_person_stays_support() -> None:
    text = "Senator Lugar expressed confidence in the new FBI director."
    assert "SUPPORT" in event_types(text, DAY)


def test_support_for_an_act_to_do_stays_support() -> None:
    """An infinitive on the noun has no subject of its own: the act backed, no belief."""
    text = "The senators voiced support to extend the mission in Afghanistan."
    assert "SUPPORT" in event_types(text, DAY)
