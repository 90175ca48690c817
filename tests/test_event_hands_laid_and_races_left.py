"""Everyday acts the trigger lexicon covers by class, each with a sense condition: laying hands
on a person (grabbing, shoving, punching) is an assault (ASSAULT, 182), handcuffing someone an
arrest (COERCE, 173); the same verbs on a thing stay no event. A candidate who quits, drops out
of or bows out of a race yields to no one named, which is no event; nor is dropping out of
school."""

from __future__ import annotations

from functools import partial

import pytest

from .conftest import coded_events

_events = partial(coded_events, date="2016-05-01")


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said Jenkins grabbed Mayor Alvarez by the collar.",
        "A guard shoved Senator Holt against the wall.",
        "The bodyguard punched Diane Kessler outside the hall.",
        "An aide yanked Councilwoman Ortiz out of the doorway.",
    ],
)
def test_hands_laid_on_a_person_are_an_assault(text: str) -> None:
    kinds = [(t, c) for t, c, _, targets in _events(text) if targets]
    assert kinds == [("ASSAULT", "182")]


def test_handcuffing_someone_is_an_arrest() -> None:
    ((kind, cameo, doers, targets),) = _events("Officers handcuffed the protesters at the gate.")
    assert (kind, cameo) == ("COERCE", "173") and doers and targets


@pytest.mark.parametrize(
    "text",
    [
        "The chairman grabbed the microphone and kicked the ball into the crowd.",
        "The rebels grabbed power in the northern province.",
    ],
)
def test_hands_laid_on_a_thing_are_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Governor Pataki dropped out of the presidential race on Tuesday.", "Pataki"),
        ("Senator Graham quit the race after the South Carolina primary.", "Graham"),
    ],
)
def test_leaving_a_race_yields_to_no_one(text: str, doer: str) -> None:
    assert not any(kind == "CONCEDE" and doer in " ".join(d) for kind, _, d, _ in _events(text))


def test_dropping_out_of_school_is_no_event() -> None:
    assert _events("His daughter dropped out of school at sixteen.") == []
