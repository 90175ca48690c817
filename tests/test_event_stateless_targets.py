"""A named organisation of no state (the Islamic State, NATO, the United Nations) struck or
addressed where it operates stays the target, coded with no country: the place the act is
done in is where it happens, not its target."""

from __future__ import annotations

from .conftest import run_texts


def _targets(text: str, type_: str) -> list[list[tuple[str, str | None]]]:
    (result,) = run_texts(text, date="2016-01-01")
    events = [e for e in result.events if e.type == type_]
    return [[(r.name, r.country) for r in e.recipients] for e in events]


def test_strike_on_a_stateless_group_keeps_it_and_not_the_country() -> None:
    text = "Belgian jets bombed Islamic State depots in Iraq overnight."
    assert _targets(text, "ASSAULT") == [[("Islamic State", None)]]


def test_possessed_positions_name_the_group_not_the_places() -> None:
    text = "French aircraft hit the Islamic State's bases in Syria and Iraq on Monday."
    assert _targets(text, "ASSAULT") == [[("Islamic State", None)]]
