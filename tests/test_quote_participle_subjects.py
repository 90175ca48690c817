"""A participle cue right after the object of "with", "of", "about" or "like" has that noun
for its subject ("ended with Moreno asking …", "footage of Alvarez saying …"); after "to"
("a letter to the mayor urging …") and where the participle describes the noun ("a series of
messages criticizing …") the one who sent or wrote speaks."""

from __future__ import annotations

import pytest

from tests.conftest import contents_and_speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The interview ended with Moreno asking the governor whether she would sign the "
            "water bill.",
            ("whether she would sign the water bill", "Moreno"),
            id="with",
        ),
        pytest.param(
            "The campaign’s new ad uses footage of Governor Alvarez saying, “I will never raise "
            "your taxes.”",
            ("I will never raise your taxes.", "Alvarez"),
            id="of",
        ),
        pytest.param(
            "Officials sent a letter to the mayor urging him to release the budget.",
            ("to release the budget", "Officials"),
            id="to",
        ),
    ],
)
def test_participle_subject(text: str, expected: tuple[str, str]) -> None:
    assert contents_and_speakers(text) == [expected]


def test_participle_describing_the_noun_leaves_the_speaker_to_the_verb() -> None:
    text = "Hours later the senator posted a series of messages criticizing the new budget."
    assert {speaker for _, speaker in contents_and_speakers(text)} == {"the senator"}
