"""A quoted "he" or "she" stands for the latest person named before it whose given name does
not tell the other gender: a woman who spoke just before is no antecedent of "he"."""

from __future__ import annotations

from tests.conftest import trigger_sides

TEXT = (
    'Mark Ellison turns 60 on Friday. "He is going to have to stop with the personal attacks,"'
    ' said Sen. Laura Whitfield. "He will have to earn the nomination by showing restraint,"'
    " added Rep. Diane Kessler."
)


def test_quoted_he_skips_the_woman_who_spoke_before() -> None:
    sides = trigger_sides(TEXT, "REQUEST")
    added = [targets for trigger, _, targets in sides if trigger == "added"]
    assert added == [["Mark Ellison"]]
