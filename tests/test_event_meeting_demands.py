"""Meeting a party is CONSULT; meeting its demands is giving in (CONCEDE); meeting a deadline or
a target is no event."""

from __future__ import annotations

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in run_texts(text)[0].events]


def test_meeting_demands_is_conceding() -> None:
    assert _events("The cabinet met the nurses' demands on Friday.") == [("CONCEDE", "occurred")]


def test_meeting_a_deadline_is_no_meeting() -> None:
    assert _events("Ghana failed to meet the deadline set by the lenders.") == []
