"""Observers, monitors and inspectors are people who act: when a mission "from" a body
criticises a vote or accuses a state, the act is coded, with the body as its source."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Monitors from the African Union criticized the Togo election.", "African Union", "TGO"),
        ("Observers from the OSCE criticized the parliamentary vote in Armenia.", "OSCE", "ARM"),
        ("Inspectors from the IAEA accused Syria of hiding a reactor site.", "IAEA", "SYR"),
    ],
)
def test_a_mission_from_a_body_acts_for_it(text: str, source: str, target: str) -> None:
    (result,) = run_texts(text, date="2005-04-01")
    (event,) = result.events
    assert event.type == "ACCUSE"
    assert [p.name for p in event.actors] == [source]
    assert [p.country for p in event.recipients] == [target]
