"""Legal action as accusation (CAMEO 112, 115): charges brought, damages sought, and a lawsuit
a named party may bring, which is a legal threat coded hypothetical, as hostile acts are."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


def _accusations(text: str) -> list[tuple[str, list[str], list[str]]]:
    (result,) = run_texts(text)
    return [
        (e.modality.value, [p.name for p in e.actors], [p.name for p in e.recipients])
        for e in result.events
        if e.type == "ACCUSE"
    ]


def test_a_lawsuit_a_named_party_may_bring_is_coded_hypothetical() -> None:
    text = "The American Civil Liberties Union might sue the state over the new law."
    assert [m for m, _, _ in _accusations(text)] == ["hypothetical"]


def test_lawsuits_no_one_may_bring_are_no_event() -> None:
    assert "ACCUSE" not in event_types("Lawsuits could be filed over the long waits.")


def test_charges_brought_against_someone_accuse_them() -> None:
    text = "Prosecutors brought murder charges against John Jones on Monday."
    assert any("John Jones" in targets for _, _, targets in _accusations(text))


@pytest.mark.parametrize(
    "text",
    [
        "The family of John Smith is seeking damages from the city.",
        "Carnival Corp. claimed damages of $1.5 billion from the shipyard.",
    ],
)
def test_damages_sought_or_claimed_are_a_lawsuit(text: str) -> None:
    assert "ACCUSE" in event_types(text)


def test_compensation_for_damage_done_is_no_lawsuit() -> None:
    text = "Farmers sought compensation for crop damage after the floods."
    assert "ACCUSE" not in event_types(text)
