"""Arrests, manhunts, warrants and violence that news tells without a named doer or trigger
verb (issue 13's law-enforcement recall), and the everyday senses kept out."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


def test_agentless_arrest_is_kept_beside_a_background_attack() -> None:
    text = (
        "A man whose house was a bomb factory was arrested in connection with "
        "last year's U.S. Embassy bombings in Kenya."
    )
    assert "COERCE" in event_types(text)


def test_agentless_arrest_keeps_an_empty_source() -> None:
    text = "A Kenyan man was arrested in connection with the embassy bombings in Nairobi."
    arrests = [e for e in run_texts(text)[0].events if e.type == "COERCE"]
    assert arrests and not arrests[0].actors


def test_thing_destroyed_by_rule_is_not_kept_as_coercion() -> None:
    text = "Most of the rations donated by Britain are set to be destroyed at a plant in Arkansas."
    assert "COERCE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police said a search has been launched for accomplices in the region.",
        "The FBI joined the search for the killers on Monday.",
        "Prosecutors obtained a warrant for him in October.",
        "Police say the driver is wanted as a suspect in the robbery.",
    ],
)
def test_pursuit_of_suspects_is_an_investigation(text: str) -> None:
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers launched a search for survivors after the quake.",
        "She is searching for a job in Chicago.",
        "The company issued warrants to buy one million shares.",
    ],
)
def test_other_searches_and_warrants_are_no_events(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Interpol placed the former banker on its most-wanted list on Friday.",
        "Police placed Juan Ortega on their list of most wanted fugitives.",
    ],
)
def test_a_wanted_list_names_the_person_put_on_it(text: str) -> None:
    events = [e for e in run_texts(text)[0].events if e.type == "ACCUSE"]
    assert events and events[0].recipients


def test_a_list_without_the_wanted_is_no_accusation() -> None:
    assert "ACCUSE" not in event_types("The mayor put the new park on her list of projects.")
