"""Military hardware given, supplied, shipped or sent to another party is AID (CAMEO 072);
the same hardware or troops sent to a place is a deployment (MOBILIZE)."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Norway sent helicopters to Chad to help fight the insurgents.", "Chad"),
        ("Korea will provide patrol boats to Vietnam.", "Vietnam"),
        ("Italy shipped artillery shells to Estonia last month.", "Estonia"),
        ("Spain gave armored vehicles to Tunisia.", "Tunisia"),
    ],
)
def test_hardware_given_to_a_party_is_aid(text: str, recipient: str) -> None:
    (result,) = run_texts(text, date="2016-03-01")
    aid = [e for e in result.events if e.type == "AID"]
    assert aid and aid[0].cameo == "072"
    assert recipient in [r.name for r in aid[0].recipients]


@pytest.mark.parametrize(
    "text",
    [
        "Belarus sent tanks to the border with Lithuania.",
        "Belarus sent troops to Lithuania.",
    ],
)
def test_hardware_or_troops_sent_to_a_place_is_a_deployment(text: str) -> None:
    (result,) = run_texts(text, date="2016-03-01")
    assert [e.type for e in result.events] == ["MOBILIZE"]
