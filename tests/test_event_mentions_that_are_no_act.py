"""Mentions of an act that report none: what a party used to do ("in the past"), and the
condition an act still to come waits for ("until the ministry backed down"). The act told happening,
an act told with its course ("would continue"), and a past "until" clause stay coded, and so does a
past act a statement takes up again ("said the strikes were unlawful"): the gold README codes every
mention, also when an earlier sentence told the same event."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The mayor said the strikes were unlawful.", ["PROTEST"]),
        ("Police said the rally on Sunday had been calm.", ["PROTEST"]),
        ("India and Brazil have opposed such quotas in the past.", []),
        ("Moscow has rejected similar proposals for years.", []),
        ("Nurses marched on the health ministry on Tuesday.", ["PROTEST"]),
        ("India rejected the proposal on Tuesday.", ["REJECT"]),
        ("The guerrillas fought until the army withdrew from the valley.", ["ASSAULT", "RETREAT"]),
    ],
)
def test_mentions(text: str, expected: list[str]) -> None:
    assert event_types(text) == expected


def test_until_condition_of_an_act_to_come() -> None:
    types = event_types(
        "The dockers' union said the stoppage would go on every Friday until the city"
        " council backed down."
    )
    assert "CONCEDE" not in types


def test_power_held_by_a_party_is_no_act() -> None:
    text = (
        "France and Britain, which hold vetoes on the council, have blocked such plans in the past."
    )
    assert event_types(text) == []
