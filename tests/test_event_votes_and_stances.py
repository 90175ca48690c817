"""Votes and stances toward a person told in campaign news: voting, or planning to vote, for a
candidate backs them (SUPPORT), against one opposes them (REJECT), and not voting for one is a
negated backing; a vote for a thing (a bill, a date) names no one and is no act here."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def events_of(text: str) -> list[tuple[str, str]]:
    """(type, modality) of each event found in one text."""
    (result,) = run_texts(text)
    return [(e.type, e.modality) for e in result.events]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Senator Okafor said she plans to vote for Maria Lopez in the June primary.",
            ("SUPPORT", "planned"),
        ),
        ("Governor Reyes voted for Tom Ortiz at the state convention.", ("SUPPORT", "occurred")),
        ("Many Democrats voted against Senator Blake in 2010.", ("REJECT", "occurred")),
        (
            "Forty retired generals made it clear that they are not voting for Helen Park.",
            ("SUPPORT", "negated"),
        ),
    ],
)
def test_vote_for_or_against_a_person(text: str, expected: tuple[str, str]) -> None:
    assert expected in events_of(text)


def test_vote_for_a_bill_is_no_act() -> None:
    assert events_of("The committee voted for the bill on Tuesday.") == []


def test_reaching_out_to_someone_is_contact() -> None:
    assert ("CONSULT", "occurred") in events_of(
        "Senator Blake reached out to Governor Ortiz on Monday."
    )


def test_frequency_inside_an_order_is_the_ordered_acts() -> None:
    """ "ordered them to publish the files every 30 days": how often they publish, not a routine
    of ordering, so the order is still an act."""
    text = "In June, a judge ordered the Interior Department to publish the letters every 60 days."
    assert ("REQUEST", "occurred") in events_of(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Senator Okafor hammered his record on trade in a column.", ["ACCUSE"]),
        ("Storms hammered the coast on Monday.", []),
    ],
)
def test_hammering_what_someone_owns_is_criticism(text: str, expected: list[str]) -> None:
    assert [t for t, _ in events_of(text)] == expected
