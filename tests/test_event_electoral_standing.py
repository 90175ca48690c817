"""Support the public gives, or that a candidate earns, widens or generates, is a standing in the
race that polls and results count, not an act of backing; support a named person gives stays."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ames's assets include solid support from suburban voters in Iowa.",
        "Senator Rossi said she had noticed growing support from voters in Maine this month.",
        "Governor Ames has worked hard to earn the support of young voters in the West.",
        "Senator Rossi has generated enthusiasm and support well past what her aides expected.",
    ],
)
def test_support_the_public_gives_is_a_standing(text: str) -> None:
    assert ("SUPPORT", "support") not in typed_triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Kowalski won support from Governor Novak on Monday.",
        "Senator Kowalski earned the support of Governor Novak on Monday.",
    ],
)
def test_support_a_named_person_gives_stays(text: str) -> None:
    assert ("SUPPORT", "support") in typed_triggers(text)
