"""Attacks between candidates told beside the race they are part of ("repeated the attacks they
have traded since the last debate", "fielded attacks from his rivals for the nomination") are
criticism (ACCUSE). A battle for the race itself stays no act, and an attack told with violence
stays an attack."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Senator Maria Lopez and Governor Tom Reyes met on stage Monday and repeated the"
            " attacks they have traded since their first debate in March.",
            [("ACCUSE", "attacks")],
        ),
        (
            "Senator Maria Lopez spent the evening fielding attacks from her rivals for the"
            " Democratic nomination.",
            [("ACCUSE", "attacks")],
        ),
    ],
)
def test_attacks_between_candidates_are_criticism(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [pair for pair in typed_triggers(text) if pair[1] == "attacks"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police post near the border before the election, killing two officers.",
        "Senator Maria Lopez was attacked by a man with a knife outside a debate hall in Ohio.",
    ],
)
def test_violent_attacks_near_a_race_stay_attacks(text: str) -> None:
    types = [type_ for type_, trigger in typed_triggers(text) if trigger.startswith("attack")]
    assert types and "ACCUSE" not in types


def test_a_battle_for_the_race_is_no_act() -> None:
    text = "The battle for the Republican nomination moved to Florida on Tuesday."
    assert not [t for t in typed_triggers(text) if t[1] == "battle"]
