"""Dismissing a person from a job is no rejection; dismissing a proposal or a claim is."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "ESPN dismissed Schilling on Wednesday.",
        "Curt Schilling was dismissed by ESPN on Wednesday.",
    ],
)
def test_a_person_dismissed_from_a_job_is_no_rejection(text: str) -> None:
    assert "REJECT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia dismissed the US proposal on Monday.",
        "Trump dismissed Clinton as a liar on Monday.",
    ],
)
def test_a_proposal_or_a_person_dismissed_as_something_stays_a_rejection(text: str) -> None:
    assert "REJECT" in event_types(text)
