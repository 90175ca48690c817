"""A standing conflict that a verb ends is no ongoing act; weather and floods are no doers;
"upon" aims an act as "on" does."""

from __future__ import annotations

import pytest

from eventwire.model import Modality

from .conftest import event_at, event_dyads, event_types, run_texts


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The senator ends his feud with the governor.", "feud"),
        ("The teachers' union called off the strike against the city on Monday.", "strike"),
        ("The farmers abandoned their boycott of the ministry last week.", "boycott"),
    ],
)
def test_an_ended_conflict_does_not_go_on(text: str, trigger: str) -> None:
    (result,) = run_texts(text)
    assert event_at(result, trigger).modality == Modality.NEGATED


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The mayor ended her weekly meeting with the council on a sour note.", "meeting"),
        ("The rebels ended the attack on the embassy at dawn.", "attack"),
    ],
)
def test_a_bounded_act_that_was_ended_took_place(text: str, trigger: str) -> None:
    (result,) = run_texts(text)
    ended = [e for e in result.events if e.trigger.text == trigger]
    assert all(e.modality != Modality.NEGATED for e in ended)


@pytest.mark.parametrize(
    "text",
    [
        "Floodwaters occupy the lower districts of the city, officials in Dhaka said.",
        "A heatwave hit northern India on Monday.",
    ],
)
def test_floods_and_heat_are_no_doers(text: str) -> None:
    assert {"ASSAULT", "COERCE"}.isdisjoint(event_types(text))


def test_upon_aims_an_act_at_the_owner_of_remarks() -> None:
    text = "Republicans seized upon the remarks by Obama about the police."
    assert event_dyads(text, date="2016-06-01") == [("ACCUSE", ["USA"], ["USA"])]
