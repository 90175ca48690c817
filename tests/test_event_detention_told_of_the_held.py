"""Detention told from the side of the one held (`events.received`): "are in custody", "was
taken into custody by police", "is serving a life sentence" are arrests (COERCE) done to the
subject; papers in a court's custody and a custody battle are no arrest."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


@pytest.mark.parametrize(
    "text",
    [
        "Four suspects in the Lima bombing are in custody in Peru.",
        "Nine of them remain in custody in Nicaragua.",
        "The general has been under house arrest in Rangoon since 1990.",
        "Ricardo Ortega is serving a life sentence for the 1992 murder of a judge.",
    ],
)
def test_a_state_of_detention_is_an_arrest(text: str) -> None:
    assert "COERCE" in event_types(text)


def test_the_one_taken_into_custody_is_the_target_and_police_the_doer() -> None:
    events = run_texts("Juan Ruiz was taken into custody by Colombian police on Monday.")[0].events
    held = [e for e in events if e.type == "COERCE"]
    assert held and "Ruiz" in " ".join(p.name for p in held[0].recipients)
    assert "police" in " ".join(p.name for p in held[0].actors).lower()


@pytest.mark.parametrize(
    "text",
    [
        "The documents are in the custody of the court.",
        "The grandmother won a custody battle over the girl in Lisbon.",
    ],
)
def test_things_in_custody_and_custody_battles_are_no_arrest(text: str) -> None:
    assert "COERCE" not in event_types(text)
