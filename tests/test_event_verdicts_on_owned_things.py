"""Calling a party's thing (its plan, vote, strikes) a strongly negative word accuses the
party that owns it, also where the parser hangs the name on the thing ("his plan, a
disaster"); an owner-less thing or a mild word judges no party."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Iran called the American sanctions a crime against humanity.", "United States"),
        ("Sanders called Clinton's vote a mistake.", "Hillary Clinton"),
        ("China called Japan's visit to the shrine a provocation.", "Japan"),
    ],
)
def test_naming_an_owned_thing_accuses_its_owner(text: str, target: str) -> None:
    (result,) = run_texts(text, date="2016-03-01")
    (event,) = result.events
    assert event.type == "ACCUSE"
    assert target in [r.name for r in event.recipients]


@pytest.mark.parametrize(
    "text",
    ["Officials called the plan a disaster.", "Sanders called Clinton's vote a surprise."],
)
def test_an_ownerless_or_mild_naming_accuses_no_one(text: str) -> None:
    (result,) = run_texts(text, date="2016-03-01")
    assert [e for e in result.events if e.type == "ACCUSE" and e.recipients] == []
