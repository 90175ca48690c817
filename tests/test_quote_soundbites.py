"""Broadcast transcripts print a speaker's words without quotation marks in the paragraph
after the reporter names the speaker (quotes/soundbites)."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts

TRANSCRIPT = (
    "The council of Marlow county will vote tonight on a new mosque. Some residents object.\n\n"
    "Pastor Dale Ormond leads the campaign against it. Dale Ormond says the plan is a mistake.\n\n"
    "We think, uh, the county should wait a year before it decides.\n\n"
    "At the hearing, Rita Vance delivered this message to the council.\n\n"
    "I urge you to approve the mosque and welcome our new neighbours.\n\n"
    "The council says it will decide by Friday. For Radio News, I'm Tom Reyes."
)


def _speakers(result: ArticleResult) -> dict[str, str | None]:
    """Each direct quote's first words with its speaker's words."""
    return {
        q.content.text.split()[0]: (q.speaker.mention.text if q.speaker.mention else None)
        for q in result.quotes
        if q.kind == "direct"
    }


def test_the_paragraph_after_a_named_speaker_is_that_speakers_quote() -> None:
    (result,) = run_texts(TRANSCRIPT, date="1998-03-03")
    speakers = _speakers(result)
    assert speakers["We"] == "Dale Ormond"
    assert speakers["I"] == "Rita Vance"


def test_a_soundbite_gives_the_speaker_as_the_source_of_its_events() -> None:
    (result,) = run_texts(TRANSCRIPT, date="1998-03-03")
    (urge,) = [e for e in result.events if e.trigger.text == "urge"]
    assert [a.name for a in urge.actors] == ["Rita Vance"]


def test_a_wire_story_with_quotation_marks_keeps_its_narration() -> None:
    text = (
        "Senator Ana Ruiz said the bill was a mistake.\n\n"
        "The Senate will vote on the bill next week, and the House is expected to follow.\n\n"
        "“We will fight it,” Ruiz said."
    )
    (result,) = run_texts(text, date="1998-03-03")
    assert set(_speakers(result)) == {"We"}


def test_a_story_without_a_spoken_voice_has_no_soundbites() -> None:
    text = (
        "Premier Li Wen said the two countries would expand trade.\n\n"
        "The two sides signed three agreements on energy and transport on Tuesday."
    )
    (result,) = run_texts(text, date="1998-03-03")
    assert _speakers(result) == {}


def test_you_in_a_soundbite_is_the_listener_the_reporter_named() -> None:
    (result,) = run_texts(TRANSCRIPT, date="1998-03-03")
    (urge,) = [e for e in result.events if e.trigger.text == "urge"]
    assert [r.name for r in urge.recipients] == ["council of Marlow county"]


def test_you_in_a_quote_told_to_someone_is_that_listener() -> None:
    text = "Ann Lee told Governor Tom Hale: “We demand that you resign.”"
    (result,) = run_texts(text, date="2016-05-01")
    (demand,) = [e for e in result.events if e.trigger.text == "demand"]
    assert [r.name for r in demand.recipients] == ["Tom Hale"]


def test_you_in_a_quote_told_to_the_press_is_no_one() -> None:
    text = "Ann Lee told reporters: “I urge you to approve the mosque.”"
    (result,) = run_texts(text, date="2016-05-01")
    (urge,) = [e for e in result.events if e.trigger.text == "urge"]
    assert urge.recipients == []


def test_you_told_to_you_again_is_no_one() -> None:
    text = (
        "“I say to those of you who doubt me: I urge you to vote,” Ann Lee said.\n\n"
        "Ann Lee told those of you in the hall: “I urge you to vote.”"
    )
    (result,) = run_texts(text, date="2016-05-01")
    assert all(e.recipients == [] for e in result.events if e.trigger.text == "urge")
