"""Fining or penalising a party is a penalty laid on it (SANCTION, CAMEO 172), as punishing it
is, not force or a restriction (COERCE), also where the tagger lemmatises "fined" wrongly."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian Congress fined the Liberal Union for a false address.",
        "Congress will fine the Liberal Union next month.",
        "The Chilean tribunal penalized the union for the strike.",
    ],
)
def test_a_fine_is_a_penalty(text: str) -> None:
    assert event_types(text) == ["SANCTION"]
