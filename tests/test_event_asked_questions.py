""" "Asked" with a question after it is a question, not a request: the events stage reads the
question's opener with the one reader of embedded questions (`open_questions.question_opener`),
so a wh-word inside a request's clause ("the officer who led the raid") makes no question."""

from __future__ import annotations

from tests.conftest import event_types


def test_asked_whether_is_a_question() -> None:
    assert "REQUEST" not in event_types("The mayor asked whether the governor would resign.")


def test_asked_with_an_infinitive_is_a_request() -> None:
    assert "REQUEST" in event_types("The mayor asked the governor to resign.")


def test_a_wh_word_inside_the_asked_clause_opens_no_question() -> None:
    text = "The mayor asked that the officer who led the raid resign."
    assert "REQUEST" in event_types(text)


def test_asked_about_a_topic_is_a_question() -> None:
    text = "CBS’s Margaret Brennan asked the Democratic frontrunner about the email controversy."
    assert "REQUEST" not in event_types(text)


def test_an_opening_asked_tagged_as_a_past_is_a_reporters_question() -> None:
    text = (
        "Asked what issues she would like the next president to tackle, Warren Buffett said, "
        "“Taxes come first.”"
    )
    assert "REQUEST" not in event_types(text)


def test_asked_to_speak_about_a_topic_stays_a_request() -> None:
    assert "REQUEST" in event_types("The mayor asked the governor to speak about the budget.")
