"""Respondents' answers are credited to the survey that gathered them ("In a poll, 42% said
…"), while a named pollster and an "according to" source keep their own words."""

from __future__ import annotations

from tests.conftest import quote_speakers


def test_respondents_answer_through_the_poll() -> None:
    text = (
        "In a national Gallup poll released Monday, 42% of Democrats said they were "
        "“very excited” about voting, compared with 30% of independents.\n"
    )
    (speaker,) = quote_speakers(text)
    assert speaker is not None and speaker in "a national Gallup poll"


def test_a_named_pollster_keeps_its_finding() -> None:
    text = (
        "In an online poll of 600 likely voters, the Marist Institute found that economic "
        "worries are the strongest driver of turnout.\n"
    )
    assert quote_speakers(text) == ["Marist Institute"]


def test_a_speech_is_no_survey() -> None:
    text = "In a speech on Monday, Gov. Jane Porter said the plan would cut taxes for farmers.\n"
    assert quote_speakers(text) == ["Jane Porter"]


def test_according_to_keeps_its_source() -> None:
    text = (
        "The senator has slipped in the polls and now trails his rival by a wider margin, "
        "according to a new statewide poll.\n"
    )
    assert quote_speakers(text) == ["a new statewide poll"]


def test_a_poll_after_the_answer_belongs_to_its_own_clause() -> None:
    text = (
        "Since March, the governor has gained ground. Seven in 10 say she is at least somewhat "
        "honest, after half said so in the earlier poll.\n"
    )
    assert "the earlier poll" not in quote_speakers(text)
