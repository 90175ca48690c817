"""A military title serving an armed opposition ("the top commander of a Kurdish resistance
force") is the opposition's (REB), read from the whole body the "of" phrase names, also when a
description's word limit cuts it or the title stands alone; a state force fighting rebels stays
MIL."""

from __future__ import annotations

from tests.conftest import actor_sector


def test_a_named_commander_of_a_resistance_force_is_a_rebel() -> None:
    text = "Gen. Aziz Dara, the top commander of a Kurdish resistance force, said the town fell."
    assert actor_sector(text, "Aziz Dara", "1996-09-01") == "REB"


def test_a_commander_of_a_resistance_force_standing_alone_is_a_rebel() -> None:
    text = "The top commander of a Kurdish resistance force said Thursday the town fell."
    assert actor_sector(text, "The top commander", "1996-09-01") == "REB"


def test_a_commander_of_a_force_fighting_rebels_stays_military() -> None:
    text = "Col. Aziz Dara, the deputy commander of a government force fighting the rebels, spoke."
    assert actor_sector(text, "Aziz Dara", "1996-09-01") == "MIL"
