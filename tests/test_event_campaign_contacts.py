"""Contacts, criticism and backing told in campaign idiom: reaching out to someone (CONSULT),
hammering what someone owns (ACCUSE; a storm hammering a coast is no act), a seal of approval or a
nod from someone (SUPPORT); and a frequency inside an order belongs to the ordered act, so the
order itself is still coded."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def events_of(text: str) -> list[tuple[str, str]]:
    """(type, modality) of each event found in one text."""
    (result,) = run_texts(text)
    return [(e.type, e.modality) for e in result.events]


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


@pytest.mark.parametrize(
    "text",
    [
        "Several county leaders have given the budget their seal of approval.",
        "The nods from Senator Okafor and Governor Reyes came after his win.",
    ],
)
def test_endorsement_idioms_are_backing(text: str) -> None:
    assert "SUPPORT" in [t for t, _ in events_of(text)]
