"""Recall round 12: triggers a fixed phrase wrongly sent to another sense."""

from __future__ import annotations

from .conftest import event_types


def test_an_appeal_about_what_is_at_stake_names_no_trade() -> None:
    text = "The senator urged Republicans to focus on the election and what is at stake."
    assert event_types(text) == ["REQUEST"]


def test_an_appeal_to_sell_a_stake_is_still_trade() -> None:
    assert event_types("The fund urged the bank to sell its stake in the insurer.") == []
