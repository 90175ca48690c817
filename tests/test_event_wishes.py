"""Wanting another party to act is asking it to; wishing someone to be something asks no act."""

from __future__ import annotations

from .conftest import event_types


def test_wanting_someone_to_be_something_is_no_request() -> None:
    assert "REQUEST" not in event_types("I want Donald Trump to be the next president, he said.")


def test_wanting_another_party_to_act_stays_a_request() -> None:
    assert "REQUEST" in event_types("Obama wants Congress to pass the bill this week.")
