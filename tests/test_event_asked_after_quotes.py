""" "Asked" after the words asked is a question: "'Why now?' the senator asked." quotes what was
asked, and "asked rhetorically, shaking her head" tells how; neither asks anyone to act."""

from __future__ import annotations

from tests.conftest import event_types


def test_asked_after_a_quoted_question_is_no_request() -> None:
    text = '"The ones who already paid their taxes for a decade," Senator Warren asked.'
    assert "REQUEST" not in event_types(text)


def test_asked_with_a_manner_participle_is_no_request() -> None:
    assert "REQUEST" not in event_types("Governor Cuomo asked rhetorically, shaking his head.")


def test_asked_to_act_with_a_participle_after_it_is_still_a_request() -> None:
    text = "Governor Cuomo asked the legislature to pass the budget, citing the deadline."
    assert "REQUEST" in event_types(text)


def test_asked_after_a_quoted_question_split_off_is_no_request() -> None:
    text = "“Why do you still back him?” Senator Warren asked the Republican senators."
    assert "REQUEST" not in event_types(text)


def test_asked_to_act_after_a_question_is_still_a_request() -> None:
    text = "Is this fair? Senator Warren asked the Senate to hold a vote on the bill."
    assert "REQUEST" in event_types(text)


def test_asked_after_a_quoted_one_word_question_is_no_request() -> None:
    """The parse may hang the one-word question on "asked" as if it were the act asked for."""
    text = (
        "“By using the term ‘traitor,’ they’re coming after you again. Slip?” he asked.\n"
        "“No,” Senator Warren said."
    )
    assert "REQUEST" not in event_types(text)
