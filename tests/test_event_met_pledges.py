"""Meeting a pledge or a promise is keeping it, no meeting with anyone."""

from __future__ import annotations

from tests.conftest import event_types

DAY = "2016-04-02"


def test_meeting_a_pledge_is_no_consultation() -> None:
    text = "Analysts doubt that Canada will meet the pledge it made on emissions last year."
    assert "CONSULT" not in event_types(text, DAY)


def test_meeting_a_minister_stays_a_consultation() -> None:
    text = "The Canadian premier will meet the Mexican minister on Monday."
    assert "CONSULT" in event_types(text, DAY)
