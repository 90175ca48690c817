"""An "opposition" modifier makes a group the opposition (OPP) whatever its noun alone says,
but a legislature's members stay LEG and armed groups stay REB."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            "Opposition candidates denounced the Malawian election board.",
            "Opposition candidates",
            "OPP",
        ),
        ("Opposition activists marched through Minsk on Sunday.", "Opposition activists", "OPP"),
        ("Togolese opposition candidates rejected the results.", "Togolese candidates", "OPP"),
        (
            "Opposition lawmakers walked out of the Zambian parliament.",
            "Opposition lawmakers",
            "LEG",
        ),
        ("Opposition militants attacked an army post.", "Opposition militants", "REB"),
        ("The activists marched through Minsk on Sunday.", "The activists", "CVL"),
    ],
)
def test_opposition_modifier_names_the_opposition(text: str, name: str, sector: str) -> None:
    assert actor_sector(text, name) == sector
