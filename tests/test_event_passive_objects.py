"""An act that is only what another act is done to is coded once, in the passive as in the
active: "the bombing was condemned by the UN" is the UN's condemnation, not a bombing by the UN;
an act told as fact in a passive ("the embassy was attacked by rebels") is still coded."""

from __future__ import annotations

from .conftest import event_types


def test_condemned_attack_in_the_passive_is_not_coded_again() -> None:
    assert event_types("The bombing in Lahore was condemned by the United Nations.") == ["ACCUSE"]


def test_attack_told_in_the_passive_is_coded() -> None:
    assert event_types("The embassy in Lima was attacked by rebels on Sunday.") == ["ASSAULT"]


def test_wrong_pinned_on_someone_in_the_passive_is_coded_with_the_blame() -> None:
    assert event_types("The bombing of the Kenyan embassy was blamed on Sudan.") == [
        "ASSAULT",
        "ACCUSE",
    ]
