"""Concealment charged by a speaker (accuse57): papers or evidence kept back, or a deed
covered up, told of a party in a reported or quoted clause, is the speaker's accusation of
that party ("Brandt said the ministry hid the emails", " 'Ruiz is covering it up,' Brandt
said"); the concealment itself stays the refusal. Told in the story's own words, denied,
done to a thing nobody sought ("hid in the hills", "withheld payment") or by the speaker
herself, it accuses no one."""

from __future__ import annotations

import pytest

from .conftest import event_types, named_sides


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Brandt said Governor Tom Ruiz hid the emails from the court.",
        "Senator Ada Brandt said Governor Tom Ruiz withheld the documents from investigators.",
        "Senator Ada Brandt said Governor Tom Ruiz was covering up the scandal.",
        '"Governor Tom Ruiz is hiding the truth from voters," Senator Ada Brandt said.',
        # how long the emails were kept back is no habit of the speaker's
        '"Governor Tom Ruiz hid this email for years," said Senator Ada Brandt.',
        "Senator Ada Brandt said Governor Tom Ruiz had concealed the audit document for months.",
    ],
)
def test_concealment_told_by_a_speaker_accuses_the_one_who_hid(text: str) -> None:
    assert named_sides(text, "ACCUSE") == (["Ada Brandt"], ["Tom Ruiz"])


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tom Ruiz hid the emails from the court.",  # the story's own words
        "Senator Ada Brandt said Governor Tom Ruiz did not hide the emails.",  # denied
        "Senator Ada Brandt said the rebels hid in the hills for a week.",  # nothing sought
        "Senator Ada Brandt said the treasury withheld payment to the builders.",
        '"We have nothing to hide," Senator Ada Brandt said.',
        '"I hid the emails from the court," Senator Ada Brandt said.',  # by the speaker herself
        "The mayor said workers covered up the statue before the visit.",  # no wrong hidden
    ],
)
def test_concealment_in_the_story_denied_or_of_nothing_sought_accuses_no_one(text: str) -> None:
    assert "ACCUSE" not in event_types(text)
