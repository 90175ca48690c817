"""A pact or promise that a sentence weighs ("the Kyoto accord marks a turning point", "his
pledges have been vague") is a topic, not an act; a pact told being made or a pledge told in
the past ("her pledge came after the vote") stays an event."""

from __future__ import annotations

from tests.conftest import run_texts


def _triggers(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text, date="2016-03-02")
    return [(e.trigger.text, e.type) for e in result.events]


def test_a_named_pact_that_marks_something_is_a_topic() -> None:
    text = "For the senator, the Kyoto accord marks a turning point in the fight over emissions."
    assert ("accord", "AGREE") not in _triggers(text)


def test_promises_that_are_judged_are_a_topic() -> None:
    text = "The governor's pledges of new school funding have been vague and costly."
    assert not any(trigger == "pledges" for trigger, _ in _triggers(text))


def test_a_pact_that_adds_up_to_a_sum_is_a_topic() -> None:
    text = "Together those agreements add up to more than $40 million for the state."
    assert not any(trigger == "agreements" for trigger, _ in _triggers(text))


def test_a_pact_told_being_signed_stays_an_event() -> None:
    text = "Mexico and Canada signed the agreement in Ottawa on Tuesday."
    assert any(type_ == "SUPPORT" for _, type_ in _triggers(text))
