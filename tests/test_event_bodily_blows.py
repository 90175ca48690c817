"""A verb of a blow to the body aimed at a person ("assaulted a reporter") is an assault, even
between politicians; its noun aimed at a person or record ("his assault on Bush") is words."""

from __future__ import annotations

from tests.conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text)
    return [e.type for e in result.events]


def test_assaulting_a_person_is_an_assault() -> None:
    text = "The senator's campaign manager allegedly assaulted a journalist in Miami."
    assert "ASSAULT" in _types(text)
    assert "ASSAULT" in _types("Pelosi accused the congressman of assaulting her.")


def test_an_assault_on_a_rival_or_record_is_still_criticism() -> None:
    assert _types("Rubio continued his assault on Trump.") == ["ACCUSE"]
    assert _types("Sanders assaulted Clinton's record on trade.") == ["ACCUSE"]
