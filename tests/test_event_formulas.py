"""Formulas of speech and campaigns for causes that borrow event words but tell no act: thanks
and greetings said to no one in particular, a reporter's question, a fight for a cause."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text)
    return [(e.trigger.text, e.type) for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "The senator has fought for lower taxes throughout her career.",
        "Mr. Kowalski praised people who fought on behalf of civil rights in the sixties.",
    ],
)
def test_a_fight_for_a_cause_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in {kind for _, kind in _events(text)}


def test_fighting_for_a_town_amid_shelling_stays_an_assault() -> None:
    assert ("fought", "ASSAULT") in _events(
        "The rebels fought for control of the town, shelling its market with mortars."
    )
