"""A plea whose clause names no addressee is addressed to the body the article says rules on
the same thing, and that body's ruling is aimed at those who made the plea; a plea and a ruling
on different things stay apart."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import run_texts


def _events(text: str) -> list[Event]:
    (result,) = run_texts(text, date="1998-06-02")
    return result.events


def _sides(events: list[Event], trigger: str) -> tuple[list[str], list[str]]:
    event = next(e for e in events if e.trigger.text.startswith(trigger))
    return [p.name for p in event.actors], [p.name for p in event.recipients]


def test_an_application_is_addressed_to_the_body_that_rejects_it() -> None:
    events = _events(
        "The Ortega family applied for asylum in March. "
        "The Canadian Immigration Board rejected the asylum application on Friday."
    )
    assert "Canadian Immigration Board" in _sides(events, "applied")[1][0]
    assert "Ortega" in _sides(events, "rejected")[1][0]


def test_a_ruling_on_another_thing_does_not_tie_the_plea() -> None:
    events = _events(
        "The Ortega family applied for asylum in March. "
        "The Canadian Immigration Board rejected the construction permit on Friday."
    )
    assert not _sides(events, "applied")[1]


def test_a_plea_answered_in_its_own_sentence_is_addressed_to_those_who_answer() -> None:
    events = _events(
        "The Ortega family's lawyer, Ana Ruiz, asked for a travel permit on Monday, but was "
        "told by Canadian Immigration Board officials that the family had to apply in person."
    )
    assert "Canadian Immigration Board" in " ".join(_sides(events, "asked")[1])
