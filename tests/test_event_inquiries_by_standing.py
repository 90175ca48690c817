"""An investigation is an accusation when police, prosecutors, lawmakers, regulators or the
press do it; villagers, scientists, doctors or a firm looking into a thing accuse no one."""

from __future__ import annotations

import pytest

from .conftest import accusation_sides


@pytest.mark.parametrize(
    "text",
    [
        "Scientists who went to investigate the crater found no radiation, an engineer said.",
        "Doctors are currently investigating some Calgary residents for the infection.",
        "Voters here have not been doing a lot of investigating yet, she said.",
    ],
)
def test_looking_into_a_thing_without_standing_accuses_no_one(text: str) -> None:
    assert accusation_sides(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The FBI is investigating Senator Miller's campaign.",
        "The Washington Post has sent reporters to investigate Governor Baker's business.",
        "Police are investigating the shooting in Newark.",
    ],
)
def test_investigation_by_authorities_or_press_stays(text: str) -> None:
    assert accusation_sides(text)
