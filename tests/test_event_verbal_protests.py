"""A protest that is said, not marched, is a complaint (ACCUSE): a state's protest, and a
protest verb that reports the wrong it complains of ("..., a rights group protested"). People
protesting in the streets stay PROTEST."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,types",
    [
        ("Vietnam protested the Chinese incursion.", ["ACCUSE"]),
        (
            "Slovak authorities are failing to protect the homes of Roma families, a rights group"
            " protested here on Tuesday.",
            ["ACCUSE"],
        ),
        ("Thousands of Chileans protested in Santiago against the tax.", ["PROTEST"]),
    ],
)
def test_a_protest_said_is_a_complaint(text: str, types: list[str]) -> None:
    assert event_types(text) == types
