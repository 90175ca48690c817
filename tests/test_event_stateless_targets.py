"""A named organisation of no state (the Islamic State, NATO, the United Nations) struck or
addressed where it operates stays the target, coded with no country: the place the act is
done in is where it happens, not its target."""

from __future__ import annotations

from .conftest import typed_targets


def test_strike_on_a_stateless_group_keeps_it_and_not_the_country() -> None:
    text = "Belgian jets bombed Islamic State depots in Iraq overnight."
    assert typed_targets(text, "ASSAULT") == [[("Islamic State", None)]]


def test_possessed_positions_name_the_group_not_the_places() -> None:
    text = "French aircraft hit the Islamic State's bases in Syria and Iraq on Monday."
    assert typed_targets(text, "ASSAULT") == [[("Islamic State", None)]]
