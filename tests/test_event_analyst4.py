"""Event senses read on unseen articles (analyst reading, session 9: events4): a verbal attack on
a rival's qualities, or on someone a personal pronoun names, is criticism; the same words told
with force stay attacks, and "his attack" (a possessive doer) keeps the sense the context gives."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "In her speech, she attacks her rival's foreign policy inexperience.",
        "Kelly said Trump attacked her on Twitter.",
    ],
)
def test_verbal_attack_on_a_rival_or_on_a_person_is_criticism(text: str) -> None:
    assert event_types(text) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "His attacks killed 20 villagers in the north.",
        "The rebels attacked their rival's base with rockets.",
    ],
)
def test_attacks_told_with_force_stay_attacks(text: str) -> None:
    assert event_types(text) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Cleveland hosted the Republican National Convention without major incident.",
        "He made his comments days after hosting the latest debate among the candidates.",
    ],
)
def test_hosting_a_function_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in event_types(text)


def test_hosting_a_visitor_or_talks_stays_a_meeting() -> None:
    assert event_types("Egypt hosted the Israeli prime minister on Monday.") == ["CONSULT"]
    assert event_types("Egypt hosted talks between the two sides.") == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump told her that people who are bullied have to get over it and fight back.",
        "We need someone who fights hard for working families, he said.",
    ],
)
def test_fight_with_no_opponent_force_or_armed_doer_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Militants fought back in the north on Sunday.",
        "Rebels fought government troops near Aleppo.",
        "They are headed to Syria to help fight the Islamic State.",
    ],
)
def test_armed_fight_or_fight_with_an_opponent_stays_an_attack(text: str) -> None:
    assert "ASSAULT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The group wants Trump to lose in November.",
        "I want voters in Ohio to know that I understand these issues.",
    ],
)
def test_wanting_a_state_or_an_outcome_asks_no_one(text: str) -> None:
    assert "REQUEST" not in event_types(text)


def test_wanting_another_party_to_act_stays_a_request() -> None:
    assert event_types("Trump wants Mexico to pay for the wall.") == ["REQUEST"]


def test_destroying_a_prospect_coerces_no_one() -> None:
    text = "The senator said Trump is destroying the party's chance to win the election."
    assert "COERCE" not in event_types(text)


def test_destroying_a_village_stays_coercion() -> None:
    assert event_types("Troops destroyed the village on Monday.") == ["COERCE"]
