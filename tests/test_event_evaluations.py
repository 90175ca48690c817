"""Evaluations as accusations (recall round 10): a strongly negative verdict on a named party,
in words eventwire's own lists do not hold, is read from VADER's lexicon; a denied merit is a
charge. Moods, verdicts on things, denied charges and clauses that tell an act stay out."""

from __future__ import annotations

import pytest

from eventwire.events.verdict_words import polarities

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said Senator Smith was cruel and arrogant toward the workers.",
        "The governor said the senator's tax plan was cruel and destructive.",
        "On Monday the director said Senator Smith was not truthful with the voters.",
        "The mayor called Senator Smith a heartless, selfish man on Monday.",
    ],
)
def test_a_strong_negative_verdict_on_a_named_party_accuses(text: str) -> None:
    assert event_types(text) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Clinton said she was sad about the result on Monday.",  # the speaker's own mood
        "The minister said the market was dreadful on Monday.",  # a thing, no party
        "The governor said Senator Smith was not corrupt.",  # a charge denied
        "The mayor said the senator was hopeful about the talks.",  # a mood, not a verdict
        "The mayor said the senator was a victim of the storm.",  # a plight
    ],
)
def test_moods_things_and_denied_charges_are_no_accusation(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


def test_vader_words_sit_beside_eventwires_own() -> None:
    table = polarities()
    assert table["cruel"] < -2 and table["crooked"] < -1.9 and table["qualified"] > 1.9
