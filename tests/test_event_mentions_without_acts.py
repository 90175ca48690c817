"""Mentions that borrow an event word but report no act: a noun for the people who do an act,
a reporter's question told by a fronted participle, a kind of danger that someone faces or
overcomes, an act inside a condition, and an event noun that only dates another happening.
Each has a control that stays an event."""

from __future__ import annotations

import pytest

from tests.conftest import triggered_types


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("UN inspectors arrived in Tehran on Monday to visit two reactors.", "inspectors"),
        ("The inspector found no weapons at the depot near Basra.", "inspector"),
        ("Asked to describe the rifle, the Peruvian minister said it was very old.", "Asked"),
        (
            "When asked to explain the delay, the Kenyan spokesman said the roads were closed.",
            "asked",
        ),
        ('"We have overcome every threat to our ports," the Chilean president said.', "threat"),
        ('"Our border guards confront attacks every day," the Kenyan minister said.', "attacks"),
        (
            '"If there were a gang in Lima that kidnapped children, the police would arrest it," '
            "the Peruvian mayor said.",
            "kidnapped",
        ),
        (
            "Panic buying of fuel in Nairobi followed the Ethiopian invasion of Eritrea.",
            "invasion",
        ),
    ],
)
def test_mentions_that_tell_no_act_are_no_events(text: str, trigger: str) -> None:
    assert trigger not in {found for found, _ in triggered_types(text)}


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
        ("Ethiopian troops invaded Eritrea on Monday.", ("invaded", "ASSAULT")),
    ],
)
def test_acts_beside_them_stay(text: str, event: tuple[str, str]) -> None:
    assert event in triggered_types(text)


def test_a_count_placed_in_a_country_is_no_one_who_rejects() -> None:
    text = (
        "Officials from aid agencies predicted that the number of measles infections in Kenya "
        "will decline to around 6,000."
    )
    assert "REJECT" not in {kind for _, kind in triggered_types(text)}
