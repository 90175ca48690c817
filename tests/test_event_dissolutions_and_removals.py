"""Dissolving a party, a parliament or a state body restricts it (COERCE); police removing a
crowd from a place expel it (COERCE), while someone removed from an office, a ballot or a list
keeps no such event; a countersuit is a lawsuit (ACCUSE)."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The supreme court in Minsk dissolved the opposition party on Friday.",
        "The Jordanian king dissolved parliament on Sunday.",
        "A tribunal in Tunis ordered the dissolution of the Ennahda party.",
    ],
)
def test_dissolving_a_political_body_is_coercion(text: str) -> None:
    assert event_types(text) == ["COERCE"]


def test_a_crowd_dissolving_is_no_event() -> None:
    assert event_types("The crowd in Lima slowly dissolved after dusk.") == []


def test_removing_protesters_from_a_place_is_coercion() -> None:
    assert event_types("Riot police removed the demonstrators from the senate in Lima.") == [
        "COERCE"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Lyon was removed from office by the council.",
        "The ministry removed the charity from the list of banned groups.",
    ],
)
def test_removal_from_an_office_or_a_list_is_unchanged(text: str) -> None:
    assert "COERCE" not in event_types(text)


def test_a_countersuit_is_an_accusation() -> None:
    assert event_types("Chevron filed a countersuit against Ecuador.") == ["ACCUSE"]
