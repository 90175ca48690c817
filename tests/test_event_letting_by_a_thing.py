"""Letting told of a thing ("This allowed us to know the score", "a rule which allows him to keep
his options open") makes an act possible but is no party giving way: no CONCEDE. A party that
lets another act, or people let act, still concede."""

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
    ],
)
def test_a_party_letting_others_act_still_concedes(text: str) -> None:
    assert "CONCEDE" in [kind for kind, _ in typed_triggers(text)]


def test_it_in_a_clause_a_party_reports_is_that_party() -> None:
    text = "Venezuela told Colombia that it would not allow the observers to return."
    assert ("CONCEDE", "negated") in typed_modalities(text)
