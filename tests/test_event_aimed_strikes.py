"""A strike aimed at a named country or place is an armed attack (ASSAULT); a walkout held at a
place, over an issue or against a policy stays a strike (PROTEST)."""

from __future__ import annotations

import pytest

from .conftest import event_types


def test_strike_on_a_country_is_an_attack() -> None:
    assert event_types("Obama authorized the strikes on Yemen.") == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkish warplanes struck Kobani on Tuesday.",  # the verb hits a named place
        "Ethiopian troops struck a rebel camp near the border.",  # an armed subject
    ],
)
def test_struck_by_arms_or_at_a_place_is_an_attack(text: str) -> None:
    assert event_types(text) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers began a strike at the port of Durban.",
        "The unions in Lima called a strike against the pension reforms.",
        "The autoworkers' union struck General Motors at midnight.",  # a company is hit
        "General Motors was struck by 40,000 workers over wages.",  # the strikers named by "by"
    ],
)
def test_walkout_stays_a_protest(text: str) -> None:
    assert event_types(text) == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Indian jets struck Pakistan's militant hideouts at dawn.",  # a site of another state
        "Turkey struck Kurdish fuel depots in northern Iraq overnight.",
    ],
)
def test_struck_sites_are_attacked(text: str) -> None:
    assert event_types(text) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Miners at the copper site went on strike on Friday.",
        "Drivers at the bus depot staged a strike over unpaid wages.",
    ],
)
def test_walkout_at_a_site_stays_a_protest(text: str) -> None:
    assert event_types(text) == ["PROTEST"]
