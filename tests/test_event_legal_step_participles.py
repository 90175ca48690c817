"""A reduced relative of a legal step tells the authorities' act on the person it describes
(`events.participles`): "two officers charged in the bombing" is a charge against them, as
"who were charged" would be; "in the wake of" sets an event as background like "after"."""

from __future__ import annotations

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.type, [p.name for p in e.recipients]) for e in run_texts(text)[0].events]


def test_a_charge_told_as_a_participle_targets_the_persons_described() -> None:
    text = (
        "In Lima, the court replaced two former Peruvian army officers charged in the "
        "1992 bombing of a bus that killed 14 people."
    )
    charges = [targets for kind, targets in _events(text) if kind == "ACCUSE"]
    assert charges and "officers" in " ".join(charges[0])


def test_protesters_arrested_are_the_target_of_the_arrest() -> None:
    text = "Protesters arrested on Monday in Lagos were released by police on Friday."
    assert any(kind == "COERCE" for kind, _ in _events(text))
