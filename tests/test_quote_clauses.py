"""A reported clause stops before a joined clause that reports someone else's words."""

from __future__ import annotations

import pytest

from tests.conftest import contents_and_speakers, run_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Several farmers said the new dam had ruined their harvest, while city officials "
            "said the river had never been cleaner.",
            [
                ("the new dam had ruined their harvest", "Several farmers"),
                ("the river had never been cleaner", "city officials"),
            ],
            id="contrast-with-while",
        ),
    ],
)
def test_a_second_speaker_in_a_joined_clause_has_an_attribution_of_its_own(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert contents_and_speakers(text) == expected


def test_a_name_right_after_a_closing_mark_speaks_for_a_cue_left_without_subject() -> None:
    """The small parser hangs "Keane" on the quote and "Tweeted" on the name, so the cue has
    no subject; the noun phrase right after the closing mark is its speaker."""
    text = (
        "The fund paid for the ads.\n\n“Not ours, but we like it!” Keane, the head of Hope "
        "Forward, Tweeted on Friday with a photo of the banner."
    )
    assert contents_and_speakers(text) == [("Not ours, but we like it!", "Keane")]


def test_words_after_a_closing_mark_that_are_no_noun_phrase_name_no_one() -> None:
    """ "“cheap loans” to farmers and replacing it …": the words after the mark start with a
    preposition, so "farmers" is no speaker of the participle "calling for"."""
    text = (
        "The panel rewrote the plan, stripping out a pledge of “cheap loans” to farmers and "
        "replacing it with softer wording calling for “fair credit.”"
    )
    assert "farmers" not in [speaker for _, speaker in contents_and_speakers(text)]


def test_the_name_right_before_a_cue_speaks_when_the_parse_lost_the_subject() -> None:
    """The parser hangs "Ortega" on the headline across the paragraph break, which a cue
    ignores; the name right before "said" is then its speaker."""
    text = (
        "Ortega: The Port Must Stay Public.\n\nOn Tuesday in Lima, while visiting the docks "
        "with his daughter, former mayor Luis Ortega said the port would stay public because "
        "“the city owns it.”"
    )
    body = [speaker for content, speaker in contents_and_speakers(text) if "city" in content]
    assert body and all(speaker and "Luis Ortega" in speaker for speaker in body)


def test_two_quoted_pieces_of_one_reported_clause_make_one_mixed_quote() -> None:
    """The clause is one mixed quote; the second piece is a direct quote of its own words,
    not a second copy of the mixed one."""
    (result,) = run_texts(
        "Ash wrote that Priebus had made “numerous requests” to withdraw the motion, “and even "
        "to agree to cancel the meeting.”"
    )
    kinds = sorted((q.kind.value, q.content.text) for q in result.quotes)
    assert [k for k, _ in kinds] == ["direct", "mixed"]
    assert kinds[0][1].startswith("and even to agree")
    assert all(q.speaker.mention and q.speaker.mention.text == "Ash" for q in result.quotes)
