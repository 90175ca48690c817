"""An act noun written with the prefix "non-" names the act not done: negated, not occurred."""

from __future__ import annotations

from tests.conftest import run_texts


def _modalities(text: str, event_type: str) -> list[str]:
    (r,) = run_texts(text)
    return [e.modality.value for e in r.events if e.type == event_type]


def test_a_non_endorsement_is_a_negated_support() -> None:
    assert _modalities(
        "The governor's non-endorsement of Senator Vance was noticed.", "SUPPORT"
    ) == ["negated"]


def test_non_support_announced_for_a_nominee_is_negated() -> None:
    text = "The senator announced his non-support for the nominee."
    assert _modalities(text, "SUPPORT") == ["negated"]


def test_an_endorsement_without_the_prefix_occurred() -> None:
    assert _modalities("Senator Vance endorsed the governor on Friday.", "SUPPORT") == ["occurred"]
