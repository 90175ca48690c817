"""Meeting a pledge or a promise is keeping it, no meeting with anyone."""

from __future__ import annotations

from tests.conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-04-02")
    return [e.type for e in result.events]


def test_meeting_a_pledge_is_no_consultation() -> None:
    text = "Analysts doubt that Canada will meet the pledge it made on emissions last year."
    assert "CONSULT" not in _types(text)


def test_meeting_a_minister_stays_a_consultation() -> None:
    assert "CONSULT" in _types("The Canadian premier will meet the Mexican minister on Monday.")
