"""A war told by its outbreak is fighting reported happening (ASSAULT); a war of prices or
trade is no fighting, and a war only named is background."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The war between Armenia and Azerbaijan broke out in 1992.",
        "Hostilities resumed along the border on Tuesday.",
    ],
)
def test_a_war_that_breaks_out_is_fighting(text: str) -> None:
    assert event_types(text) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    ["A price war broke out among the airlines.", "The war ended in 1995."],
)
def test_other_wars_are_no_fighting(text: str) -> None:
    assert event_types(text) == []
