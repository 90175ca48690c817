"""Acts a wire story sets ahead without a planning verb: a bare "be" over the act's infinitive
("is to visit"), a schedule predicate over an act noun ("talks are due to resume"), and the
schedule words "slated" and "poised". They are planned, not done."""

from __future__ import annotations

import pytest

from eventwire.model import Modality

from .conftest import run_texts


def _modality(text: str, trigger: str) -> Modality:
    (result,) = run_texts(text, date="2024-03-01")
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return event.modality


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Mongolia's foreign minister is to visit Seoul next month.", "visit"),
        ("The Latvian president was to meet Swedish officials in Riga.", "meet"),
        ("Talks between Ghana and Togo are due to resume on Monday.", "Talks"),
        ("The Omani envoy is slated to visit Tehran in May.", "visit"),
        ("Kuwait's emir is poised to meet the Iraqi prime minister.", "meet"),
    ],
)
def test_scheduled_acts_are_planned(text: str, trigger: str) -> None:
    assert _modality(text, trigger) == Modality.PLANNED


def test_a_be_with_its_own_complement_is_no_schedule() -> None:
    text = "Ecuador was the first to recognize the new government of Guinea."
    assert _modality(text, "recognize") == Modality.OCCURRED


def test_talks_that_resumed_occurred() -> None:
    text = "Talks between Ghana and Togo resumed on Monday."
    assert _modality(text, "Talks") == Modality.OCCURRED
