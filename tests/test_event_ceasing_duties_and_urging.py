"""Requests and refusals told without a demand or denial word: a duty that an act cease ("the
shelling must stop") is a demand on whoever carries it on; discrediting a report denies it and
demurring when pressed declines; "I urge him", said under a condition or joined to another
verb, is urged in the saying."""

from __future__ import annotations

import pytest

from .conftest import event_types, typed_modalities, typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        '"The violence in these villages must stop," Governor Dan Marsh said on Monday.',
        "Mayor Ann Cole said the harassment of migrant workers has to end.",
        '"This bloodshed needs to stop," Senator Ruth Kemp told the crowd.',
    ],
)
def test_a_duty_that_an_act_cease_is_a_demand(text: str) -> None:
    assert "REQUEST" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said prices must stop rising before the central bank acts.",
        '"It has to stop," Mayor Ann Cole said.',
    ],
)
def test_a_cessation_of_no_act_asks_nothing(text: str) -> None:
    assert "REQUEST" not in event_types(text)


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Governor Dan Marsh on Monday discredited the newspaper's report.", "discredited"),
        ("Asked whether she would run for the Senate, Mayor Ann Cole demurred.", "demurred"),
    ],
)
def test_discrediting_a_report_or_demurring_is_a_rejection(text: str, trigger: str) -> None:
    assert ("REJECT", trigger) in typed_triggers(text)


def test_discrediting_a_person_is_no_rejection() -> None:
    assert "REJECT" not in event_types("The ads discredited Governor Dan Marsh in the race.")


@pytest.mark.parametrize(
    "text",
    [
        '"If the vote is delayed again, I urge the council to resign," Mayor Ann Cole said.',
        '"We welcome the truce and urge the militias to disarm," Governor Dan Marsh said.',
    ],
)
def test_a_request_performed_in_the_saying_is_made(text: str) -> None:
    assert ("REQUEST", "occurred") in typed_modalities(text)
