"""A present passive with no doer said of any such thing states a rule, not a reported act;
a particular party's passive, or one under "if", is left as it was."""

from __future__ import annotations

from tests.conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-04-02")
    return [e.type for e in result.events]


def test_requests_made_as_a_rule_are_no_request() -> None:
    text = "At the gala, toasts are offered, autographs are requested and speeches run long."
    assert "REQUEST" not in _types(text)


def test_a_claim_dismissed_as_a_rule_is_no_rejection() -> None:
    text = "On his show a claim is rejected as false whenever it hurts his side."
    assert "REJECT" not in _types(text)


def test_a_named_party_asked_stays_a_request() -> None:
    assert "REQUEST" in _types("The mayor is asked by the council to resign.")
