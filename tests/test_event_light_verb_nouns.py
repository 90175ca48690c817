"""Eventive nouns put out by a light verb: "gave its approval" backs (SUPPORT), "placed a call to
the president" is a phone call (CONSULT). An approval rating or an approval needed is no act, and
condolences offered are sympathy, which PLOVER does not code (no AGREE for "offered").
An envoy sent to someone visits them."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Ecuador's congress gave final approval to the water pact with Colombia.", "SUPPORT"),
        ("The Dutch prime minister placed a call to the Turkish president.", "CONSULT"),
        ("Macron's call to Erdogan lasted an hour.", "CONSULT"),
        ("Ghana offered aid to Togo.", "AGREE"),
        ("The Kenyan president cast the blame for the riots on Uganda.", "ACCUSE"),
    ],
)
def test_light_verb_noun_is_coded(text: str, kind: str) -> None:
    assert kind in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor's approval rating fell to 40 percent in Ohio.",
        "The merger needs the approval of the board in Ohio.",
        "Ghana offered condolences to Togo.",
        "Peruvian voters cast their ballots in Lima on Sunday.",
    ],
)
def test_no_act_is_coded(text: str) -> None:
    assert event_types(text) == []


def test_envoy_sent_to_a_party_is_a_visit() -> None:
    """Sending an envoy or a delegation to someone is the sender's visit (CONSULT); sending a
    delegation nowhere named is no act."""
    assert event_types("Sweden sent a delegation to Peru to meet the rebels.") == ["CONSULT"]
    assert event_types("The Swedish party sent a delegation of observers.") == []
