"""A rally held by a person ("his rallies"), for a person ("a rally for Clinton"), for voters or
told among a campaign's stops is a campaign stop, not a protest; a crowd's rally for a cause, or
against someone, stays a protest."""

from __future__ import annotations

from .conftest import event_types


def test_a_politicians_own_rallies_are_no_protest() -> None:
    text = "At his rallies, the senator tells supporters not to trust the polls."
    assert "PROTEST" not in event_types(text)


def test_a_rally_for_a_candidate_is_no_protest() -> None:
    text = "The couple drove from Denver to attend a rally for Clinton on Sunday."
    assert "PROTEST" not in event_types(text)


def test_voter_rallies_are_no_protest() -> None:
    text = "The campaign collects names at voter rallies across the state."
    assert "PROTEST" not in event_types(text)


def test_a_rally_for_a_cause_stays_a_protest() -> None:
    assert "PROTEST" in event_types("Students held a rally for peace outside the ministry.")


def test_a_rally_among_a_campaigns_stops_is_no_protest() -> None:
    text = "Since the primary began, the senator has said the same thing at every town and rally."
    assert "PROTEST" not in event_types(text)


def test_an_anti_candidate_rally_in_the_campaign_stays_a_protest() -> None:
    text = "Hundreds of students held an anti-Novak rally outside the campaign office on Tuesday."
    assert "PROTEST" in event_types(text)
