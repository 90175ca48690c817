"""A state word before a noun the news knows one person by ("the New York businessman") is a
description of that person told before, not a group of business people of the country."""

from __future__ import annotations

from tests.conftest import run_texts

DAY = "2016-05-10"


def _sides(text: str, trigger: str) -> tuple[list[str], list[str]]:
    (result,) = run_texts("WASHINGTON (AP) _ " + text, date=DAY)
    event = next(e for e in result.events if e.trigger.text == trigger)
    return [p.name for p in event.actors], [p.name for p in event.recipients]


def test_the_home_state_businessman_is_the_candidate_told_before() -> None:
    text = (
        "Donald Trump held a rally in Ohio on Monday. "
        "The New York businessman later praised the governor of Maine, Paul LePage."
    )
    doers, _ = _sides(text, "praised")
    assert doers == ["Donald Trump"]


def test_the_home_state_billionaire_as_an_object_is_the_candidate() -> None:
    text = (
        "Donald Trump held a rally in Ohio on Monday. "
        "Senator Elizabeth Warren attacked the New York billionaire over his tax returns."
    )
    _, targets = _sides(text, "attacked")
    assert targets == ["Donald Trump"]


def test_a_plural_of_the_same_words_stays_a_group() -> None:
    text = (
        "Donald Trump held a rally in Ohio on Monday. "
        "New York businessmen criticized the governor of Maine, Paul LePage."
    )
    doers, _ = _sides(text, "criticized")
    assert doers and doers != ["Donald Trump"]
