"""Support the public gives, or that a candidate earns, widens or generates, is a standing in the
race that polls and results count, not an act of backing; support a named person gives stays."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _coded(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text)
    return [(e.type, e.trigger.text) for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Kowalski's strengths include strong support from rural voters in Ohio.",
        "Governor Novak said he had seen continued support from voters in Ohio this week.",
        "Senator Kowalski has struggled to earn the support of minorities in the South.",
        "Governor Novak has generated support far beyond what anyone anticipated.",
    ],
)
def test_support_the_public_gives_is_a_standing(text: str) -> None:
    assert ("SUPPORT", "support") not in _coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Kowalski won support from Governor Novak on Monday.",
        "Senator Kowalski earned the support of Governor Novak on Monday.",
    ],
)
def test_support_a_named_person_gives_stays(text: str) -> None:
    assert ("SUPPORT", "support") in _coded(text)
