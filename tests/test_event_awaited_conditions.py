"""An act in a "before" or "until" clause under a refusal ("would not sign until they agree") is
what the refusal waits for, not an act that happened; under a past negation it happened."""

from __future__ import annotations

from .conftest import event_types


def test_act_awaited_by_a_refusal_is_not_coded() -> None:
    text = "The mayor said he would not back the levy before the council agrees to audits."
    assert "AGREE" not in event_types(text)


def test_act_after_a_past_wait_is_coded() -> None:
    assert event_types("The delegates did not leave until they signed the accord.") == ["SUPPORT"]
