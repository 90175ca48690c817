"""A reported wrong that is itself a hostile act is coded as that act, claimed; blame that
names no act ("said the senator lied") stays an accusation by the speaker."""

from __future__ import annotations

from tests.conftest import run_texts


def _types_and_modalities(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text, date="2010-06-01")
    return [(e.type, e.modality) for e in result.events]


def test_reported_truce_violation_is_the_violation() -> None:
    text = "An army spokesman told reporters that the Tuareg rebels had violated the accord."
    assert _types_and_modalities(text) == [("ASSAULT", "claimed")]


def test_reported_lie_stays_blame() -> None:
    assert _types_and_modalities("Senator Smith said Jones lied about the deal.") == [
        ("ACCUSE", "occurred")
    ]
