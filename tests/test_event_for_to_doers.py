"""In "arranged for X to meet Y" the "for" object X does the infinitive's act, not the one
who arranged or paid for it; "called for Chile to withdraw" stays the caller's demand."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _sides(text: str) -> list[tuple[str, list[str]]]:
    (result,) = run_texts(text)
    return [(e.type, [a.name for a in e.actors]) for e in result.events]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "The Bolivian minister arranged for Peruvian envoys to meet rebel leaders.",
            "Peruvian envoys",
        ),
        ("Chile paid for ten Peruvian senators to visit Santiago.", "Peruvian senators"),
    ],
)
def test_the_for_object_does_the_infinitive(text: str, doer: str) -> None:
    assert _sides(text) == [("CONSULT", [doer])]


def test_a_call_for_another_to_act_stays_the_callers() -> None:
    assert _sides("Garcia called for Chile to withdraw its troops.") == [
        ("REQUEST", ["Alan Garcia"])
    ]
