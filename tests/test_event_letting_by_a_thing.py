"""Letting told of a thing ("This allowed us to know the score", "a rule which allows him to keep
his options open") makes an act possible but is no party giving way: no CONCEDE. A party that
lets another act, or people let act, still concede; leave that no one is told to give and that
holds as a rule ("visitors are not allowed to vote") concedes nothing."""

from __future__ import annotations

import pytest

from .conftest import typed_modalities, typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        '"This allowed us to know what the current score was with a great deal of confidence."',
        "He plays them off against each other, which allows him to keep his options open.",
    ],
)
def test_a_thing_that_lets_someone_act_concedes_nothing(text: str) -> None:
    assert "CONCEDE" not in [kind for kind, _ in typed_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The government allowed the refugees to enter the country on Friday.",
        "The refugees were allowed to enter the country on Friday.",
        "Syrian refugees have been permitted to enter Turkey since Monday.",
        "The refugees are being allowed to enter the country.",
    ],
)
def test_a_party_letting_others_act_still_concedes(text: str) -> None:
    assert "CONCEDE" in [kind for kind, _ in typed_triggers(text)]


def test_it_in_a_clause_a_party_reports_is_that_party() -> None:
    text = "Venezuela told Colombia that it would not allow the observers to return."
    assert ("CONCEDE", "negated") in typed_modalities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Visitors from abroad are not allowed by law to vote in local elections.",
        "The mayor said that people who lost their papers won't be permitted to return.",
        "She complained that she had not been permitted to speak at the hearing.",
    ],
)
def test_leave_held_as_a_rule_concedes_nothing(text: str) -> None:
    assert "CONCEDE" not in [kind for kind, _ in typed_triggers(text)]


def test_leave_refused_by_a_named_party_is_still_coded() -> None:
    text = "The reporters were not allowed into the camp by the army."
    assert ("CONCEDE", "negated") in typed_modalities(text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator argued that the liberals allowed terrorism to flourish in the region.",
        "The strategist did allow himself to address the hypothetical of a deal.",
    ],
)
def test_a_thing_let_happen_or_oneself_let_act_concedes_nothing(text: str) -> None:
    assert "CONCEDE" not in [kind for kind, _ in typed_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Clinton won four states, while Sanders prevailed in Vermont, allowing her to lead.",
        "The governor has moved beyond the scandal, allowing his skills as a candidate to shine.",
    ],
)
def test_leave_that_follows_from_a_state_of_things_concedes_nothing(text: str) -> None:
    assert "CONCEDE" not in [kind for kind, _ in typed_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The army gave the protesters more leeway, allowing rallies of opposition supporters.",
        "The government allowed the opposition to hold a rally in the capital.",
    ],
)
def test_leave_given_by_a_party_after_a_deed_still_concedes(text: str) -> None:
    assert "CONCEDE" in [kind for kind, _ in typed_triggers(text)]
