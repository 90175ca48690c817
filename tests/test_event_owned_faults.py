"""A speaker saying of oneself that one erred ("the senator said he made a mistake", " 'I was
wrong,' the governor said") concedes (CONCEDE); the same words said of another party blame it
(ACCUSE), and a fault denied ("did nothing wrong", "made no mistake") concedes nothing."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        "The senator said he made a mistake when he voted for the war.",
        '"I was wrong about the pipeline," the governor said.',
        '"We made an error," the minister told reporters on Monday.',
    ],
)
def test_a_fault_owned_in_reported_speech_is_a_concession(text: str) -> None:
    assert "CONCEDE" in [kind for kind, _ in typed_triggers(text)]


def test_a_fault_said_of_another_party_stays_blame() -> None:
    kinds = [kind for kind, _ in typed_triggers("Smith said Jones made a terrible mistake.")]
    assert "ACCUSE" in kinds and "CONCEDE" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "The governor said she did nothing wrong.",
        "The mayor said he made no mistake in the budget talks.",
    ],
)
def test_a_fault_denied_concedes_nothing(text: str) -> None:
    assert "CONCEDE" not in [kind for kind, _ in typed_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        '"I am responsible for this victory," the governor said.',
        "The senator said he was responsible for the new budget deal.",
    ],
)
def test_responsibility_merely_said_claims_credit_and_concedes_nothing(text: str) -> None:
    """ "responsible" owns a fault only under a verb of granting ("admitted he was
    responsible"); said of oneself, it may claim credit."""
    assert "CONCEDE" not in [kind for kind, _ in typed_triggers(text)]
