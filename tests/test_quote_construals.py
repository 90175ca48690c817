"""Verbs that construe something as something else ("see X as Y", "view X as Y", "compare X
to Y") report the subject's view: the object and what it is taken as are the content, also
where the parse hangs "as" on the object rather than on the verb."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_and_contents


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Many farmers see the new dam as a threat to their land.",
            "Many farmers",
            "the new dam as a threat to their land",
        ),
        (
            "Ms. Okafor views the treaty as a first step toward peace.",
            "Okafor",
            "the treaty as a first step toward peace",
        ),
        (
            "Lee remembered Ortega as a kind and patient teacher.",
            "Lee",
            "Ortega as a kind and patient teacher",
        ),
    ],
)
def test_a_construal_reports_the_subjects_view(text: str, speaker: str, content: str) -> None:
    assert speakers_and_contents(text) == [(speaker, content)]


def test_seeing_without_as_reports_nothing() -> None:
    assert speakers_and_contents("We saw him at the market on Sunday.") == []
