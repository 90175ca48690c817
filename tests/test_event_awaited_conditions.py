"""An act in a "before" or "until" clause under a refusal ("would not sign until they agree") is
what the refusal waits for, not an act that happened; under a past negation it happened."""

from __future__ import annotations

from .conftest import event_types


def test_act_awaited_by_a_refusal_is_not_coded() -> None:
    text = "The mayor said he would not back the levy before the council agrees to audits."
    assert "AGREE" not in event_types(text)


def test_act_after_a_past_wait_is_coded() -> None:
    assert event_types("The delegates did not leave until they signed the accord.") == ["SUPPORT"]


def test_act_awaited_in_the_present_under_a_plan_is_not_coded() -> None:
    text = "The air raids are designed to harass and exhaust the militia until it surrenders."
    assert "RETREAT" not in event_types(text)


def test_act_in_a_past_until_clause_is_coded() -> None:
    text = "The allied forces bombed Iraqi positions until Iraq retreated from Kuwait."
    assert "RETREAT" in event_types(text)
