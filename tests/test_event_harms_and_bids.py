"""Blame and appeals in political speech (accuse39): a harmful act a speaker tells of another
party done to people or a wrong it does (reported61), a verdict on what a party says or does
told as a clausal subject, and an imperative told to listeners."""

from __future__ import annotations

import pytest

from tests.conftest import named_dyads


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ('"Senator Smith has failed the farmers of this state," Jones said.', "Jones", "Smith"),
        ("The mayor said Governor Brown had hurt the workers badly.", "mayor", "Brown"),
    ],
)
def test_a_harm_done_to_people_told_of_another_accuses(text: str, source: str, target: str) -> None:
    accusations = [e for e in named_dyads(text) if e[0] == "ACCUSE"]
    assert accusations and source in accusations[0][1][0] and target in accusations[0][2][0]


@pytest.mark.parametrize(
    "text",
    [
        '"Senator Smith suffered heavy losses," Jones said.',  # a plight, done to no one
        "The mayor said Governor Brown had not failed the workers.",  # a harm denied
        "The mayor said the storm had hurt the workers badly.",  # no party is its doer
        "Trump said Clinton would defeat Sanders in California.",  # a race won
    ],
)
def test_a_plight_a_denied_harm_or_a_harm_by_no_party_accuses_no_one(text: str) -> None:
    assert "ACCUSE" not in [e[0] for e in named_dyads(text)]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The mayor said Governor Brown caused tremendous death as secretary.", "mayor", "Brown"),
        ("Jones said Senator Smith has done an awful job on the budget.", "Jones", "Smith"),
        ("Jones said Senator Smith's remarks could incite violence.", "Jones", "Smith"),
    ],
)
def test_a_wrong_another_party_does_accuses_the_doer(text: str, source: str, target: str) -> None:
    accusations = [e for e in named_dyads(text) if e[0] == "ACCUSE"]
    assert accusations and source in accusations[0][1][0] and target in accusations[0][2][0]


@pytest.mark.parametrize(
    "text",
    [
        "Jones said Senator Smith would combat terrorism in the state.",  # the wrong stopped
        "Jones said Senator Smith suffered a terrible defeat in the primary.",  # it befell him
        "Jones said Senator Smith inherited a terrible mess.",  # it came to him
        "Jones said Senator Smith ended the terrible violence.",  # the wrong ended
        "Jones said Senator Smith witnessed terrible atrocities in Syria.",  # only seen
        "Jones said Senator Smith did not cause the violence.",  # the wrong denied
        "Jones said Ferguson has a higher crime rate than Baghdad.",  # a place's state
    ],
)
def test_a_wrong_stopped_suffered_denied_or_of_a_place_accuses_no_one(text: str) -> None:
    assert "ACCUSE" not in [e[0] for e in named_dyads(text)]


def test_a_verdict_on_what_a_party_says_accuses_the_party() -> None:
    events = named_dyads("Jones said what Senator Smith is saying is disgraceful.")
    assert [e[0] for e in events] == ["ACCUSE"]
    assert "Smith" in events[0][2][0]


def test_an_imperative_told_to_listeners_asks_them() -> None:
    events = named_dyads('"Do not trust Senator Smith," the mayor told the voters on Monday.')
    assert ("REQUEST", ["the mayor"], ["the voters"]) in events


def test_an_imperative_told_to_no_one_is_no_appeal() -> None:
    assert "REQUEST" not in [e[0] for e in named_dyads('"Look, I am staying," the mayor said.')]


def test_an_imperative_told_to_the_press_is_a_quote_not_an_appeal() -> None:
    events = named_dyads('"Do not worry about the vote," the mayor told reporters on Monday.')
    assert "REQUEST" not in [e[0] for e in events]
