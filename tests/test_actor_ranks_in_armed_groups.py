"""A military rank held in a named armed opposition ("ELN commander X", "New People's Army
commander X") is the opposition's (REB), as "rebel commander" is; the state army's stays MIL."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "QUITO (AP) - ELN commander Hector Ruiz said the guerrillas would free two hostages.",
            "Hector Ruiz",
        ),
        (
            "DAVAO (AP) - New People's Army commander Lito Garcia said his men would stop.",
            "Lito Garcia",
        ),
    ],
)
def test_a_commander_of_a_named_rebel_group_is_rebel(text: str, name: str) -> None:
    assert actor_codes(text, name, date="2005-01-01")[1] == "REB"


def test_a_state_army_commander_stays_military() -> None:
    text = "DAVAO (AP) - Army commander Lito Garcia said troops had killed six guerrillas."
    assert actor_codes(text, "Lito Garcia", date="2005-01-01") == ("PHL", "MIL")
