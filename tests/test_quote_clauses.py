"""A reported clause stops before a joined clause that reports someone else's words."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def contents_and_speakers(text: str) -> list[tuple[str, str | None]]:
    (result,) = run_texts(text)
    return [
        (q.content.text, q.speaker.mention.text if q.speaker.mention else None)
        for q in result.quotes
    ]


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
