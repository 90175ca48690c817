"""Stances told by an adjective or an expressed noun (`quotes.stance_adjectives`,
`quotes.noun_cues`): "were critical of", "remained skeptical about", "are concerned that",
"voiced doubts that" report the subject's view; an adjective that is no predicate, or one
with nothing it is about, reports nothing."""

from __future__ import annotations

import pytest

from tests.conftest import contents_and_speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dairy farmers in Brittany have been critical of the new water levy.",
            [("the new water levy", "Dairy farmers")],
            id="critical-of",
        ),
        pytest.param(
            "Several councillors remained skeptical about the tunnel project.",
            [("the tunnel project", "Several councillors")],
            id="skeptical-about",
        ),
        pytest.param(
            "Some engineers are concerned that the old bridge could collapse.",
            [("that the old bridge could collapse", "Some engineers")],
            id="concerned-that",
        ),
        pytest.param(
            "Fishermen who are wary of the new quota met in Vigo on Sunday.",
            [("the new quota", "who")],
            id="relative-subject",
        ),
        pytest.param(
            "Dock workers voiced doubts that the wage deal would hold.",
            [("that the wage deal would hold", "Dock workers")],
            id="voiced-doubts",
        ),
    ],
)
def test_a_stance_predicate_reports_its_subjects_view(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert contents_and_speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The critical vote on the levy came late on Friday.",
        "The drivers were angry and tired after the long night.",
    ],
)
def test_an_adjective_without_a_predicate_or_topic_reports_nothing(text: str) -> None:
    assert contents_and_speakers(text) == []
