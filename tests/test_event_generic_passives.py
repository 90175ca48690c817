"""A present passive with no doer said of any such thing states a rule, not a reported act;
a particular party's passive, or one under "if", is left as it was."""

from __future__ import annotations

from tests.conftest import event_types

DAY = "2016-04-02"


def test_requests_made_as_a_rule_are_no_request() -> None:
    text = "At the gala, toasts are offered, autographs are requested and speeches run long."
    assert "REQUEST" not in event_types(text, DAY)


def test_a_claim_dismissed_as_a_rule_is_no_rejection() -> None:
    text = "On his show a claim is rejected as false whenever it hurts his side."
    assert "REJECT" not in event_types(text, DAY)


def test_a_named_party_asked_stays_a_request() -> None:
    assert "REQUEST" in event_types("The mayor is asked by the council to resign.", DAY)
