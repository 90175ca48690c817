"""A headline's bare infinitive after its doer ("AFL-CIO to endorse Clinton") announces a plan."""

from __future__ import annotations

import pytest

from eventwire.model import Modality

from .conftest import run_texts


def _modality(text: str, trigger: str) -> Modality:
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return event.modality


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("AFL-CIO to endorse Clinton.\n\nThe union's board meets next week.", "endorse"),
        ("Iran to release detained sailors, official says.", "release"),
    ],
)
def test_a_headline_infinitive_is_planned(text: str, trigger: str) -> None:
    assert _modality(text, trigger) == Modality.PLANNED


def test_an_infinitive_asked_of_another_party_leaves_the_request_done() -> None:
    assert _modality("The UN asked Iran to release the sailors.", "asked") == Modality.OCCURRED
