"""A verb of a blow to the body aimed at a person ("assaulted a reporter") is an assault, even
between politicians; its noun aimed at a person or record ("his assault on Bush") is words."""

from __future__ import annotations

from tests.conftest import event_types


def test_assaulting_a_person_is_an_assault() -> None:
    text = "The senator's campaign manager allegedly assaulted a journalist in Miami."
    assert "ASSAULT" in event_types(text)
    assert "ASSAULT" in event_types("Pelosi accused the congressman of assaulting her.")


def test_an_assault_on_a_rival_or_record_is_still_criticism() -> None:
    assert event_types("Rubio continued his assault on Trump.") == ["ACCUSE"]
    assert event_types("Sanders assaulted Clinton's record on trade.") == ["ACCUSE"]
