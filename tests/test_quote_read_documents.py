"""A document's words: "“…,” the letter read." and "“…,” it reads." credit the document, while
"read" with an object ("She read the report") reports nothing."""

from __future__ import annotations

import pytest

from tests.conftest import quote_speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The ministry regrets the delay and will publish the figures next week,” the "
            "statement read.",
            "the statement",
        ),
        (
            "“I tried to reach you by phone but you were in a meeting with the board,” it reads.",
            "it",
        ),
    ],
)
def test_a_document_reads_its_words(text: str, speaker: str) -> None:
    assert quote_speakers(text) == [speaker]


def test_reading_a_document_reports_nothing() -> None:
    assert quote_speakers("Ms. Haddad read the report on the train to Lyon last Tuesday.") == []
