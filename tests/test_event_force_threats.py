"""Using force told as what a side will do if another acts is a threat of armed force
(THREATEN, hypothetical until the condition is met: `events.conditional_threats`); the act it
makes conditional is not coded beside it."""

from __future__ import annotations

from tests.conftest import run_texts


def test_will_use_force_if_is_a_threat() -> None:
    text = '"If Guyana does not recall its ships, Suriname will use force," the minister said.'
    (result,) = run_texts(text, date="2010-06-01")
    assert [(e.type, e.modality) for e in result.events] == [("THREATEN", "hypothetical")]
