"""Mentions that borrow an event word but report no act: a noun for the people who do an act,
a reporter's question told by a fronted participle, a kind of danger that someone faces or
overcomes, and an act inside a condition. Each has a control that stays an event."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text)
    return [(e.trigger.text, e.type) for e in result.events]


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("UN inspectors arrived in Tehran on Monday to visit two reactors.", "inspectors"),
        ("The inspector found no weapons at the depot near Basra.", "inspector"),
        ("Asked to describe the weapon, the Peruvian minister said it was very old.", "Asked"),
        (
            "When asked to explain the delay, the Kenyan spokesman said the roads were closed.",
            "asked",
        ),
        ('"We have defeated every threat we faced," the Chilean president said.', "threat"),
        ('"We face threats every day," the Kenyan interior minister said.', "threats"),
        (
            '"If you had a gang that was going around kidnapping people, you would arrest '
            'them," Senator Alvarez said.',
            "kidnapping",
        ),
    ],
)
def test_mentions_that_tell_no_act_are_no_events(text: str, trigger: str) -> None:
    assert trigger not in {found for found, _ in _events(text)}


@pytest.mark.parametrize(
    "text,event",
    [
        (
            "The IAEA dispatched inspectors to a reactor in northern Syria on Monday.",
            ("dispatched", "ACCUSE"),
        ),
        ("Protesters blocked the main road into Lima on Sunday.", ("blocked", "PROTEST")),
        ("Asked by the UN to withdraw, Russia refused on Tuesday.", ("Asked", "REQUEST")),
        (
            "The Afghan army repelled an attack on its base in Kandahar on Monday.",
            ("attack", "ASSAULT"),
        ),
        ('"Israel faces threats from Iran," the Israeli minister said.', ("threats", "THREATEN")),
    ],
)
def test_acts_beside_them_stay(text: str, event: tuple[str, str]) -> None:
    assert event in _events(text)


def test_a_count_placed_in_a_country_is_no_one_who_rejects() -> None:
    text = (
        "Officials from aid agencies predicted that the number of measles infections in Kenya "
        "will decline to around 6,000."
    )
    assert "REJECT" not in {kind for _, kind in _events(text)}
