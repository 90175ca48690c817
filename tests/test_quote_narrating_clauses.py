"""A report that ends in a clause saying when or despite what ("when", "after", "although")
stops before it, and a cue with its own subject there reports for itself; a clause saying
why ("because") stays part of the outer speaker's report."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_and_contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The water board admitted it had made a mistake when a local doctor reported "
            "high levels of lead in the wells.",
            [
                ("The water board", "it had made a mistake"),
                ("a local doctor", "high levels of lead in the wells"),
            ],
            id="when-clause",
        ),
        pytest.param(
            "Okafor told voters he was tough enough for the job after a teacher told him he "
            "seemed far too gentle.",
            [
                ("Okafor", "he was tough enough for the job"),
                ("a teacher", "he seemed far too gentle"),
            ],
            id="after-clause",
        ),
        pytest.param(
            "The governor insisted the budget was balanced, although auditors warned that "
            "the deficit would keep growing.",
            [
                ("The governor", "the budget was balanced"),
                ("auditors", "that the deficit would keep growing"),
            ],
            id="although-clause",
        ),
    ],
)
def test_a_narrating_clause_reports_for_itself(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert speakers_and_contents(text) == expected


def test_a_reason_stays_in_the_report() -> None:
    text = (
        "The mayor said the bridge would close because engineers warned that its cables "
        "were rusting."
    )
    assert speakers_and_contents(text) == [
        (
            "The mayor",
            "the bridge would close because engineers warned that its cables were rusting",
        )
    ]
