"""An act noun whose participle puts it out names its doer in the "by" phrase: "sanctions
imposed by Canada", "rallies organised by the union"."""

from __future__ import annotations

from tests.conftest import run_texts


def _doers(text: str, event_type: str) -> list[str]:
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.type == event_type]
    return [p.country or p.name for p in event.actors]


def test_sanctions_imposed_by_a_state_are_its_own() -> None:
    assert _doers("The sanctions imposed on Cuba by Canada hurt its economy.", "SANCTION") == [
        "CAN"
    ]


def test_a_truce_declared_by_rebels_is_theirs() -> None:
    assert _doers("A truce declared by the rebels collapsed on Sunday.", "RETREAT") == [
        "the rebels"
    ]
