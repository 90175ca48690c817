"""Regulators are an authority (GOV) that can act: their investigation of a bank is an ACCUSE
with them as its doer."""

from __future__ import annotations

from .conftest import run_texts


def test_regulators_investigating_a_bank_are_its_doers() -> None:
    (result,) = run_texts("Federal regulators are investigating Banco Andino, officials said.")
    (event,) = result.events
    assert event.type == "ACCUSE"
    assert [a.name for a in event.actors] == ["Federal regulators"]
    assert [a.sector for a in event.actors] == ["GOV"]
