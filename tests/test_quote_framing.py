"""Speakers read from the stretch around a cue: cues set into the sentence they report ("As
reported by X, …", "The plan, X said, was …") and the cues inside their report, a cue-less quote
after a nested cue, transcript turns printed without marks, an inverted cue after spaces."""

from __future__ import annotations

import pytest

from tests.test_quote_speakers import contents_and_speakers, speakers


def test_as_reported_by_credits_the_outlet_with_the_sentence() -> None:
    text = (
        "As reported by the Daily Courier, auditors found hundreds of missing invoices "
        "in the county's records."
    )
    ((content, speaker),) = contents_and_speakers(text)
    assert speaker == "Daily Courier"  # the actor mention
    assert content.startswith("auditors found hundreds")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two weeks ago, as the Daily Courier reported, the mayor and his deputy were "
            "discussing a plan to close the harbour.",
            ["Daily Courier"],
            id="as-outlet-reported-midway",
        ),
        pytest.param(
            "The vote, Harris explained, was the end of two years of work, an effort he "
            "believes has given the party “a real head start on the others.”",
            ["Harris"],
            id="set-in-cue-holds-the-quote-of-a-cue-inside",
        ),
    ],
)
def test_a_set_in_cue_speaks_for_its_sentence(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


def test_as_expected_frames_nothing() -> None:
    """A framing clause without a speaker leaves the sentence's own cue in charge."""
    text = "As expected, the governor said she would veto the budget bill on Friday."
    assert contents_and_speakers(text) == [
        ("she would veto the budget bill on Friday", "the governor")
    ]


def test_a_quote_without_a_cue_continues_the_outer_speaker_not_an_inner_one() -> None:
    """The cue inside another's report ("voters who backed the mayor") speaks for no one."""
    text = (
        "Jones elaborated in a column that voters currently pledged to the mayor may "
        "reconsider.\n\n"
        "“A loss in the city would show how weak the mayor is as a candidate in the fall "
        "election.”"
    )
    rows = contents_and_speakers(text)
    assert rows[-1] == (
        "A loss in the city would show how weak the mayor is as a candidate in the fall election.",
        "Jones",
    )


def test_transcript_turns_without_marks_are_their_speakers_words() -> None:
    text = (
        "The senator spoke to the host on Sunday.\n\n"
        "MARY HOLT: Why not hold another debate?\n\n"
        "JOHN REED: This is a man who said he would never run a negative ad.\n\n"
        "HOLT: So you will not debate him in April?"
    )
    assert speakers(text) == ["MARY HOLT", "JOHN REED", "HOLT"]


def test_a_capitalised_label_once_is_no_transcript() -> None:
    text = "UPDATE: The mayor said the bridge would reopen on Monday."
    assert contents_and_speakers(text) == [("the bridge would reopen on Monday", "The mayor")]


def test_an_inverted_cue_after_a_space_token_names_its_speaker() -> None:
    """Copy with non-breaking spaces: "”\u00a0 added Gowdy" still puts the name after the verb."""
    text = "“The report proves the committee faced delays from day one,”\u00a0 added Gowdy."
    assert speakers(text) == ["Gowdy"]


def test_a_statement_issued_right_before_a_quote_introduces_it() -> None:
    text = (
        "Council member Ann Park said the vote was a mistake.\n\n"
        "Right after the vote, Mayor Ruth Cole issued a statement, “Last night, our city was "
        "failed by its council. It was the worst vote in years.”"
    )
    assert speakers(text)[-1] == "Ruth Cole"
