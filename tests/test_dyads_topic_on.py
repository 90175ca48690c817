"""What an act is "on" is its topic once a party is aimed at or the act is shared: "criticized
the premier on Kosovo" blames the premier, not Kosovo; a sanction or a shot "on" a party still
aims at it."""

from __future__ import annotations

import pytest

from tests.conftest import target_names


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        ("Norway criticized Sweden on Kosovo.", "criticized", ["Sweden"]),
        ("Italy sided with Austria on Serbia.", "sided with", ["Austria"]),
        ("The European Union imposed sanctions on Belarus.", "sanctions", ["Belarus"]),
    ],
)
def test_what_an_act_is_on(text: str, trigger: str, expected: list[str]) -> None:
    assert target_names(text, trigger) == expected


def test_a_shared_act_on_a_country_is_not_aimed_at_it() -> None:
    assert target_names("Chile and Peru agreed on Bolivia.", "agreed") == ["Peru"]
