"""A rally held by a person ("his rallies"), for a person ("a rally for Clinton") or for voters
is a campaign stop, not a protest; a crowd's rally for a cause stays a protest."""

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
