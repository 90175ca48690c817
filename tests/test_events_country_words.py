"""A country word no mention covers stands for its state, unless inside a longer place name."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _targets(text: str, trigger: str) -> list[tuple[str, str | None]]:
    (r,) = run_texts(text)
    return [(p.name, p.country) for p in event_at(r, trigger).recipients]


def test_a_us_state_owning_a_thing_is_not_the_island_inside_its_name() -> None:
    text = "Cruz hit back at Christie over New Jersey's pension debt."
    assert all(country != "JEY" for _, country in _targets(text, "hit back"))


def test_a_state_named_for_a_country_is_not_that_country() -> None:
    text = "The senator lashed out at Christie over New Mexico's budget."
    assert all(country != "MEX" for _, country in _targets(text, "lashed out"))


def test_a_one_word_country_owning_a_thing_still_stands_for_its_state() -> None:
    text = "Vladimir Putin attacked Georgia's government on Tuesday."
    assert "GEO" in {country for _, country in _targets(text, "attacked")}
