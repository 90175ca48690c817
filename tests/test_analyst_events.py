"""Events an analyst reading unseen articles would not count, or would count differently."""

from __future__ import annotations

import pytest

from .conftest import run_texts

NOT_EVENTS = [
    ("Unisys said that should help it save $500 million a year in costs.", "said"),
    ("He said the senator's attempts to discredit the judge should give voters pause.", "said"),
    ("Both candidates have said overturning the court's ruling should be a priority.", "said"),
    ('"The crisis should be a call to conscience," the newspaper added.', "added"),
    ("Teen girl pepper-sprayed in scuffle outside Wisconsin Trump rally.", "rally"),
    ("Two car dealers made large donations to the senator's PAC on the same day.", "donations"),
    ("It said 2.2 million shares have been tendered under its offer.", "offer"),
]


@pytest.mark.parametrize(("text", "trigger"), NOT_EVENTS)
def test_readings_that_are_no_act_are_left_out(text: str, trigger: str) -> None:
    (result,) = run_texts(text)
    assert not [e for e in result.events if trigger in e.trigger.text]


def test_a_request_to_a_regulator_in_a_share_deal_is_still_an_appeal() -> None:
    (result,) = run_texts(
        "The bank filed a request with the Federal Reserve for permission to buy more stock."
    )
    assert [e.type for e in result.events] == ["REQUEST"]


def test_a_duty_laid_on_a_party_is_still_a_demand() -> None:
    (result,) = run_texts("Obama said the Syrian government should stop the attacks.")
    assert [(e.type, e.trigger.text) for e in result.events] == [("REQUEST", "said")]


@pytest.mark.parametrize(
    "text",
    [
        "The governor avoids discussing the pipeline with the mayor.",
        "The army refrained from attacking the city.",
    ],
)
def test_an_act_avoided_is_negated(text: str) -> None:
    (result,) = run_texts(text)
    assert [e.modality for e in result.events] == ["negated"]


def test_an_act_that_does_the_planning_verb_is_no_plan() -> None:
    (result,) = run_texts(
        "The senator's attacks on a federal judge have set off a wave of alarm among lawyers."
    )
    assert [(e.trigger.text, e.modality) for e in result.events] == [("attacks", "occurred")]


def test_an_act_set_for_a_day_is_still_planned() -> None:
    (result,) = run_texts("A meeting with the Iranian minister is scheduled for Monday.")
    assert [e.modality for e in result.events] == ["planned"]


def test_the_preposition_about_plans_nothing() -> None:
    (result,) = run_texts("New Detail Emerged About Who The Senator Gave Money To In Iraq.")
    assert [(e.trigger.text, e.modality) for e in result.events] == [("Gave", "occurred")]


def test_a_sentence_opening_with_nor_negates_its_act() -> None:
    (result,) = run_texts("Nor did the rebels attack the convoy near the border.")
    assert [e.modality for e in result.events] == ["negated"]
