"""Fans of a person are members of the public who follow him, as supporters are: "Obama fans"
are not Obama."""

from __future__ import annotations

from tests.conftest import named_sides


def test_a_politicians_fans_are_not_the_politician() -> None:
    text = "CHICAGO (AP) - Obama fans demanded that the party leaders change the rules on Monday."
    sources, _ = named_sides(text, "REQUEST")
    assert sources and "Barack Obama" not in sources
