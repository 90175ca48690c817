"""A crackdown aimed at a practice ("cracking down on illegal fishing") is a policy, no
repression of anyone: no ASSAULT. A crackdown on people stays one."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard is cracking down on illegal fishing along the coast.",
        "Regulators cracked down on payday lending last spring.",
        "The province's crackdown on tax evasion raised $40 million.",
    ],
)
def test_a_crackdown_on_a_practice_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Security forces cracked down on students in the capital on Tuesday.",
        "The junta's crackdown on opposition activists left dozens in jail.",
        "Police cracked down on street vendors on Friday.",
        "Police cracked down on protests in the capital.",
    ],
)
def test_a_crackdown_on_people_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in event_types(text)
