"""Accusations told in other words (recall round 9): criticism nouns and idioms, booing, a
judgement called into question, and charges said of someone with a plain saying verb; the
same words in their other senses, or said of no one, stay no accusation."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text)
    return [e.type for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Senator Warren had harsh words for the governor.",
        "The mayor was booed by the crowd at the convention on Tuesday.",
        "President Obama took a whack at Donald Trump on Wednesday.",
        "The senator pounded Hillary Clinton on trade in the debate.",
        "The minister's judgment has been called into question by the committee.",
        "The opposition leader said the prime minister was deceitful.",
        "The director stated that the secretary was extremely careless with the records.",
    ],
)
def test_accusations_told_in_other_words(text: str) -> None:
    assert "ACCUSE" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli artillery pounded the town overnight.",  # force, at a place
        "The spokesman said the weather was careless of the harvest.",  # said of no one
        "The fans booed loudly.",  # at no one
    ],
)
def test_the_same_words_in_other_senses_accuse_no_one(text: str) -> None:
    assert "ACCUSE" not in _types(text)
