"""A verdict on "this" that names a wrong blames the other side, but grading a natural plight
("the worst flood") blames no one; "denied them the vote" withholds a right and is no
rejection; look-alike assessments and denials keep their coding."""

from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        '"This is a witch hunt," said Senator Paul Avery.',
        "Brody said it was a smear campaign.",
        '"This is a campaign of lies by a regime that fears its people," Tomas Rey said.',
        '"This is a disgraceful attack on our rights," Lena Holt said.',
    ],
)
def test_pointed_verdicts_accuse(text: str) -> None:
    assert event_types(text) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        '"This is a great day for our city," the mayor said.',
        '"This is a difficult decision," the prime minister said.',
        "Red Cross officials say it is the worst flood seen in the province in decades.",
        "The ministry said it was a terrible epidemic for the villages.",
        "The regime denied them the vote.",
        "Millions of Belarusians are denied their vote, the opposition said.",
    ],
)
def test_no_event(text: str) -> None:
    assert event_types(text) == []


def test_denying_allegations_stays_a_rejection() -> None:
    assert event_types("The minister denied the allegations.") == ["REJECT"]
