"""Recall round 12: acts a fixed phrase sent to another sense, or a message carried."""

from __future__ import annotations

from .conftest import event_types, run_texts


def test_an_appeal_about_what_is_at_stake_names_no_trade() -> None:
    text = "The senator urged Republicans to focus on the election and what is at stake."
    assert event_types(text) == ["REQUEST"]


def test_an_appeal_to_sell_a_stake_is_still_trade() -> None:
    assert event_types("The fund urged the bank to sell its stake in the insurer.") == []


def test_a_message_of_support_is_support_from_its_sender_to_its_addressee() -> None:
    (result,) = run_texts("Chirac sent a message of support to President Clinton.")
    (event,) = result.events
    assert event.type == "SUPPORT" and event.trigger.text == "support"
    assert [p.name for p in event.actors] == ["Jacques Chirac"]
    assert [p.name for p in event.recipients] == ["Clinton"]
