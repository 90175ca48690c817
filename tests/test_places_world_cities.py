"""A famous city abroad (a seat of international bodies, a big capital, a big city) beats a
smaller namesake town of the article's own country, unless the article names that town's
state."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _countries(text: str, name: str) -> list[str | None]:
    result = run_texts(text)[0]
    return [p.country for p in result.places if p.evidence.text == name]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("BOSTON (AP) - Envoys will gather in Geneva for talks on Yemen.", "Geneva", "CHE"),
        ("DALLAS (AP) - Creditors met in Athens to discuss the bond payments.", "Athens", "GRC"),
        ("DENVER (AP) - The bishop flew to Alexandria to meet monks.", "Alexandria", "EGY"),
    ],
)
def test_a_famous_city_abroad_beats_a_home_namesake(text: str, name: str, country: str) -> None:
    assert _countries(text, name) == [country]


def test_a_named_state_keeps_the_home_town() -> None:
    text = "ATLANTA (AP) - Students in Athens, Georgia, marched on Monday."
    assert _countries(text, "Athens") == ["USA"]


def test_a_town_with_no_famous_namesake_stays_at_home() -> None:
    text = "DALLAS (AP) - The governor spoke in Toledo on Monday."
    assert _countries(text, "Toledo") == ["USA"]
