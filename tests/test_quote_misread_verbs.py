"""A speech verb the parser reads as a noun right after a quote ("“…,” the union states in its
newsletter.") still attributes the quote to the noun phrase before it; the same word as a noun
elsewhere ("voters in nearby states") attributes nothing."""

from __future__ import annotations

import pytest

from tests.conftest import quote_speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Every family deserves a fair shot at a good job,” the new ad states.",
            "the new ad",
        ),
        (
            "“The bridge will reopen before the winter storms arrive,” the city’s notice states.",
            "the city’s notice",
        ),
    ],
)
def test_noun_tagged_speech_verb_after_a_quote(text: str, speaker: str) -> None:
    assert quote_speakers(text) == [speaker]


def test_the_word_as_a_noun_reports_nothing() -> None:
    text = "The rally drew thousands of voters from nearby states on a cold Saturday."
    assert quote_speakers(text) == []
