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
        '"Well, thank you all very much," the senator told the crowd in Ohio.',
        'The governor laughed, "Thank heaven the storm missed the coast."',
    ],
)
def test_thanks_said_as_a_formula_are_no_support(text: str) -> None:
    assert _events(text) == []


def test_thanking_a_named_party_stays_support() -> None:
    assert _events("President Obama thanked Angela Merkel for her help on Monday.") == [
        ("thanked", "SUPPORT")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Asked to comment on the ruling, a State Department spokesman said it was early days.",
        "An official, who asked not to be identified, said the talks had stalled.",
        "The mayor declined a question about whether she would run again.",
    ],
)
def test_questions_from_the_press_are_no_requests_or_refusals(text: str) -> None:
    assert not {"REQUEST", "REJECT"} & {kind for _, kind in _events(text)}


def test_asking_a_state_to_act_stays_a_request() -> None:
    assert ("asked", "REQUEST") in _events(
        "The United Nations asked Iraq to provide access to the sites."
    )


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


@pytest.mark.parametrize(
    "text",
    [
        '"You may not agree with the governor, but he delivered," the mayor said.',
        '"You are not going to win Ohio by attacking the unions," she said.',
        '"When you negotiate with a landlord, you lose," Smith said.',
    ],
)
def test_acts_of_the_generic_you_are_no_events(text: str) -> None:
    assert not {"AGREE", "ASSAULT", "ACCUSE", "CONSULT"} & {kind for _, kind in _events(text)}


def test_an_act_of_a_named_speaker_in_a_quote_stays() -> None:
    assert ("attacked", "ACCUSE") in _events(
        '"Senator Cruz attacked the unions in Ohio," she said on Monday.'
    )


def test_a_demonstration_of_a_fact_is_no_protest() -> None:
    text = "The treaty is the clearest demonstration of the fact that the region is at peace."
    assert "PROTEST" not in {kind for _, kind in _events(text)}


def test_a_demonstration_of_support_stays_a_protest() -> None:
    text = "Thousands of students held a demonstration of support for the strikers in Seoul."
    assert ("demonstration", "PROTEST") in _events(text)


def test_a_duty_due_in_the_past_is_an_opinion_not_a_demand() -> None:
    text = "Critics said that the senator should not have accepted the money."
    assert "REQUEST" not in {kind for _, kind in _events(text)}


def test_a_duty_another_party_must_do_stays_a_demand() -> None:
    assert ("said", "REQUEST") in _events("The United Nations said Iraq must withdraw its troops.")
