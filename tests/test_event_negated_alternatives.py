"""Negation shared by verbs joined with "or", and "no longer": the act is told as not done."""

from __future__ import annotations

import pytest

from eventwire.model import Modality

from .conftest import run_texts


def _modality(text: str, trigger: str) -> tuple[Modality, str | None]:
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return event.modality, event.modality_cue.text if event.modality_cue else None


@pytest.mark.parametrize(
    ("text", "trigger", "cue"),
    [
        ("Russia did not attack or threaten Ukraine on Monday.", "threaten", "not"),
        ("The committee did not discriminate or retaliate against him.", "retaliate", "not"),
        ("Obama no longer supports the rebels in Syria.", "supports", "no"),
    ],
)
def test_a_verb_under_a_shared_negation_is_negated(text: str, trigger: str, cue: str) -> None:
    assert _modality(text, trigger) == (Modality.NEGATED, cue)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Russia did not attack, or Ukraine threatened Moscow.", "threatened"),
        ("The senator did not criticize Obama and praised Clinton.", "praised"),
    ],
)
def test_a_new_statement_after_a_negated_verb_keeps_its_own_modality(
    text: str, trigger: str
) -> None:
    assert _modality(text, trigger)[0] != Modality.NEGATED
