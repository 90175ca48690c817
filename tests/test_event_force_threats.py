"""Using force told as what a side will do is a threat of armed force (planned ASSAULT, which
PLOVER folds into THREATEN); the act it makes conditional is not coded beside it."""

from __future__ import annotations

from tests.conftest import run_texts


def test_will_use_force_is_a_planned_assault() -> None:
    text = '"If Guyana does not recall its ships, Suriname will use force," the minister said.'
    (result,) = run_texts(text, date="2010-06-01")
    assert [(e.type, e.modality) for e in result.events] == [("ASSAULT", "planned")]
